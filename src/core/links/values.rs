//! The comparable details of a passage: amounts of money, percentages, dates, counts, codes and times of
//! day, normalized so that "$14.9bn" and "US$14.9 billion" are one value and "about 14 billion dollars"
//! carries its hedge.

use super::codes::{LOOSE_TIME_MINUTES, instants, is_identifier, minutes_apart};
use super::currency::{currency_of, in_pounds};
use super::numbers::{parse_amount, parse_number};
use crate::core::dates::{month_number, parse_date};
use crate::core::entities::EntityType;
use chrono::Datelike;
use regex::Regex;
use std::sync::LazyLock;

/// A normalized detail.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An amount in a currency (`"$"` for unqualified and US dollars).
    Money {
        currency: String,
        amount: f64,
        decimals: u32,
    },
    Percent {
        amount: f64,
        decimals: u32,
    },
    /// A calendar date or period; absent parts are unknown.
    Date {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
        quarter: Option<u32>,
    },
    /// A number of something ("48 dead", "1,200 staff"): the unit is the counted word as the linker indexes
    /// it (stemmed, a wording variant folded onto its group). Empty when the text names it elsewhere
    /// ("the toll rose to 62 on Wednesday").
    Count {
        amount: f64,
        decimals: u32,
        unit: String,
    },
    /// A code that names one thing of a series: a rank ("Category 3": series "categori", the label as the
    /// linker stems it), a version ("v2.14.1"), a CVE id, a cloud region. Codes of one series compare whole.
    Code {
        series: String,
        code: String,
    },
    /// A time of day in minutes after midnight, with the lowest and highest offset from UTC (in minutes)
    /// its zone may have; `None` for a time of the place where it happened ("5:15 p.m. local time").
    Time {
        minutes: i32,
        zone: Option<(i32, i32)>,
    },
}

/// A value found in a passage, with the text it was written as, whether a hedge came before it and whether
/// it is the figure a change is measured from.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub value: Value,
    pub text: String,
    pub hedged: bool,
    /// An earlier figure the passage compares with ("down from ¥450 billion", "48 a year earlier"): it is
    /// only ever the same quantity as another outlet's earlier figure.
    pub baseline: bool,
}

/// How a near term starts (see [`Value::near_terms`]).
pub const NEAR_TERM_PREFIX: &str = "#~";
/// How the near terms of a percentage start: as a synonym group's, so that they weigh as words.
pub const NEAR_PERCENT_PREFIX: &str = "~%";
const NEAR_PERCENT_STEP: f64 = 1.15;

/// How the term of what a count counts starts (see [`Value::slot_term`]).
pub const SLOT_TERM_PREFIX: &str = "#:";

/// Units of time, as stemmed: "five-year term", "55-year-old", "two weeks ago" measure spans and ages, which
/// every kind of fact has, so they name no slot of their own.
const SPANS_OF_TIME: [&str; 9] = ["year", "month", "week", "day", "hour", "minut", "second", "decad", "centuri"];

/// The one or two steps of a geometric scale (`ratio` per step) on either side of `amount`.
fn steps_around(amount: f64, ratio: f64) -> impl Iterator<Item = i64> {
    let step = amount.ln() / ratio.ln();
    let (low, high) = (step.floor() as i64, step.ceil() as i64);
    std::iter::once(low).chain((high != low).then_some(high))
}

/// The smallest count that gets near terms, and the ratio between two steps of their scale.
const MIN_NEAR_COUNT: f64 = 10.0;
const NEAR_COUNT_STEP: f64 = 1.25;

const HEDGES: [&str; 12] = [
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "more",
    "least",
    "up",
    "estimated",
];

/// Is the detail at the end of `before` introduced by a hedge ("about", "more than", "up to")?
pub fn hedged(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let last = words.next().unwrap_or("").to_lowercase();
    let last = if last == "than" || last == "to" { words.next().unwrap_or("").to_lowercase() } else { last };
    HEDGES.contains(&last.as_str()) || last == "less" || last == "under"
}

/// Is the detail between `before` and `after` the figure a change is measured from: introduced by "from",
/// "compared with" or "versus", or followed by an earlier period ("a year earlier", "last year")?
pub fn baseline(before: &str, after: &str) -> bool {
    const EARLIER: [&str; 12] = [
        "a year earlier",
        "a year ago",
        "a year before",
        "a year-earlier",
        "a quarter earlier",
        "a month earlier",
        "last year",
        "the previous year",
        "the year before",
        "the prior year",
        "in the same period",
        "in the year-earlier",
    ];
    let mut words = before.split_whitespace().rev().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let last = words.next().unwrap_or("").to_lowercase();
    let compared =
        matches!(last.as_str(), "with" | "to") && words.next().is_some_and(|w| w.eq_ignore_ascii_case("compared"));
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',').to_lowercase();
    matches!(last.as_str(), "from" | "versus" | "vs") || compared || EARLIER.iter().any(|cue| after.starts_with(cue))
}

fn parse_money(text: &str) -> Option<Value> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let (amount, decimals, _) = parse_amount(&text[start..])?;
    let (currency, amount, decimals) = in_pounds(currency_of(text), amount, decimals);
    Some(Value::Money { currency, amount, decimals })
}

/// A percentage, or percentage points; basis points are hundredths of one ("25bp" is 0.25 points).
fn parse_percent(text: &str) -> Option<Value> {
    let (amount, decimals, used) = parse_number(text)?;
    let unit = text[used..].trim_start_matches([' ', '-']);
    if unit.starts_with("basis") || unit.starts_with("bp") {
        return Some(Value::Percent { amount: amount / 100.0, decimals: decimals + 2 });
    }
    Some(Value::Percent { amount, decimals })
}

/// A date in Chinese, Japanese or Korean figures: "2024年1月1日", "1月2日", "2011年", "2025년 2월 12일".
static CJK_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(\d{4})[年년]\s?)?(?:(\d{1,2})[月월]\s?)?(?:(\d{1,2})[日일])?$").expect("valid CJK date regex")
});

fn parse_date_value(text: &str) -> Option<Value> {
    if let Some(date) = parse_date(text) {
        return Some(Value::Date {
            year: Some(date.year()),
            month: Some(date.month()),
            day: Some(date.day()),
            quarter: None,
        });
    }
    if let Some(parts) = CJK_DATE.captures(text.trim()) {
        let number = |group: usize| parts.get(group).and_then(|found| found.as_str().parse::<u32>().ok());
        let (year, month, day) = (number(1).and_then(|year| i32::try_from(year).ok()), number(2), number(3));
        return (year.is_some() || month.is_some()).then_some(Value::Date { year, month, day, quarter: None });
    }
    let (mut year, mut month, mut day, mut quarter) = (None, None, None, None);
    // "the second quarter of 2027" is Q2 2027.
    let lowercase = text.to_lowercase();
    if lowercase.contains("quarter") {
        let ordinals =
            [("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4)];
        quarter = ordinals.iter().find(|(word, _)| lowercase.split_whitespace().any(|w| w == *word)).map(|(_, q)| *q);
    }
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if let Some(q) = word.strip_prefix(['Q', 'q']).and_then(|n| n.parse::<u32>().ok()) {
            quarter = Some(q);
        } else if let Some(m) = month_number(word) {
            month = Some(m);
        } else if digits.len() == 4 && word.len() <= 5 {
            year = digits.parse().ok();
        } else if (1..=2).contains(&digits.len()) {
            day = digits.parse().ok();
        }
    }
    (year.is_some() || month.is_some() || quarter.is_some()).then_some(Value::Date { year, month, day, quarter })
}

/// The value an entity mention of a value type stands for.
pub fn parse_value(kind: EntityType, text: &str) -> Option<Value> {
    match kind {
        EntityType::Money => parse_money(text),
        EntityType::Percent => parse_percent(text),
        EntityType::Date => parse_date_value(text),
        _ => None,
    }
}

/// Do two amounts differ by at most `share` of the larger (plausibly two reports of one quantity)?
pub fn within(a: f64, b: f64, share: f64) -> bool {
    (a - b).abs() <= a.abs().max(b.abs()) * share
}

/// How many significant digits an amount written with `decimals` decimals has: "4,200" two, "3.5" two,
/// "400,000" one, "$14.9bn" three.
fn significant_digits(amount: f64, decimals: u32) -> i32 {
    let whole_digits = |amount: f64| if amount >= 1.0 { amount.log10().floor() as i32 + 1 } else { 0 };
    if decimals > 0 {
        // The figure as written, before its scale word: "14.9" of "$14.9bn", "3.0" of "3.0%".
        return whole_digits(amount.abs() / written_unit(amount, decimals)) + decimals as i32;
    }
    // A whole figure's trailing zeros are no significant digits.
    let mut whole = amount.abs().trunc();
    while whole >= 10.0 && whole % 10.0 == 0.0 {
        whole /= 10.0;
    }
    whole_digits(whole).max(1)
}

/// Do two amounts agree, allowing for rounding (to the coarser precision)? When a hedge comes with them,
/// the precision is the coarser one's significant digits, and 5% is allowed besides: "about 14 billion"
/// is "$14.1bn" rounded and "some 680" is "more than 700", but "about 4,200" is not "about 4,500".
pub fn amounts_agree(a: f64, a_decimals: u32, b: f64, b_decimals: u32, hedged: bool) -> bool {
    let magnitude = a.abs().max(b.abs());
    if a == b || (a - b).abs() < 1e-9 * magnitude {
        return true;
    }
    if hedged {
        let digits = significant_digits(a, a_decimals).min(significant_digits(b, b_decimals));
        let step = 10f64.powi(magnitude.log10().floor() as i32 - digits + 1);
        return (a / step).round() == (b / step).round() || within(a, b, 0.05);
    }
    // Compare at the coarser of the two written precisions: "$14bn" is "$14.1bn" rounded, "1,143" is not "1,134".
    let step = written_step(a, a_decimals).max(written_step(b, b_decimals));
    (a / step).round() == (b / step).round()
}

/// The place of an amount's last written digit: 1 for "1,143", 0.1 for "2.8%", 100 million for "$14.9bn".
fn written_step(amount: f64, decimals: u32) -> f64 {
    written_unit(amount, decimals) / 10f64.powi(decimals as i32)
}

/// The scale an amount was written in: the largest at which it reads as a figure of at least 1 with its
/// `decimals` decimals (a billion for "$14.9bn", 1 for "1,143" and for "2.8%").
fn written_unit(amount: f64, decimals: u32) -> f64 {
    let shift = 10f64.powi(decimals as i32);
    [1e12, 1e9, 1e6, 1e3]
        .into_iter()
        .find(|&unit| {
            let written = amount.abs() / unit * shift;
            amount.abs() >= unit && (written.round() - written).abs() < 1e-6
        })
        .unwrap_or(1.0)
}

impl Value {
    /// The index term of the value: equal values share it.
    pub fn term(&self) -> String {
        match self {
            Value::Money { currency, amount, .. } => format!("${currency}:{}", significant(*amount)),
            Value::Percent { amount, .. } => format!("%{}", significant(*amount)),
            Value::Count { amount, unit, .. } => format!("#{}:{unit}", significant(*amount)),
            // An identifier is as specific as an amount; a rank ("Category 3") weighs as a word.
            Value::Code { series, code } if is_identifier(series) => format!("#&{series}:{code}"),
            Value::Code { series, code } => format!("&{series}:{code}"),
            Value::Time { minutes, zone: None } => format!("@t{minutes}"),
            Value::Time { minutes, zone: Some(zone) } => {
                format!("@t{}Z", instants(*minutes, *zone).next().unwrap_or(*minutes))
            }
            Value::Date { year, month, day, quarter } => match (year, month, day, quarter) {
                (_, Some(m), Some(d), _) => format!("@{m}-{d}"),
                (Some(y), _, _, Some(q)) => format!("@{y}Q{q}"),
                (Some(y), Some(m), None, _) => format!("@{y}-{m}"),
                (None, Some(m), None, _) => format!("@m{m}"),
                (Some(y), None, None, None) => format!("@{y}"),
                _ => "@?".to_owned(),
            },
        }
    }

    /// Terms that let two close counts of one thing meet, so that a toll reported as "273 people" in one
    /// outlet and "217 people" in another is found as one fact with a different number. A count gets the two
    /// steps of a scale of quarters (×1.25 per step) around its amount: counts within a quarter of each
    /// other always share one, and two counts one of which is over 1.57 times the other never do. Small
    /// counts (under ten), fractions and numbers that name nothing they count get none: they are too common
    /// to tell one fact from another. A percentage of 1 or more gets two steps of a finer scale (×1.15), so
    /// "turnout was 63.4%" meets "64.1 percent"; as a percentage names nothing it measures, its near terms
    /// weigh as words, not as names or values. Near terms weigh in a link only when shared: they are left
    /// out of a passage's own weight.
    pub fn near_terms(&self) -> Vec<String> {
        match self {
            Value::Percent { amount, .. } if *amount >= 1.0 => {
                steps_around(*amount, NEAR_PERCENT_STEP).map(|step| format!("{NEAR_PERCENT_PREFIX}{step}")).collect()
            }
            Value::Count { amount, unit, .. }
                if *amount >= MIN_NEAR_COUNT && amount.fract() == 0.0 && !unit.is_empty() =>
            {
                steps_around(*amount, NEAR_COUNT_STEP).map(|step| format!("{NEAR_TERM_PREFIX}{step}:{unit}")).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The term of what a count counts, whatever the amount: "273 dead" and "217 dead" both count the dead,
    /// so two outlets that give the toll at different hours still meet on it (and the difference shows the
    /// two figures). `None` for other values and for numbers that name nothing they count.
    pub fn slot_term(&self) -> Option<String> {
        match self {
            Value::Count { unit, .. } if !unit.is_empty() && !SPANS_OF_TIME.contains(&unit.as_str()) => {
                Some(format!("{SLOT_TERM_PREFIX}{unit}"))
            }
            // Two passages that name a CVE, a version or a category speak of one slot, whichever they name.
            Value::Code { series, .. } => Some(format!("{SLOT_TERM_PREFIX}&{series}")),
            _ => None,
        }
    }

    /// Do two values of the same kind say different things about the same thing? `None`: not comparable.
    pub fn conflicts(&self, other: &Value, hedged: bool) -> Option<bool> {
        match (self, other) {
            (
                Value::Money { currency: c1, amount: a1, decimals: d1 },
                Value::Money { currency: c2, amount: a2, decimals: d2 },
            ) if c1 == c2 => Some(!amounts_agree(*a1, *d1, *a2, *d2, hedged)),
            (Value::Percent { amount: a1, decimals: d1 }, Value::Percent { amount: a2, decimals: d2 }) => {
                Some(!amounts_agree(*a1, *d1, *a2, *d2, hedged))
            }
            (
                Value::Count { amount: a1, decimals: d1, unit: u1 },
                Value::Count { amount: a2, decimals: d2, unit: u2 },
            ) if u1 == u2 || ((u1.is_empty() || u2.is_empty()) && within(*a1, *a2, 1.0 / 3.0)) => {
                // A count that does not name what it counts can only be the same quantity as a close one.
                Some(!amounts_agree(*a1, *d1, *a2, *d2, hedged))
            }
            (Value::Code { series: s1, code: c1 }, Value::Code { series: s2, code: c2 }) if s1 == s2 => Some(c1 != c2),
            (Value::Time { minutes: m1, zone: z1 }, Value::Time { minutes: m2, zone: z2 }) => {
                // One instant if any offset the two zones may have makes them meet ("ET" is EST or EDT);
                // a time given loosely ("shortly after 2 p.m.") meets one within half an hour.
                let tolerance = if hedged { LOOSE_TIME_MINUTES } else { 0 };
                let meet = |a: i32, b: i32| minutes_apart(a, b) <= tolerance;
                match (z1, z2) {
                    (None, None) => Some(!meet(*m1, *m2)),
                    (Some(z1), Some(z2)) => {
                        Some(!instants(*m1, *z1).any(|at| instants(*m2, *z2).any(|other| meet(at, other))))
                    }
                    _ => None,
                }
            }
            (
                Value::Date { year: y1, month: m1, day: d1, quarter: q1 },
                Value::Date { year: y2, month: m2, day: d2, quarter: q2 },
            ) => {
                // Only dates of the same grain compare: "March 29" vs "March 30", "2023" vs "2024".
                let same_grain = m1.is_some() == m2.is_some() && d1.is_some() == d2.is_some();
                same_grain.then(|| differ(*y1, *y2) || differ(*m1, *m2) || differ(*d1, *d2) || differ(*q1, *q2))
            }
            _ => None,
        }
    }
}

/// Are two known parts of a date different?
fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// Three significant digits, so "14.9 billion" and "14,900,000,000" print alike.
fn significant(amount: f64) -> String {
    if amount == 0.0 {
        return "0".to_owned();
    }
    let digits = amount.abs().log10().floor() as i32;
    let factor = 10f64.powi(2 - digits);
    format!("{}", (amount * factor).round() / factor)
}

#[cfg(test)]
#[path = "values_tests.rs"]
mod tests;
