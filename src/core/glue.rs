//! Glued words: scraped pages often lose the break between two headlines or a caption and a paragraph,
//! leaving tokens like `ChinaiPhone` or `featuresAlibaba`. A token is split where its case changes
//! (`a|A`, or before a lowercase brand prefix as in `a|iPhone`) and both halves occur as words of their
//! own elsewhere in the same document, so real camel-case names (`DeepSeek`, `iPhone`) stay whole.

/// The character starting at byte `index` of `text` (a char boundary).
fn char_at(text: &str, index: usize) -> char {
    text[index..].chars().next().unwrap_or(' ')
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Does `word`, eight ASCII bytes, hold a lowercase letter directly followed (in text order) by an
/// uppercase one?
fn has_lower_then_upper(word: u64) -> bool {
    // Adding 0x80 - n to a byte below 0x80 sets its high bit exactly when it is n or more, and never
    // carries into the next byte.
    let at_least = |n: u8| word.wrapping_add(ONES * (0x80 - u64::from(n))) & HIGH_BITS;
    let upper = at_least(b'A') & !at_least(b'Z' + 1);
    let lower = at_least(b'a') & !at_least(b'z' + 1);
    // Little-endian: the byte after byte i sits eight bits higher.
    (lower << 8) & upper != 0
}

/// The offset of the next ASCII lowercase letter directly followed by an ASCII uppercase one, or of
/// the next non-ASCII byte, at or after `from`; plain ASCII text is passed over eight bytes at a time.
fn next_change_or_non_ascii(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(Ok(chunk)) = bytes.get(from..from + 8).map(<[u8; 8]>::try_from) {
        let word = u64::from_le_bytes(chunk);
        if word & HIGH_BITS != 0 || has_lower_then_upper(word) {
            break;
        }
        // The last byte's pair with the one after it is in the next window.
        from += 7;
    }
    (from..bytes.len()).find(|&index| {
        let byte = bytes[index];
        !byte.is_ascii() || (byte.is_ascii_lowercase() && bytes.get(index + 1).is_some_and(u8::is_ascii_uppercase))
    })
}

/// The words of `text` in which a lowercase letter is directly followed by an uppercase one (the only
/// words that can be two glued together), with their byte offsets, in text order.
///
/// Both letters of such a pair are alphanumeric, so the pair lies inside one word: only ASCII pairs
/// and non-ASCII characters need a look, and only words with a pair need to be found.
fn case_change_words(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut index = 0;
    while let Some(at) = next_change_or_non_ascii(bytes, index) {
        // `at` is a char boundary: an ASCII letter, or where a non-ASCII character starts.
        let change = if bytes[at].is_ascii() {
            index = at + 1;
            Some(at + 1)
        } else {
            let c = char_at(text, at);
            index = at + c.len_utf8();
            if c.is_uppercase() && text[..at].chars().next_back().is_some_and(char::is_lowercase) {
                Some(at)
            } else if c.is_lowercase() && text[index..].chars().next().is_some_and(char::is_uppercase) {
                Some(index)
            } else {
                None
            }
        };
        let Some(change) = change else { continue };
        let start = text[..change]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(0, |(offset, c)| offset + c.len_utf8());
        let end = change + text[change..].find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len() - change);
        found.push((start, &text[start..end]));
        // Further changes in the same word add nothing.
        index = end;
    }
    found
}

/// Does `word` (letters and digits) occur in `text` as a word of its own, not inside a longer one?
fn occurs_as_word(text: &str, word: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|start| {
        // A match starts and ends on char boundaries: `word` is whole characters.
        let end = start + word.len();
        !text[..start].chars().next_back().is_some_and(char::is_alphanumeric)
            && !text[end..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// Byte offsets in `text` where two words were glued together without a space.
pub fn find_glue(text: &str) -> Vec<usize> {
    // Only words with a lower→upper case change can be glued; most texts have few or none, so the
    // vocabulary is consulted only for the halves those words could split into.
    let candidates = case_change_words(text);
    if candidates.is_empty() {
        return Vec::new();
    }
    let wanted: foldhash::HashSet<&str> = candidates
        .iter()
        .flat_map(|&(_, word)| split_candidates(word).flat_map(|(left, right)| [left, right]))
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let present: foldhash::HashSet<&str> = wanted.into_iter().filter(|half| occurs_as_word(text, half)).collect();
    candidates
        .into_iter()
        .filter_map(|(start, word)| {
            split_candidates(word)
                .find(|(left, right)| present.contains(left) && present.contains(right))
                .map(|(left, _)| start + left.len())
        })
        .collect()
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

    /// The plain reading `find_glue` must agree with: every word, its case changes checked char by char.
    fn glue_word_by_word(text: &str) -> Vec<usize> {
        let mut all_words: Vec<(usize, &str)> = Vec::new();
        let mut start = None;
        for (offset, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(offset),
                (false, Some(begin)) => {
                    all_words.push((begin, &text[begin..offset]));
                    start = None;
                }
                _ => {}
            }
        }
        let changes = |word: &str| {
            let chars: Vec<char> = word.chars().collect();
            chars.windows(2).any(|pair| pair[0].is_lowercase() && pair[1].is_uppercase())
        };
        let present: Vec<&str> = all_words.iter().map(|&(_, word)| word).collect();
        all_words
            .iter()
            .filter(|(_, word)| changes(word))
            .filter_map(|&(start, word)| {
                split_candidates(word)
                    .find(|(left, right)| present.contains(left) && present.contains(right))
                    .map(|(left, _)| start + left.len())
            })
            .collect()
    }

    #[test]
    fn agrees_with_a_word_by_word_reading() {
        for text in [
            "Sales fell in ChinaiPhone demand. The iPhone sold in China.",
            "ÉcoleÉcole école École ÀbcDéf Àbc Déf",
            "straßeÖl straße Öl «ChinaiPhone» China’s iPhone’s",
            "ΣίσυφοςΑθήνα Σίσυφος Αθήνα ДомМир Дом Мир 東京Tokyo 東京 Tokyo",
            "aB aB a B ab AB Ab aBc a Bc ǅemal ǈubljanaǅemal ǈubljana",
            "",
            "X",
            "endsWithGlueWith",
            "ends With Glue endsWithGlue",
        ] {
            assert_eq!(find_glue(text), glue_word_by_word(text), "{text}");
        }
    }

    #[test]
    fn finds_case_changes_wherever_eight_byte_windows_fall() {
        for offset in 0..20 {
            for pair in ["aB", "éB", "aÉ", "éÉ", "a’B", "Ab", "a B"] {
                let text = format!("{}{pair}{} zZ", "x".repeat(offset), "y".repeat(offset % 9));
                let expected: Vec<&str> = text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|word| {
                        let chars: Vec<char> = word.chars().collect();
                        chars.windows(2).any(|pair| pair[0].is_lowercase() && pair[1].is_uppercase())
                    })
                    .collect();
                let found: Vec<&str> = case_change_words(&text).into_iter().map(|(_, word)| word).collect();
                assert_eq!(found, expected, "{text}");
            }
        }
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
