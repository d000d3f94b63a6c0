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

fn shape_of(word: &str) -> Shape {
    let first = word.chars().next().unwrap_or(' ');
    if first.is_numeric() {
        return Shape::Number;
    }
    if is_cjk(first) {
        return Shape::Cjk;
    }
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    if letters >= 2 && upper == letters {
        return Shape::AllCaps;
    }
    if first.is_uppercase() {
        Shape::Capitalized
    } else if upper > 0 {
        Shape::LowerBrand
    } else {
        Shape::Lower
    }
}

/// Abbreviations whose final period belongs to the name (`Apple Inc.`, `Martin Luther King Jr.`).
const DOTTED_ABBREVIATIONS: &[&str] =
    &["Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Bros"];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Splits `range` of `text` into word tokens; `glue` offsets always end a token.
pub fn tokenize(text: &str, range: Span, glue: &[usize], lexicon: &Lexicon) -> Vec<Token> {
    let slice = range.of(text);
    let chars: Vec<(usize, char)> = slice.char_indices().map(|(offset, c)| (range.start + offset, c)).collect();
    let at = |index: usize| chars.get(index).map(|&(_, c)| c);
    let offset_at = |index: usize| chars.get(index).map_or(range.end, |&(offset, _)| offset);
    let mut tokens = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index].1;
        if !c.is_alphanumeric() {
            index += 1;
            continue;
        }
        let start = index;
        let cjk = is_cjk(c);
        index += 1;
        while let Some(c) = at(index) {
            if !glue.is_empty() && glue.binary_search(&chars[index].0).is_ok() {
                break;
            }
            if is_cjk(c) != cjk && c.is_alphanumeric() {
                break;
            }
            if c.is_alphanumeric() {
                index += 1;
                continue;
            }
            let next_is_word = at(index + 1).is_some_and(char::is_alphanumeric);
            // A possessive ends the name: "Apple’s", "Alibaba's".
            if is_apostrophe(c)
                && matches!(at(index + 1), Some('s' | 'S'))
                && !at(index + 2).is_some_and(char::is_alphanumeric)
            {
                break;
            }
            if (matches!(c, '.' | '-' | '‑' | '&') || is_apostrophe(c)) && next_is_word {
                index += 2;
                continue;
            }
            break;
        }
        let mut end = index;
        let word = &text[offset_at(start)..offset_at(end)];
        // "U.S." and "Inc.": the final period belongs to the token.
        let dotted_initials = word.split('.').all(|part| part.chars().count() == 1)
            && (word.len() >= 3 || word.chars().all(char::is_uppercase));
        if at(end) == Some('.') && (dotted_initials || DOTTED_ABBREVIATIONS.contains(&word)) {
            end += 1;
        }
        let span = Span::new(offset_at(start), offset_at(end));
        push_token(text, span, lexicon, &mut tokens);
        index = end.max(index);
        // Skip the possessive ending itself.
        if at(index).is_some_and(is_apostrophe) && matches!(at(index + 1), Some('s' | 'S')) {
            index += 2;
        }
    }
    tokens
}

/// Adds a token, splitting a name from a trailing modifier ("Cupertino-based", "Hong Kong-listed").
fn push_token(text: &str, span: Span, lexicon: &Lexicon, tokens: &mut Vec<Token>) {
    let word = span.of(text);
    if let Some(hyphen) = word.rfind('-') {
        let (head, tail) = (&word[..hyphen], &word[hyphen + 1..]);
        let head_shape = shape_of(head);
        let modifier = tail.chars().all(char::is_lowercase) && lexicon.is_common(tail);
        if modifier && matches!(head_shape, Shape::Capitalized | Shape::AllCaps | Shape::LowerBrand) {
            let head_span = Span::new(span.start, span.start + hyphen);
            tokens.push(Token { span: head_span, shape: head_shape });
            tokens.push(Token { span: Span::new(span.start + hyphen + 1, span.end), shape: Shape::Lower });
            return;
        }
    }
    tokens.push(Token { span, shape: shape_of(word) });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Shape)> {
        tokenize(text, Span::new(0, text.len()), &[], Lexicon::get())
            .into_iter()
            .map(|t| (t.text(text), t.shape))
            .collect()
    }

    #[test]
    fn possessives_acronyms_and_modifiers() {
        use Shape::*;
        assert_eq!(words("Apple’s U.S. unit"), [("Apple", Capitalized), ("U.S.", AllCaps), ("unit", Lower)]);
        assert_eq!(
            words("Cupertino-based Voicebot.ai"),
            [("Cupertino", Capitalized), ("based", Lower), ("Voicebot.ai", Capitalized)]
        );
        assert_eq!(
            words("Qwen 2.5-Max and iPhone"),
            [("Qwen", Capitalized), ("2.5-Max", Number), ("and", Lower), ("iPhone", LowerBrand)]
        );
        assert_eq!(
            words("Lee Jae-yong of Apple Inc."),
            [
                ("Lee", Capitalized),
                ("Jae-yong", Capitalized),
                ("of", Lower),
                ("Apple", Capitalized),
                ("Inc.", Capitalized)
            ]
        );
        assert_eq!(words("岸田文雄首相 said"), [("岸田文雄首相", Cjk), ("said", Lower)]);
    }

    #[test]
    fn glue_points_end_tokens() {
        let text = "ChinaiPhone";
        let tokens = tokenize(text, Span::new(0, text.len()), &[5], Lexicon::get());
        assert_eq!(tokens.iter().map(|t| t.text(text)).collect::<Vec<_>>(), ["China", "iPhone"]);
    }
}
