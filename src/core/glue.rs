//! Glued words: scraped pages often lose the break between two headlines or a caption and a paragraph,
//! leaving tokens like `ChinaiPhone` or `featuresAlibaba`. A token is split where its case changes
//! (`a|A`, or before a lowercase brand prefix as in `a|iPhone`) and both halves occur as words of their
//! own elsewhere in the same document, so real camel-case names (`DeepSeek`, `iPhone`) stay whole.

use std::collections::HashSet;

fn word_tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let mut tokens = Vec::new();
    for (index, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(index),
            (false, Some(begin)) => {
                tokens.push((begin, &text[begin..index]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(begin) = start {
        tokens.push((begin, &text[begin..]));
    }
    tokens.into_iter()
}

/// Byte offsets in `text` where two words were glued together without a space.
pub fn find_glue(text: &str) -> Vec<usize> {
    let tokens: Vec<(usize, &str)> = word_tokens(text).collect();
    let vocabulary: HashSet<&str> = tokens.iter().map(|&(_, token)| token).collect();
    let mut offsets = Vec::new();
    for &(start, token) in &tokens {
        if let Some(split) = glue_split(token, &vocabulary) {
            offsets.push(start + split);
        }
    }
    offsets
}

/// The byte index inside `token` where it splits into two known words, if it does.
fn glue_split(token: &str, vocabulary: &HashSet<&str>) -> Option<usize> {
    let chars: Vec<(usize, char)> = token.char_indices().collect();
    for window in 1..chars.len() {
        let (index, c) = chars[window];
        let previous = chars[window - 1].1;
        if !(c.is_uppercase() && previous.is_lowercase()) {
            continue;
        }
        // Lowercase brand prefixes (iPhone, eBay): the split may fall one letter earlier.
        let mut candidates = vec![index];
        if window >= 2 && matches!(previous, 'i' | 'e') && chars[window - 2].1.is_lowercase() {
            candidates.push(chars[window - 1].0);
        }
        for split in candidates {
            let (left, right) = token.split_at(split);
            if left.chars().count() >= 2
                && right.chars().count() >= 2
                && vocabulary.contains(left)
                && vocabulary.contains(right)
            {
                return Some(split);
            }
        }
    }
    None
}

/// Function words that never end a headline or sentence: a glue point after one is a missing space
/// inside a sentence, not a sentence boundary.
const NON_FINAL_WORDS: [&str; 24] = [
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "as", "into",
    "than", "that", "its", "their", "his", "her", "our",
];

/// True when the glue point at `offset` separates two sentences (headlines, captions) rather than two
/// words of one sentence.
pub fn is_sentence_break(text: &str, offset: usize) -> bool {
    let before = &text[..offset];
    let word_start =
        before.char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(index, c)| index + c.len_utf8());
    let word = before[word_start..].to_lowercase();
    !NON_FINAL_WORDS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_glued_headlines_only_into_known_words() {
        let text = "Sales fell in ChinaiPhone demand waned. The iPhone sold in China. \
                    Rivals gained featuresAlibaba built. Alibaba has features. DeepSeek rose.";
        let glue = find_glue(text);
        let pieces: Vec<&str> = glue.iter().map(|&offset| &text[offset..offset + 6]).collect();
        assert_eq!(pieces, ["iPhone", "Alibab"]);
    }

    #[test]
    fn keeps_camel_case_names_whole() {
        assert!(find_glue("DeepSeek and OpenAI met YouTube staff at PayPal.").is_empty());
    }

    #[test]
    fn a_glue_after_a_function_word_is_no_sentence_break() {
        let text = "the deal withAlibaba";
        assert!(!is_sentence_break(text, text.find("Alibaba").expect("word")));
        let text = "in ChinaDeepSeek";
        assert!(is_sentence_break(text, text.find("DeepSeek").expect("word")));
    }
}
