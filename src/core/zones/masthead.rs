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
    "NEWSWIRE",
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
    skip_section_labels(text, pieces);
    let content: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].1 == Class::Content).take(3).collect();
    let Some((&first, rest)) = content.split_first() else { return };
    let first_block = pieces[first].0.of(text);
    // The outlet's name as its page's first line: by its shape, as the name found elsewhere on the page
    // (its copyright line), or as one word in capitals that the page writes in its own case ("AUTOBEAT",
    // "© 2025 AutoBeat Media").
    let known = zoning.outlet.as_deref().filter(|outlet| same_name(outlet, first_block)).map(str::to_owned);
    let Some(outlet) = masthead(first_block).or(known).or_else(|| own_case_elsewhere(text, first_block)) else {
        return;
    };
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

/// Section labels over the headline ("Americas", "Recalls"): one word alone on its line, among the first
/// lines of the page, right before a headline of four words or more. They are chrome, not the title.
fn skip_section_labels(text: &str, pieces: &mut [(Span, Class)]) {
    let content: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].1 == Class::Content).take(4).collect();
    for pair in content.windows(2) {
        let (label, next) = (pieces[pair[0]].0.of(text), pieces[pair[1]].0.of(text));
        let one_word = !label.contains(char::is_whitespace)
            && label.chars().all(char::is_alphabetic)
            && label.chars().any(char::is_lowercase);
        if one_word && headline_like(next) && next.split_whitespace().count() >= 4 {
            pieces[pair[0]].1 = Class::Zone(ZoneKind::Boilerplate);
        }
    }
}

/// Are two names the same but for case, "The" and punctuation ("Pacific Newswire", "PACIFIC NEWSWIRE")?
fn same_name(one: &str, other: &str) -> bool {
    let key = |name: &str| {
        let lower = name.to_lowercase();
        let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_owned();
        lower.chars().filter(|c| c.is_alphanumeric()).collect::<String>()
    };
    let (one, other) = (key(one), key(other));
    !one.is_empty() && one == other
}

/// One word in capitals ("AUTOBEAT") that the page also writes with capitals inside it ("AutoBeat's
/// senior editor"): that is the outlet's name, in its own case.
fn own_case_elsewhere(text: &str, block: &str) -> Option<String> {
    let word = block.trim();
    let caps = word.len() >= 4 && word.chars().all(|c| c.is_uppercase());
    if !caps {
        return None;
    }
    text.split(|c: char| !c.is_alphanumeric()).find_map(|candidate| {
        let inner_capital = candidate.chars().skip(1).any(char::is_uppercase);
        let mixed = candidate.chars().any(char::is_lowercase) && inner_capital;
        (mixed && candidate.eq_ignore_ascii_case(word)).then(|| candidate.to_owned())
    })
}
