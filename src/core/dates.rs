//! Calendar dates in the shapes news pages write them: ISO 8601 (`2025-02-12`, `2025-02-13T08:30:00Z`),
//! `Feb. 12, 2025`, `February 12 2025`, `12 February 2025`, with or without a weekday in front, and in
//! figures with the year last (`16-07-2025`, `16.07.2025`, `07/16/2025`).

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Month names and abbreviations, lowercase, without a trailing period.
const MONTHS: [(&str, u32); 25] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("marc", 3),
];

/// The month number of an English month name or abbreviation (`"Feb."` → 2).
pub fn month_number(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    MONTHS.iter().find(|(month, _)| *month == name).map(|&(_, number)| number)
}

/// The first three letters of every month and weekday that [`MONTH_ALT`] and [`WEEKDAY_ALT`] accept
/// (a date written in words starts with one of them); keep them in step.
const DATE_WORD_STARTS: [&str; 19] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed", "thu",
    "fri", "sat", "sun",
];

/// Could `text` (starting with an ASCII letter) start with a date written in words? Only month and
/// weekday names open one. Their second and third letters are ASCII letters that no other character
/// matches case-insensitively (unlike `s` and `k`), so a text whose first three bytes are not one of
/// these starts in any case opens no date.
fn starts_with_date_word(text: &str) -> bool {
    text.get(..3).is_some_and(|start| DATE_WORD_STARTS.iter().any(|word| word.eq_ignore_ascii_case(start)))
}

const MONTH_ALT: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
const WEEKDAY_ALT: &str = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?";

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
        .expect("valid ISO date regex")
});
/// A date in figures, the year last: `16-07-2025`, `16.07.2025`, `07/16/2025` (one separator throughout).
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(\d{1,2})-(\d{1,2})-|(\d{1,2})\.(\d{1,2})\.|(\d{1,2})/(\d{1,2})/)(\d{4})(?-u:\b)")
        .expect("valid numeric date regex")
});
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{WEEKDAY_ALT}({MONTH_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"))
        .expect("valid month-first date regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{WEEKDAY_ALT}(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_ALT}),?\s+(\d{{4}})(?-u:\b)"))
        .expect("valid day-first date regex")
});

/// Parses a full calendar date at the start of `text`; returns the date and the byte length it took.
pub fn parse_date_prefix(text: &str) -> Option<(NaiveDate, usize)> {
    // Every shape starts with a digit or a letter; most text starts with neither a date nor a weekday.
    if !text.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    if text.starts_with(|c: char| c.is_ascii_digit()) && ISO.is_match(text) {
        let caps = ISO.captures(text)?;
        let date = ymd(&caps[1], &caps[2], &caps[3])?;
        return Some((date, caps[0].len()));
    }
    if text.starts_with(|c: char| c.is_ascii_digit()) && NUMERIC.is_match(text) {
        return numeric_date(text);
    }
    if text.starts_with(|c: char| c.is_ascii_alphabetic()) && !starts_with_date_word(text) {
        return None;
    }
    if MONTH_FIRST.is_match(text) {
        let caps = MONTH_FIRST.captures(text)?;
        let date = ymd(&caps[3], &month_number(&caps[1])?.to_string(), &caps[2])?;
        return Some((date, caps[0].len()));
    }
    if DAY_FIRST.is_match(text) {
        let caps = DAY_FIRST.captures(text)?;
        let date = ymd(&caps[3], &month_number(&caps[2])?.to_string(), &caps[1])?;
        return Some((date, caps[0].len()));
    }
    None
}

/// Parses a date field from metadata (front matter, JSON, HTML meta): the whole string must start with
/// a date; any time and zone after it are ignored.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    parse_date_prefix(text.trim()).map(|(date, _)| date)
}

/// A date in figures with the year last. Which of the first two numbers is the day: the one above 12
/// when there is one; otherwise the day comes first after a hyphen or a period (as written in Europe,
/// India and most of the world) and the month first after a slash (as written in the United States).
fn numeric_date(text: &str) -> Option<(NaiveDate, usize)> {
    let caps = NUMERIC.captures(text)?;
    let (first, second, slash) = match (caps.get(1), caps.get(3), caps.get(5)) {
        (Some(first), _, _) => (first.as_str(), caps.get(2)?.as_str(), false),
        (_, Some(first), _) => (first.as_str(), caps.get(4)?.as_str(), false),
        (_, _, first) => (first?.as_str(), caps.get(6)?.as_str(), true),
    };
    let (a, b): (u32, u32) = (first.parse().ok()?, second.parse().ok()?);
    let day_first = a > 12 || (b <= 12 && !slash);
    let (day, month) = if day_first { (first, second) } else { (second, first) };
    Some((ymd(&caps[7], month, day)?, caps[0].len()))
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn parses_common_shapes() {
        for (text, expected) in [
            ("2025-02-12", date(2025, 2, 12)),
            ("2025-02-13T08:30:00Z", date(2025, 2, 13)),
            ("2024/3/4 10:00", date(2024, 3, 4)),
            ("Feb. 12, 2025", date(2025, 2, 12)),
            ("February 12 2025", date(2025, 2, 12)),
            ("12 February 2025", date(2025, 2, 12)),
            ("Wednesday, February 12, 2025", date(2025, 2, 12)),
            ("Sept. 3rd, 2024", date(2024, 9, 3)),
            ("4 Mar. 2024 14:05 GMT", date(2024, 3, 4)),
            ("16-07-2025 14:32 IST", date(2025, 7, 16)),
            ("16.07.2025", date(2025, 7, 16)),
            ("05-07-2025", date(2025, 7, 5)),
            ("07/16/2025", date(2025, 7, 16)),
            ("16/07/2025", date(2025, 7, 16)),
            ("07/05/2025", date(2025, 7, 5)),
        ] {
            assert_eq!(parse_date(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn rejects_partial_and_impossible_dates() {
        for text in
            ["Feb. 30, 2025", "March 29", "2025", "the 11th", "13/45/2024", "16-07/2025", "16.07.20251", "Mayday 2024"]
        {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn every_month_and_weekday_form_opens_a_date() {
        let weekdays = ["monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "wednes", "thursday", "thurs"];
        let weekdays =
            weekdays.into_iter().chain(["thu", "friday", "fri", "saturday", "satur", "sat", "sunday", "sun"]);
        for (month, _) in MONTHS.iter().filter(|(month, _)| *month != "marc") {
            assert!(parse_date(&format!("{month} 12, 2025")).is_some(), "{month}");
            assert!(parse_date(&format!("12 {month} 2025")).is_some(), "{month}");
        }
        for weekday in weekdays {
            assert!(parse_date(&format!("{weekday} Feb 12, 2025")).is_some(), "{weekday}");
            assert!(parse_date(&format!("{weekday}, 12 Feb 2025")).is_some(), "{weekday}");
        }
    }

    #[test]
    fn no_other_character_matches_the_start_letters_in_any_case() {
        let letters: String = DATE_WORD_STARTS.iter().map(|word| &word[1..]).collect();
        let pattern = Regex::new(&format!("(?i)^[{letters}]")).expect("valid");
        for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            assert!(!pattern.is_match(&c.to_string()), "{c:?}");
        }
    }

    #[test]
    fn reports_prefix_length() {
        let (_, len) = parse_date_prefix("2025-02-12 Apple said").expect("date prefix");
        assert_eq!(len, "2025-02-12".len());
    }
}
