//! JSON exports: one article object, an array of them, or an object holding them under `articles` or
//! `items`. Field names vary between tools, so each field is looked up under its common names.

use super::{Draft, html};
use crate::core::dates::parse_date;
use serde_json::Value;

const TEXT_KEYS: &[&str] = &["text", "content", "body", "articleBody", "article_body", "full_text"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const DATE_KEYS: &[&str] = &["date", "published", "published_at", "publishedAt", "datePublished", "pubDate"];
const OUTLET_KEYS: &[&str] = &["outlet", "source", "site", "site_name", "siteName", "publication", "publisher"];
const URL_KEYS: &[&str] = &["url", "link", "canonical_url"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];

fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(text_of).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(map) => map.get("name").or_else(|| map.get("title")).and_then(text_of),
        _ => None,
    }
}

fn field(object: &serde_json::Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| object.get(*key).and_then(text_of)).filter(|text| !text.trim().is_empty())
}

fn looks_like_html(text: &str) -> bool {
    ["<p>", "<p ", "</p>", "<br", "<div", "</a>"].iter().any(|tag| text.contains(tag))
}

/// Reads a JSON document into drafts, or says why it holds no article.
pub(super) fn read(raw: &str) -> Result<Vec<Draft>, String> {
    let value: Value = serde_json::from_str(raw).map_err(|error| format!("not valid JSON: {error}"))?;
    let items: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => match map.get("articles").or_else(|| map.get("items")) {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![&value],
        },
        _ => return Err("JSON holds no article object".into()),
    };
    let drafts: Vec<Draft> = items
        .into_iter()
        .filter_map(Value::as_object)
        .filter_map(|object| {
            let text = field(object, TEXT_KEYS)?;
            Some(Draft {
                text: if looks_like_html(&text) { html::fragment_text(&text) } else { text },
                title: field(object, TITLE_KEYS),
                date: field(object, DATE_KEYS).as_deref().and_then(parse_date),
                byline: field(object, AUTHOR_KEYS),
                outlet: field(object, OUTLET_KEYS),
                url: field(object, URL_KEYS),
            })
        })
        .collect();
    if drafts.is_empty() {
        return Err(format!(
            "JSON holds no article with text (looked for a field named one of: {})",
            TEXT_KEYS.join(", ")
        ));
    }
    Ok(drafts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_object_array_and_wrapped_forms() {
        let one = r#"{"title":"T","outlet":{"name":"Wire"},"date":"2024-05-06T09:10:00-03:00","authors":["A B","C D"],"text":"Body."}"#;
        let drafts = read(one).expect("one article");
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].outlet.as_deref(), Some("Wire"));
        assert_eq!(drafts[0].byline.as_deref(), Some("A B, C D"));
        assert_eq!(drafts[0].date, chrono::NaiveDate::from_ymd_opt(2024, 5, 6));
        assert_eq!(read(r#"[{"content":"a"},{"body":"b"}]"#).expect("two").len(), 2);
        assert_eq!(read(r#"{"articles":[{"text":"a"}]}"#).expect("wrapped").len(), 1);
    }

    #[test]
    fn html_bodies_become_paragraphs() {
        let drafts = read(r#"{"text":"<p>First <b>para</b>.</p><p>Second.</p>"}"#).expect("html body");
        assert_eq!(drafts[0].text, "First para.\n\nSecond.");
    }

    #[test]
    fn explains_what_is_missing() {
        assert!(read("{\"title\":\"no text\"}").expect_err("no text").contains("looked for a field named"));
        assert!(read("{broken").expect_err("invalid").starts_with("not valid JSON"));
        assert!(read("42").is_err());
    }
}
