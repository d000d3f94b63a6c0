//! What a short line looks like when it is not the story: a line of reporters' names, a promo line with
//! emoji, a photo credit.

/// The parts of a list of names joined by commas, "&" or a lower-case "and" ("Ana Lima, Joe Park & Kim
/// Cho"), trimmed, empty ones left out.
pub(super) fn listed_names(list: &str) -> impl Iterator<Item = &str> {
    list.split([',', '&']).flat_map(|part| part.split(" and ")).map(str::trim).filter(|name| !name.is_empty())
}

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
    let names: Vec<&str> = listed_names(block).collect();
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

/// Photo agencies and picture desks that credit lines name.
const PICTURE_AGENCIES: [&str; 12] = [
    "getty images",
    "afp",
    "reuters",
    "ap",
    "ap photo",
    "epa",
    "shutterstock",
    "bloomberg",
    "alamy",
    "xinhua",
    "anadolu",
    "pa images",
];

/// A photo credit: a short line of slash-joined names, one of them a picture agency ("David Paul
/// Morris/Bloomberg/Getty Images", "EPA/Jose Mendez"), or a caption that ends in one after its last stop
/// ("Headquarters in Santa Clara, California. Bloomberg").
pub(super) fn credit_line(block: &str) -> bool {
    slashed_credit(block) || block.rsplit_once(". ").is_some_and(|(_, last)| picture_agency(last))
}

/// A credit line of slash-joined names alone, with no caption of its own: the line before it is its
/// caption.
pub(super) fn slashed_credit(block: &str) -> bool {
    let parts: Vec<&str> = block.split('/').collect();
    block.len() <= 200
        && !block.ends_with(['.', '!', '?', '"', '”', ':'])
        && (2..=5).contains(&parts.len())
        && parts.iter().all(|part| (1..=5).contains(&part.split_whitespace().count()))
        && parts.iter().any(|part| picture_agency(part))
}

fn picture_agency(name: &str) -> bool {
    PICTURE_AGENCIES.iter().any(|agency| name.trim().eq_ignore_ascii_case(agency))
}

/// The reporters a wire credit names when no byline does: "(Reporting by Ngozi Eze and Ibrahim Sule in
/// Abuja; Writing by …; Editing by …)" gives "Ngozi Eze and Ibrahim Sule", without the places they
/// reported from. Writers and editors named after it are not the reporters.
pub(super) fn credited_reporters(block: &str) -> Option<String> {
    let opening = block.trim_start_matches(['(', '—', '–', '-', ' ']);
    let lower = opening.to_lowercase();
    let start = ["reporting by ", "additional reporting by ", "with reporting by "]
        .iter()
        .find(|lead| lower.starts_with(*lead))
        .map(|lead| lead.len())?;
    let credit = opening.get(start..)?.split([';', ')', '\n']).next()?.trim().trim_end_matches('.');
    let names: Vec<&str> = credit
        .split(" and ")
        .flat_map(|part| part.split(", "))
        .map(|name| name.split(" in ").next().unwrap_or(name).trim())
        .filter(|name| !name.is_empty())
        .collect();
    let names_only = names
        .iter()
        .all(|name| (1..=4).contains(&name.split_whitespace().count()) && name.starts_with(char::is_uppercase));
    (!names.is_empty() && names_only).then(|| names.join(" and "))
}
