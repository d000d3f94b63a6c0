//! HTML pages: the main text by readability extraction (dom_smoothie), metadata from `<title>`,
//! `article:published_time`, `og:site_name`, the author meta tag and the canonical URL; a `<title>` of
//! "Headline | Site" gives the headline, and the site when nothing else names it. A date readability
//! misses is looked for in other meta tags, `<time datetime>` and JSON-LD.

use super::Draft;
use crate::core::dates::parse_date;
use crate::core::text::clean_line;
use crate::core::zones::KICKER_LABELS;
use chrono::NaiveDate;
use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use regex::Regex;
use std::sync::LazyLock;

fn meta(document: &Document, selectors: &[&str], attribute: &str) -> Option<String> {
    selectors.iter().find_map(|selector| {
        let selection = document.select(selector);
        let value = selection.attr(attribute)?.trim().to_owned();
        (!value.is_empty()).then_some(value)
    })
}

/// Reads an HTML page. Pages that readability cannot make sense of fall back to their body's text.
pub(super) fn read(raw: &str) -> Draft {
    let document = Document::from(raw);
    let url = meta(&document, &[r#"meta[property="og:url"]"#], "content")
        .or_else(|| meta(&document, &[r#"link[rel="canonical"]"#], "href"));
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let extracted = Readability::new(raw, url.as_deref(), Some(config)).and_then(|mut reader| reader.parse());
    let draft = match extracted {
        Ok(article) => Draft {
            text: article.text_content.to_string(),
            title: Some(article.title).filter(|title| !title.trim().is_empty()),
            date: article.published_time.as_deref().and_then(parse_date),
            byline: article.byline,
            outlet: article.site_name,
            url,
        },
        Err(_) => Draft {
            text: document.select("body").text().to_string(),
            title: Some(document.select("title").text().to_string()).filter(|title| !title.trim().is_empty()),
            // Read below, with the dates readability misses.
            date: None,
            byline: meta(&document, &[r#"meta[name="author"]"#], "content"),
            outlet: meta(&document, &[r#"meta[property="og:site_name"]"#], "content"),
            url,
        },
    };
    let draft = with_subject_before_colon(draft, &document);
    let mut draft = without_site_name(draft, &document);
    draft.date = draft.date.or_else(|| published_date(&document, raw));
    draft
}

/// Where else pages give their date: meta tags, a `<time datetime>` (the published one first) and the
/// `datePublished` of their JSON-LD.
fn published_date(document: &Document, raw: &str) -> Option<NaiveDate> {
    const META: [&str; 5] = [
        r#"meta[property="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="pubdate"]"#,
        r#"meta[name="date"]"#,
        r#"meta[name="dc.date"]"#,
    ];
    const TIME: [&str; 3] = ["time[itemprop=\"datePublished\"]", "time.published[datetime]", "time[datetime]"];
    meta(document, &META, "content")
        .or_else(|| meta(document, &TIME, "datetime"))
        .or_else(|| JSON_LD_DATE.captures(raw).map(|found| found[1].to_owned()))
        .as_deref()
        .and_then(parse_date)
}

static JSON_LD_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""datePublished"\s*:\s*"([^"]{8,40})""#).expect("valid JSON-LD date regex"));

/// Readability drops what comes before a colon in a `<title>` that no heading repeats ("Hurricane Odalys:
/// 32,000 evacuated as storm batters Sinaloa"), taking it for a kicker; it is the story's subject unless
/// it is a kicker's word ("EXCLUSIVE", "ANALYSIS"), so the whole `<title>` is the title.
fn with_subject_before_colon(mut draft: Draft, document: &Document) -> Draft {
    let (Some(title), Some(page_title)) = (draft.title.as_deref(), clean_line(&document.select("title").text())) else {
        return draft;
    };
    let Some(before) = page_title.strip_suffix(title.trim()).and_then(|before| before.trim_end().strip_suffix(':'))
    else {
        return draft;
    };
    let kicker =
        KICKER_LABELS.iter().any(|label| before.split_whitespace().any(|word| word.eq_ignore_ascii_case(label)));
    if !before.trim().is_empty() && !kicker && !before.contains(['|', '–', '—']) {
        draft.title = Some(page_title);
    }
    draft
}

/// Pages title themselves "Headline | Site" or "Headline – Site": when the page's own heading is the
/// part before the separator, or spells it out in full ("HC fines ZipRyde - Deccan Ledger" over the
/// heading "Karnataka HC fines ZipRyde Rs 4.2 crore"), the heading is the title, and the rest names the
/// outlet if nothing else did. A title that is the heading after a kicker ("EXCLUSIVE: …") is the heading.
fn without_site_name(mut draft: Draft, document: &Document) -> Draft {
    let Some(title) = draft.title.clone() else { return draft };
    let headings: Vec<String> =
        document.select("h1, h2").iter().filter_map(|heading| clean_line(&heading.text())).collect();
    if let Some((_, after_kicker)) = title.split_once(": ")
        && headings.iter().any(|heading| *heading == after_kicker.trim())
    {
        draft.title = clean_line(after_kicker);
        return draft;
    }
    let Some((headline, site)) = [" | ", " – ", " — ", " - ", " :: "]
        .iter()
        .filter_map(|separator| title.rsplit_once(separator))
        .max_by_key(|(headline, _)| headline.len())
    else {
        return draft;
    };
    let Some(headline) = clean_line(headline) else { return draft };
    let spelled_out = |heading: &String| *heading == headline || words_in_order(&headline, heading);
    if let Some(heading) = headings.iter().find(|heading| spelled_out(heading)) {
        draft.title = Some(heading.clone());
        draft.outlet = draft.outlet.or_else(|| clean_line(site));
    }
    draft
}

/// Are the words of `short` (two at least) all in `long`, in the same order?
fn words_in_order(short: &str, long: &str) -> bool {
    let mut long_words = long.split_whitespace().map(str::to_lowercase);
    let short_words: Vec<String> = short.split_whitespace().map(str::to_lowercase).collect();
    short_words.len() >= 2 && short_words.iter().all(|word| long_words.any(|other| other == *word))
}

/// Plain text of an HTML fragment (JSON exports often carry HTML bodies).
pub(super) fn fragment_text(fragment: &str) -> String {
    let document = Document::fragment(fragment);
    let blocks: Vec<String> = document
        .select("p, h1, h2, h3, h4, li, blockquote")
        .iter()
        .map(|node| node.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty())
        .collect();
    if blocks.is_empty() { document.select("body").text().to_string() } else { blocks.join("\n\n") }
}
