//! Amounts, percentages and dates found by pattern: `$124.3 billion`, `HK$121`, `US$14.9bn`,
//! `14 billion dollars`, `Rs 500 crore`, `NOK 187.50`, `412p`, `87 cents`, `11.1%`, `40 percent`,
//! `9.2 per cent`, `2025-02-12`, `Feb. 12, 2025`, `March 29`, `Q1 2025`, `fiscal 2024`, `late January`,
//! `2023`, `1月1日` — and not `last year`, weekdays alone or clock times.

use super::EntityType;
use crate::core::article::Span;
use crate::core::segment::is_cjk;
use regex::Regex;
use std::sync::LazyLock;

const SCALE: &str = r"(?:[\s-]?(?:(?i:lakhs?\scrores?|crores?|lakhs?|cr)|trillion|billion|million|thousand|bln|mln|trn|bn|mn|tn|m|k|b)(?-u:\b))?";
/// Who issues a currency named by its word alone: "Swiss francs", "Hong Kong dollars".
const CURRENCY_ISSUERS: &str = r"US|U\.S\.|Swiss|Hong\sKong|Australian|Canadian|New\sZealand|Singapore|Taiwan|Indian|Pakistani|Brazilian|Mexican|Chilean|Argentine|Colombian|Philippine|South\sAfrican|Japanese|Chinese|South\sKorean|Nigerian|Kenyan|Turkish|Russian|Swedish|Norwegian|Danish|Czech|Polish";
/// A figure: "1,200,000", "1.5", or grouped the Indian way, "4,20,00,000".
const AMOUNT: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?";
const CURRENCY_WORDS: &str = r"dollars?|rupiah|euros?|pounds?(?:\s+sterling)?|pence|cents?|yen|yuan|renminbi|won|rupees?|naira|reais|real|francs?|pesos?|roubles?|rubles?|ringgit|baht|dong|rand|shillings?|dirhams?|riyals?|lira|kronor|kroner|krona|zlotys|zlotych|zloty|forints?|shekels?|hryvnias?";
/// ISO codes written before a figure: "USD 2bn", "NOK 187.50", "PLN 400,000".
const CURRENCY_CODES: &str = r"USD|EUR|GBP|JPY|CNY|RMB|HKD|INR|KRW|CHF|BRL|NGN|IDR|NOK|SEK|DKK|PLN|CZK|HUF|RON|AUD|CAD|NZD|SGD|ZAR|MXN|TRY|RUB|SAR|AED|THB|MYR|VND|PKR|EGP|KES|ILS|TWD|ARS|CLP|COP|UAH|QAR";

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    // A symbol may stand apart from its figure ("R$ 340 million", "€ 44.990"), with any kind of space.
    let symbol = format!(
        r"(?:(?:(?:US|HK|A|AU|C|CA|NZ|S|NT|R|Mex)\$|\$|€|£|¥|₩|₹|₦|₽|₺|₱)[\s&&[^\n]]?|(?-u:\b)(?:{CURRENCY_CODES})\s?|(?-u:\b)Rs\.?\s?|(?-u:\b)Rp\.?\s?)"
    );
    Regex::new(&format!(
        r"(?x)
        (?:{symbol}(?:{AMOUNT}){SCALE})
        | (?:(?-u:\b)N(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?){SCALE})
        | (?:(?-u:\b)(?:{AMOUNT})\s?(?:trillion|billion|million|thousand|lakhs?\scrores?|crores?|lakhs?|bln|mln|bn|mn)?\s(?:(?:{CURRENCY_ISSUERS})\s)?(?:{CURRENCY_WORDS})(?-u:\b))
        | (?:(?-u:\b)(?:{AMOUNT})-(?:trillion|billion|million|thousand)-(?:dollar|euro|pound|yen|yuan|won|rupee|franc|peso|naira|zloty)(?-u:\b))
        | (?:(?-u:\b)(?:{AMOUNT})-(?:dollar|euro|yen|yuan|rupee|franc|peso|naira|zloty|krona|krone)(?-u:\b))
        | (?:(?-u:\b)\d+(?:\.\d+)?p(?-u:\b)) | (?:(?-u:\b)\d{{1,2}}(?:\.\d+)?c(?-u:\b))"
    ))
    .expect("valid money regex")
});

/// Percentages, percentage points and basis points: "11.1%", "9.2 per cent", "one percentage point" is
/// not (no figure), "0.5 percentage point", "25 basis points", "50bp", "a 25-basis-point cut".
static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
          (?-u:\b)\d+(?:\.\d+)?\s?%
        | (?-u:\b)\d+(?:\.\d+)?\s(?:percent|per\s?cent|pct|percentage\spoints?)(?-u:\b)
        | (?-u:\b)\d+(?:\.\d+)?-(?:percentage|basis)-point(?-u:\b)
        | (?-u:\b)\d+(?:\.\d+)?\s?(?:basis\spoints?|bps?)(?-u:\b)",
    )
    .expect("valid percent regex")
});

/// A month written in full: alone it is a date ("in March").
const MONTH_NAME: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/// A month abbreviated: alone it is too often a name's part or another word ("Jun Castillo", "Mar"), so it
/// is a date only with a day or a year.
const MONTH_ABBREVIATION: &str = r"(?:Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
          \d{{4}}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)? | \d{{1,2}}月\d{{1,2}}日
        | \d{{4}}년(?:\s?\d{{1,2}}월(?:\s?\d{{1,2}}일)?)? | \d{{1,2}}월\s?\d{{1,2}}일
        | (?-u:\b)\d{{4}}-\d{{2}}-\d{{2}}(?-u:\b)
        | (?-u:\b)(?:\d{{1,2}}-\d{{1,2}}-|\d{{1,2}}\.\d{{1,2}}\.|\d{{1,2}}/\d{{1,2}}/)(?:1[89]|20)\d{{2}}(?-u:\b)
        | (?-u:\b)\d{{4}}/\d{{1,2}}/\d{{1,2}}(?-u:\b)
        | (?-u:\b)(?:1[89]|20)\d{{2}}\s?[–-]\s?(?:(?:1[89]|20)\d{{2}}|\d{{2}})(?-u:\b)
        | (?-u:\b)(?:Christmas(?:\sEve|\sDay)?|New\sYear(?:'s|’s)?\s(?:Day|Eve)|Lunar\sNew\sYear|Chinese\sNew\sYear|Easter|Thanksgiving|Ramadan|Eid(?:\sal-(?:Fitr|Adha))?|Diwali|Hanukkah|Golden\sWeek|Labou?r\sDay|Independence\sDay)(?-u:\b)
        | (?:(?:early|mid|late|mid-)\s?)?(?-u:\b)(?:{MONTH_NAME}|{MONTH_ABBREVIATION})\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?(?-u:\b)
        | (?-u:\b)\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTH_NAME}|{MONTH_ABBREVIATION})(?:,?\s\d{{4}})?(?-u:\b)
        | (?:(?:early|mid|late|mid-)\s?)?(?-u:\b)(?:{MONTH_NAME}(?:,?\s\d{{4}})?|{MONTH_ABBREVIATION},?\s\d{{4}})(?-u:\b)
        | (?:(?-u:\b)(?:fiscal|FY)\s?)?(?-u:\b)(?:Q[1-4]|H[12]|[1-4]Q)\s?(?:\d{{4}}|FY\d{{2,4}})(?-u:\b)
        | (?-u:\b)(?:fiscal|FY)\s?\d{{4}}(?-u:\b)
        | (?-u:\b)(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s(?i:quarter)\s(?:of\s)?(?:fiscal\s)?\d{{4}}(?-u:\b)
        | (?-u:\b)FY\d{{2}}(?-u:\b)
        | (?-u:\b)(?:1[89]|20)\d{{2}}s?(?-u:\b)"
    ))
    .expect("valid date regex")
});

/// "on the 11th": a day of the month written alone.
static ORDINAL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:on|since|by|until|from)\sthe\s(\d{1,2}(?:st|nd|rd|th))(?-u:\b)")
        .expect("valid ordinal day regex")
});

/// Is a figure with a "p" a video's resolution ("1080p", "720p") rather than pence?
fn is_video_resolution(matched: &str) -> bool {
    const RESOLUTIONS: [&str; 10] = ["144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"];
    matched.strip_suffix('p').is_some_and(|figure| RESOLUTIONS.contains(&figure))
}

/// Month names that are also common words: alone, they are dates only in a date-like context.
fn ambiguous_month(text: &str) -> bool {
    matches!(
        text,
        "May" | "March" | "Mar" | "Jan" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec" | "Apr" | "Feb"
    )
}

const DATE_CONTEXT: [&str; 12] =
    ["in", "since", "by", "until", "from", "of", "early", "late", "mid", "last", "next", "this"];

/// The word right before byte `start` of `text`, lowercased.
fn previous_word(text: &str, start: usize) -> String {
    text[..start].split(|c: char| !c.is_alphanumeric()).rev().find(|word| !word.is_empty()).unwrap_or("").to_lowercase()
}

/// Is the year-like number at `span` a year, not an amount or a count?
fn plausible_year(text: &str, span: Span) -> bool {
    // Only the next few words matter.
    let mut horizon = (span.end + 24).min(text.len());
    while !text.is_char_boundary(horizon) {
        horizon -= 1;
    }
    let after = text[span.end..horizon].trim_start();
    let before = text[..span.start].trim_end();
    let amount_like = after.starts_with(['%', '$'])
        || before.ends_with(['$', '€', '£', '¥', '#', '.', ','])
        || after.starts_with(|c: char| c.is_ascii_digit());
    let after = after.to_lowercase();
    let counted = ["percent", "per cent", "people", "residents", "units", "dead", "homes", "troops", "deaths", "jobs"]
        .iter()
        .any(|unit| after.starts_with(unit));
    // An identifier's figures: "CVE-2026-21337", "ISO-2022-JP" (a capitalized code joined before it, or a
    // long serial after it); "mid-2024" and "2021-23" stay dates.
    let code_before = before.strip_suffix('-').is_some_and(|code| {
        let letters = code.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase())
    });
    let serial_after = text[span.end..]
        .strip_prefix('-')
        .is_some_and(|rest| rest.chars().take_while(char::is_ascii_digit).count() >= 5);
    !amount_like && !counted && !code_before && !serial_after
}

/// Does the match at `span` start or end inside a word, next to a letter or digit that is not ASCII?
fn inside_word(text: &str, span: Span) -> bool {
    let matched = span.of(text);
    // Chinese and Japanese run their words together: a date inside such a run is still one.
    let word_char = |c: char| c.is_alphanumeric() && !is_cjk(c);
    let starts_inside = matched.starts_with(word_char) && text[..span.start].chars().next_back().is_some_and(word_char);
    let ends_inside = matched.ends_with(word_char) && text[span.end..].chars().next().is_some_and(word_char);
    starts_inside || ends_inside
}

/// Finds MONEY, PERCENT and DATE mentions in `range` of `text`.
/// The mentions go to `found`, which is cleared first (a buffer reused from sentence to sentence).
pub fn find_numeric(text: &str, range: Span, found: &mut Vec<(Span, EntityType)>) {
    found.clear();
    let slice = range.of(text);
    let absolute = |m: regex::Match<'_>| Span::new(range.start + m.start(), range.start + m.end());
    // Amounts, percentages and ordinal days all have digits; most sentences have none.
    let has_digits = slice.bytes().any(|byte| byte.is_ascii_digit());
    if has_digits {
        for m in MONEY.find_iter(slice).filter(|m| !is_video_resolution(m.as_str())) {
            found.push((absolute(m), EntityType::Money));
        }
        for m in PERCENT.find_iter(slice) {
            found.push((absolute(m), EntityType::Percent));
        }
    }
    for m in DATE.find_iter(slice) {
        let span = absolute(m);
        let matched = m.as_str();
        let bare = matched.trim_start_matches(['e', 'a', 'r', 'l', 'y', 'm', 'i', 'd', 't', '-', ' ']);
        let is_year = matched.len() <= 5 && matched.starts_with(|c: char| c.is_ascii_digit());
        if is_year && !plausible_year(text, span) {
            continue;
        }
        if ambiguous_month(bare) && !DATE_CONTEXT.contains(&previous_word(text, span.start).as_str()) && matched == bare
        {
            continue;
        }
        found.push((span, EntityType::Date));
    }
    for caps in ORDINAL_DAY.captures_iter(if has_digits { slice } else { "" }) {
        if let Some(day) = caps.get(1) {
            found.push((absolute(day), EntityType::Date));
        }
    }
    // The patterns' word boundaries are ASCII ones, for speed: "Mar" in "María" and "August" in "Augustín"
    // end at a letter they do not see as one.
    found.retain(|&(span, _)| !inside_word(text, span));
    // Keep the longest of overlapping matches (a year inside a full date, an amount inside money).
    found.sort_by_key(|(span, _)| (span.start, std::cmp::Reverse(span.end)));
    let mut kept_end: Option<usize> = None;
    found.retain(|(span, _)| {
        let keep = kept_end.is_none_or(|end| span.start >= end);
        if keep {
            kept_end = Some(span.end);
        }
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(&str, EntityType)> {
        let mut found = Vec::new();
        find_numeric(text, Span::new(0, text.len()), &mut found);
        found.into_iter().map(|(span, kind)| (span.of(text), kind)).collect()
    }

    #[test]
    fn money_in_many_shapes() {
        use EntityType::Money;
        assert_eq!(find("$124.3 billion"), [("$124.3 billion", Money)]);
        assert_eq!(find("HK$121 and US$14.9bn"), [("HK$121", Money), ("US$14.9bn", Money)]);
        assert_eq!(
            find("¥2 trillion, £56.5bn, €1.84bn"),
            [("¥2 trillion", Money), ("£56.5bn", Money), ("€1.84bn", Money)]
        );
        assert_eq!(find("about 14 billion dollars"), [("14 billion dollars", Money)]);
        assert_eq!(find("$55 a share"), [("$55", Money)]);
        assert_eq!(find("8 trillion won and N1,600"), [("8 trillion won", Money), ("N1,600", Money)]);
        // Indian numbering: a crore is ten million, a lakh a hundred thousand.
        assert_eq!(
            find("Rs 500 crore, ₹40,986 crore, Rs. 2 lakh and 300 crore rupees"),
            [("Rs 500 crore", Money), ("₹40,986 crore", Money), ("Rs. 2 lakh", Money), ("300 crore rupees", Money)]
        );
        assert_eq!(find("Rs 1.34 lakh crore"), [("Rs 1.34 lakh crore", Money)]);
        assert_eq!(
            find("Rs 4.2 Cr, Rs. 25 Lakhs and Rs 4,20,00,000"),
            [("Rs 4.2 Cr", Money), ("Rs. 25 Lakhs", Money), ("Rs 4,20,00,000", Money)]
        );
        // A symbol set apart from its figure by a space, a no-break space or a thin one, but not a line.
        assert_eq!(
            find("R$ 340 million, R$\u{a0}85 million, €\u{2009}3bn and $\n5"),
            [("R$ 340 million", Money), ("R$\u{a0}85 million", Money), ("€\u{2009}3bn", Money)]
        );
        assert_eq!(
            find("a ₹1,260-crore canal, Rp 7.1 trillion and 3.4 trillion rupiah"),
            [("₹1,260-crore", Money), ("Rp 7.1 trillion", Money), ("3.4 trillion rupiah", Money)]
        );
        // ISO codes, pence and cents, and an amount joined to its currency by a hyphen.
        assert_eq!(
            find("NOK 187.50, PLN 400,000, 412p, 412 pence, 87c, 87 cents and a 400,000-zloty fine"),
            [
                ("NOK 187.50", Money),
                ("PLN 400,000", Money),
                ("412p", Money),
                ("412 pence", Money),
                ("87c", Money),
                ("87 cents", Money),
                ("400,000-zloty", Money)
            ]
        );
        assert_eq!(
            find("1.2 million zlotys and 30,000 forints"),
            [("1.2 million zlotys", Money), ("30,000 forints", Money)]
        );
        // Not money: a video's resolution, a figure inside a word, a percentage written in words.
        assert_eq!(find("streams in 1080p and 4K"), []);
        assert_eq!(find("the A320p and 9.2 per cent"), [("9.2 per cent", EntityType::Percent)]);
        assert_eq!(
            find("$15.6 bln, 84.20 Swiss francs, 3.4 billion Hong Kong dollars and a 310-million-euro deal"),
            [
                ("$15.6 bln", Money),
                ("84.20 Swiss francs", Money),
                ("3.4 billion Hong Kong dollars", Money),
                ("310-million-euro", Money)
            ]
        );
    }

    #[test]
    fn percentages() {
        use EntityType::Percent;
        assert_eq!(
            find("fell 11.1% and 40 percent, 9.2 per cent"),
            [("11.1%", Percent), ("40 percent", Percent), ("9.2 per cent", Percent)]
        );
        assert_eq!(
            find("cut by 25 basis points, or 25bp, after 50 bps; a 25-basis-point move of 0.5 percentage point"),
            [
                ("25 basis points", Percent),
                ("25bp", Percent),
                ("50 bps", Percent),
                ("25-basis-point", Percent),
                ("0.5 percentage point", Percent)
            ]
        );
        assert!(find("a BP plant and 100 Gbps links").is_empty());
    }

    #[test]
    fn dates_and_periods() {
        use EntityType::Date;
        for text in [
            "2025-02-12",
            "Feb. 12, 2025",
            "March 29",
            "Jan 1",
            "Q1 2025",
            "fiscal Q1 2025",
            "2023",
            "January",
            "late January",
            "fiscal 2024",
            "12 February 2025",
            "1月1日",
            "2024년 2월 5일",
            "16-07-2025",
            "16.07.2025",
            "07/16/2025",
            "2025/07/16",
        ] {
            assert_eq!(find(text), [(text, Date)], "{text}");
        }
        assert_eq!(find("reported on the 11th (local time)"), [("11th", Date)]);
        assert_eq!(find("in 2021–2023 and by Christmas"), [("2021–2023", Date), ("Christmas", Date)]);
    }

    #[test]
    fn not_dates() {
        for text in
            ["last year", "today", "on Monday", "at 10:30", "it may rain", "2,000 people", "3000 troops", "May I ask"]
        {
            assert!(find(text).iter().all(|(_, kind)| *kind != EntityType::Date), "{text}: {:?}", find(text));
        }
        assert_eq!(find("in May 2024"), [("May 2024", EntityType::Date)]);
        assert_eq!(find("by mid-2024"), [("2024", EntityType::Date)]);
        assert_eq!(find("in the second quarter of 2027"), [("second quarter of 2027", EntityType::Date)]);
        // A half year is a year: "H1" and "first half" name no part of it that dates compare.
        assert_eq!(find("in the first half of 2026"), [("2026", EntityType::Date)]);
        assert_eq!(find("since May"), [("May", EntityType::Date)]);
        // A month's abbreviation alone is no date: "Jun Castillo" is a photographer, "Mar" a word.
        assert_eq!(find("Photo by Jun Castillo"), []);
        assert_eq!(
            find("in Dec. 2024 and Sept 2025"),
            [("Dec. 2024", EntityType::Date), ("Sept 2025", EntityType::Date)]
        );
        // Figures that only look like a date: a score, a version, a ratio.
        for text in ["won 3-1-0 on the day", "version 1.2.3 ships", "a 24/7/365 service", "exploit CVE-2026-21337"] {
            assert!(find(text).iter().all(|(_, kind)| *kind != EntityType::Date), "{text}: {:?}", find(text));
        }
    }
}
