//! Sentence segmentation of paragraphs, with byte ranges on char boundaries.
//!
//! Handles abbreviations (`U.S.`, `Inc.`, `Mr.`, `Feb. 12`, `No. 1`), decimals and amounts, quotes,
//! ellipses, CJK full stops, glued headlines, and text without any punctuation (long runs are cut at
//! clause marks or word boundaries so that no passage grows unreadably long).

use super::article::Span;
use super::glue;

/// A sentence longer than this many bytes is cut at clause marks or word boundaries.
pub const MAX_SENTENCE_BYTES: usize = 600;

/// Titles that always precede a name: a period after them never ends a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "cmdr", "adm", "rev",
    "hon", "st", "mt", "ft", "messrs", "mme", "e.g", "i.e", "cf", "vs", "approx", "ca", "pres", "supt", "insp", "det",
    "cpl", "pvt", "maj", "brig", "adv", "smt", "shri",
];

/// Abbreviations that precede a number (`No. 1`, `Feb. 12`).
const NUMBER_ABBREVIATIONS: &[&str] = &[
    "no", "nos", "vol", "fig", "figs", "p", "pp", "art", "sec", "ch", "op", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "est", "ed", "rs",
];

/// Abbreviations that may also end a sentence (`… of Apple Inc. The company …`).
const ENDING_ABBREVIATIONS: &[&str] = &[
    "inc", "corp", "ltd", "co", "bros", "jr", "sr", "plc", "llc", "ave", "blvd", "rd", "dept", "univ", "govt", "etc",
    "cr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "also",
    "in",
    "on",
    "at",
    "for",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "there",
    "here",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "no",
    "not",
    "what",
    "why",
    "how",
    "who",
    "which",
    "where",
    "then",
    "now",
    "today",
    "yesterday",
    "last",
    "next",
    "with",
    "by",
    "from",
    "although",
    "though",
    "because",
    "despite",
    "according",
    "instead",
    "indeed",
    "moreover",
    "furthermore",
    "additionally",
    "nevertheless",
    "overall",
    "earlier",
    "later",
    "under",
    "over",
    "among",
    "during",
    "one",
    "such",
    "other",
    "another",
    "officials",
    "analysts",
    "critics",
];

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』' | '）' | '】')
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Could `c` open a new sentence?
fn opens_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '「' | '『' | '¿' | '¡' | '$' | '€' | '£' | '¥')
        || is_cjk(c)
}

/// A word like `iPhone` or `eBay`: lowercase first letter, capitals after it.
fn is_lowercase_brand(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

/// Is `word` one of the function words that open sentences, written as a sentence opens it
/// ("The", "However"; not "IT" or "THE")?
fn is_sentence_starter(word: &str) -> bool {
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    (capitalised || word == "I") && SENTENCE_STARTERS.contains(&word.to_lowercase().as_str())
}

/// Letters of scripts written without case or spaces (CJK, kana, hangul).
pub fn is_cjk(c: char) -> bool {
    // Most characters come before all of these blocks: one comparison says so.
    c >= '\u{3040}'
        && matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
            | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// The character starting at byte `offset` of `slice`, if any.
fn char_at(slice: &str, offset: usize) -> Option<char> {
    slice.get(offset..).and_then(|rest| rest.chars().next())
}

/// The byte offset of the first character at or after `offset` that is not `skipped`.
fn skip_while(slice: &str, offset: usize, skipped: impl Fn(char) -> bool) -> usize {
    offset + slice[offset..].find(|c: char| !skipped(c)).unwrap_or(slice.len() - offset)
}

/// Finds the sentence-ending characters (Western or CJK) of a paragraph in order. Only bytes that
/// can start one are looked at, found by vectorized byte searches: `.`, `!`, `?`, and the lead bytes
/// of `…` (0xE2), `。` (0xE3) and the full-width and half-width marks (0xEF).
struct Terminals<'s> {
    slice: &'s str,
    ascii: memchr::Memchr3<'s>,
    lead_bytes: memchr::Memchr3<'s>,
    /// The offsets each search found last and that are not passed yet.
    next_ascii: Option<usize>,
    next_lead_byte: Option<usize>,
}

/// The first offset at or after `offset` that `found` holds or `search` finds next.
fn first_from(search: &mut memchr::Memchr3<'_>, found: &mut Option<usize>, offset: usize) -> Option<usize> {
    while found.is_some_and(|at| at < offset) {
        *found = search.next();
    }
    *found
}

impl<'s> Terminals<'s> {
    fn new(slice: &'s str) -> Self {
        let bytes = slice.as_bytes();
        let mut ascii = memchr::memchr3_iter(b'.', b'!', b'?', bytes);
        let mut lead_bytes = memchr::memchr3_iter(0xe2, 0xe3, 0xef, bytes);
        let (next_ascii, next_lead_byte) = (ascii.next(), lead_bytes.next());
        Self { slice, ascii, lead_bytes, next_ascii, next_lead_byte }
    }

    /// The next sentence-ending character at or after byte `offset` (a char boundary), with its offset.
    fn next_from(&mut self, mut offset: usize) -> Option<(usize, char)> {
        loop {
            let ascii = first_from(&mut self.ascii, &mut self.next_ascii, offset);
            let lead_byte = first_from(&mut self.lead_bytes, &mut self.next_lead_byte, offset);
            let at = match (ascii, lead_byte) {
                (Some(ascii), Some(lead_byte)) => ascii.min(lead_byte),
                (Some(at), None) | (None, Some(at)) => at,
                (None, None) => return None,
            };
            let c = char_at(self.slice, at)?;
            if is_terminal(c) || is_cjk_terminal(c) {
                return Some((at, c));
            }
            offset = at + c.len_utf8();
        }
    }
}

/// Splits the paragraph `paragraph` of `text` into sentences; `glue` lists glued-word offsets.
pub fn sentences(text: &str, paragraph: Span, glue: &[usize]) -> Vec<Span> {
    let slice = paragraph.of(text);
    let mut ends = Vec::new();
    let mut terminals = Terminals::new(slice);
    let mut offset = 0;
    while let Some((mark, c)) = terminals.next_from(offset) {
        if is_cjk_terminal(c) {
            offset = skip_while(slice, mark + c.len_utf8(), is_closer);
            ends.push(offset);
            continue;
        }
        let run_end = skip_while(slice, mark + c.len_utf8(), is_terminal);
        let single_period = c == '.' && run_end == mark + 1;
        let next = skip_while(slice, run_end, is_closer);
        if char_at(slice, next).is_some_and(char::is_whitespace) {
            let following = skip_while(slice, next, char::is_whitespace);
            let after = word_after(slice, following);
            if char_at(slice, following).is_some_and(|c| opens_sentence(c) || is_lowercase_brand(after)) {
                let before = word_before(slice, mark);
                if !single_period || period_ends_sentence(before, after, &slice[following..]) {
                    ends.push(next);
                }
            }
        }
        offset = next;
    }
    for &offset in glue {
        if paragraph.contains(offset) && offset > paragraph.start && glue::is_sentence_break(text, offset) {
            ends.push(offset - paragraph.start);
        }
    }
    ends.sort_unstable();
    ends.dedup();

    // One sentence per end, and those cut for being too long.
    let mut spans = Vec::with_capacity(ends.len() + 1);
    let mut start = 0;
    for end in ends.into_iter().chain(std::iter::once(slice.len())) {
        if end > start {
            push_sentence(text, Span::new(paragraph.start + start, paragraph.start + end), &mut spans);
            start = end;
        }
    }
    spans
}

/// Adds a sentence (trimmed, without list markers, cut if too long) unless it has no word in it.
fn push_sentence(text: &str, span: Span, spans: &mut Vec<Span>) {
    let mut span = span.trimmed(text);
    let slice = span.of(text);
    for marker in ["- ", "* ", "• ", "· ", "▪ ", "‣ ", "– ", "— "] {
        if let Some(rest) = slice.strip_prefix(marker) {
            span.start += slice.len() - rest.len();
            span = span.trimmed(text);
            break;
        }
    }
    if !span.of(text).chars().any(char::is_alphanumeric) {
        return;
    }
    if span.len() <= MAX_SENTENCE_BYTES {
        spans.push(span);
        return;
    }
    let cut = cut_point(span.of(text));
    push_sentence(text, Span::new(span.start, span.start + cut), spans);
    push_sentence(text, Span::new(span.start + cut, span.end), spans);
}

/// Where to cut an over-long sentence: after a clause mark near the middle, else at the white space
/// nearest the middle.
fn cut_point(slice: &str) -> usize {
    let middle = slice.len() / 2;
    let clause = slice
        .match_indices(['\n', ';', ':'])
        .map(|(offset, mark)| offset + mark.len())
        .filter(|&offset| offset > slice.len() / 4 && offset < slice.len() * 3 / 4)
        .min_by_key(|&offset| offset.abs_diff(middle));
    if let Some(offset) = clause {
        return offset;
    }
    let space = slice
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .map(|(offset, _)| offset)
        .min_by_key(|&offset| offset.abs_diff(middle));
    space.filter(|&offset| offset > 0).unwrap_or_else(|| {
        // No white space at all (CJK without stops, or one huge token): cut on a char boundary.
        (middle..slice.len()).find(|&offset| slice.is_char_boundary(offset)).unwrap_or(slice.len())
    })
}

/// The word (letters, digits and inner periods) that ends right before byte `end` of `slice`.
fn word_before(slice: &str, end: usize) -> &str {
    let start = slice[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(index, c)| index + c.len_utf8());
    slice[start..end].trim_start_matches('.')
}

/// The word that starts at byte `start` of `slice`.
fn word_after(slice: &str, start: usize) -> &str {
    let rest = &slice[start..];
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace());
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    &rest[..end]
}

/// Does `rest`, which opens with the word `after`, go on as a numbering ("No. 311", "Art. 5")?
fn opens_numbering(after: &str, rest: &str) -> bool {
    let Some(at) = rest.find(after) else { return false };
    NUMBER_ABBREVIATIONS.contains(&after.to_lowercase().as_str())
        && rest[at + after.len()..]
            .strip_prefix('.')
            .is_some_and(|tail| tail.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Decides whether a single period after `before` ends the sentence, given the next word `after` and the
/// text from it on, `rest`.
fn period_ends_sentence(before: &str, after: &str, rest: &str) -> bool {
    let lower = before.to_lowercase();
    let next_is_number = after.starts_with(|c: char| c.is_ascii_digit());
    // "No. 311" after "W.P." numbers a case: "No" opens no sentence there.
    let next_is_starter = is_sentence_starter(after) && !opens_numbering(after, rest);
    if before.is_empty() {
        return true;
    }
    if TITLE_ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    if NUMBER_ABBREVIATIONS.contains(&lower.as_str()) && next_is_number {
        return false;
    }
    let mut letters = before.chars();
    let single_initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    // Dotted abbreviations are letters ("U.S."); a number with a decimal point ("124.3bn") is not one.
    let dotted = before.contains('.') && !before.chars().any(|c| c.is_ascii_digit());
    if single_initial || dotted || ENDING_ABBREVIATIONS.contains(&lower.as_str()) {
        return next_is_starter;
    }
    true
}

#[cfg(test)]
mod tests;
