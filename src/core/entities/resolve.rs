//! Story-level resolution: every mention gets one canonical entity with one type.
//!
//! Surnames and given names alone resolve to the full name used elsewhere in the story ("Tsai" → Joe
//! Tsai); acronyms introduced in parentheses to their long form; case variants ("Deepseek") and plurals
//! ("iPhones") to the usual form; user aliases ("Dipsyk" → DeepSeek) first of all.

use super::{Confidence, Entity, EntityOptions, EntityType, Mention, RawMention, StoryEntities};
use crate::core::article::{Article, Span};
use regex::Regex;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

static ACRONYM_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\((\p{Lu}[\p{Lu}&.]{1,9})\)").expect("valid acronym regex"));

/// One mention on its way to an entity.
struct Item {
    article: usize,
    span: Span,
    kind: EntityType,
    confidence: Confidence,
    surface: String,
    /// The name it resolves to, so far.
    key: String,
}

fn fold_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(name: &str) -> Vec<&str> {
    name.split_whitespace().collect()
}

/// Resolves raw mentions (per article) into the story's entities.
pub fn resolve(articles: &[Article], raw: Vec<Vec<RawMention>>, options: &EntityOptions) -> StoryEntities {
    let user_aliases: HashMap<String, &String> =
        options.aliases.iter().map(|(alias, name)| (alias.to_lowercase(), name)).collect();
    let mut items: Vec<Item> = Vec::new();
    for (article, mentions) in raw.into_iter().enumerate() {
        for mention in mentions {
            let surface = fold_spaces(mention.span.of(&articles[article].text));
            let (key, confidence) = match user_aliases.get(&surface.to_lowercase()) {
                Some(name) if !mention.kind.is_value() => ((*name).clone(), Confidence::Known),
                _ => (mention.canonical.clone().unwrap_or_else(|| surface.clone()), mention.confidence),
            };
            items.push(Item { article, span: mention.span, kind: mention.kind, confidence, surface, key });
        }
    }
    link_person_parts(&mut items);
    link_acronyms(articles, &mut items);
    group(items, articles.len())
}

/// "Tsai" → "Joe Tsai", "Eric" → "Eric Hal Schwartz", when exactly one person of the story fits.
fn link_person_parts(items: &mut [Item]) {
    let full_names: HashSet<String> = items
        .iter()
        .filter(|item| item.kind == EntityType::Person && words(&item.key).len() >= 2)
        .map(|item| item.key.clone())
        .collect();
    let mut by_part: HashMap<String, HashSet<&String>> = HashMap::new();
    for name in &full_names {
        let parts = words(name);
        for part in [parts[0], parts[parts.len() - 1]] {
            by_part.entry(part.to_lowercase()).or_default().insert(name);
        }
    }
    let resolved: Vec<Option<Option<String>>> = items
        .iter()
        .map(|item| {
            let single = words(&item.key).len() == 1 && matches!(item.kind, EntityType::Person | EntityType::Org);
            let open = item.confidence < Confidence::Known || item.kind == EntityType::Person;
            if !(single && open) {
                return None;
            }
            let candidates = by_part.get(&item.key.to_lowercase())?;
            // Several people share the word ("Lee"): it is a person, but which one is not known.
            Some(if candidates.len() == 1 { candidates.iter().next().map(|name| (*name).clone()) } else { None })
        })
        .collect();
    for (item, full) in items.iter_mut().zip(resolved) {
        if let Some(full) = full {
            if let Some(full) = full {
                item.key = full;
            }
            item.kind = EntityType::Person;
            item.confidence = item.confidence.max(Confidence::Cue);
        }
    }
}

/// "Cyberspace Administration of China (CAC)": later mentions of "CAC" are that administration.
fn link_acronyms(articles: &[Article], items: &mut [Item]) {
    let mut acronyms: HashMap<String, (String, EntityType)> = HashMap::new();
    for item in items.iter().filter(|item| words(&item.surface).len() >= 2 && !item.kind.is_value()) {
        let after = &articles[item.article].text[item.span.end..];
        if let Some(caps) = ACRONYM_AFTER.captures(after) {
            acronyms.entry(caps[1].to_owned()).or_insert_with(|| (item.key.clone(), item.kind));
        }
    }
    for item in items.iter_mut() {
        if let Some((key, kind)) = acronyms.get(&item.surface) {
            item.key = key.clone();
            item.kind = *kind;
            item.confidence = item.confidence.max(Confidence::Cue);
        }
    }
}

/// The group an item belongs to: its key case-folded, plurals folded onto an existing singular.
fn group_key(item: &Item, keys: &HashSet<String>) -> String {
    let folded = item.key.to_lowercase();
    if item.kind.is_value() {
        return format!("{}:{folded}", item.kind.label());
    }
    for suffix in ["s", "es"] {
        if let Some(singular) =
            folded.strip_suffix(suffix).filter(|singular| singular.len() >= 3 && keys.contains(*singular))
        {
            return singular.to_owned();
        }
    }
    folded
}

/// The display name of a group: a lexicon or alias name if there is one, else its most frequent
/// surface (preferring forms with inner capitals: "DeepSeek" over "Deepseek").
fn display_name(members: &[&Item]) -> String {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (order, item) in members.iter().enumerate() {
        let source =
            if item.key != item.surface || item.confidence == Confidence::Known { &item.key } else { &item.surface };
        let entry = counts.entry(source.as_str()).or_insert((0, usize::MAX - order));
        entry.0 += if item.key != item.surface { 2 } else { 1 };
    }
    let inner_capitals = |name: &str| name.chars().skip(1).filter(|c| c.is_uppercase()).count();
    counts
        .into_iter()
        .max_by_key(|(name, (count, first_seen))| (*count, inner_capitals(name), *first_seen))
        .map(|(name, _)| name.to_owned())
        .unwrap_or_default()
}

/// The type of a group: what the lexicon says if it knows, else a vote weighted by confidence.
fn group_type(members: &[&Item]) -> EntityType {
    let mut votes: BTreeMap<EntityType, usize> = BTreeMap::new();
    for item in members {
        let weight = match item.confidence {
            Confidence::Known => 100,
            Confidence::Cue => 3,
            Confidence::Guess => 1,
        };
        *votes.entry(item.kind).or_default() += weight;
    }
    votes
        .into_iter()
        .max_by_key(|&(kind, votes)| (votes, std::cmp::Reverse(kind)))
        .map_or(EntityType::Org, |(kind, _)| kind)
}

fn group(items: Vec<Item>, article_count: usize) -> StoryEntities {
    let keys: HashSet<String> =
        items.iter().filter(|item| !item.kind.is_value()).map(|item| item.key.to_lowercase()).collect();
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, item) in items.iter().enumerate() {
        groups.entry(group_key(item, &keys)).or_default().push(index);
    }
    let mut entities: Vec<(Entity, Vec<usize>)> = groups
        .into_values()
        .map(|members| {
            let refs: Vec<&Item> = members.iter().map(|&i| &items[i]).collect();
            let mut aliases: Vec<String> = refs.iter().map(|item| item.surface.clone()).collect();
            aliases.sort();
            aliases.dedup();
            let mut in_articles: Vec<usize> = refs.iter().map(|item| item.article).collect();
            in_articles.sort_unstable();
            in_articles.dedup();
            let entity = Entity {
                name: display_name(&refs),
                kind: group_type(&refs),
                aliases,
                articles: in_articles,
                mentions: refs.len(),
            };
            (entity, members)
        })
        .collect();
    entities.sort_by(|(a, _), (b, _)| {
        (a.kind, std::cmp::Reverse(a.mentions), &a.name).cmp(&(b.kind, std::cmp::Reverse(b.mentions), &b.name))
    });
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); article_count];
    for (index, (entity, members)) in entities.iter().enumerate() {
        for &member in members {
            let item = &items[member];
            mentions[item.article].push(Mention { span: item.span, kind: entity.kind, entity: index });
        }
    }
    for list in &mut mentions {
        list.sort_by_key(|mention| (mention.span.start, mention.span.end));
    }
    StoryEntities { entities: entities.into_iter().map(|(entity, _)| entity).collect(), mentions }
}
