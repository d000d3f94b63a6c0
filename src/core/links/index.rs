//! The inverted index: terms interned to ids, weighted by rarity across the story's passages (BM25's idf),
//! and candidate pairs found through shared rare terms — never by comparing every sentence with every other.

use super::sorted::for_each_common;
use super::values::{NEAR_PERCENT_PREFIX, NEAR_TERM_PREFIX, SLOT_TERM_PREFIX};
use foldhash::{HashMap, HashMapExt};

/// How strongly each kind of term counts, relative to a content word of the same rarity.
#[derive(Debug, Clone, Copy)]
pub struct TermBoosts {
    pub entity: f32,
    pub value: f32,
    pub synonym: f32,
}

impl Default for TermBoosts {
    fn default() -> Self {
        TermBoosts { entity: 1.0, value: 1.3, synonym: 1.0 }
    }
}

/// The story's passages as weighted term sets.
#[derive(Debug, Default)]
pub struct TermIndex {
    /// Per passage: sorted, distinct term ids.
    pub terms: Vec<Vec<u32>>,
    /// Per term: its weight (idf × boost).
    pub weights: Vec<f32>,
    /// Per passage: the sum of its squared term weights, and of its term weights.
    norms: Vec<f32>,
    sums: Vec<f32>,
    /// Per term: the passages that have it.
    postings: Vec<Vec<u32>>,
    /// Per term: whether it stands for a name or a value rather than a word.
    specific: Vec<bool>,
    /// Per passage: its term ids in the order the passage writes them (repeats kept).
    pub written: Vec<Vec<u32>>,
    /// Per passage: the pairs of terms it writes close together, as sorted keys.
    word_pairs: Vec<Vec<u64>>,
}

/// Two terms written at most this many terms apart make a pair ("ruled out … DeepSeek").
pub const PAIR_WINDOW: usize = 4;

/// Up to this many shared terms, shared word pairs are looked up pair by pair rather than by a merge.
const FEW_SHARED: usize = 16;

/// Shared word pairs are counted up to this many (the link model reads no further).
pub const COUNTED_PAIRS: u32 = 3;

/// A pair of terms as one key, order ignored.
fn pair_key(first: u32, second: u32) -> u64 {
    (u64::from(first.min(second)) << 32) | u64::from(first.max(second))
}

/// The pairs of distinct terms written at most [`PAIR_WINDOW`] terms apart, order ignored, sorted.
fn word_pairs(in_order: &[u32]) -> Vec<u64> {
    let mut pairs = Vec::new();
    for (at, &first) in in_order.iter().enumerate() {
        for &second in in_order.iter().skip(at + 1).take(PAIR_WINDOW) {
            if first != second {
                pairs.push(pair_key(first, second));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// What two passages have in common, the inputs of the link model.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Evidence {
    /// Cosine of the weighted term sets.
    pub cosine: f32,
    /// Shared weight over the smaller passage's weight: how much of the shorter one the other covers.
    pub containment: f32,
    /// The same two with each term counted by its weight rather than its squared weight, which lets the
    /// story's common words (the main actors) count for more.
    pub cosine_linear: f32,
    pub containment_linear: f32,
    /// Terms shared, and how many of them are names or values.
    pub shared: u32,
    pub shared_specific: u32,
    /// The rarest shared term's weight.
    pub rarest: f32,
    /// The rarest shared term's weight relative to the weight of a term found once in the story.
    pub rarity: f32,
    /// Pairs of terms that both passages write close together ("ruled out … DeepSeek"), counted up to
    /// [`COUNTED_PAIRS`]: word order catches some of who did what, which shared words alone do not.
    pub shared_pairs: u32,
}

/// Near terms ("close to 217 dead") and slot terms ("a count of the dead") add to a link only when shared:
/// a passage's own weight leaves them out, so a sentence with a number is not harder to match than one without.
fn only_when_shared(term: &str) -> bool {
    term.starts_with(NEAR_TERM_PREFIX) || term.starts_with(NEAR_PERCENT_PREFIX) || term.starts_with(SLOT_TERM_PREFIX)
}

/// How much a term's kind boosts it. A slot term names what a count counts, not a value: it weighs as a word.
fn boost_of(term: &str, boosts: TermBoosts) -> f32 {
    if term.starts_with(SLOT_TERM_PREFIX) {
        return 1.0;
    }
    match term.as_bytes().first() {
        Some(b'=') => boosts.entity,
        Some(b'$' | b'%' | b'#' | b'@') => boosts.value,
        Some(b'~') => boosts.synonym,
        _ => 1.0,
    }
}

impl TermIndex {
    /// Indexes the passages' terms.
    pub fn build(passages: &[Vec<String>], boosts: TermBoosts) -> Self {
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let mut names: Vec<&str> = Vec::new();
        let mut terms = Vec::with_capacity(passages.len());
        let mut written = Vec::with_capacity(passages.len());
        for passage in passages {
            let in_order: Vec<u32> = passage
                .iter()
                .map(|term| {
                    *ids.entry(term.as_str()).or_insert_with(|| {
                        names.push(term.as_str());
                        names.len() as u32 - 1
                    })
                })
                .collect();
            let mut own = in_order.clone();
            own.sort_unstable();
            own.dedup();
            terms.push(own);
            written.push(in_order);
        }
        let mut postings = vec![Vec::new(); names.len()];
        for (passage, own) in terms.iter().enumerate() {
            for &term in own {
                postings[term as usize].push(passage as u32);
            }
        }
        let count = passages.len() as f32;
        let weights: Vec<f32> = postings
            .iter()
            .zip(&names)
            .map(|(list, name)| {
                let df = list.len() as f32;
                ((count - df + 0.5) / (df + 0.5) + 1.0).ln() * boost_of(name, boosts)
            })
            .collect();
        let counted: Vec<f32> =
            names.iter().zip(&weights).map(|(name, &w)| if only_when_shared(name) { 0.0 } else { w }).collect();
        let norms = terms.iter().map(|own| own.iter().map(|&t| counted[t as usize].powi(2)).sum()).collect();
        let specific =
            names.iter().map(|name| super::is_specific_term(name) && !name.starts_with(SLOT_TERM_PREFIX)).collect();
        let sums = terms.iter().map(|own| own.iter().map(|&t| counted[t as usize]).sum()).collect();
        let word_pairs = written.iter().map(|own| word_pairs(own)).collect();
        TermIndex { terms, weights, norms, sums, postings, specific, written, word_pairs }
    }

    /// What passages `a` and `b` share.
    pub fn evidence(&self, a: usize, b: usize) -> Evidence {
        let mut evidence = Evidence::default();
        let (mut shared_weight, mut shared_linear) = (0.0, 0.0);
        // The first shared terms, to look for shared word pairs among them (a pair needs both its terms).
        let mut shared_terms = [0u32; FEW_SHARED];
        for_each_common(
            &self.terms[a],
            &self.terms[b],
            |&term| term,
            |&term, _| {
                let weight = self.weights[term as usize];
                shared_weight += weight * weight;
                shared_linear += weight;
                if let Some(slot) = shared_terms.get_mut(evidence.shared as usize) {
                    *slot = term;
                }
                evidence.shared += 1;
                evidence.shared_specific += u32::from(self.specific[term as usize]);
                evidence.rarest = evidence.rarest.max(weight);
                true
            },
        );
        let (norm_a, norm_b) = (self.norms[a], self.norms[b]);
        if norm_a > 0.0 && norm_b > 0.0 {
            evidence.cosine = (shared_weight / (norm_a * norm_b).sqrt()).min(1.0);
            evidence.containment = (shared_weight / norm_a.min(norm_b)).min(1.0);
        }
        evidence.rarity = evidence.rarest / (1.0 + self.terms.len() as f32).ln().max(1.0);
        evidence.shared_pairs = self.shared_pairs(a, b, &shared_terms[..(evidence.shared as usize).min(FEW_SHARED)]);
        let (sum_a, sum_b) = (self.sums[a], self.sums[b]);
        if sum_a > 0.0 && sum_b > 0.0 {
            evidence.cosine_linear = (shared_linear / (sum_a * sum_b).sqrt()).min(1.0);
            evidence.containment_linear = (shared_linear / sum_a.min(sum_b)).min(1.0);
        }
        evidence
    }

    /// How many word pairs `a` and `b` both write, up to [`COUNTED_PAIRS`]; `shared` holds their first
    /// shared terms (all of them when they are few).
    fn shared_pairs(&self, a: usize, b: usize, shared: &[u32]) -> u32 {
        let (pairs_a, pairs_b) = (&self.word_pairs[a], &self.word_pairs[b]);
        let mut found = 0;
        if shared.len() < FEW_SHARED {
            // Few shared terms: a pair needs both its terms, so try each pair of them.
            for (at, &first) in shared.iter().enumerate() {
                for &second in &shared[at + 1..] {
                    let key = pair_key(first, second);
                    if pairs_a.binary_search(&key).is_ok() && pairs_b.binary_search(&key).is_ok() {
                        found += 1;
                        if found == COUNTED_PAIRS {
                            return found;
                        }
                    }
                }
            }
            return found;
        }
        for_each_common(
            pairs_a,
            pairs_b,
            |&key| key,
            |_, _| {
                found += 1;
                found < COUNTED_PAIRS
            },
        );
        found
    }

    /// For every passage, the passages of other articles sharing a rare enough term with it, with what
    /// they share: at most [`MAX_CANDIDATES`] per passage, those sharing the most rare weight. Terms found in
    /// many passages find no one in particular (they still count in the evidence), so the cost per passage
    /// stays bounded and a story links in time near-linear in its passages.
    pub fn candidates(&self, article_of: &[usize]) -> Vec<Vec<(u32, Evidence)>> {
        let count = self.terms.len();
        let cap = (count / 100).clamp(40, 400);
        let mut accumulated = vec![0.0f32; count];
        let mut touched: Vec<u32> = Vec::new();
        let mut out = Vec::with_capacity(count);
        for a in 0..count {
            for &term in &self.terms[a] {
                let list = &self.postings[term as usize];
                if list.len() > cap {
                    continue;
                }
                let weight = self.weights[term as usize].powi(2);
                for &b in list {
                    let b_index = b as usize;
                    if article_of[b_index] != article_of[a] {
                        if accumulated[b_index] == 0.0 {
                            touched.push(b);
                        }
                        accumulated[b_index] += weight;
                    }
                }
            }
            if touched.len() > MAX_CANDIDATES {
                touched.select_nth_unstable_by(MAX_CANDIDATES, |&x, &y| {
                    accumulated[y as usize].total_cmp(&accumulated[x as usize]).then(x.cmp(&y))
                });
            }
            let mut found: Vec<(u32, Evidence)> =
                touched.iter().take(MAX_CANDIDATES).map(|&b| (b, self.evidence(a, b as usize))).collect();
            found.sort_by_key(|&(b, _)| b);
            for &b in &touched {
                accumulated[b as usize] = 0.0;
            }
            touched.clear();
            out.push(found);
        }
        out
    }
}

/// The most candidates kept per passage.
pub const MAX_CANDIDATES: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(list: &[&str]) -> Vec<Vec<String>> {
        list.iter().map(|p| p.split_whitespace().map(str::to_owned).collect()).collect()
    }

    #[test]
    fn rare_shared_terms_make_close_passages() {
        let index = TermIndex::build(
            &passages(&["appl alibaba partner", "appl alibaba partner", "appl baidu fell short", "appl weather"]),
            TermBoosts::default(),
        );
        let similarity = |a, b| index.evidence(a, b).cosine;
        assert!(similarity(0, 1) > 0.99);
        assert!(similarity(0, 2) < similarity(0, 1));
        let candidates = index.candidates(&[0, 1, 1, 2]);
        assert!(candidates[0].iter().any(|&(b, _)| b == 1));
        assert!(candidates[1].iter().all(|&(b, _)| b != 2), "same article is never a candidate");
    }
}
