//! The article model shared by every part of the engine: an article's metadata, its sanitized text, and
//! the byte ranges (zones, paragraphs, passages) laid over that text.

use chrono::NaiveDate;
use serde::Serialize;

/// A byte range `start..end` into an article's text; both ends lie on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers in `text`.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// This span with white space trimmed off both ends.
    pub fn trimmed(self, text: &str) -> Self {
        let slice = self.of(text);
        let start = self.start + (slice.len() - slice.trim_start().len());
        let end = self.end - (slice.len() - slice.trim_end().len());
        Self::new(start, end.max(start))
    }
}

/// What a stretch of an article's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ZoneKind {
    /// The headline.
    Title,
    /// A date line ("Published Feb. 12, 2025") or wire dateline ("SEOUL (Wire) —").
    Dateline,
    /// The author's name, an agency sign-off, or an author bio.
    Byline,
    /// The story itself.
    Body,
    /// Site chrome: share buttons, advertisements, sign-ups, related links, notices.
    Boilerplate,
}

/// A zone: a kind laid over a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Zone {
    pub kind: ZoneKind,
    #[serde(flatten)]
    pub span: Span,
}

/// The shape a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
}

/// Where an article's title came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TitleOrigin {
    /// Document metadata (front matter, HTML, JSON) or sources.tsv.
    Metadata,
    /// A headline line in the text.
    Headline,
    /// No headline: the lead sentence stands in for one.
    Lead,
}

/// One loaded article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// Stable id: the file name without extension (made unique within a story).
    pub id: String,
    /// The path or name it was loaded from.
    pub source: String,
    pub format: Format,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub title_origin: Option<TitleOrigin>,
    pub date: Option<NaiveDate>,
    /// The month and day of a dateline written without its year, kept so that the story's other
    /// articles can tell the year when nothing else dates this one.
    #[serde(skip)]
    pub day_without_year: Option<(u32, u32)>,
    pub byline: Option<String>,
    pub url: Option<String>,
    /// The text as loaded: sanitized, line endings normalized. All ranges index into it.
    pub text: String,
    /// Zones in text order; they do not overlap. White space between them belongs to none.
    pub zones: Vec<Zone>,
    /// Paragraphs of the body zones, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences of the title and body zones, in order: the reading units that links connect.
    pub passages: Vec<Span>,
    /// Offsets where two words were glued together without a space ("ChinaiPhone").
    pub glue: Vec<usize>,
}

impl Article {
    /// The id of passage `index` in the analysis export (`"<article id>#<index>"`).
    pub fn passage_id(&self, index: usize) -> String {
        format!("{}#{index}", self.id)
    }

    /// The zone kind at a byte offset, if any zone covers it.
    /// The name to show for the article's source: its outlet, or its id when the outlet is unknown.
    pub fn source_name(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.id)
    }

    pub fn zone_at(&self, offset: usize) -> Option<ZoneKind> {
        let index = self.zones.partition_point(|zone| zone.span.end <= offset);
        self.zones.get(index).filter(|zone| zone.span.contains(offset)).map(|zone| zone.kind)
    }

    /// The number of words in the body zones.
    pub fn body_words(&self) -> usize {
        self.zones
            .iter()
            .filter(|zone| zone.kind == ZoneKind::Body)
            .map(|zone| zone.span.of(&self.text).split_whitespace().count())
            .sum()
    }
}

/// Something wrong with one input: the file it concerns and what is wrong, in words a user understands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub source: String,
    pub message: String,
}

impl Problem {
    pub fn new(source: impl Into<String>, message: impl Into<String>) -> Self {
        Self { source: source.into(), message: message.into() }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

/// A set of articles on one story, with the problems met while loading them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}
