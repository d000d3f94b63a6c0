//! Word tokens for name recognition: possessives split off (`Apple’s` → `Apple`), dotted acronyms kept
//! whole (`U.S.`), modifiers split from names (`Cupertino-based` → `Cupertino`), glued words split
//! (`ChinaiPhone`), and each token's shape (capitalised, all-caps, `iPhone`-like, number, CJK).

use super::lexicon::Lexicon;
use crate::core::article::Span;
use crate::core::segment::is_cjk;

/// How a token is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `Apple`, `Tsai`
    Capitalized,
    /// `IDC`, `U.S.`, `JENNIFER`
    AllCaps,
    /// `iPhone`, `eWEEK`, `xAI`
    LowerBrand,
    Lower,
    /// Starts with a digit: `16`, `2.5-Max`, `4o`
    Number,
    /// Chinese, Japanese or Korean script.
    Cjk,
}

impl Shape {
    /// Can a token of this shape be (part of) a name? (CJK names are found by their own patterns.)
    pub fn is_name_like(self) -> bool {
        matches!(self, Self::Capitalized | Self::AllCaps | Self::LowerBrand)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub shape: Shape,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }
}

/// What decides a word's shape: its first character, and how many of its letters are uppercase.
#[derive(Debug, Clone, Copy)]
struct Letters {
    first: char,
    letters: usize,
    upper: usize,
}

impl Letters {
    fn new(first: char) -> Self {
        let mut letters = Self { first, letters: 0, upper: 0 };
        letters.add(first);
        letters
    }

    fn add(&mut self, c: char) {
        if c.is_alphabetic() {
            self.letters += 1;
            self.upper += usize::from(c.is_uppercase());
        }
    }

    fn shape(self) -> Shape {
        if self.first.is_numeric() {
            return Shape::Number;
        }
        if is_cjk(self.first) {
            return Shape::Cjk;
        }
        if self.letters >= 2 && self.upper == self.letters {
            return Shape::AllCaps;
        }
        if self.first.is_uppercase() {
            Shape::Capitalized
        } else if self.upper > 0 {
            Shape::LowerBrand
        } else {
            Shape::Lower
        }
    }
}

fn shape_of(word: &str) -> Shape {
    let mut chars = word.chars();
    let mut letters = Letters::new(chars.next().unwrap_or(' '));
    chars.for_each(|c| letters.add(c));
    letters.shape()
}

/// Abbreviations whose final period belongs to the name (`Apple Inc.`, `Martin Luther King Jr.`).
const DOTTED_ABBREVIATIONS: &[&str] =
    &["Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Bros"];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Do the periods of `word` separate single letters ("U.S", "e.g"), making its final period part of it?
fn dotted_initials(word: &str) -> bool {
    word.split('.').all(|part| part.chars().count() == 1) && (word.len() >= 3 || word.chars().all(char::is_uppercase))
}

/// Classes of bytes for the tokenizer's fast paths: ASCII letter or digit, letter, uppercase letter
/// (non-ASCII bytes have none).
const WORD: u8 = 1;
const LETTER: u8 = 2;
const UPPER: u8 = 4;
static BYTE_CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut byte = 0u8;
    while byte < 128 {
        classes[byte as usize] = if byte.is_ascii_uppercase() {
            WORD | LETTER | UPPER
        } else if byte.is_ascii_lowercase() {
            WORD | LETTER
        } else if byte.is_ascii_digit() {
            WORD
        } else {
            0
        };
        byte += 1;
    }
    classes
};

/// `char::is_alphanumeric`, answered without Unicode tables for ASCII and for general punctuation
/// (curly quotes, dashes, ellipses: U+2000 to U+206F hold no letter or digit).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
    }
}

/// Splits `range` of `text` into word tokens, put in `tokens` (cleared first: a buffer reused from
/// sentence to sentence); `glue` offsets always end a token.
pub fn tokenize(text: &str, range: Span, glue: &[usize], lexicon: &Lexicon, tokens: &mut Vec<Token>) {
    // Works on byte offsets into `text`: runs of ASCII bytes at once, other characters decoded one
    // at a time.
    let bytes = &text.as_bytes()[..range.end];
    let at = |offset: usize| match bytes.get(offset) {
        None => None,
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text[offset..range.end].chars().next(),
    };
    let after = |offset: usize| at(offset).map_or(offset, |c| offset + c.len_utf8());
    // Offsets only grow: the glue points are passed in order, not searched for.
    let mut glue_points = glue.iter().copied();
    let mut next_glue = glue_points.next();
    tokens.clear();
    let mut offset = range.start;
    loop {
        // ASCII bytes that are neither letters nor digits, at once.
        offset += bytes[offset.min(bytes.len())..]
            .iter()
            .take_while(|&&byte| byte.is_ascii() && BYTE_CLASSES[usize::from(byte)] & WORD == 0)
            .count();
        let Some(c) = at(offset) else { break };
        if !is_word_char(c) {
            offset += c.len_utf8();
            continue;
        }
        let start = offset;
        let cjk = is_cjk(c);
        // Counted as the token grows, for its shape; a hyphen may end a name ("Cupertino-based").
        let mut letters = Letters::new(c);
        let mut hyphenated = false;
        offset += c.len_utf8();
        loop {
            while next_glue.is_some_and(|point| point < offset) {
                next_glue = glue_points.next();
            }
            if !cjk {
                // ASCII letters and digits up to the next glue point, at once.
                let limit = next_glue.map_or(bytes.len(), |point| point.min(bytes.len())).max(offset);
                let (mut run, mut run_letters, mut run_upper) = (0, 0, 0);
                for &byte in &bytes[offset..limit] {
                    let class = BYTE_CLASSES[usize::from(byte)];
                    if class & WORD == 0 {
                        break;
                    }
                    run += 1;
                    run_letters += usize::from(class & LETTER != 0);
                    run_upper += usize::from(class & UPPER != 0);
                }
                letters.letters += run_letters;
                letters.upper += run_upper;
                offset += run;
            }
            let Some(c) = at(offset) else { break };
            if next_glue == Some(offset) {
                break;
            }
            if is_word_char(c) {
                if is_cjk(c) != cjk {
                    break;
                }
                letters.add(c);
                offset += c.len_utf8();
                continue;
            }
            let next = offset + c.len_utf8();
            let next_is_word = at(next).is_some_and(is_word_char);
            // A possessive ends the name: "Apple’s", "Alibaba's".
            if is_apostrophe(c) && matches!(at(next), Some('s' | 'S')) && !at(next + 1).is_some_and(is_word_char) {
                break;
            }
            if (matches!(c, '.' | '-' | '‑' | '&') || is_apostrophe(c)) && next_is_word {
                hyphenated |= c == '-';
                letters.add(c);
                letters.add(at(next).unwrap_or(' '));
                offset = after(next);
                continue;
            }
            break;
        }
        let mut end = offset;
        let word = &text[start..end];
        // "U.S." and "Inc.": the final period belongs to the token.
        if at(end) == Some('.') && (dotted_initials(word) || DOTTED_ABBREVIATIONS.contains(&word)) {
            end += 1;
        }
        let span = Span::new(start, end);
        match hyphenated.then(|| split_modifier(text, span, lexicon)).flatten() {
            Some([head, tail]) => tokens.extend([head, tail]),
            None => tokens.push(Token { span, shape: letters.shape() }),
        }
        offset = end;
        // Skip the possessive ending itself.
        if at(offset).is_some_and(is_apostrophe) && matches!(at(after(offset)), Some('s' | 'S')) {
            offset = after(after(offset));
        }
    }
}

/// A name and its trailing modifier ("Cupertino-based", "Hong Kong-listed") as two tokens, if the
/// word at `span` is one.
fn split_modifier(text: &str, span: Span, lexicon: &Lexicon) -> Option<[Token; 2]> {
    let word = span.of(text);
    let hyphen = word.rfind('-')?;
    let (head, tail) = (&word[..hyphen], &word[hyphen + 1..]);
    let head_shape = shape_of(head);
    let modifier = is_modifier_tail(head, tail, lexicon);
    (modifier && matches!(head_shape, Shape::Capitalized | Shape::AllCaps | Shape::LowerBrand)).then(|| {
        [
            Token { span: Span::new(span.start, span.start + hyphen), shape: head_shape },
            Token { span: Span::new(span.start + hyphen + 1, span.end), shape: Shape::Lower },
        ]
    })
}

/// Short trailing modifiers that are not past participles in "-ed".
const MODIFIER_TAILS: [&str; 13] =
    ["born", "made", "built", "run", "led", "held", "wide", "style", "era", "like", "free", "only", "size"];

/// Is `tail`, after a name `head` and a hyphen, a modifier of the name ("based" in "Cupertino-based",
/// "era" in "Trump-era", "language" in "Korean-language")? A common word is, except where both halves are
/// short syllables, as in a romanized given name whose second syllable happens to be English
/// ("Gee-sung", "Jae-won", "Ji-man"); past participles in "-ed" and a few short modifiers always are.
pub fn is_modifier_tail(head: &str, tail: &str, lexicon: &Lexicon) -> bool {
    let syllables = head.chars().count() <= 4 && tail.chars().count() <= 4;
    tail.chars().all(char::is_lowercase)
        && lexicon.is_common(tail)
        && (!syllables || tail.ends_with("ed") || MODIFIER_TAILS.contains(&tail))
}

#[cfg(test)]
mod tests;

/// Is the token at `span` part of a web address's path ("facebook.com/ExpressU", "https://…")? Such
/// words name pages, not entities.
pub fn in_web_address(text: &str, span: Span) -> bool {
    // Within a bounded window, so that a long run without spaces costs no more than a short one.
    const WINDOW: usize = 256;
    let mut from = span.start.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (span.end + WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    // After the last space before the token, whatever its width (a no-break or ideographic space is
    // several bytes).
    let chunk_start = text[from..span.start]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace())
        .map_or(from, |(at, space)| from + at + space.len_utf8());
    let chunk_end = text[span.end..to].find(char::is_whitespace).map_or(to, |at| span.end + at);
    let chunk = &text[chunk_start..chunk_end];
    if chunk.contains("://") || chunk.starts_with("www.") {
        return true;
    }
    // A domain ("example.com") before the first slash, and the token after it.
    let Some(slash) = chunk.find('/') else { return false };
    let top_level = chunk[..slash].rsplit_once('.').map_or("", |(_, top)| top);
    let domain = (2..=6).contains(&top_level.len()) && top_level.chars().all(|c| c.is_ascii_lowercase());
    domain && span.start > chunk_start + slash
}
