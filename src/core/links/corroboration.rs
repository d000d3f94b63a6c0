//! Corroboration: when a third outlet has a sentence close to both passages of a pair, the pair more
//! likely reports that sentence's fact; when no third outlet echoes either, the pair stands on its own
//! evidence alone. A pair's final score mixes its own score with the best such support, so a fact that
//! several outlets report is linked even where two of them word it differently, and a sentence that only
//! resembles one other outlet's needs stronger evidence.

use super::sorted::for_each_common;

/// How much of a link's score comes from corroboration by a third outlet (fitted with the threshold on
/// the dev gold, `tests/links_gold.rs`).
pub const CORROBORATION_WEIGHT: f32 = 0.4;

/// Candidate scores in both directions: for each passage, `(other passage, score)` in passage order.
pub fn symmetric(scored: &[Vec<(u32, f32)>]) -> Vec<Vec<(u32, f32)>> {
    let mut both: Vec<Vec<(u32, f32)>> = vec![Vec::new(); scored.len()];
    for (a, found) in scored.iter().enumerate() {
        for &(b, score) in found {
            if (b as usize) > a {
                both[a].push((b, score));
                both[b as usize].push((a as u32, score));
            }
        }
    }
    for list in &mut both {
        list.sort_by_key(|&(b, _)| b);
        list.dedup_by_key(|&mut (b, _)| b);
    }
    both
}

/// The best support a passage of a third article gives the pair `a`, `b`: the highest
/// `min(score(a, c), score(b, c))` over passages `c` that both have as candidates, and that `c`.
fn support(scores: &[Vec<(u32, f32)>], article_of: &[usize], a: usize, b: usize) -> (f32, Option<usize>) {
    let (mut best, mut by) = (0.0f32, None);
    for_each_common(
        &scores[a],
        &scores[b],
        |&(other, _)| other,
        |&(c, with_a), &(_, with_b)| {
            let third = article_of[c as usize];
            let both = with_a.min(with_b);
            if third != article_of[a] && third != article_of[b] && both > best {
                best = both;
                by = Some(c as usize);
            }
            true
        },
    );
    (best, by)
}

/// A candidate pair's own score mixed with its corroboration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mixed {
    /// The other passage.
    pub other: u32,
    pub score: f32,
    /// The third outlet's passage that backs the pair best, and how strongly (0 when none does).
    pub backed_by: Option<u32>,
    pub support: f32,
}

/// Every candidate pair's own score mixed with its corroboration, lists in passage order. `scores` lists
/// every pair in both directions ([`symmetric`]), and support is symmetric too, so each pair's is found
/// once, from its lower passage, and read back from the higher one. A pair that could not reach
/// `threshold` even with full support is not looked into: its score stays its own, weighted down, which
/// is below the threshold either way.
pub fn corroborated(scores: &[Vec<(u32, f32)>], article_of: &[usize], threshold: f32) -> Vec<Vec<Mixed>> {
    let hopeless = |own: f32| (1.0 - CORROBORATION_WEIGHT) * own + CORROBORATION_WEIGHT < threshold;
    let mut mixed: Vec<Vec<Mixed>> = Vec::with_capacity(scores.len());
    for (a, found) in scores.iter().enumerate() {
        let list = found
            .iter()
            .map(|&(b, own)| {
                let (support, backed_by) = match b as usize {
                    _ if hopeless(own) => (0.0, None),
                    lower if lower < a => {
                        let earlier = &mixed[lower];
                        earlier.binary_search_by_key(&(a as u32), |m: &Mixed| m.other).map_or_else(
                            |_| support(scores, article_of, a, lower),
                            |at| (earlier[at].support, earlier[at].backed_by.map(|c| c as usize)),
                        )
                    }
                    higher => support(scores, article_of, a, higher),
                };
                let score = (1.0 - CORROBORATION_WEIGHT) * own + CORROBORATION_WEIGHT * support;
                Mixed { other: b, score, backed_by: backed_by.map(|c| c as u32), support }
            })
            .collect();
        mixed.push(list);
    }
    mixed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_third_outlet_close_to_both_raises_a_pair_and_its_absence_lowers_it() {
        // Passages 0, 1, 2 in articles 0, 1, 2; passage 3 in article 3 resembles only passage 0.
        let article_of = [0, 1, 2, 3];
        let scored = vec![vec![(1, 0.5), (2, 0.9), (3, 0.6)], vec![(2, 0.8)], vec![], vec![]];
        let scores = symmetric(&scored);
        assert_eq!(scores[1], [(0, 0.5), (2, 0.8)]);
        let mixed = corroborated(&scores, &article_of, 0.0);
        let score = |a: usize, b: u32| mixed[a].iter().find(|m| m.other == b).map(|m| m.score).unwrap();
        // 0–1 is supported by passage 2 (min(0.9, 0.8) = 0.8): 0.6 × 0.5 + 0.4 × 0.8.
        assert!((score(0, 1) - 0.62).abs() < 1e-6);
        assert!((score(1, 0) - score(0, 1)).abs() < 1e-6, "symmetric");
        // 0–3 has no third outlet close to both: only its own evidence, weighted down.
        assert!((score(0, 3) - 0.36).abs() < 1e-6);
        let backing = |a: usize, b: u32| mixed[a].iter().find(|m| m.other == b).map(|m| (m.support, m.backed_by));
        assert_eq!(backing(0, 1), Some((0.8, Some(2))), "passage 2 is the one that backs 0–1");
        assert_eq!(backing(0, 3), Some((0.0, None)));
    }

    #[test]
    fn a_pair_that_cannot_reach_the_threshold_is_not_looked_into_and_the_others_score_the_same() {
        let article_of = [0, 1, 2, 3];
        let scored = vec![vec![(1, 0.5), (2, 0.9), (3, 0.1)], vec![(2, 0.8), (3, 0.2)], vec![(3, 0.7)], vec![]];
        let scores = symmetric(&scored);
        let every = corroborated(&scores, &article_of, 0.0);
        let threshold = 0.5;
        let some = corroborated(&scores, &article_of, threshold);
        for (a, (all_of_a, some_of_a)) in every.iter().zip(&some).enumerate() {
            for (full, quick) in all_of_a.iter().zip(some_of_a) {
                let own = scores[a].iter().find(|&&(b, _)| b == full.other).map(|&(_, own)| own).unwrap();
                if own < 0.2 {
                    // 0.6 × own + 0.4 < 0.5: no support could lift it to the threshold.
                    assert_eq!((quick.support, quick.backed_by), (0.0, None));
                    assert!(full.score < threshold && quick.score < threshold);
                } else {
                    assert_eq!(full, quick, "passage {a}");
                }
            }
        }
        assert!(some[0].iter().any(|m| m.other == 3 && m.support == 0.0), "0–3 is hopeless");
        assert!(every[0].iter().any(|m| m.other == 3 && m.support > 0.0), "though passage 2 backs it a little");
    }
}
