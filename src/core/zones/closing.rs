//! The sections that close a press release: "About Fjord Labs" with its description, forward-looking
//! statements and safe-harbour text, media and investor contacts, and the "SOURCE Fjord Labs AS" line. They
//! come after the news, and from the first of them to the end of the text nothing is the story.

use super::Class;
use crate::core::article::{Span, ZoneKind};
use regex::Regex;
use std::sync::LazyLock;

/// Headings that open a press release's closing sections whatever follows them.
static CLOSING_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            (?:cautionary\s+(?:note|statement|language)\s+(?:regarding|concerning|about|on)\s+)?
                forward[-\s]looking\s+(?:statements?|information)
            | safe\s+harbou?r(?:\s+statement)?
            | (?:(?:media|press|investors?|company|corporate)\s+(?:and\s+\w+\s+)?)?(?:contacts?|enquiries|inquiries)
                (?:\s+information)?
        )\s*:?$",
    )
    .expect("valid closing heading regex")
});

/// The line a newswire closes a release with: "SOURCE Fjord Labs AS".
static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^SOURCE\s+\p{Lu}").expect("valid source line regex"));

/// "About Fjord Labs": a heading naming a company (capitalised words, no stop).
static ABOUT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^About\s+(?P<name>\p{Lu}[\p{L}\p{N}&.,'’-]*(?:\s+[\p{Lu}&][\p{L}\p{N}&.,'’-]*){0,5})\s*:?$")
        .expect("valid about heading regex")
});

/// Verbs a company description opens with after the company's name.
const DESCRIBING_VERBS: [&str; 9] =
    ["is", "was", "develops", "designs", "makes", "provides", "operates", "offers", "has"];

/// Words by which a description tells that it describes a company, not a product, a study or a disease
/// (whose "About" sections come before the company's and carry facts of the news).
static COMPANY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:compan(?:y|ies)|firm|corporation|group|manufacturer|maker|provider|developer|leader|bank|insurer|retailer|operator|start-?up|enterprise|headquartered|founded|based\s+in|Inc|Ltd|LLC|PLC|GmbH|NYSE|Nasdaq)\b",
    )
    .expect("valid company words regex")
});

/// Does the first sentence of a paragraph describe the company: "Fjord Labs is a maker of …", "Founded in
/// 2011, Fjord Labs is …", "Fjord Labs, Inc. (Nasdaq: FJRD) develops …"?
fn describes(paragraph: &str, name: &str) -> bool {
    // Up to the first stop before a capital: "Inc. (Nasdaq: …)" goes on.
    let first_sentence = paragraph
        .match_indices(". ")
        .find(|(at, _)| paragraph[at + 2..].starts_with(char::is_uppercase))
        .map_or(paragraph, |(at, _)| &paragraph[..at]);
    COMPANY_WORDS.is_match(first_sentence)
        && first_sentence.match_indices(name).any(|(at, _)| {
            // A legal form (", Inc.") or a listing in brackets may stand between the name and its verb.
            let mut depth = 0usize;
            let unbracketed: String = first_sentence[at + name.len()..]
                .chars()
                .filter(|&c| match c {
                    '(' => {
                        depth += 1;
                        false
                    }
                    ')' => {
                        depth = depth.saturating_sub(1);
                        false
                    }
                    _ => depth == 0,
                })
                .collect();
            unbracketed.split_whitespace().take(3).any(|word| DESCRIBING_VERBS.contains(&word.trim_matches(',')))
        })
}

/// Is this block a heading that opens a press release's closing sections, given the block after it?
fn opens_closing(block: &str, next: Option<&str>) -> bool {
    let heading = block.trim();
    if heading.len() > 80 {
        return false;
    }
    if CLOSING_HEADING.is_match(heading) || SOURCE_LINE.is_match(heading) {
        return true;
    }
    // A heading's one stop is its company's legal form ("About Fjord Labs, Inc.").
    let Some(caps) = ABOUT_HEADING.captures(heading) else { return false };
    let name = caps["name"].trim_end_matches([',', ':', '.']);
    // The name without its legal form, as the description may write it.
    let short = name.split([',', ' ']).next().unwrap_or(name);
    next.is_some_and(|paragraph| describes(paragraph, name) || describes(paragraph, short))
}

/// Marks a press release's closing sections as chrome: the story's blocks from the first closing
/// heading on, once the story has begun.
pub(super) fn mark_closing_sections(text: &str, pieces: &mut [(Span, Class)]) {
    let content: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].1 == Class::Content).collect();
    let start = content.iter().enumerate().skip(1).find_map(|(order, &index)| {
        let next = content.get(order + 1).map(|&next| pieces[next].0.of(text));
        opens_closing(pieces[index].0.of(text), next).then_some(index)
    });
    let Some(start) = start else { return };
    for piece in &mut pieces[start..] {
        if piece.1 == Class::Content {
            piece.1 = Class::Zone(ZoneKind::Boilerplate);
        }
    }
}
