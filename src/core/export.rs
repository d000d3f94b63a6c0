//! The analysis export (`analyze --json`): the engine's whole result as one JSON document, in the shape
//! of the analysis-json contract. Extra fields (format, url, paragraphs, words) are additions.

use super::article::{Article, Corpus, Format, Problem, TitleOrigin, Zone};
use serde::Serialize;

/// The version of the document's shape.
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct AnalysisDocument<'a> {
    pub version: u32,
    pub articles: Vec<ArticleExport<'a>>,
    pub entities: Vec<EntityExport>,
    pub links: Vec<LinkExport>,
    pub facts: Vec<FactExport>,
    pub problems: &'a [Problem],
}

#[derive(Debug, Serialize)]
pub struct ArticleExport<'a> {
    pub id: &'a str,
    pub source: &'a str,
    pub outlet: Option<&'a str>,
    pub title: Option<&'a str>,
    pub date: Option<String>,
    pub byline: Option<&'a str>,
    pub url: Option<&'a str>,
    pub format: Format,
    pub title_origin: Option<TitleOrigin>,
    pub words: usize,
    pub text: &'a str,
    pub zones: &'a [Zone],
    pub paragraphs: Vec<SpanExport>,
    pub passages: Vec<PassageExport>,
    pub mentions: Vec<MentionExport>,
}

#[derive(Debug, Serialize)]
pub struct SpanExport {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct PassageExport {
    pub id: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct MentionExport {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    pub entity: String,
}

#[derive(Debug, Serialize)]
pub struct EntityExport {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub aliases: Vec<String>,
    pub articles: Vec<String>,
    pub mentions: usize,
}

#[derive(Debug, Serialize)]
pub struct LinkExport {
    pub from: String,
    pub to: String,
    pub score: f64,
    pub differences: Vec<DifferenceExport>,
}

#[derive(Debug, Serialize)]
pub struct DifferenceExport {
    pub kind: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Serialize)]
pub struct FactExport {
    pub id: String,
    pub passages: Vec<String>,
}

fn export_article(article: &Article) -> ArticleExport<'_> {
    ArticleExport {
        id: &article.id,
        source: &article.source,
        outlet: article.outlet.as_deref(),
        title: article.title.as_deref(),
        date: article.date.map(|date| date.format("%Y-%m-%d").to_string()),
        byline: article.byline.as_deref(),
        url: article.url.as_deref(),
        format: article.format,
        title_origin: article.title_origin,
        words: article.body_words(),
        text: &article.text,
        zones: &article.zones,
        paragraphs: article.paragraphs.iter().map(|span| SpanExport { start: span.start, end: span.end }).collect(),
        passages: article
            .passages
            .iter()
            .enumerate()
            .map(|(index, span)| PassageExport { id: article.passage_id(index), start: span.start, end: span.end })
            .collect(),
        mentions: Vec::new(),
    }
}

/// The analysis document of a corpus.
pub fn analysis_document(corpus: &Corpus) -> AnalysisDocument<'_> {
    AnalysisDocument {
        version: VERSION,
        articles: corpus.articles.iter().map(export_article).collect(),
        entities: Vec::new(),
        links: Vec::new(),
        facts: Vec::new(),
        problems: &corpus.problems,
    }
}

/// The analysis document as pretty-printed JSON.
pub fn to_json(corpus: &Corpus) -> String {
    serde_json::to_string_pretty(&analysis_document(corpus)).unwrap_or_else(|error| {
        // Serializing plain structs of strings and numbers cannot fail; report rather than panic.
        format!("{{\"version\":{VERSION},\"error\":{:?}}}", error.to_string())
    })
}
