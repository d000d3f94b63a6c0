//! Suggested aliases: two unlike surface forms that fill the same slot in linked passages of different
//! outlets ("ruled out DeepSeek" / "Dipseek was not selected") are probably one name written two ways.
//!
//! The rule, applied to every link: the names one passage carries and the other article never writes,
//! paired across the link when their types agree and their consonant skeletons are close (transliterations
//! keep consonants and shuffle vowels: "Dipsyk" and "DeepSeek" are both d-p-s-k). Two names written in the
//! same article are never suggested, nor are names that only look alike ("Dubai" and "Abu Dhabi" differ
//! in too many letters). Nothing is merged: the suggestions are exported, with the links that support them,
//! for the user to confirm in the config's `[aliases]`.

use super::article::{Article, Span};
use super::entities::{EntityType, StoryEntities};
use super::links::{PassageRef, StoryLinks};
use std::collections::{BTreeMap, BTreeSet};

/// How close two consonant skeletons must be (1 − normalised edit distance).
const MIN_SKELETON_SIMILARITY: f64 = 0.75;

/// One name that is probably another entity written differently.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasSuggestion {
    /// The entity the name probably means (the one named more often).
    pub entity: usize,
    /// The entity whose name is probably an alias of it.
    pub alias: usize,
    /// How alike the two names are, in [0, 1].
    pub similarity: f64,
    /// The links in which the two names fill the same slot, as (passage naming `entity`, passage naming `alias`).
    pub evidence: Vec<(PassageRef, PassageRef)>,
}

/// The alias suggestions of a story, strongest first.
pub fn suggest_aliases(articles: &[Article], entities: &StoryEntities, links: &StoryLinks) -> Vec<AliasSuggestion> {
    let named_in: Vec<BTreeSet<usize>> =
        entities.mentions.iter().map(|mentions| mentions.iter().map(|mention| mention.entity).collect()).collect();
    let names_in_passage = |passage: PassageRef| -> BTreeSet<usize> {
        let Some(span) = articles.get(passage.article).and_then(|article| article.passages.get(passage.passage)) else {
            return BTreeSet::new();
        };
        names_within(entities, passage.article, *span)
    };
    let mut slots: BTreeMap<(usize, usize), Vec<(PassageRef, PassageRef)>> = BTreeMap::new();
    for link in &links.links {
        let (names_a, names_b) = (names_in_passage(link.a), names_in_passage(link.b));
        let unmatched = |names: &BTreeSet<usize>, other: &BTreeSet<usize>, other_article: usize| -> Vec<usize> {
            names
                .difference(other)
                .copied()
                .filter(|entity| !named_in.get(other_article).is_some_and(|named| named.contains(entity)))
                .collect()
        };
        let only_a = unmatched(&names_a, &names_b, link.b.article);
        let only_b = unmatched(&names_b, &names_a, link.a.article);
        for &x in &only_a {
            for &y in &only_b {
                if types_agree(entities.entities[x].kind, entities.entities[y].kind) {
                    slots.entry((x, y)).or_default().push((link.a, link.b));
                }
            }
        }
    }
    let mut candidates: Vec<AliasSuggestion> = slots
        .into_iter()
        .filter_map(|((x, y), evidence)| {
            let similarity = skeleton_similarity(&entities.entities[x].name, &entities.entities[y].name);
            (similarity >= MIN_SKELETON_SIMILARITY).then(|| {
                let (x_weight, y_weight) = (entities.entities[x].mentions, entities.entities[y].mentions);
                if x_weight >= y_weight {
                    AliasSuggestion { entity: x, alias: y, similarity, evidence }
                } else {
                    let evidence = evidence.into_iter().map(|(a, b)| (b, a)).collect();
                    AliasSuggestion { entity: y, alias: x, similarity, evidence }
                }
            })
        })
        .collect();
    candidates.sort_by(|p, q| {
        q.similarity.total_cmp(&p.similarity).then(q.evidence.len().cmp(&p.evidence.len())).then(p.alias.cmp(&q.alias))
    });
    // Each name keeps only its closest match: "Dipseek" is DeepSeek, not also DeepSeek-V3.
    let mut taken = BTreeSet::new();
    candidates.retain(|candidate| taken.insert(candidate.alias) && !taken.contains(&candidate.entity));
    candidates
}

/// The name-like entities (not amounts or dates) mentioned inside `span` of one article.
fn names_within(entities: &StoryEntities, article: usize, span: Span) -> BTreeSet<usize> {
    entities
        .mentions
        .get(article)
        .map(|mentions| {
            mentions
                .iter()
                .filter(|mention| span.start <= mention.span.start && mention.span.end <= span.end)
                .filter(|mention| is_name(mention.kind))
                .map(|mention| mention.entity)
                .collect()
        })
        .unwrap_or_default()
}

fn is_name(kind: EntityType) -> bool {
    matches!(kind, EntityType::Person | EntityType::Org | EntityType::Place | EntityType::Product | EntityType::Event)
}

/// Same type, or organisation and product (a company and its service are often typed either way).
fn types_agree(a: EntityType, b: EntityType) -> bool {
    a == b || matches!((a, b), (EntityType::Org, EntityType::Product) | (EntityType::Product, EntityType::Org))
}

/// The letters of a name that survive transliteration: lower-case consonants, without a leading article.
fn consonant_skeleton(name: &str) -> String {
    let lower = name.to_lowercase();
    let without_article = lower.strip_prefix("the ").unwrap_or(&lower);
    without_article.chars().filter(|c| c.is_alphabetic() && !"aeiouyhàáâäèéêëìíîïòóôöùúûü".contains(*c)).collect()
}

/// 1 − the normalised edit distance between the two names' consonant skeletons.
fn skeleton_similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (consonant_skeleton(a), consonant_skeleton(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    strsim::normalized_levenshtein(&a, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_keep_their_consonants() {
        assert_eq!(consonant_skeleton("DeepSeek"), "dpsk");
        assert_eq!(consonant_skeleton("Dipsyk"), "dpsk");
        assert!(skeleton_similarity("Deformation", "The Information") >= MIN_SKELETON_SIMILARITY);
        assert!(skeleton_similarity("Kiev", "Kyiv") >= MIN_SKELETON_SIMILARITY);
    }

    #[test]
    fn different_names_are_not_alike() {
        assert!(skeleton_similarity("Dubai", "Abu Dhabi") < MIN_SKELETON_SIMILARITY);
        assert!(skeleton_similarity("Baidu", "Tencent") < MIN_SKELETON_SIMILARITY);
        assert!(skeleton_similarity("Lee Byung-chul", "Lee Kun-hee") < MIN_SKELETON_SIMILARITY);
        assert_eq!(skeleton_similarity("Aoi", "Eia"), 0.0, "names without consonants give no evidence");
    }
}
