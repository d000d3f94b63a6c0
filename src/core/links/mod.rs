//! Passage links: for every passage, the passages of other articles that report the same fact, the facts
//! those links form across the story, what each article adds and omits, and where linked passages disagree.
//!
//! Evidence is combined in one weighted term space ([`index`]): stemmed content words and wording variants
//! ([`words`]), canonical entities (so an alias agrees with its name) and normalized values ([`values`]),
//! each weighted by its rarity across the story. Candidates come from an inverted index; a pair is linked
//! when its similarity clears the threshold and each passage is the other's best match in its article
//! (within a margin, so a sentence carrying two facts may link to two sentences; a looser one when the
//! two disagree on a detail, which is what a reader most needs to see).

pub mod codes;
pub mod corroboration;
pub mod counts;
pub mod currency;
pub mod differences;
pub mod explain;
pub mod facts;
pub mod features;
pub mod index;
pub mod numbers;
pub mod sorted;
pub mod through;
pub mod values;
pub mod words;

use crate::core::article::Article;
use crate::core::entities::StoryEntities;
use corroboration::{CORROBORATION_WEIGHT, corroborated, symmetric};
use differences::{Difference, differences};
use explain::Explainer;
use facts::{ArticleFacts, Fact, Grouped, group_facts};
use features::{PassageFeatures, passage_features};
use index::{Evidence, TermBoosts, TermIndex};
use through::{FactMatch, matched_pairs, restated_pairs};
use words::Vocabulary;

/// A passage of the story: article index and passage index within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PassageRef {
    pub article: usize,
    pub passage: usize,
}

/// Two passages of different articles that report the same fact (`a` comes first in story order).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub a: PassageRef,
    pub b: PassageRef,
    /// Similarity in [0, 1]: the pair's own evidence mixed with a third outlet's corroboration (for a
    /// link drawn through a fact stated twice, the score of the link it is drawn through).
    pub score: f64,
    /// The pair's own evidence alone, in [0, 1].
    pub own: f64,
    /// Where the two disagree: `from` is `a`'s wording, `to` is `b`'s.
    pub differences: Vec<Difference>,
    /// The passage of a third outlet that resembles both ends well enough to be linked to each, if any.
    pub corroborated_by: Option<PassageRef>,
    /// Both passages open their articles (see [`LEAD_PASSAGES`]), which counts as evidence.
    pub both_in_lead: bool,
    /// For a link drawn through its fact rather than on its own evidence: the passage, beside one end in
    /// its article, that the other end is linked to and that this end restates (see [`through`]).
    pub restates: Option<PassageRef>,
    /// For a link drawn because one end, left out of every fact, matches the fact of the other end in
    /// several outlets: that end and how many outlets it matches (see [`through::FactMatch`]).
    pub matches_fact: Option<FactMatch>,
}

impl Link {
    /// The other end of the link, seen from `passage`.
    pub fn other(&self, passage: PassageRef) -> PassageRef {
        if self.a == passage { self.b } else { self.a }
    }

    /// A difference as seen from `passage`: its own wording first, the other end's second.
    pub fn sides<'d>(&self, difference: &'d Difference, passage: PassageRef) -> (&'d str, &'d str) {
        if self.a == passage { (&difference.from, &difference.to) } else { (&difference.to, &difference.from) }
    }
}

/// Settings of the linker.
#[derive(Debug, Clone, Copy)]
pub struct LinkOptions {
    /// The similarity a pair needs to be linked, in [0, 1].
    pub threshold: f64,
    /// How close to a passage's best match in an article a second match may be (a two-fact sentence).
    pub margin: f64,
    /// The margin for a pair whose passages disagree on a detail ("273 dead" and "217 dead", "reportedly"
    /// and "confirmed"): the disagreement itself lowers their similarity, so a neighbour sentence that
    /// happens to share the detail would otherwise shut out the pair a reader most needs to see.
    pub margin_when_details_differ: f64,
    pub boosts: TermBoosts,
}

/// The threshold calibrated on the dev gold (see tests/links_gold.rs).
pub const DEFAULT_THRESHOLD: f64 = 0.45;

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            threshold: DEFAULT_THRESHOLD,
            margin: 0.9,
            margin_when_details_differ: 0.8,
            boosts: TermBoosts::default(),
        }
    }
}

/// Everything the linker found in a story.
#[derive(Debug, Clone, Default)]
pub struct StoryLinks {
    pub links: Vec<Link>,
    pub facts: Vec<Fact>,
    /// Per article: its facts, what it adds and omits, its coverage.
    pub articles: Vec<ArticleFacts>,
    /// Per article, per passage: indexes into `links`, best first.
    pub by_passage: Vec<Vec<Vec<usize>>>,
    /// Explains any link on demand: the terms its passages share ([`Explainer::shared_from`]).
    pub explainer: Explainer,
}

impl StoryLinks {
    /// The links of one passage, best first.
    pub fn links_of(&self, passage: PassageRef) -> impl Iterator<Item = &Link> {
        self.by_passage
            .get(passage.article)
            .and_then(|passages| passages.get(passage.passage))
            .into_iter()
            .flatten()
            .map(|&index| &self.links[index])
    }

    /// The link between two passages, if they are linked.
    pub fn link_between(&self, a: PassageRef, b: PassageRef) -> Option<&Link> {
        link_in(&self.links, &self.by_passage, a, b)
    }
}

/// The linker's working set: every passage's features and the candidate pairs with their evidence.
#[derive(Debug, Default)]
pub struct Candidates {
    pub passages: Vec<PassageRef>,
    pub features: Vec<PassageFeatures>,
    /// Per passage (same order as `passages`): candidates in other articles and what each pair shares.
    pub pairs: Vec<Vec<(u32, Evidence)>>,
    /// Per passage: the terms it was indexed by (none for a passage that reports no fact).
    pub terms: Vec<Vec<String>>,
    /// Per passage: is it in its article's lead, the first [`LEAD_PASSAGES`] passages that report anything?
    pub in_lead: Vec<bool>,
    pub index: TermIndex,
}

/// Extracts features, indexes them and finds candidate pairs.
pub fn candidates(articles: &[Article], entities: &StoryEntities, options: &LinkOptions) -> Candidates {
    let vocabulary = Vocabulary::builtin();
    let no_mentions = Vec::new();
    let mut passages = Vec::new();
    let mut features: Vec<PassageFeatures> = Vec::new();
    for (article_index, article) in articles.iter().enumerate() {
        let mentions = entities.mentions.get(article_index).unwrap_or(&no_mentions);
        for (passage, &span) in article.passages.iter().enumerate() {
            passages.push(PassageRef { article: article_index, passage });
            features.push(passage_features(article, span, mentions, vocabulary));
        }
    }
    // A passage made only of names and values (a tag line, a caption, a dateline) says nobody did
    // anything, and one made of a single term (a heading such as "What to watch") says too little to be
    // told from any sentence that uses the word: neither reports a fact, so they get no terms and no links.
    let terms: Vec<Vec<String>> = features
        .iter_mut()
        .map(|f| {
            let terms = std::mem::take(&mut f.terms);
            let two_terms = terms.iter().any(|term| *term != terms[0]);
            let says_something = two_terms && terms.iter().any(|term| !is_specific_term(term));
            if says_something { terms } else { Vec::new() }
        })
        .collect();
    let index = TermIndex::build(&terms, options.boosts);
    let article_of: Vec<usize> = passages.iter().map(|r| r.article).collect();
    let pairs = index.candidates(&article_of);
    let in_lead = in_lead(&article_of, &terms);
    Candidates { passages, features, pairs, terms, in_lead, index }
}

/// Is a term a name or a value rather than a word (see [`index`] for the prefixes)?
fn is_specific_term(term: &str) -> bool {
    matches!(term.as_bytes().first(), Some(b'=' | b'$' | b'%' | b'#' | b'@'))
}

/// How many passages that report something open an article: its lead, where a news story states its
/// central fact (the inverted pyramid).
pub const LEAD_PASSAGES: usize = 3;

/// Per passage (in story order, articles one after another): is it among the first [`LEAD_PASSAGES`]
/// passages of its article that have terms?
fn in_lead(article_of: &[usize], terms: &[Vec<String>]) -> Vec<bool> {
    let mut seen_in_article = 0;
    let mut article = usize::MAX;
    article_of
        .iter()
        .zip(terms)
        .map(|(&of, own)| {
            if of != article {
                (article, seen_in_article) = (of, 0);
            }
            if own.is_empty() {
                return false;
            }
            seen_in_article += 1;
            seen_in_article <= LEAD_PASSAGES
        })
        .collect()
}

/// How likely a pair with this evidence reports the same fact, in [0, 1]: a logistic model whose
/// coefficients were fitted on the dev gold's candidate pairs (tests/links_gold.rs, `PARALLAX_DUMP`).
/// Two passages that both open their articles are more likely to report one fact: a news story states
/// its central fact in its lead and goes on to background and reactions.
pub fn pair_score(evidence: &Evidence, both_in_lead: bool) -> f32 {
    let z = -5.602
        + 2.65 * evidence.cosine_linear
        + 3.837 * evidence.containment_linear
        + 0.845 * evidence.shared_specific.min(3) as f32
        + 3.149 * evidence.rarity
        + 0.339 * evidence.shared_pairs.min(3) as f32
        + 1.168 * f32::from(u8::from(both_in_lead));
    1.0 / (1.0 + (-z).exp())
}

/// Links the passages of a story.
pub fn link_story(articles: &[Article], entities: &StoryEntities, options: &LinkOptions) -> StoryLinks {
    let Candidates { passages: refs, features, pairs, in_lead, index, .. } = candidates(articles, entities, options);
    let article_of: Vec<usize> = refs.iter().map(|r| r.article).collect();
    let both_in_lead = |a: usize, b: usize| in_lead[a] && in_lead[b];
    let own: Vec<Vec<(u32, f32)>> = pairs
        .iter()
        .enumerate()
        .map(|(a, found)| {
            found.iter().map(|(b, evidence)| (*b, pair_score(evidence, both_in_lead(a, *b as usize)))).collect()
        })
        .collect();
    let own_scores = symmetric(&own);
    let own_score = |a: usize, b: usize| {
        let list = &own_scores[a];
        list.binary_search_by_key(&(b as u32), |&(other, _)| other).map_or(0.0, |index| list[index].1)
    };
    let scored = corroborated(&own_scores, &article_of, options.threshold as f32);

    // The best score of each passage in each other article.
    let best: Vec<foldhash::HashMap<usize, f32>> = scored
        .iter()
        .map(|found| {
            let mut per_article = foldhash::HashMap::default();
            for mixed in found {
                let best = per_article.entry(article_of[mixed.other as usize]).or_insert(mixed.score);
                *best = best.max(mixed.score);
            }
            per_article
        })
        .collect();
    let best_in = |a: usize, article: usize| best[a].get(&article).copied().unwrap_or(0.0);
    let named: Vec<Vec<usize>> = entities
        .mentions
        .iter()
        .map(|mentions| {
            let mut list: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
            list.sort_unstable();
            list.dedup();
            list
        })
        .collect();
    let named_in = |article: usize| named.get(article).map_or(&[][..], Vec::as_slice);
    let mut links = Vec::new();
    for (a, found) in scored.iter().enumerate() {
        for mixed in found {
            let (b, score) = (mixed.other as usize, mixed.score);
            if b < a || f64::from(score) < options.threshold {
                continue;
            }
            let near_best = |margin: f64| {
                let margin = margin as f32;
                score >= margin * best_in(a, article_of[b]) && score >= margin * best_in(b, article_of[a])
            };
            if near_best(options.margin.min(options.margin_when_details_differ)) {
                let diffs = differences(&features[a], &features[b], named_in(article_of[a]), named_in(article_of[b]));
                if diffs.is_empty() && !near_best(options.margin) {
                    continue;
                }
                let own = f64::from(own_score(a, b));
                let corroborated_by = match mixed.backed_by {
                    Some(third) if f64::from(mixed.support) >= options.threshold => Some(refs[third as usize]),
                    _ => None,
                };
                let score = f64::from(score);
                links.push(Link {
                    a: refs[a],
                    b: refs[b],
                    score,
                    own,
                    differences: diffs,
                    corroborated_by,
                    both_in_lead: both_in_lead(a, b),
                    restates: None,
                    matches_fact: None,
                });
            }
        }
    }
    links.sort_by_key(|link| (link.a, link.b));
    let by_passage = index_by_passage(articles, &links);
    // Facts grow from the links that stand on their own evidence: corroboration links a passage to a
    // fact's sentences, but never grows a fact by itself.
    let direct = |link: &Link| link.own * f64::from(1.0 - CORROBORATION_WEIGHT) >= options.threshold;
    let threshold = options.threshold as f32;
    let Grouped { facts, articles: article_facts, matched } =
        group_facts(articles, &links, &by_passage, &features, direct, (&own_scores, threshold));

    // Links drawn through a fact rather than on a pair's own evidence: first from each passage that
    // joined a fact by matching it to the fact's statements in other articles; then, where an article
    // states a fact twice, from each statement to the outlets linked to the other.
    let flat = |p: PassageRef| refs.partition_point(|r| *r < p);
    let through_fact = |p: PassageRef, q: PassageRef, score: f64| {
        let (a, b) = (flat(p), flat(q));
        Link {
            a: p,
            b: q,
            score,
            own: f64::from(own_score(a, b)),
            differences: differences(&features[a], &features[b], named_in(p.article), named_in(q.article)),
            corroborated_by: None,
            both_in_lead: both_in_lead(a, b),
            restates: None,
            matches_fact: None,
        }
    };
    let matching: Vec<Link> = matched_pairs(&facts, &matched, &links, &by_passage)
        .into_iter()
        .map(|(p, q, joined)| Link { matches_fact: Some(joined), ..through_fact(p, q, joined.score) })
        .collect();
    let by_passage = with_links(articles, &mut links, matching).unwrap_or(by_passage);
    let restated: Vec<Link> = restated_pairs(&facts, &links, &by_passage)
        .into_iter()
        .map(|(p, q, through)| {
            // As close as the link it is drawn through: the twin's link to the other end.
            let other_end = if through.article == p.article { q } else { p };
            let score = link_in(&links, &by_passage, through, other_end).map_or(0.0, |link| link.score);
            Link { restates: Some(through), ..through_fact(p, q, score) }
        })
        .collect();
    let by_passage = with_links(articles, &mut links, restated).unwrap_or(by_passage);
    let explainer = Explainer::new(index, features, &refs);
    StoryLinks { links, facts, articles: article_facts, by_passage, explainer }
}

/// Adds links to the story's, kept in story order, and returns the per-passage index rebuilt (none when
/// there was nothing to add).
fn with_links(articles: &[Article], links: &mut Vec<Link>, added: Vec<Link>) -> Option<Vec<Vec<Vec<usize>>>> {
    if added.is_empty() {
        return None;
    }
    links.extend(added);
    links.sort_by_key(|link| (link.a, link.b));
    Some(index_by_passage(articles, links))
}

/// The link between two passages, if any, looked up through `by_passage` (see [`index_by_passage`]).
pub fn link_in<'l>(
    links: &'l [Link],
    by_passage: &[Vec<Vec<usize>>],
    a: PassageRef,
    b: PassageRef,
) -> Option<&'l Link> {
    let of_a = by_passage.get(a.article).and_then(|passages| passages.get(a.passage))?;
    of_a.iter().map(|&index| &links[index]).find(|link| link.other(a) == b)
}

/// Per article, per passage: indexes into `links`, best first.
pub fn index_by_passage(articles: &[Article], links: &[Link]) -> Vec<Vec<Vec<usize>>> {
    let mut by_passage: Vec<Vec<Vec<usize>>> = articles.iter().map(|a| vec![Vec::new(); a.passages.len()]).collect();
    for (index, link) in links.iter().enumerate() {
        by_passage[link.a.article][link.a.passage].push(index);
        by_passage[link.b.article][link.b.passage].push(index);
    }
    for list in by_passage.iter_mut().flatten() {
        list.sort_by(|&x, &y| links[y].score.total_cmp(&links[x].score));
    }
    by_passage
}
