//! A person named by part of their name ("Tsai", "Eric", "Conceição Albuquerque", "Rodrigo Teixeira")
//! takes the full name the story uses elsewhere ("Joe Tsai", "Eric Hal Schwartz", "Maria da Conceição
//! Albuquerque", "Rodrigo Fontes Teixeira").

use super::super::context_words::PLACE_PREPOSITIONS;
use super::{Item, fold_accents, word_count, words};
use crate::core::article::{Article, ZoneKind};
use crate::core::entities::{Confidence, EntityType};
use foldhash::{HashMap, HashSet};
use std::borrow::Cow;

fn part_key(part: &str) -> String {
    fold_accents(&part.to_lowercase())
}

/// The shorter forms a full name is written in: its first and last words alone; a compound surname, the
/// name less its given names ("Pena Nieto", "Conceição Albuquerque", "Sá Leitão"); a family name before a
/// particle ("Lula" in "Luiz Inácio Lula da Silva"); past two words, its first and last words together
/// ("Rodrigo Teixeira" for "Rodrigo Fontes Teixeira") and each capitalized word between them alone: the
/// first of two Spanish surnames is the one written alone ("Ibarra" for "Rocío Ibarra Sáenz", "López" for
/// "Andrés Manuel López Obrador").
fn short_forms(name: &str) -> Vec<String> {
    let parts = words(name);
    let last = parts.len() - 1;
    let mut keys = vec![part_key(parts[0]), part_key(parts[last])];
    keys.extend((1..last).filter(|&at| parts[at].starts_with(char::is_uppercase)).map(|at| part_key(parts[at])));
    keys.extend((1..last).map(|from| part_key(&parts[from..].join(" "))));
    keys.extend((2..last).filter(|&at| parts[at].chars().all(char::is_lowercase)).map(|at| part_key(parts[at - 1])));
    if last >= 2 {
        keys.push(part_key(&format!("{} {}", parts[0], parts[last])));
    }
    keys
}

/// Does the word before `item` place it ("in Albuquerque", "near Santos", "from Lima")?
fn after_place_word(articles: &[Article], item: &Item<'_>) -> bool {
    let before = &articles[item.article].text[..item.span.start];
    let word = before.split_whitespace().next_back().unwrap_or("").to_lowercase();
    PLACE_PREPOSITIONS.contains(&word.as_str()) || matches!(word.as_str(), "from" | "to" | "at" | "of")
}

/// Links part names to the one person of the story they fit. A mention in an article's body only takes a
/// person its body names somewhere in the story: the writer a byline or an author's note names is seldom
/// the one the story is about ("the ports of Santos" is no "Maria Santos" of the byline).
pub(super) fn link_person_parts(articles: &[Article], items: &mut [Item<'_>]) {
    let in_body = |item: &Item<'_>| articles[item.article].zone_at(item.span.start) == Some(ZoneKind::Body);
    let is_person_name = |item: &Item<'_>| item.kind == EntityType::Person && word_count(&item.key) >= 2;
    let full_names: HashSet<&str> = items.iter().filter(|i| is_person_name(i)).map(|i| i.key.as_ref()).collect();
    let named_in_body: HashSet<&str> =
        items.iter().filter(|i| is_person_name(i) && in_body(i)).map(|i| i.key.as_ref()).collect();
    let mut by_part: HashMap<String, HashSet<&str>> = HashMap::default();
    for name in &full_names {
        for key in short_forms(name) {
            by_part.entry(key).or_default().insert(name);
        }
    }
    // A word the story also names something else by, on a cue ("the Godavari river"), is not a part of
    // a person's name there: "Godavari" is not "Godavari Adivasi Hakkula Vedika".
    let named_otherwise: HashSet<String> = items
        .iter()
        .filter(|item| {
            let other_kind = matches!(item.kind, EntityType::Place | EntityType::Product | EntityType::Event);
            other_kind && item.confidence >= Confidence::Cue && word_count(&item.key) == 1
        })
        .map(|item| part_key(&item.key))
        .collect();
    let mut named_in: HashMap<usize, Vec<(usize, &str)>> = HashMap::default();
    for item in items.iter().filter(|item| full_names.contains(&*item.key)) {
        named_in.entry(item.article).or_default().push((item.span.start, item.key.as_ref()));
    }
    for named in named_in.values_mut() {
        named.sort_unstable();
    }
    let resolved: Vec<Option<Option<String>>> = items
        .iter()
        .map(|item| {
            let key = part_key(&item.key);
            let found = by_part.get(&key)?;
            // Borrowed unless a byline-only writer has to be left out.
            let candidates: Cow<'_, HashSet<&str>> =
                if in_body(item) && !found.iter().all(|name| named_in_body.contains(name)) {
                    Cow::Owned(found.iter().copied().filter(|name| named_in_body.contains(name)).collect())
                } else {
                    Cow::Borrowed(found)
                };
            if full_names.contains(&*item.key) {
                // A shorter form of exactly one longer name of the story.
                let own_words = word_count(&item.key);
                let mut longer = candidates.iter().filter(|name| word_count(name) > own_words);
                return match (longer.next(), longer.next()) {
                    (Some(name), None) if item.kind == EntityType::Person => Some(Some((*name).to_owned())),
                    _ => None,
                };
            }
            if item.kind == EntityType::Place {
                // A place the lexicon knows that is also the surname of a person this article has named in
                // full before, written where no place word puts it: "In her vote, Albuquerque said".
                if word_count(&item.key) > 1 || after_place_word(articles, item) {
                    return None;
                }
                return first_named_before(&named_in, item, &candidates).map(|name| Some(name.to_owned()));
            }
            let part = matches!(item.kind, EntityType::Person | EntityType::Org);
            let open = item.confidence < Confidence::Known || item.kind == EntityType::Person;
            if !(part && open) || named_otherwise.contains(&key) {
                return None;
            }
            if candidates.len() == 1 {
                return Some(candidates.iter().next().map(|name| (*name).to_owned()));
            }
            // Several people share the word ("Lee"): a report names its subject in full first and by surname
            // after, while relatives and namesakes keep their full names; so the word is the first of them
            // this article has named before it, and is left open when the article has named none.
            Some(first_named_before(&named_in, item, &candidates).map(str::to_owned))
        })
        .collect();
    for (item, full) in items.iter_mut().zip(resolved) {
        if let Some(full) = full {
            if let Some(full) = full {
                item.key = Cow::Owned(full);
            }
            item.kind = EntityType::Person;
            item.confidence = item.confidence.max(Confidence::Cue);
        }
    }
}

/// The first of `candidates` named in `item`'s article before `item`, given each article's people named in
/// full, in reading order.
fn first_named_before<'n>(
    named_in: &HashMap<usize, Vec<(usize, &'n str)>>,
    item: &Item<'_>,
    candidates: &HashSet<&str>,
) -> Option<&'n str> {
    let named = named_in.get(&item.article)?;
    named
        .iter()
        .take_while(|(start, _)| *start < item.span.start)
        .map(|(_, name)| *name)
        .find(|name| candidates.contains(name))
}
