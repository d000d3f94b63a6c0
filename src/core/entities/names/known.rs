//! Known names: a surface looked up among the lexicons' names (exactly, then in another case), and
//! the longest known name starting at a token of a sentence.

use super::{CONNECTORS, Sentence};
use crate::core::entities::lexicon::{Known, Lexicon, with_lowercase};
use crate::core::entities::vocabulary::Vocabulary;
use std::borrow::Cow;

/// Looks a surface up among known names: exactly, then (for capitalised names that are not common
/// words) case-insensitively.
pub(super) fn lookup<'l>(lexicon: &'l Lexicon, surface: &str, single_word: bool) -> Option<&'l Known> {
    if let Some(known) = lexicon.names.get(surface) {
        return Some(known);
    }
    with_lowercase(surface, |folded| {
        if single_word && lexicon.common_words.contains(folded) {
            return None;
        }
        let known = lexicon.names_folded.get(folded)?;
        let shouted = surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        // Case variants only among capitalised words: "The city" is not "The City".
        let capitalised = surface
            .split_whitespace()
            .all(|word| word.starts_with(|c: char| c.is_uppercase() || c.is_numeric()) || CONNECTORS.contains(&word));
        // "Ana" is not the acronym ANA; "DEEPSEEK" and "Deepseek" are DeepSeek.
        (capitalised && (!known.acronym || shouted)).then_some(known)
    })
}

/// The longest known name starting at token `start`: its last token index and what it is.
pub(in crate::core::entities) fn longest_known<'l>(
    sentence: &Sentence<'_>,
    start: usize,
    vocabulary: &Vocabulary<'l>,
) -> Option<(usize, &'l Known)> {
    let longest = vocabulary.name_length_from(sentence.word(start));
    if longest == 0 {
        return None;
    }
    let last = (start + longest).min(sentence.tokens.len());
    let mut best = None;
    let joined = |left: usize, right: usize| {
        sentence.adjacent(left, right)
            || possessive_between(sentence, left, right)
            || sentence.joined_by_ampersand(left, right)
    };
    for end in start..last {
        if end > start && !joined(end - 1, end) {
            break;
        }
        let surface = &sentence.text[sentence.tokens[start].span.start..sentence.tokens[end].span.end];
        let surface = straight_apostrophes(surface);
        if let Some(known) = lookup(vocabulary.lexicon, &surface, end == start) {
            best = Some((end, known));
        } else if let Some(ending) = ending_left_out(sentence, end) {
            // A name that ends in a possessive ("McDonald's", "Moody's") or in an abbreviation's period
            // ("Fla.", "Calif."): the tokenizer leaves both out of the token.
            if let Some(known) = lookup(vocabulary.lexicon, &format!("{surface}{ending}"), false) {
                best = Some((end, known));
            }
        }
    }
    best
}

fn straight_apostrophes(text: &str) -> Cow<'_, str> {
    if text.contains('’') { Cow::Owned(text.replace('’', "'")) } else { Cow::Borrowed(text) }
}

/// The possessive ending ("'s", "’s") or period right after token `index`, which the tokenizer leaves
/// out of tokens, as a known name would spell it.
fn ending_left_out(sentence: &Sentence<'_>, index: usize) -> Option<&'static str> {
    let rest = &sentence.text[sentence.tokens[index].span.end..];
    if sentence.possessive_after(index) > 0 {
        Some("'s")
    } else if rest.starts_with('.') {
        Some(".")
    } else {
        None
    }
}

/// The byte length of the possessive ending right after token `index` when it belongs to the known name
/// found there ("Moody's", "McDonald's": the name is written with it), else 0 ("Apple's" is Apple).
pub(super) fn own_possessive(sentence: &Sentence<'_>, index: usize, canonical: &str) -> usize {
    let named_with_it = canonical.ends_with("'s") || canonical.ends_with("’s");
    if named_with_it { sentence.possessive_after(index) } else { 0 }
}

/// Do tokens `left` and `right` stand apart by a possessive ending and a space ("People's Bank")?
fn possessive_between(sentence: &Sentence<'_>, left: usize, right: usize) -> bool {
    let gap = &sentence.text[sentence.tokens[left].span.end..sentence.tokens[right].span.start];
    matches!(gap, "'s " | "’s ")
}
