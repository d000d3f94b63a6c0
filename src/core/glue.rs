//! Glued words: scraped pages often lose the break between two headlines or a caption and a paragraph,
//! leaving tokens like `ChinaiPhone` or `featuresAlibaba`. A token is split where its case changes
//! (`a|A`, or before a lowercase brand prefix as in `a|iPhone`) and both halves occur as words of their
//! own elsewhere in the same document, so real camel-case names (`DeepSeek`, `iPhone`) stay whole.

/// The words of `text` (runs of letters and digits) with their byte offsets, in one pass that
/// decodes only non-ASCII characters.
fn word_tokens(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut start = None;
    let mut index = 0;
    while index < bytes.len() {
        let (alphanumeric, width) = if bytes[index].is_ascii() {
            (bytes[index].is_ascii_alphanumeric(), 1)
        } else {
            let c = text[index..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        match (alphanumeric, start) {
            (true, None) => start = Some(index),
            (false, Some(begin)) => {
                tokens.push((begin, &text[begin..index]));
                start = None;
            }
            _ => {}
        }
        index += width;
    }
    if let Some(begin) = start {
        tokens.push((begin, &text[begin..]));
    }
    tokens
}

/// Byte offsets in `text` where two words were glued together without a space.
pub fn find_glue(text: &str) -> Vec<usize> {
    // Only tokens with a lower→upper case change can be glued; most texts have few or none, so the
    // vocabulary is consulted only for the halves those tokens could split into.
    let tokens = word_tokens(text);
    let candidates: Vec<(usize, &str)> = tokens.iter().copied().filter(|(_, token)| has_case_change(token)).collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    let wanted: foldhash::HashSet<&str> = candidates
        .iter()
        .flat_map(|&(_, token)| split_candidates(token).flat_map(|(left, right)| [left, right]))
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let present: foldhash::HashSet<&str> =
        tokens.iter().map(|&(_, token)| token).filter(|token| wanted.contains(token)).collect();
    candidates
        .into_iter()
        .filter_map(|(start, token)| {
            split_candidates(token)
                .find(|(left, right)| present.contains(left) && present.contains(right))
                .map(|(left, _)| start + left.len())
        })
        .collect()
}

fn has_case_change(token: &str) -> bool {
    let mut previous_lower = false;
    for c in token.chars() {
        if previous_lower && c.is_uppercase() {
            return true;
        }
        previous_lower = c.is_lowercase();
    }
    false
}

/// The (left, right) halves a token may split into: at each lower→upper case change, and one letter
/// earlier before a lowercase brand prefix (`China|iPhone`, `eBay`). Each half has two letters or more.
fn split_candidates(token: &str) -> impl Iterator<Item = (&str, &str)> {
    let chars: Vec<(usize, char)> = token.char_indices().collect();
    let mut splits = Vec::new();
    for window in 1..chars.len() {
        let (index, c) = chars[window];
        let previous = chars[window - 1].1;
        if !(c.is_uppercase() && previous.is_lowercase()) {
            continue;
        }
        splits.push(index);
        if window >= 2 && matches!(previous, 'i' | 'e') && chars[window - 2].1.is_lowercase() {
            splits.push(chars[window - 1].0);
        }
    }
    splits
        .into_iter()
        .map(move |split| token.split_at(split))
        .filter(|(left, right)| left.chars().nth(1).is_some() && right.chars().nth(1).is_some())
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
