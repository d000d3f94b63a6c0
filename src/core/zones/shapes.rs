//! What a short line looks like when it is not the story: a line of reporters' names, a promo line with
//! emoji.

/// A line of two to four people's names and nothing else ("Ana Lima and Joe Park", "Ana Lima, Joe Park &
/// Kim Cho"): the byline of a story by several reporters. Each name is two or three capitalised words, and
/// the names are joined by a lower-case "and", "&" or a comma (a Title Case headline writes "And").
pub(super) fn names_line(block: &str) -> bool {
    let name_word = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && word.chars().any(char::is_lowercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let names: Vec<&str> =
        block.split([',', '&']).flat_map(|part| part.split(" and ")).map(str::trim).filter(|n| !n.is_empty()).collect();
    block.len() <= 120
        && (2..=4).contains(&names.len())
        && names.iter().all(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (2..=3).contains(&words.len()) && words.iter().all(|word| name_word(word))
        })
}

/// The longest line that an emoji marks as a promo or navigation line ("Start your day ☀️ Top stories").
pub(super) const MAX_PROMO_CHARS: usize = 160;

/// Does `block` carry an emoji (pictographs, dingbats and symbols drawn as emoji, or the emoji selector)?
/// News prose seldom does; site promos and navigation often do.
pub(super) fn has_emoji(block: &str) -> bool {
    !block.is_ascii()
        && block.chars().any(
            |c| matches!(c, '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}'),
        )
}
