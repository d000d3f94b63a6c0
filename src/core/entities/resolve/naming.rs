//! What a group of mentions is called and what type it is: the name most of its mentions use (or the
//! lexicon's), and the type the lexicon, the cues or the guesses give it.

use super::{Confidence, EntityType, Item};

/// The display name of a group: a lexicon or alias name if there is one, else its most frequent
/// surface (preferring forms with inner capitals: "DeepSeek" over "Deepseek").
pub(super) fn display_name(members: &[&Item<'_>]) -> String {
    // Each name with its count and when it was first seen: a group has few names, kept in a list.
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for (order, item) in members.iter().enumerate() {
        let renamed = item.key != item.surface;
        let source = if renamed || item.confidence == Confidence::Known { &item.key } else { &item.surface };
        let weight = if renamed { 2 } else { 1 };
        match counts.iter_mut().find(|(name, _, _)| *name == source.as_ref()) {
            Some((_, count, _)) => *count += weight,
            None => counts.push((source.as_ref(), weight, usize::MAX - order)),
        }
    }
    // "DeepSeek" over "Deepseek", but not "THE CHARMINAR POST" over "The Charminar Post".
    let shouted = |name: &str| !name.chars().any(char::is_lowercase);
    let inner_capitals =
        |name: &str| if shouted(name) { 0 } else { name.chars().skip(1).filter(|c| c.is_uppercase()).count() };
    // Of two spellings of a date as frequent as each other, the one that gives its year, in words if any.
    let is_date = members.first().is_some_and(|item| item.kind == EntityType::Date);
    let figures = |name: &str| {
        let year = name.split(|c: char| !c.is_ascii_digit()).any(|number| number.len() == 4);
        let words = name.chars().any(char::is_alphabetic);
        if is_date { 2 * u8::from(year) + u8::from(words) } else { 0 }
    };
    // Names are seen first at different times: the largest key is unique, whatever the order.
    counts
        .into_iter()
        .max_by_key(|&(name, count, first_seen)| (count, inner_capitals(name), figures(name), first_seen))
        .map(|(name, _, _)| name.to_owned())
        .unwrap_or_default()
}

/// The type of a group: what the lexicon says if it knows, else what most cues say, else most guesses. One
/// cue ("the Tervo river") outweighs any number of guesses ("the Tervo climbed"): a guess is only a default.
pub(super) fn group_type(members: &[&Item<'_>]) -> EntityType {
    // Per type, its votes by confidence, the surest first, so that the arrays compare as the rule reads.
    let mut votes = [[0usize; 3]; EntityType::ALL.len()];
    for item in members {
        let rank = match item.confidence {
            Confidence::Known => 0,
            Confidence::Cue => 1,
            Confidence::Guess => 2,
        };
        // `ALL` lists the types in declaration order.
        votes[item.kind as usize][rank] += 1;
    }
    // Types without votes cannot win: every member votes.
    EntityType::ALL
        .into_iter()
        .zip(votes)
        .filter(|&(_, votes)| votes.iter().any(|&count| count > 0))
        .max_by_key(|&(kind, votes)| (votes, std::cmp::Reverse(kind)))
        .map_or(EntityType::Org, |(kind, _)| kind)
}
