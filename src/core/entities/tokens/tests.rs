//! Unit tests of the tokenizer, and a check of it against the plain char-by-char reading it replaced.

use super::*;

/// The tokens of `range` of `text`.
fn tokens_of(text: &str, range: Span, glue: &[usize]) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize(text, range, glue, Lexicon::get(), &mut tokens);
    tokens
}

fn words(text: &str) -> Vec<(&str, Shape)> {
    tokens_of(text, Span::new(0, text.len()), &[]).into_iter().map(|t| (t.text(text), t.shape)).collect()
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
        words("Choi Gee-sung, Hong Kong-listed, Trump-era, AI-driven"),
        [
            ("Choi", Capitalized),
            ("Gee-sung", Capitalized),
            ("Hong", Capitalized),
            ("Kong", Capitalized),
            ("listed", Lower),
            ("Trump", Capitalized),
            ("era", Lower),
            ("AI", AllCaps),
            ("driven", Lower)
        ]
    );
    assert_eq!(
        words("Lee Jae-yong of Apple Inc."),
        [("Lee", Capitalized), ("Jae-yong", Capitalized), ("of", Lower), ("Apple", Capitalized), ("Inc.", Capitalized)]
    );
    assert_eq!(words("岸田文雄首相 said"), [("岸田文雄首相", Cjk), ("said", Lower)]);
}

#[test]
fn glue_points_end_tokens() {
    let text = "ChinaiPhone";
    let tokens = tokens_of(text, Span::new(0, text.len()), &[5]);
    assert_eq!(tokens.iter().map(|t| t.text(text)).collect::<Vec<_>>(), ["China", "iPhone"]);
}

/// The tokenizer as first written (a vector of chars per range, every check at every char): the
/// reading `tokenize` must agree with.
fn reference_tokenize(text: &str, range: Span, glue: &[usize], lexicon: &Lexicon) -> Vec<Token> {
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
        reference_push_token(text, span, lexicon, &mut tokens);
        index = end.max(index);
        // Skip the possessive ending itself.
        if at(index).is_some_and(is_apostrophe) && matches!(at(index + 1), Some('s' | 'S')) {
            index += 2;
        }
    }
    tokens
}
fn reference_push_token(text: &str, span: Span, lexicon: &Lexicon, tokens: &mut Vec<Token>) {
    let word = span.of(text);
    if let Some(hyphen) = word.rfind('-') {
        let (head, tail) = (&word[..hyphen], &word[hyphen + 1..]);
        let head_shape = reference_shape_of(head);
        let modifier = is_modifier_tail(head, tail, lexicon);
        if modifier && matches!(head_shape, Shape::Capitalized | Shape::AllCaps | Shape::LowerBrand) {
            let head_span = Span::new(span.start, span.start + hyphen);
            tokens.push(Token { span: head_span, shape: head_shape });
            tokens.push(Token { span: Span::new(span.start + hyphen + 1, span.end), shape: Shape::Lower });
            return;
        }
    }
    tokens.push(Token { span, shape: reference_shape_of(word) });
}
fn reference_shape_of(word: &str) -> Shape {
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

/// A small deterministic generator of tricky texts: letters in both cases and scripts, digits,
/// separators, apostrophes, CJK, punctuation and spaces.
fn tricky_texts() -> Vec<String> {
    const PIECES: &[&str] = &[
        "a", "B", "é", "É", "1", "7", " ", " ", ".", "-", "‑", "&", "'", "’", "s", "S", "東", "京", "한", "。", "“",
        "—", "\u{a0}", "Inc", "U", "x", "-based", "Co", "\u{2071}", "Ⅻ", "ß", "ǅ", "٣", "?", "\n", "ﬁ",
    ];
    let mut next = crate::core::test_support::xorshift(0x2545_f491_4f6c_dd1d);
    (0..3000)
        .map(|_| {
            let len = next(24);
            (0..len).map(|_| PIECES[next(PIECES.len())]).collect()
        })
        .collect()
}

#[test]
fn agrees_with_the_char_by_char_reading() {
    let lexicon = Lexicon::get();
    for (index, text) in tricky_texts().iter().enumerate() {
        let boundaries: Vec<usize> = text.char_indices().map(|(offset, _)| offset).collect();
        // Glue points at some char boundaries, and sub-ranges starting and ending on boundaries.
        let glue: Vec<usize> = boundaries.iter().copied().filter(|offset| (offset + index) % 5 == 0).collect();
        let start = boundaries.get(index % 3).copied().unwrap_or(0);
        for (range, glue) in [(Span::new(0, text.len()), &[][..]), (Span::new(start, text.len()), &glue[..])] {
            let found = tokens_of(text, range, glue);
            let expected = reference_tokenize(text, range, glue, lexicon);
            assert_eq!(found, expected, "{text:?} {range:?} {glue:?}");
        }
    }
}

#[test]
fn word_chars_are_the_alphanumeric_chars() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
    }
}
