//! Date lines: a date (and time) opening a block, after a keyword ("Updated 3:45 PM EST, Tue March 4,
//! 2025") or alone ("12 February 2025 | 10:30"), and wire datelines ("SEOUL (Wire) —", "ALMENA,
//! Portugal (AP) —", "NEW DELHI: …").

use crate::core::dates::{month_number, parse_date_prefix};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// The words a date line may open with ("Published Feb. 12, 2025").
pub(super) const DATELINE_KEYWORDS: [&str; 9] =
    ["date", "dated", "published", "posted", "updated", "last updated", "first published", "last modified", "modified"];

static KEYWORD_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:{})(?-u:\b)(?:\s+on)?\s*:?\s*", DATELINE_KEYWORDS.join("|")))
        .expect("valid dateline keyword regex")
});
/// A clock time with its optional "am"/"pm" and time zone: "3:45 PM EST", "10.41 GMT", "06:40",
/// "1:27 PM GMT+5:30".
const CLOCK_TIME: &str =
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?";
/// A clock time after the date ("March 4, 2025 3:45 PM EST").
static TIME_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*(?:,|at|\||-|·)?\s*{CLOCK_TIME}")).expect("valid time regex"));
/// A clock time before the date, after a keyword ("Updated 3:45 PM EST, March 4, 2025").
static TIME_BEFORE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{CLOCK_TIME}\s*(?:[,|·-]|on)?\s*")).expect("valid time regex"));
/// A time zone after a clock time that the date itself took in ("2024-01-03 06:40 GMT").
static ZONE_AFTER_A_CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?(?:\s|$)").expect("valid time zone regex")
});
static CLOCK_TIME_AT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d[:.]\d{2}(?::\d{2})?$").expect("valid clock time regex"));

/// The length of the time (and its zone) that follows a date of `len` bytes at the start of `text`.
fn time_after_date(text: &str, len: usize) -> usize {
    let time = TIME_SUFFIX.find(&text[len..]).map_or(0, |m| m.end());
    let taken = len + time;
    if CLOCK_TIME_AT_END.is_match(&text[..taken]) {
        let zone = ZONE_AFTER_A_CLOCK_TIME.find(&text[taken..]).map_or(0, |m| m.as_str().trim_end().len());
        return time + zone;
    }
    time
}

static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}\p{M}'’.-]{2,}(?:[ ,/]+\p{Lu}[\p{Lu}\p{M}'’.-]+){0,3}(?:,\s*\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*)?)?(?:,\s*(?P<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:[-—–]{1,2})?(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<wire>\p{L}[\p{L}\p{N} .-]{1,30})/)?\s*(?:[-—–]{1,2}|:)\s*")
        .expect("valid wire dateline regex")
});
/// What may follow a date line's date and time: a separator, the end, or when the page was changed
/// ("July 16, 2025 8:47 AM GMT+2 Updated 3 hours ago").
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-—–|·•]|$|(?i:(?:last\s+)?(?:updated|modified)(?-u:\b)))").expect("valid separator regex")
});

/// Words in capitals that open a block with a dash or colon like a wire dateline's place but label it
/// instead ("FILE - Supporters …", the caption of an archive photo; "EXCLUSIVE - …", "JUST IN: …").
pub(crate) const LABELS: &[&str] = &[
    "FILE",
    "JUST",
    "NOTE",
    "WARNING",
    "ALERT",
    "EDITOR",
    "READ",
    "ALSO",
    "MORE",
    "SOURCE",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "EXCLUSIVE",
    "ANALYSIS",
    "WATCH",
    "LISTEN",
    "VIDEO",
    "PHOTOS",
    "OPINION",
    "EDITORIAL",
    "LIVE",
    "CORRECTION",
    "CORRECTED",
    "FACTBOX",
    "EXPLAINER",
    "REFILE",
    "INSIGHT",
    "COLUMN",
    "INTERVIEW",
    "REVIEW",
];

/// Could `block` open with a dateline keyword? Their first letters are ASCII letters that no other
/// character matches case-insensitively.
fn may_open_with_keyword(block: &str) -> bool {
    block
        .bytes()
        .next()
        .is_some_and(|first| DATELINE_KEYWORDS.iter().any(|word| word.as_bytes()[0].eq_ignore_ascii_case(&first)))
}

/// Could `block` open with a wire dateline ("SEOUL (Wire) —")? Its first character must be an
/// uppercase letter and its second one of `[\p{Lu}\p{M}'’.-]`: among ASCII characters, `A` to `Z`
/// and `'`, `.`, `-`.
pub(super) fn may_open_with_wire_dateline(block: &str) -> bool {
    let mut chars = block.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else { return false };
    let ascii_misfit = |c: char, also: &[char]| c.is_ascii() && !c.is_ascii_uppercase() && !also.contains(&c);
    !ascii_misfit(first, &[]) && !ascii_misfit(second, &['\'', '.', '-'])
}

/// A date line found at the start of a block.
pub(super) struct Dateline {
    pub(super) len: usize,
    pub(super) date: Option<NaiveDate>,
    pub(super) agency: Option<String>,
    /// The month and day of a date written without its year ("WARSAW, Nov 5 (Wire) -").
    pub(super) day_without_year: Option<(u32, u32)>,
}

/// The date a dateline writes ("March 3, 2026"), or, without its year, its month and day ("Nov 5").
fn written_date(written: Option<&str>) -> (Option<NaiveDate>, Option<(u32, u32)>) {
    let date = written.and_then(parse_date_prefix).map(|(date, _)| date);
    let day_without_year = if date.is_none() { written.and_then(month_and_day) } else { None };
    (date, day_without_year)
}

/// The month and day of "Nov 5", "Dec. 19" or "March 3".
fn month_and_day(text: &str) -> Option<(u32, u32)> {
    let mut words = text.split_whitespace();
    let month = month_number(words.next()?)?;
    let day = words.next()?.trim_end_matches(',').parse().ok().filter(|day| (1..=31).contains(day))?;
    Some((month, day))
}

static COPYRIGHT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:©|\([cC]\)|(?i:copyright))\s*(?:(?i:copyright)\s*)?((?:19|20)\d{2})(?-u:\b)")
        .expect("valid copyright year regex")
});

/// The year a copyright line gives ("© 2025 Vistula Wire").
pub(super) fn copyright_year(text: &str) -> Option<i32> {
    COPYRIGHT_YEAR.captures(text)?.get(1)?.as_str().parse().ok()
}

pub(super) fn dateline_prefix(block: &str) -> Option<Dateline> {
    let keyword =
        may_open_with_keyword(block).then(|| KEYWORD_DATELINE.is_match(block).then(|| KEYWORD_DATELINE.find(block)));
    if let Some(keyword) = keyword.flatten().flatten() {
        // The date may come first ("Published 17.10.2025, 18:30", whose "17.10" reads like a time) or
        // after a time ("Updated 3:45 PM EST, March 4, 2025").
        let (opening, (date, len)) = match parse_date_prefix(&block[keyword.end()..]) {
            Some(found) => (keyword.end(), found),
            None => {
                let opening = keyword.end() + TIME_BEFORE_DATE.find(&block[keyword.end()..]).map_or(0, |m| m.end());
                (opening, parse_date_prefix(&block[opening..])?)
            }
        };
        let rest = &block[opening..];
        let time = time_after_date(rest, len);
        return Some(Dateline { len: opening + len + time, date: Some(date), agency: None, day_without_year: None });
    }
    if let Some((date, len)) = parse_date_prefix(block) {
        let time = time_after_date(block, len);
        let rest = &block[len + time..];
        let iso = block.starts_with(|c: char| c.is_ascii_digit());
        if iso || SEPARATOR.is_match(rest) {
            let len = len + time + bar_after(rest);
            return Some(Dateline { len, date: Some(date), agency: None, day_without_year: None });
        }
        return None;
    }
    if block.starts_with(|c: char| c.is_ascii_uppercase())
        && let Some(found) = cityless_dateline(block)
    {
        return Some(found);
    }
    if !may_open_with_wire_dateline(block) || !WIRE_DATELINE.is_match(block) {
        return None;
    }
    let caps = WIRE_DATELINE.captures(block)?;
    let first_word = block.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    if LABELS.iter().any(|label| label.eq_ignore_ascii_case(first_word)) {
        return None;
    }
    // The story may follow a newswire's credit without a space ("AUSTIN, Texas--(BUSINESS WIRE)--Fjord
    // Labs …"); after anything else a space must, or a headline's "U.S.-CHINA TALKS--What …" would do.
    let credited = caps.name("agency").or(caps.name("wire"));
    if credited.is_none() && !caps[0].ends_with(char::is_whitespace) {
        return None;
    }
    // "NEW DELHI: The Supreme Court …": after a colon the story starts with a capital.
    if caps[0].trim_end().ends_with(':') && !block[caps[0].len()..].starts_with(char::is_uppercase) {
        return None;
    }
    let (date, day_without_year) = written_date(caps.name("date").map(|m| m.as_str()));
    let agency = credited.map(|m| m.as_str().trim().to_owned());
    Some(Dateline { len: caps[0].len(), date, agency, day_without_year })
}

/// A wire dateline without a city: "June 9 (Harbour Wire) - Kestrel said …".
static CITYLESS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*\((?P<agency>\p{Lu}[^()\n]{1,39})\)\s*(?:[-—–]{1,2}|:)\s+\p{Lu}")
        .expect("valid cityless dateline regex")
});

/// A wire dateline that gives the date and the agency but no city (see [`CITYLESS_DATELINE`]).
fn cityless_dateline(block: &str) -> Option<Dateline> {
    let first_word = block.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    month_number(first_word)?;
    let caps = CITYLESS_DATELINE.captures(head(block, 80))?;
    let (date, day_without_year) = written_date(caps.name("date").map(|m| m.as_str()));
    let agency = caps.name("agency").map(|m| m.as_str().trim().to_owned());
    // The match ends with the story's first character.
    let len = caps[0].len() - caps[0].chars().next_back().map_or(0, char::len_utf8);
    Some(Dateline { len, date, agency, day_without_year })
}

/// The first `len` bytes of `block` at most, cut at a character boundary.
fn head(block: &str, len: usize) -> &str {
    let mut end = len.min(block.len());
    while !block.is_char_boundary(end) {
        end -= 1;
    }
    &block[..end]
}

/// A strip of place and date: "Hyderabad | Tuesday, March 4, 2025", "Munich · 17 October 2025, 18:30",
/// "Brasília, October 22, 2025", "Autowoche Digital (English edition) · Frankfurt · 7 November 2025 · by …"
/// (up to three labels — an outlet, an edition, a place — before the date; what follows the date's bar is
/// a piece of its own, such as a byline). Like a mixed-case dateline, it is looked for only before the
/// story begins: a table row in the body ("Start | Monday, 20 October 2025") has the same shape.
pub(super) fn place_then_date(block: &str) -> Option<Dateline> {
    const MAX_LABELS: usize = 3;
    let opening = head(block, 160);
    // Where a date may start: after each of the first bars, or after the comma of a lone place.
    let bars = opening.match_indices(['|', '·', '•']).map(|(at, bar)| (at, at + bar.len())).take(MAX_LABELS);
    let comma = opening.find(',').filter(|&at| !opening[..at].contains(['|', '·', '•']));
    bars.chain(comma.map(|at| (at, at + 1))).find_map(|(bar, after)| {
        let labels = &block[..bar];
        let lone_place = block.as_bytes()[bar] == b',';
        let labelled = if lone_place { place_like(labels) } else { labels.split(['|', '·', '•']).all(label_like) };
        if !labelled {
            return None;
        }
        let date_at = after + (block[after..].len() - block[after..].trim_start().len());
        let (date, len) = parse_date_prefix(&block[date_at..])?;
        let end = date_at + len + time_after_date(&block[date_at..], len);
        if !SEPARATOR.is_match(&block[end..]) {
            return None;
        }
        Some(Dateline { len: end + bar_after(&block[end..]), date: Some(date), agency: None, day_without_year: None })
    })
}

/// The length of the bar (and the spaces around it) that opens `rest`, the text after a date line's
/// date: the bar goes with the date, so that what follows ("by Jane Doe", "Indus Wire") stands alone.
fn bar_after(rest: &str) -> usize {
    if !rest.trim_start().starts_with(['|', '·', '•']) {
        return 0;
    }
    rest.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•')).len()
}

/// A place: a few capitalised words of letters ("Hyderabad", "New Delhi", "Brasília").
fn place_like(text: &str) -> bool {
    let place = text.trim();
    (1..=3).contains(&place.split_whitespace().count())
        && !opens_with_by(place)
        && place.starts_with(char::is_uppercase)
        && place.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
}

/// A label of a page's header strip: a place, or an outlet with its edition ("Autowoche Digital (English
/// edition)"), a few words that make no sentence and name no writer.
fn label_like(text: &str) -> bool {
    let label = text.trim();
    (1..=6).contains(&label.split_whitespace().count())
        && !opens_with_by(label)
        && label.starts_with(char::is_uppercase)
        && label.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '(' | ')' | '&' | '.'))
        && !label.ends_with('.')
}

fn opens_with_by(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(|word| word.eq_ignore_ascii_case("by"))
}

/// A dateline whose place is written in mixed case, as some outlets do: "New Delhi, March 3: …",
/// "Seoul, Korea — …", "Almena (Andes Wire) — …". A place alone before a dash ("Seoul — …") is too much
/// like a sentence's subject, so a region, a date or an agency must follow it.
static MIXED_CASE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?P<place>\p{Lu}\p{Ll}[\p{Ll}\p{M}'’.-]*(?:[ -]\p{Lu}\p{Ll}[\p{Ll}\p{M}'’.-]*){0,2})(?P<region>,\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*)?)?(?:,\s*(?P<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\((?P<agency>[^()\n]{2,40})\))?\s*(?:[-—–]{1,2}|:)\s+[\p{Lu}\d"“‘']"#)
        .expect("valid mixed-case dateline regex")
});

/// Words that open sentences and so never name a dateline's place ("Meanwhile, Apple — …").
const SENTENCE_OPENERS: &[&str] = &[
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "Also",
    "Then",
    "So",
    "But",
    "And",
    "Now",
    "Today",
    "Here",
    "There",
    "Instead",
    "Indeed",
    "Moreover",
    "Separately",
    "Elsewhere",
    "Earlier",
    "Later",
    "Overall",
    "Finally",
    "First",
    "Last",
    "Next",
    "Again",
    "Once",
    "Thus",
    "Hence",
    "Besides",
    "Sources",
    "Officials",
    "Analysts",
    "Critics",
];

/// A mixed-case dateline at the start of a story's first paragraph (see [`MIXED_CASE_DATELINE`]); the
/// caller asks only before the body has begun, where a sentence is least likely to look like one.
pub(super) fn mixed_case_dateline(block: &str) -> Option<Dateline> {
    // A dateline is short, and its dash or colon is seldom missing from a block's opening: only then is
    // the pattern run, and on that opening alone.
    let opening = head(block, 160);
    let second_lowercase = opening.chars().nth(1).is_some_and(char::is_lowercase);
    if !second_lowercase || !opening.contains(['—', '–', '-', ':']) {
        return None;
    }
    let caps = MIXED_CASE_DATELINE.captures(opening)?;
    let place = caps.name("place")?.as_str();
    let first_word = place.split([' ', '-']).next().unwrap_or_default();
    let labelled = LABELS.iter().any(|label| label.eq_ignore_ascii_case(first_word));
    if labelled || SENTENCE_OPENERS.contains(&first_word) || month_number(first_word).is_some() {
        return None;
    }
    let region_is_a_month = caps
        .name("region")
        .is_some_and(|region| month_number(region.as_str().trim_start_matches([',', ' '])).is_some());
    let date = caps.name("date").and_then(|m| parse_date_prefix(m.as_str())).map(|(date, _)| date);
    let agency = caps.name("agency").map(|m| m.as_str().trim().to_owned());
    let qualified =
        (caps.name("region").is_some() && !region_is_a_month) || caps.name("date").is_some() || agency.is_some();
    if !qualified {
        return None;
    }
    // The match ends with the story's first character.
    let len = caps[0].len() - caps[0].chars().next_back().map_or(0, char::len_utf8);
    Some(Dateline { len, date, agency, day_without_year: None })
}

/// The date a byline carries after a bar or a dot ("By Jane Doe | Updated: 17-07-2025 09:15 KST",
/// "By Jane Doe · 16.07.2025 · 7 min read").
pub(super) fn date_in_byline(block: &str) -> Option<NaiveDate> {
    block.split(['|', '·', '•']).skip(1).find_map(|part| dateline_prefix(part.trim()).and_then(|found| found.date))
}
