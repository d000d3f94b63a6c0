//! Details written as codes and clock times: identifiers ("CVE-2026-21337", "v2.14.1", "us-east-1"),
//! compared whole so their digits never pass for counts or dates, and times of day ("14:32 UTC",
//! "10:32 a.m. ET", "5:15 p.m. local time"), normalized to one clock where a time zone is named so that
//! two outlets writing one instant in two zones agree and two instants in one zone differ.

use super::values::{Detail, Value, hedged};
use crate::core::article::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Identifiers of a kind, each with the series its code belongs to.
static IDENTIFIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:(?<cve>CVE-\d{4}-\d{4,7})",
        r"|[vV](?<tagged>\d+(?:\.\d+){1,3})",
        r"|(?<dotted>\d{1,3}\.\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)",
        r"|(?<region>[a-z]{2}(?:-[a-z]+){1,2}-\d)",
        r"|(?<tally>\d{1,2})[-–](?<other>\d{1,2}))\b",
    ))
    .expect("valid identifier regex")
});

/// The series of identifiers (see [`IDENTIFIER`]); other codes are ranks ("Category 3").
const IDENTIFIER_SERIES: [&str; 4] = ["cve", "version", "region", "tally"];

/// Words before or after two figures joined by a dash that make them a score or a vote ("beat Eisenthal
/// 2-1", "a 6-3 ruling") rather than a range ("ages 18-24").
const TALLY_BEFORE: [&str; 13] =
    ["won", "beat", "beats", "lost", "lose", "drew", "defeated", "trailed", "led", "leads", "voted", "split", "score"];
const TALLY_AFTER: [&str; 12] = [
    "win",
    "victory",
    "defeat",
    "loss",
    "draw",
    "vote",
    "decision",
    "ruling",
    "majority",
    "lead",
    "scoreline",
    "result",
];

/// Is the tally at `range` of `slice` a score or a vote: the word after it, or a word among the three
/// before it, says so?
fn is_tally(slice: &str, range: std::ops::Range<usize>) -> bool {
    let words = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let after = words(&slice[range.end..]);
    after.first().is_some_and(|word| TALLY_AFTER.contains(&word.as_str()))
        || words(&slice[..range.start]).iter().rev().take(3).any(|word| TALLY_BEFORE.contains(&word.as_str()))
}

/// Is a code's series one of identifiers, as specific as an amount, rather than of ranks?
pub fn is_identifier(series: &str) -> bool {
    IDENTIFIER_SERIES.contains(&series)
}

/// Words that name a scale or a series by the number after them ("Category 3", "Phase 2", "Chapter 11",
/// "Flight 370"): the number ranks or names the thing, it counts nothing. The first six are read in any
/// case ("a category 4 storm"), the others only capitalized, as names are written.
const RANK_LABELS: [&str; 20] = [
    "category",
    "level",
    "stage",
    "phase",
    "grade",
    "tier",
    "round",
    "game",
    "chapter",
    "article",
    "section",
    "title",
    "flight",
    "terminal",
    "gate",
    "platform",
    "route",
    "interstate",
    "reactor",
    "unit",
];

/// The rank label written right before the number at `start`, one space away: "Category" in "a Category 3
/// hurricane", "phase" in "a phase 2 trial".
pub fn rank_label(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].strip_suffix(' ')?;
    let label_start =
        before.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(at, c)| at + c.len_utf8());
    let label = &before[label_start..];
    let lowercase = label.to_lowercase();
    let at = RANK_LABELS.iter().position(|known| *known == lowercase)?;
    (at < 6 || label.starts_with(char::is_uppercase)).then_some(label)
}

/// A time of day: hours and minutes ("14:32", "2:32 p.m."), or hours before a.m./p.m. ("2 p.m."), or four
/// figures before GMT/UTC ("1400 GMT"); then, optionally, a zone of [`ZONES`] or "local time".
static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = ZONES.iter().map(|(name, ..)| *name).collect();
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    let half = r"[ap]\.m\.|[ap]\.m\b|[ap]m\b|[AP]M\b";
    Regex::new(&format!(
        concat!(
            r"\b(?:(?<hour>\d{{1,2}}):(?<minute>[0-5]\d)\b(?:\s?(?<half>{half}))?",
            r"|(?<bare>\d{{1,2}})(?::00)?\s?(?<half2>{half})",
            r"|(?<military>[0-2]\d[0-5]\d)\s(?:GMT|UTC)\b)",
            r"(?:\s?(?<zone>{zones})(?<shift>[+-]\d{{1,2}}(?::?[0-5]\d)?)?\b|\s(?<local>local time))?",
        ),
        half = half,
        zones = names.join("|"),
    ))
    .expect("valid clock-time regex")
});

/// Offsets from UTC in minutes of the zones news names, as the lowest and highest the name may mean:
/// "ET" is EST or EDT, as the season decides.
const ZONES: [(&str, i32, i32); 44] = [
    ("UTC", 0, 0),
    ("GMT", 0, 0),
    ("Z", 0, 0),
    ("WET", 0, 0),
    ("WEST", 60, 60),
    ("BST", 60, 60),
    ("CET", 60, 60),
    ("CEST", 120, 120),
    ("EET", 120, 120),
    ("EEST", 180, 180),
    ("MSK", 180, 180),
    ("SAST", 120, 120),
    ("WAT", 60, 60),
    ("CAT", 120, 120),
    ("EAT", 180, 180),
    ("GST", 240, 240),
    ("PKT", 300, 300),
    ("IST", 330, 330),
    ("NPT", 345, 345),
    ("ICT", 420, 420),
    ("WIB", 420, 420),
    ("HKT", 480, 480),
    ("SGT", 480, 480),
    ("PHT", 480, 480),
    ("AWST", 480, 480),
    ("JST", 540, 540),
    ("KST", 540, 540),
    ("ACST", 570, 570),
    ("AEST", 600, 600),
    ("AEDT", 660, 660),
    ("NZST", 720, 720),
    ("NZDT", 780, 780),
    ("ET", -300, -240),
    ("EST", -300, -300),
    ("EDT", -240, -240),
    ("CT", -360, -300),
    ("CST", -360, -360),
    ("CDT", -300, -300),
    ("MT", -420, -360),
    ("MST", -420, -420),
    ("MDT", -360, -360),
    ("PT", -480, -420),
    ("PST", -480, -480),
    ("PDT", -420, -420),
];

const MINUTES_A_DAY: i32 = 24 * 60;

/// A detail written as a code or a clock time, and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub span: Span,
    pub detail: Detail,
}

/// The identifiers and clock times of `passage` (a span of `text`), in reading order and never overlapping.
pub fn codes_and_times(text: &str, passage: Span) -> Vec<Written> {
    let slice = passage.of(text);
    let mut found: Vec<Written> = Vec::new();
    for parts in IDENTIFIER.captures_iter(slice) {
        let (series, code) = if let Some(cve) = parts.name("cve") {
            ("cve", cve.as_str().trim_start_matches("CVE-").to_owned())
        } else if let Some(version) = parts.name("tagged") {
            ("version", version.as_str().to_owned())
        } else if let Some(version) = parts.name("dotted") {
            if !dotted_is_a_version(slice, version.start()) {
                continue;
            }
            ("version", version.as_str().to_owned())
        } else if let Some(region) = parts.name("region") {
            ("region", region.as_str().to_owned())
        } else if let (Some(first), Some(second)) = (parts.name("tally"), parts.name("other")) {
            if !is_tally(slice, first.start()..second.end()) {
                continue;
            }
            // "lost 3-0" and "a 0-3 defeat" are one result: the larger figure first.
            let figure = |found: regex::Match<'_>| found.as_str().parse::<u32>().unwrap_or(0);
            let (first, second) = (figure(first), figure(second));
            ("tally", format!("{}-{}", first.max(second), first.min(second)))
        } else {
            continue;
        };
        let whole = parts.get(0).map_or(0..0, |whole| whole.range());
        let value = Value::Code { series: series.to_owned(), code };
        found.push(written(passage.start, whole, slice, value));
    }
    for parts in CLOCK_TIME.captures_iter(slice) {
        let whole = parts.get(0).map_or(0..0, |whole| whole.range());
        // "2:05:37" is a race time, not a time of day.
        if slice[whole.end..].starts_with(':') {
            continue;
        }
        if found
            .iter()
            .any(|code| code.span.start < passage.start + whole.end && passage.start + whole.start < code.span.end)
        {
            continue;
        }
        if let Some(value) = clock_value(&parts) {
            let trimmed = whole.start..whole.start + slice[whole.clone()].trim_end().len();
            found.push(written(passage.start, trimmed, slice, value));
        }
    }
    found.sort_by_key(|code| code.span.start);
    found
}

fn written(offset: usize, range: std::ops::Range<usize>, slice: &str, value: Value) -> Written {
    let text = slice[range.clone()].to_owned();
    let span = Span { start: offset + range.start, end: offset + range.end };
    let hedged = matches!(value, Value::Time { .. }) && approximate_time(&slice[..range.start]);
    Written { span, detail: Detail { value, text, hedged, baseline: false } }
}

/// Is the time after `before` given loosely: "about 2:20 p.m.", "shortly after 2 p.m.", "just before noon"?
fn approximate_time(before: &str) -> bool {
    let lowercase = before.trim_end().to_lowercase();
    let loose = ["shortly after", "shortly before", "just after", "just before", "soon after", "sometime after"];
    hedged(before) || loose.iter().any(|phrase| lowercase.ends_with(phrase))
}

/// How far apart, in minutes, two times given loosely may be and still be one time.
pub const LOOSE_TIME_MINUTES: i32 = 30;

/// How far apart two times of day are, in minutes, across midnight.
pub fn minutes_apart(a: i32, b: i32) -> i32 {
    let gap = (a - b).rem_euclid(MINUTES_A_DAY);
    gap.min(MINUTES_A_DAY - gap)
}

/// Three or four dotted groups of figures are a version only after a name or the word "version"
/// ("Ridgeline 2.14.1", "version 18.3.1"), not as a date ("12.03.25") or an address.
fn dotted_is_a_version(slice: &str, start: usize) -> bool {
    let before = slice[..start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.eq_ignore_ascii_case("version") || word.eq_ignore_ascii_case("release") || {
        let first = word.chars().next();
        first.is_some_and(char::is_uppercase) && before.len() < slice[..start].len()
    }
}

/// The time a clock-time match names: minutes after midnight, and the offsets its zone may have (none for
/// a time of the place where it happened, written without a zone or as "local time").
fn clock_value(parts: &regex::Captures<'_>) -> Option<Value> {
    let number = |name: &str| parts.name(name).and_then(|found| found.as_str().parse::<i32>().ok());
    if let Some(figures) = number("military") {
        // "1400 GMT": the branch reads its zone itself.
        return (figures / 100 < 24)
            .then_some(Value::Time { minutes: figures / 100 * 60 + figures % 100, zone: Some((0, 0)) });
    }
    let (mut hour, minute, half) = match number("hour") {
        Some(hour) => (hour, number("minute")?, parts.name("half")),
        None => (number("bare")?, 0, parts.name("half2")),
    };
    if let Some(half) = half {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if half.as_str().starts_with(['p', 'P']) { 12 } else { 0 };
    } else if hour > 23 {
        return None;
    }
    let zone = match parts.name("zone") {
        Some(zone) => {
            let (_, low, high) = ZONES.iter().find(|(name, ..)| *name == zone.as_str())?;
            let shift = parts.name("shift").map_or(Some(0), |shift| parse_shift(shift.as_str()))?;
            Some((low + shift, high + shift))
        }
        None => None,
    };
    Some(Value::Time { minutes: hour * 60 + minute, zone })
}

/// "+5:30", "-4", "+0530" after GMT or UTC, in minutes.
fn parse_shift(shift: &str) -> Option<i32> {
    let sign = if shift.starts_with('-') { -1 } else { 1 };
    let digits: String = shift[1..].chars().filter(char::is_ascii_digit).collect();
    let (hours, minutes) = if digits.len() > 2 { digits.split_at(digits.len() - 2) } else { (digits.as_str(), "0") };
    Some(sign * (hours.parse::<i32>().ok()? * 60 + minutes.parse::<i32>().ok()?))
}

/// The instants, in minutes after midnight UTC, a time in a zone of offsets `low..=high` may be.
pub fn instants(minutes: i32, (low, high): (i32, i32)) -> impl Iterator<Item = i32> {
    (low..=high).step_by(60).map(move |offset| (minutes - offset).rem_euclid(MINUTES_A_DAY))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(sentence: &str) -> Vec<(String, Value)> {
        let span = Span { start: 0, end: sentence.len() };
        codes_and_times(sentence, span).into_iter().map(|code| (code.detail.text, code.detail.value)).collect()
    }

    fn conflict(a: &str, b: &str) -> Option<bool> {
        let (a, b) = (read(a), read(b));
        a[0].1.conflicts(&b[0].1, false)
    }

    #[test]
    fn identifiers_are_read_whole() {
        let found = read("Attackers tried CVE-2026-21337 after Ridgeline v2.14.1 broke us-east-1 and eu-west-1.");
        let texts: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(texts, ["CVE-2026-21337", "v2.14.1", "us-east-1", "eu-west-1"]);
        assert_eq!(conflict("CVE-2026-21337", "CVE-2026-21373"), Some(true));
        assert_eq!(conflict("the v2.14.1 update", "Ridgeline 2.14.1 shipped"), Some(false));
        assert_eq!(conflict("us-east-1", "us-east-2"), Some(true));
        assert_eq!(conflict("us-east-1", "v2.14"), None, "a region and a version are not one slot");
        assert!(read("The meeting on 12.03.25 ran late.").is_empty(), "a dotted date is no version");
        assert_eq!(conflict("Brennholt lost 3-0 to Eisenthal", "Brennholt lost 3-1 to Eisenthal"), Some(true));
        assert_eq!(conflict("a 3-0 defeat", "lost 0-3 at home"), Some(false), "one result, either way round");
        assert_eq!(conflict("the court's 6-3 ruling", "a 5-4 decision"), Some(true));
        assert_eq!(conflict("The council split 6-4 on the decision", "voted 7-3"), Some(true));
        assert!(read("Adults aged 18-24 and children aged 5-11 were surveyed.").is_empty(), "ranges are no tally");
        assert_eq!(rank_label("a “Category 4", "a “Category ".len()), Some("Category"));
        assert_eq!(rank_label("a category 4", "a category ".len()), Some("category"));
        assert_eq!(rank_label("the flight 370", "the flight ".len()), None, "only capitalized names");
    }

    #[test]
    fn clock_times_in_two_zones_agree_when_they_are_one_instant() {
        assert_eq!(conflict("began at 14:32 UTC on Monday", "began at 10:32 a.m. ET on Monday"), Some(false));
        assert_eq!(conflict("began at 14:32 UTC", "began at 15:32 CET"), Some(false));
        assert_eq!(conflict("began at 14:32 UTC", "began at 2:32 p.m. ET"), Some(true));
        assert_eq!(conflict("at 14:32 UTC", "at 15:32 UTC"), Some(true));
        assert_eq!(conflict("at 5:15 p.m. local time", "at 4:15 p.m. local time"), Some(true));
        assert_eq!(conflict("at 4:15 p.m. MST", "at 5:15 p.m. MDT"), Some(false));
        assert_eq!(conflict("at 4:15 p.m. MST", "at 5:15 p.m. local time"), None, "an unnamed zone is not known");
        assert_eq!(conflict("at 1400 GMT", "at 2 p.m. GMT"), Some(false));
        assert_eq!(conflict("at 9:30 p.m. IST", "at 16:00 GMT"), Some(false));
        assert_eq!(conflict("at 9:30 p.m. GMT+5:30", "at 16:00 UTC"), Some(false));
        assert_eq!(read("at 2 p.m. ET")[0].0, "2 p.m. ET");
        let loose = |a: &str, b: &str| read(a)[0].1.conflicts(&read(b)[0].1, true);
        assert_eq!(loose("about 2:20 p.m.", "2 p.m."), Some(false), "a loose time tolerates half an hour");
        assert_eq!(loose("about 2:20 p.m.", "3 p.m."), Some(true));
        assert!(approximate_time("broke out shortly after "));
        assert!(!approximate_time("broke out at "));
        let texts: Vec<String> =
            read("They won 2-1 after 90 minutes and 48 hours of rest.").into_iter().map(|(text, _)| text).collect();
        assert_eq!(texts, ["2-1"], "a score is a tally, and no figure of it is a time");
    }
}
