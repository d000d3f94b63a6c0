//! Markdown articles: YAML (`---`) or TOML (`+++`) front matter for metadata, and the body rendered to
//! plain text (headings and list items on lines of their own, emphasis and link syntax dropped).

use super::Draft;
use crate::core::dates::parse_date;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::BTreeMap;

/// Metadata keys, each with the names it goes by in front matter.
const TITLE_KEYS: &[&str] = &["title", "headline"];
const DATE_KEYS: &[&str] = &["date", "published", "published_at", "pubdate", "datepublished"];
const OUTLET_KEYS: &[&str] = &["outlet", "source", "site", "site_name", "publication", "publisher"];
const URL_KEYS: &[&str] = &["url", "link", "canonical_url", "canonical"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];

/// Reads a Markdown document; problems with its front matter go to `warn` and the body still loads.
pub(super) fn read(raw: &str, mut warn: impl FnMut(String)) -> Draft {
    let (fields, body) = match split_front_matter(raw) {
        Some((FrontMatter::Yaml(source), body)) => match serde_yaml_ng::from_str::<serde_yaml_ng::Value>(source) {
            Ok(value) => (yaml_fields(&value), body),
            Err(error) => {
                warn(format!("front matter is not valid YAML ({error}): metadata ignored"));
                (BTreeMap::new(), body)
            }
        },
        Some((FrontMatter::Toml(source), body)) => match toml::from_str::<toml::Table>(source) {
            Ok(table) => (toml_fields(&table), body),
            Err(error) => {
                warn(format!("front matter is not valid TOML ({}): metadata ignored", error.message()));
                (BTreeMap::new(), body)
            }
        },
        None => (BTreeMap::new(), raw),
    };
    let field = |keys: &[&str]| keys.iter().find_map(|key| fields.get(*key).cloned());
    let Rendered { text, heading } = render(body);
    Draft {
        text,
        // Without a title in front matter, the page's top heading ("# Rates Rise") is its title.
        title: field(TITLE_KEYS).or(heading),
        date: field(DATE_KEYS).as_deref().and_then(parse_date),
        byline: field(AUTHOR_KEYS),
        outlet: field(OUTLET_KEYS),
        url: field(URL_KEYS),
    }
}

enum FrontMatter<'a> {
    Yaml(&'a str),
    Toml(&'a str),
}

fn split_front_matter(raw: &str) -> Option<(FrontMatter<'_>, &str)> {
    let raw = raw.trim_start_matches('\u{feff}');
    for fence in ["---", "+++"] {
        let Some(rest) =
            raw.strip_prefix(fence).and_then(|rest| rest.strip_prefix('\n').or_else(|| rest.strip_prefix("\r\n")))
        else {
            continue;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            if line.trim_end() == fence {
                let source = &rest[..offset];
                let matter = if fence == "---" { FrontMatter::Yaml(source) } else { FrontMatter::Toml(source) };
                return Some((matter, &rest[offset + line.len()..]));
            }
            offset += line.len();
        }
    }
    None
}

fn scalar_text(value: &serde_yaml_ng::Value) -> Option<String> {
    use serde_yaml_ng::Value;
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Sequence(items) => {
            let parts: Vec<String> = items.iter().filter_map(scalar_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Mapping(map) => map.get("name").and_then(scalar_text),
        _ => None,
    }
}

fn yaml_fields(value: &serde_yaml_ng::Value) -> BTreeMap<String, String> {
    let Some(map) = value.as_mapping() else { return BTreeMap::new() };
    map.iter().filter_map(|(key, value)| Some((key.as_str()?.to_ascii_lowercase(), scalar_text(value)?))).collect()
}

fn toml_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(text) => Some(text.clone()),
        toml::Value::Datetime(datetime) => Some(datetime.to_string()),
        toml::Value::Integer(number) => Some(number.to_string()),
        toml::Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(toml_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        toml::Value::Table(table) => table.get("name").and_then(toml_text),
        _ => None,
    }
}

fn toml_fields(table: &toml::Table) -> BTreeMap<String, String> {
    table.iter().filter_map(|(key, value)| Some((key.to_ascii_lowercase(), toml_text(value)?))).collect()
}

/// Renders Markdown to plain text: blocks separated by blank lines, list items and table rows on their own
/// lines.
pub fn render(markdown: &str) -> Rendered {
    let mut out = String::with_capacity(markdown.len());
    let mut in_image = 0usize;
    // Where the first top-level heading starts in `out`, then its text once it ends.
    let (mut heading_start, mut heading) = (None, None);
    let end_block = |out: &mut String| {
        let trimmed = out.trim_end_matches([' ', '\n']).len();
        out.truncate(trimmed);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
    };
    // Tables are GitHub's extension to Markdown, and articles saved as Markdown use it.
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        // The first top-level heading's text, once it has all been written out.
        match &event {
            Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) if heading_start.is_none() => {
                heading_start = Some(out.len());
            }
            Event::End(TagEnd::Heading(HeadingLevel::H1)) if heading.is_none() => {
                heading = heading_start.map(|start| out[start..].trim().to_owned()).filter(|text| !text.is_empty());
            }
            _ => {}
        }
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ if in_image > 0 => {}
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Item) => {
                let trimmed = out.trim_end_matches(' ').len();
                out.truncate(trimmed);
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str("- ");
            }
            Event::End(TagEnd::Item) => out.push('\n'),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::Table,
            ) => end_block(&mut out),
            // A row on a line of its own, its cells apart: "Cancelled flights | about 1,250".
            Event::Start(Tag::TableCell) if !out.is_empty() && !out.ends_with('\n') => out.push_str(" | "),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => out.push('\n'),
            Event::Rule => end_block(&mut out),
            _ => {}
        }
    }
    Rendered { text: out.trim_end().to_owned(), heading }
}

/// A Markdown body as plain text, and the text of its first top-level heading, if any.
pub struct Rendered {
    pub text: String,
    pub heading: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_yaml_front_matter_and_renders_body() {
        let raw = "---\ntitle: \"Rates Rise\"\ndate: 2024-02-27\noutlet: Lagos Ledger\nauthor:\n  - Ada Obi\n  - Sani Musa\n---\n\n# Rates Rise\n\nThe bank *raised* rates, [said](http://x) officials.\n\n- first point\n- second point\n\n![chart](c.png)\n";
        let draft = read(raw, |message| panic!("unexpected warning {message}"));
        assert_eq!(draft.title.as_deref(), Some("Rates Rise"));
        assert_eq!(draft.date, chrono::NaiveDate::from_ymd_opt(2024, 2, 27));
        assert_eq!(draft.outlet.as_deref(), Some("Lagos Ledger"));
        assert_eq!(draft.byline.as_deref(), Some("Ada Obi, Sani Musa"));
        assert_eq!(draft.text, "Rates Rise\n\nThe bank raised rates, said officials.\n\n- first point\n- second point");
    }

    #[test]
    fn a_table_renders_one_row_per_line_without_its_rule() {
        let raw =
            "Before.\n\n| Item | Detail |\n|------|--------|\n| Flights | about 1,250 |\n| Offer | +6% |\n\nAfter.";
        let draft = read(raw, |message| panic!("unexpected warning {message}"));
        assert_eq!(draft.text, "Before.\n\nItem | Detail\nFlights | about 1,250\nOffer | +6%\n\nAfter.");
    }

    #[test]
    fn without_a_title_in_front_matter_the_top_heading_is_the_title() {
        let raw = "[Home](/) > [Farming](/farming)\n\n# Delta farmers *cheer* river link\n\n## Background\n\nBody.";
        let draft = read(raw, |message| panic!("unexpected warning {message}"));
        assert_eq!(draft.title.as_deref(), Some("Delta farmers cheer river link"));
        let with_front_matter = read("---\ntitle: Farmers cheer\n---\n# Delta farmers cheer\n\nBody.", |_| {});
        assert_eq!(with_front_matter.title.as_deref(), Some("Farmers cheer"));
        assert_eq!(read("## Background\n\nBody.", |_| {}).title, None, "only a top-level heading");
    }

    #[test]
    fn reads_toml_front_matter() {
        let raw = "+++\ntitle = \"Quake\"\ndate = 2024-01-01\n+++\nBody.";
        let draft = read(raw, |message| panic!("unexpected warning {message}"));
        assert_eq!(draft.title.as_deref(), Some("Quake"));
        assert_eq!(draft.date, chrono::NaiveDate::from_ymd_opt(2024, 1, 1));
        assert_eq!(draft.text, "Body.");
    }

    #[test]
    fn broken_front_matter_warns_and_keeps_the_body() {
        let mut warnings = Vec::new();
        let draft = read("---\ntitle: [unclosed\n---\nBody text.", |message| warnings.push(message));
        assert_eq!(draft.text, "Body text.");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("front matter is not valid YAML"), "{}", warnings[0]);
    }
}
