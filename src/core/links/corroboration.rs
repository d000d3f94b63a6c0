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

/// Every candidate pair's own score mixed with its corroboration, lists in passage order.
pub fn corroborated(scores: &[Vec<(u32, f32)>], article_of: &[usize]) -> Vec<Vec<Mixed>> {
    scores
        .iter()
        .enumerate()
        .map(|(a, found)| {
            found
                .iter()
                .map(|&(b, own)| {
                    let (support, backed_by) = support(scores, article_of, a, b as usize);
                    let score = (1.0 - CORROBORATION_WEIGHT) * own + CORROBORATION_WEIGHT * support;
                    Mixed { other: b, score, backed_by: backed_by.map(|c| c as u32), support }
                })
                .collect()
        })
        .collect()
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
        let mixed = corroborated(&scores, &article_of);
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
}
