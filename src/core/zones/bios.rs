//! Author bios: a paragraph about the article's own author ("Jane Doe covers energy for …", "JANE DOE is
//! based in Lisbon.", "Jane Doe, a former chemist, …") is part of the byline, not the story's prose,
//! wherever the page puts it. The author's names come from the byline.

use super::Class;
use super::shapes::listed_names;
use crate::core::article::{Span, ZoneKind};

/// What an author bio says right after the author's name.
const BIO_OPENERS: [&str; 14] = [
    "is",
    "was",
    "has",
    "covers",
    "writes",
    "reports",
    "joined",
    "lives",
    "edits",
    "leads",
    "heads",
    "worked",
    "spent",
    "previously",
];

/// Titles that bylines carry before a name and bios leave out ("By Dr. Jane Doe" / "Jane Doe is …").
const HONORIFICS: [&str; 6] = ["Dr.", "Dr", "Prof.", "Mr.", "Ms.", "Mrs."];

/// The people a byline names, with two words or more each: "By Dr. Jane Doe and John Roe | Updated …"
/// gives "Jane Doe" and "John Roe".
pub(super) fn byline_names(byline: &str) -> Vec<String> {
    let byline = byline.split(['|', '·', '•']).next().unwrap_or(byline);
    let byline = byline.trim().strip_prefix("By ").or_else(|| byline.trim().strip_prefix("by ")).unwrap_or(byline);
    listed_names(byline)
        .flat_map(|part| part.split(';'))
        .map(|name| {
            let words: Vec<&str> = name.split_whitespace().skip_while(|word| HONORIFICS.contains(word)).collect();
            words.join(" ")
        })
        .filter(|name| name.split_whitespace().count() >= 2 && name.starts_with(char::is_uppercase))
        .collect()
}

/// Does `block` open with one of `names` (in any case) and go on as a bio does?
fn is_bio(block: &str, names: &[String]) -> bool {
    names.iter().any(|name| {
        let Some(opening) = block.get(..name.len()) else { return false };
        if opening.to_lowercase() != name.to_lowercase() {
            return false;
        }
        let rest = &block[name.len()..];
        let next = rest.split_whitespace().next().unwrap_or("");
        rest.starts_with(',') || (rest.starts_with(' ') && BIO_OPENERS.contains(&next))
    })
}

/// Marks as byline every prose block after the story's first that is a bio of one of the byline's authors.
pub(super) fn mark_bios(text: &str, pieces: &mut [(Span, Class)], byline: Option<&str>) {
    let names = byline.map(byline_names).unwrap_or_default();
    if names.is_empty() {
        return;
    }
    let first_content = pieces.iter().position(|(_, class)| *class == Class::Content);
    for (index, piece) in pieces.iter_mut().enumerate() {
        if piece.1 == Class::Content
            && first_content.is_some_and(|first| index > first)
            && is_bio(piece.0.of(text), &names)
        {
            piece.1 = Class::Zone(ZoneKind::Byline);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_names_its_authors_without_titles_or_what_follows_them() {
        assert_eq!(byline_names("By Dr. Jane Doe and John Roe | Updated: 16-07-2025"), ["Jane Doe", "John Roe"]);
        assert_eq!(byline_names("Joana Pires, Ryan O'Connell"), ["Joana Pires", "Ryan O'Connell"]);
        assert!(byline_names("By Staff").is_empty(), "one word names nobody a bio could open with");
    }

    #[test]
    fn a_bio_opens_with_an_author_and_says_what_they_do() {
        let names = byline_names("By Joana Pires");
        assert!(is_bio("JOANA PIRES covers Portugal and Spain for the wire. She is based in Lisbon.", &names));
        assert!(is_bio("Joana Pires is a former chemist who writes on drugs.", &names));
        assert!(is_bio("Joana Pires, a reporter in Lisbon, also hosts a podcast.", &names));
        assert!(!is_bio("Joana Pires said the bridge had been inspected.", &names), "a quote of the author");
        assert!(!is_bio("Prime Minister Rui Costa is based in Lisbon.", &names));
    }
}
