//! Mastheads: the outlet's name set as the page's first line ("THE LISBON COURIER", "Pampa Post |
//! English edition"), which names the outlet and is no headline, and the tagline under it.

use super::{Class, Zoning, ends_sentence, headline_like, readable_case};
use crate::core::article::{Span, ZoneKind};

/// The last words of outlets' names ("Post", "Wire", "Daily" …), in capitals.
pub(super) const OUTLET_WORDS: &[&str] = &[
    "JOURNAL",
    "TIMES",
    "NEWS",
    "POST",
    "REPORT",
    "PRESS",
    "WIRE",
    "DAILY",
    "HERALD",
    "TRIBUNE",
    "MEDIA",
    "TV",
    "RADIO",
    "REVIEW",
    "MONITOR",
    "GAZETTE",
    "AGENCY",
    "TODAY",
    "WEEKLY",
    "CHRONICLE",
    "NETWORK",
    "COURIER",
    "OBSERVER",
    "GUARDIAN",
    "TELEGRAPH",
    "DISPATCH",
    "LEDGER",
    "BULLETIN",
    "INQUIRER",
    "EXAMINER",
    "SENTINEL",
    "GLOBE",
    "MAGAZINE",
];

/// A masthead line: the outlet's name, ending in a word such as "Post", "Wire" or "Daily", perhaps
/// followed by an edition or a section after a bar ("Pampa Post", "NIHON BRIDGE DAILY | English
/// edition"). Returns the outlet's name.
pub(super) fn masthead(block: &str) -> Option<String> {
    if block.len() > 80 || block.contains('\n') || ends_sentence(block) {
        return None;
    }
    let mut segments = block.split(['|', '·', '•']).map(str::trim);
    let name = segments.next()?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|word| word.starts_with(|c: char| c.is_uppercase()));
    let outlet_word = words.last().is_some_and(|last| OUTLET_WORDS.contains(&last.to_uppercase().as_str()));
    let short_rest = segments.all(|segment| segment.split_whitespace().count() <= 3);
    ((1..=4).contains(&words.len()) && capitalised && outlet_word && short_rest).then(|| readable_case(name))
}

/// A masthead opening the page ("THE LISBON COURIER") is the outlet's name, not the headline, and a
/// short tagline right under it ("Portugal's English-language news") is chrome when a longer headline
/// follows.
pub(super) fn skip_masthead(text: &str, pieces: &mut [(Span, Class)], zoning: &mut Zoning) {
    let content: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].1 == Class::Content).take(3).collect();
    let Some((&first, rest)) = content.split_first() else { return };
    let Some(outlet) = masthead(pieces[first].0.of(text)) else { return };
    let blocks: Vec<&str> = rest.iter().map(|&index| pieces[index].0.of(text)).collect();
    let words = |block: &str| block.split_whitespace().count();
    if !blocks.first().is_some_and(|next| headline_like(next)) {
        return;
    }
    zoning.outlet.get_or_insert(outlet);
    pieces[first].1 = Class::Zone(ZoneKind::Byline);
    if let [tagline, title] = blocks[..]
        && words(tagline) <= 5
        && headline_like(title)
        && words(title) > words(tagline)
    {
        pieces[rest[0]].1 = Class::Zone(ZoneKind::Boilerplate);
    }
}
