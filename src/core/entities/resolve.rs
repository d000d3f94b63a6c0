//! Story-level resolution: every mention gets one canonical entity with one type.
//!
//! Surnames and given names alone resolve to the full name used elsewhere in the story ("Tsai" → Joe
//! Tsai); acronyms introduced in parentheses to their long form; case variants ("Deepseek"), plurals
//! ("iPhones") and spellings without accents ("Pena Nieto") to the usual form; user aliases ("Dipsyk" →
//! DeepSeek) first of all.

mod date_keys;
mod event_short_names;
mod naming;
mod org_forms;
mod person_parts;

use super::name_order;
use super::{Confidence, Entity, EntityOptions, EntityType, Mention, RawMention, StoryEntities};
use crate::core::article::{Article, Span};
use crate::core::links::values::{Value, parse_value};
use crate::core::zones::readable_case;
use date_keys::DateKeys;
use foldhash::{HashMap, HashSet};
use naming::{display_name, group_type};
use org_forms::{LongerNames, shortest_known};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

static ACRONYM_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\((\p{Lu}[\p{Lu}&.]{1,9})\)").expect("valid acronym regex"));

/// One mention on its way to an entity; its names borrow from the article's text where they can.
struct Item<'t> {
    article: usize,
    span: Span,
    kind: EntityType,
    confidence: Confidence,
    surface: Cow<'t, str>,
    /// The name it resolves to, so far.
    key: Cow<'t, str>,
}

/// `text` with runs of white space folded to one space, trimmed.
fn fold_spaces(text: &str) -> Cow<'_, str> {
    // Most surfaces are already folded: no white space but single spaces between words.
    let mut after_space = true;
    let folded = text.chars().all(|c| {
        let ok = if c == ' ' { !after_space } else { !c.is_whitespace() };
        after_space = c == ' ';
        ok
    }) && !text.ends_with(' ');
    if folded { Cow::Borrowed(text) } else { Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" ")) }
}

/// `name` without its accents ("Rébsamen" → "Rebsamen", "Peña" → "Pena", "Bjørn" → "Bjorn"): outlets
/// that write a name with and without them name one entity.
pub(super) fn fold_accents(name: &str) -> String {
    if name.is_ascii() {
        return name.to_owned();
    }
    let mut folded = String::with_capacity(name.len());
    for c in name.nfd().filter(|&c| !is_combining_mark(c)) {
        match own_letter(c) {
            Some(ascii) => folded.push_str(ascii),
            None => folded.push(c),
        }
    }
    folded.nfc().collect()
}

/// The ASCII of a letter that is no letter with an accent, and so keeps its form when accents are dropped.
fn own_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' => "o",
        'Ø' => "O",
        'ı' => "i",
        'ł' => "l",
        'Ł' => "L",
        'đ' | 'ð' => "d",
        'Đ' | 'Ð' => "D",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "Ae",
        'œ' => "oe",
        'Œ' => "Oe",
        'þ' => "th",
        'Þ' => "Th",
        _ => return None,
    })
}

/// Letters that English spells out in two letters as often as it drops their accent: "Müller" is
/// "Mueller" or "Muller", "Ødegård" is "Odegaard", "Đoković" is "Djokovic" (lowercase).
const SPELLED_OUT: [(char, &str); 6] = [('ä', "ae"), ('ö', "oe"), ('ü', "ue"), ('å', "aa"), ('ø', "oe"), ('đ', "dj")];

/// The ways English may write a lowercase name in ASCII besides dropping its accents: each letter of
/// [`SPELLED_OUT`] either spelled out or plain (at most four such letters are varied).
fn ascii_spellings(name: &str) -> Vec<String> {
    let varied: Vec<(usize, char, &str)> = name
        .char_indices()
        .filter_map(|(at, c)| SPELLED_OUT.iter().find(|(letter, _)| *letter == c).map(|&(_, two)| (at, c, two)))
        .take(4)
        .collect();
    let mut spellings = Vec::new();
    for choice in 1..1u32 << varied.len() {
        let mut spelled = String::with_capacity(name.len() + varied.len());
        let mut rest = 0;
        for (bit, &(at, c, spelled_out)) in varied.iter().enumerate() {
            spelled.push_str(&name[rest..at]);
            if choice & (1 << bit) != 0 {
                spelled.push_str(spelled_out);
            } else {
                spelled.push(c);
            }
            rest = at + c.len_utf8();
        }
        spelled.push_str(&name[rest..]);
        spellings.push(fold_accents(&spelled));
    }
    spellings
}

/// Where a name spells out the letters another name writes natively ("jonas mueller" and "jonas müller",
/// "djurdjević" and "đurđević"), the keys that fold to the spelled-out form take the native name's folded
/// key, so that the two are one entity.
fn join_spelled_out(keys: &[&str], folded: &mut [String]) {
    let mut by_folded: HashMap<String, Vec<usize>> = HashMap::default();
    for (index, key) in folded.iter().enumerate() {
        by_folded.entry(key.clone()).or_default().push(index);
    }
    for (index, key) in keys.iter().enumerate().filter(|(_, key)| !key.is_ascii()) {
        for spelling in ascii_spellings(&key.to_lowercase()) {
            if spelling == folded[index] {
                continue;
            }
            for written in by_folded.remove(&spelling).unwrap_or_default() {
                folded[written] = folded[index].clone();
                by_folded.entry(folded[index].clone()).or_default().push(written);
            }
        }
    }
}

pub(super) fn words(name: &str) -> Vec<&str> {
    name.split_whitespace().collect()
}

pub(super) fn word_count(name: &str) -> usize {
    name.split_whitespace().count()
}

/// Resolves raw mentions (per article) into the story's entities.
pub fn resolve(articles: &[Article], raw: Vec<Vec<RawMention>>, options: &EntityOptions) -> StoryEntities {
    let user_aliases: HashMap<String, &String> =
        options.aliases.iter().map(|(alias, name)| (alias.to_lowercase(), name)).collect();
    let mut items: Vec<Item<'_>> = Vec::with_capacity(raw.iter().map(Vec::len).sum());
    for (article, mentions) in raw.into_iter().enumerate() {
        for mention in mentions {
            let surface = fold_spaces(mention.span.of(&articles[article].text));
            let alias = if user_aliases.is_empty() { None } else { user_aliases.get(&surface.to_lowercase()) };
            let (key, confidence) = match alias {
                Some(name) if !mention.kind.is_value() => (Cow::Owned((*name).clone()), Confidence::Known),
                _ => (mention.canonical.map_or_else(|| surface.clone(), Cow::Owned), mention.confidence),
            };
            items.push(Item { article, span: mention.span, kind: mention.kind, confidence, surface, key });
        }
    }
    join_name_orders(&mut items);
    person_parts::link_person_parts(articles, &mut items);
    event_short_names::link_event_short_names(&mut items);
    link_acronyms(articles, &mut items);
    group(items, articles.len())
}

/// "Jay Y. Lee" and "Lee Jae-yong": one person written in two name orders takes one key, the form the
/// story uses most (the first one written on a tie).
fn join_name_orders(items: &mut [Item<'_>]) {
    let mut names: Vec<(String, usize)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::default();
    for item in items.iter().filter(|item| item.kind == EntityType::Person && word_count(&item.key) >= 2) {
        let index = *at.entry(item.key.to_string()).or_insert_with(|| {
            names.push((item.key.to_string(), 0));
            names.len() - 1
        });
        names[index].1 += 1;
    }
    let fold_word = |word: &str| fold_accents(&word.to_lowercase());
    // Names by their last word: the family name of a name written family name last.
    let mut by_last_word: HashMap<String, Vec<usize>> = HashMap::default();
    for (index, (name, _)) in names.iter().enumerate() {
        if let Some(last) = name.split_whitespace().last() {
            by_last_word.entry(fold_word(last)).or_default().push(index);
        }
    }
    // Joined names share a root: the one used most, the first written on a tie (names are in first-use order).
    let mut root: Vec<usize> = (0..names.len()).collect();
    let find = |root: &mut Vec<usize>, mut index: usize| {
        while root[index] != index {
            root[index] = root[root[index]];
            index = root[index];
        }
        index
    };
    for (index, (name, _)) in names.iter().enumerate() {
        let Some(first) = name.split_whitespace().next() else { continue };
        for &other in by_last_word.get(&fold_word(first)).into_iter().flatten() {
            if other == index || !name_order::one_person_in_two_orders(name, &names[other].0) {
                continue;
            }
            let (x, y) = (find(&mut root, index), find(&mut root, other));
            let better = if (names[y].1, std::cmp::Reverse(y)) > (names[x].1, std::cmp::Reverse(x)) { y } else { x };
            (root[x], root[y]) = (better, better);
        }
    }
    for item in items.iter_mut() {
        if let Some(&index) = at.get(item.key.as_ref()) {
            let target = find(&mut root, index);
            if target != index {
                item.key = Cow::Owned(names[target].0.clone());
            }
        }
    }
}

/// "Cyberspace Administration of China (CAC)": later mentions of "CAC" are that administration.
fn link_acronyms(articles: &[Article], items: &mut [Item<'_>]) {
    let mut acronyms: HashMap<String, (String, EntityType)> = HashMap::default();
    for item in items.iter().filter(|item| !item.kind.is_value() && word_count(&item.surface) >= 2) {
        let after = &articles[item.article].text[item.span.end..];
        // The pattern opens with white space and a parenthesis: most names are not followed by one.
        if !after.trim_start().starts_with('(') {
            continue;
        }
        if let Some(caps) = ACRONYM_AFTER.captures(after) {
            acronyms.entry(caps[1].to_owned()).or_insert_with(|| (item.key.to_string(), item.kind));
        }
    }
    if acronyms.is_empty() {
        return;
    }
    for item in items.iter_mut() {
        if let Some((key, kind)) = acronyms.get(item.surface.as_ref()) {
            item.key = Cow::Owned(key.clone());
            item.kind = *kind;
            item.confidence = item.confidence.max(Confidence::Cue);
        }
    }
}

/// The group an item belongs to: its key case-folded (`folded`), plurals folded onto an existing
/// singular.
fn group_key<'k>(
    item: &Item<'_>,
    folded: &'k str,
    keys: &HashSet<&str>,
    dates: &DateKeys,
    longer: &LongerNames<'_>,
) -> Cow<'k, str> {
    if item.kind.is_value() {
        // An amount or a share is one entity however it is written ("$209billion", "$209 billion";
        // "66%", "66 per cent"), and so is a calendar date ("May 3", "3 May"; see [`DateKeys`]).
        // Exact values: "$175billion" rounds "$175.4 billion" but is not written as the same amount.
        let label = item.kind.label();
        let date = || dates.key(&item.surface);
        return Cow::Owned(match parse_value(item.kind, &item.surface) {
            Some(Value::Money { currency, amount, .. }) => format!("{label}:{currency}:{amount}"),
            Some(Value::Percent { amount, .. }) => format!("{label}:{amount}"),
            _ => date().unwrap_or_else(|| format!("{label}:{folded}")),
        });
    }
    for suffix in ["s", "es"] {
        if let Some(singular) =
            folded.strip_suffix(suffix).filter(|singular| singular.len() >= 3 && keys.contains(*singular))
        {
            return Cow::Borrowed(singular);
        }
    }
    if item.kind == EntityType::Org {
        // "US Federal Deposit Insurance Corporation" and "Federal Deposit Insurance Corp." are the
        // "Federal Deposit Insurance Corporation" the story names elsewhere.
        // "THE CHARMINAR POST" on the masthead is the "Charminar Post" of the copyright line.
        let unqualified =
            ["us ", "u.s. ", "uk ", "u.k. ", "the "].iter().find_map(|country| folded.strip_prefix(country));
        if let Some(name) = unqualified.filter(|name| keys.contains(name)) {
            return Cow::Borrowed(name);
        }
        for (short, long) in [(" corp.", " corporation"), (" corp", " corporation"), (" co.", " company")] {
            if let Some(stem) = folded.strip_suffix(short) {
                let full = format!("{stem}{long}");
                if keys.contains(full.as_str()) {
                    return Cow::Owned(full);
                }
            }
        }
        // "Nordvik Energy ASA" is the "Nordvik Energy" the story names elsewhere, and "Nordvik" alone is too.
        let shorter = shortest_known(folded, keys);
        if shorter != folded {
            return Cow::Borrowed(shorter);
        }
        if !folded.contains(char::is_whitespace)
            && !longer.names_otherwise(folded)
            && let Some(long) = longer.of(folded, keys)
        {
            return Cow::Owned(long.to_owned());
        }
    }
    Cow::Borrowed(folded)
}

fn group(items: Vec<Item<'_>>, article_count: usize) -> StoryEntities {
    // A story names the same entities over and over: each distinct key is lowercased once.
    let mut distinct: HashMap<&str, usize> = HashMap::default();
    let mut folded: Vec<String> = Vec::new();
    let mut written: Vec<&str> = Vec::new();
    let key_of: Vec<usize> = items
        .iter()
        .map(|item| {
            *distinct.entry(item.key.as_ref()).or_insert_with(|| {
                folded.push(fold_accents(&item.key.to_lowercase()));
                written.push(item.key.as_ref());
                folded.len() - 1
            })
        })
        .collect();
    join_spelled_out(&written, &mut folded);
    // The folded keys that name something other than a value.
    let mut names_something = vec![false; folded.len()];
    for (item, &key) in items.iter().zip(&key_of) {
        names_something[key] |= !item.kind.is_value();
    }
    let keys: HashSet<&str> =
        folded.iter().zip(names_something).filter(|(_, yes)| *yes).map(|(key, _)| key.as_str()).collect();
    let dates = DateKeys::new(items.iter().filter(|item| item.kind == EntityType::Date).map(|item| &*item.surface));
    let typed_keys = items.iter().zip(&key_of).map(|(item, &key)| (item.kind, folded[key].as_str()));
    let longer = LongerNames::new(typed_keys);
    // The group key depends only on the folded key and, for values, the kind: it is worked out once
    // for each such pair (the slots: names, then the three kinds of values).
    let slot = |kind: EntityType| match kind {
        EntityType::Money => 1,
        EntityType::Percent => 2,
        EntityType::Date => 3,
        _ => 0,
    };
    let mut group_of: Vec<[Option<usize>; 4]> = vec![[None; 4]; folded.len()];
    let mut group_named: HashMap<Cow<'_, str>, usize> = HashMap::default();
    let mut groups: Vec<(Cow<'_, str>, Vec<usize>)> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let key = key_of[index];
        let group = *group_of[key][slot(item.kind)].get_or_insert_with(|| {
            let name = group_key(item, &folded[key], &keys, &dates, &longer);
            *group_named.entry(name.clone()).or_insert_with(|| {
                groups.push((name, Vec::new()));
                groups.len() - 1
            })
        });
        groups[group].1.push(index);
    }
    // In the order of their keys, as ties in the final order below are left.
    groups.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
    let mut entities: Vec<(Entity, Vec<usize>)> = groups
        .into_iter()
        .map(|(_, members)| {
            let refs: Vec<&Item<'_>> = members.iter().map(|&i| &items[i]).collect();
            let mut aliases: Vec<&str> = refs.iter().map(|item| item.surface.as_ref()).collect();
            aliases.sort_unstable();
            aliases.dedup();
            let aliases = aliases.into_iter().map(str::to_owned).collect();
            let mut in_articles: Vec<usize> = refs.iter().map(|item| item.article).collect();
            in_articles.sort_unstable();
            in_articles.dedup();
            let kind = group_type(&refs);
            let mut name = display_name(&refs);
            // A person named only in a signature line in capitals ("AYAKA SHIMIZU") reads as a name.
            if kind == EntityType::Person && word_count(&name) >= 2 {
                name = readable_case(&name);
            }
            let entity = Entity { name, kind, aliases, articles: in_articles, mentions: refs.len() };
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
