//! Links drawn through a fact rather than on a pair's own evidence. A passage left out of every fact
//! joins the fact whose statements it matches in several other outlets, and is linked to all of them;
//! an article that states a fact twice has each statement linked to the outlets linked to the other.

use super::facts::Fact;
use super::{Link, PassageRef, link_in};

/// A passage left out of every fact that joined one because it matches the fact's statements in at least
/// [`MATCHING_OUTLETS`] other outlets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactMatch {
    /// The passage that joined the fact.
    pub passage: PassageRef,
    /// How many other outlets state the fact in a passage it matches.
    pub outlets: usize,
    /// Its mean similarity to the closest statement of each of those outlets, in [0, 1].
    pub score: f64,
}

/// In how many other outlets a passage left out of every fact must match a fact's statements to join it.
/// One or two close matches are what any sentence naming a fact's actors can reach (in the Apple and
/// Alibaba seeds, the sentences about Alibaba's data or the regulator's approval match the partnership's
/// headline in two outlets); three outlets at the link threshold are rarely reached by such sentences.
pub const MATCHING_OUTLETS: usize = 3;

/// Adds each passage left out of every fact to the fact whose statements it matches (`similar` at
/// `threshold` or above) in the most other outlets, at least [`MATCHING_OUTLETS`] and more than half of
/// the other outlets that state the fact (so that in a story of many outlets, a sentence that merely
/// names a big fact's actors does not join it), closest on average first. Every passage is weighed
/// against the facts as they stood before any joined, so the order of the story does not matter.
/// Returns the passages that joined, in story order.
pub(super) fn join_matching(
    clusters: &mut [Vec<PassageRef>],
    cluster_of: &mut [Option<usize>],
    refs: &[PassageRef],
    similar: &[Vec<(u32, f32)>],
    threshold: f32,
) -> Vec<FactMatch> {
    // The articles stating each fact, in order, once each.
    let fact_articles: Vec<Vec<usize>> = clusters
        .iter()
        .map(|members| {
            let mut articles: Vec<usize> = members.iter().map(|p| p.article).collect();
            articles.sort_unstable();
            articles.dedup();
            articles
        })
        .collect();
    let mut joins = Vec::new();
    for (at, found) in similar.iter().enumerate() {
        if cluster_of[at].is_some() {
            continue;
        }
        let own_article = refs[at].article;
        // (fact, article, similarity) of each statement it matches, then the best per fact and article.
        let mut matches: Vec<(usize, usize, f32)> = found
            .iter()
            .filter(|&&(_, score)| score >= threshold)
            .filter_map(|&(other, score)| {
                let other = other as usize;
                let fact = cluster_of[other].filter(|&fact| clusters[fact].len() > 1)?;
                (refs[other].article != own_article).then_some((fact, refs[other].article, score))
            })
            .collect();
        matches.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)).then(y.2.total_cmp(&x.2)));
        matches.dedup_by_key(|&mut (fact, article, _)| (fact, article));
        let mut best: Option<(usize, usize, f32)> = None;
        for group in matches.chunk_by(|x, y| x.0 == y.0) {
            let (fact, outlets) = (group[0].0, group.len());
            let others =
                fact_articles[fact].len() - usize::from(fact_articles[fact].binary_search(&own_article).is_ok());
            let mean = group.iter().map(|&(_, _, score)| score).sum::<f32>() / outlets as f32;
            let better = best.is_none_or(|(_, o, m)| (outlets, mean) > (o, m));
            if outlets >= MATCHING_OUTLETS && outlets * 2 > others && better {
                best = Some((fact, outlets, mean));
            }
        }
        if let Some((fact, outlets, mean)) = best {
            joins.push((at, fact, FactMatch { passage: refs[at], outlets, score: f64::from(mean) }));
        }
    }
    for &(at, fact, _) in &joins {
        clusters[fact].push(refs[at]);
        cluster_of[at] = Some(fact);
    }
    joins.into_iter().map(|(_, _, matched)| matched).collect()
}

/// The links the passages that joined a fact by matching it add, as (first end, second end, the match):
/// each meets every passage of its fact in another article that it is not linked to yet. Ends in story
/// order, once each; where two passages that both joined meet, the closer match draws the link.
pub fn matched_pairs(
    facts: &[Fact],
    matched: &[FactMatch],
    links: &[Link],
    by_passage: &[Vec<Vec<usize>>],
) -> Vec<(PassageRef, PassageRef, FactMatch)> {
    let mut pairs = Vec::new();
    for joined in matched {
        let Some(fact) = facts.iter().find(|fact| fact.passages.binary_search(&joined.passage).is_ok()) else {
            continue;
        };
        for &member in fact.passages.iter().filter(|m| m.article != joined.passage.article) {
            if link_in(links, by_passage, joined.passage, member).is_none() {
                pairs.push((joined.passage.min(member), joined.passage.max(member), *joined));
            }
        }
    }
    pairs.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)).then(y.2.score.total_cmp(&x.2.score)));
    pairs.dedup_by_key(|&mut (a, b, _)| (a, b));
    pairs
}

/// The links a fact stated twice adds, as (first end, second end, the twin of one end that the other end
/// is linked to): each passage of an article that states the fact more than once meets each passage of
/// the fact, in another article, that is linked to its twin but not to it. Ends in story order, once each.
pub fn restated_pairs(
    facts: &[Fact],
    links: &[Link],
    by_passage: &[Vec<Vec<usize>>],
) -> Vec<(PassageRef, PassageRef, PassageRef)> {
    let mut pairs = Vec::new();
    for fact in facts {
        let members = &fact.passages;
        for &through in members {
            // Passages are in story order, so the statements of one article sit together.
            let first = members.partition_point(|m| m.article < through.article);
            let last = members.partition_point(|m| m.article <= through.article);
            for &twin in members[first..last].iter().filter(|&&m| m != through) {
                for &link in &by_passage[through.article][through.passage] {
                    let other = links[link].other(through);
                    if members.binary_search(&other).is_ok() && link_in(links, by_passage, twin, other).is_none() {
                        pairs.push((twin.min(other), twin.max(other), through));
                    }
                }
            }
        }
    }
    pairs.sort();
    pairs.dedup_by_key(|&mut (a, b, _)| (a, b));
    pairs
}
