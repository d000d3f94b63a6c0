//! The reader's state: the analysed story and where the user is in it. Data and selection only; the
//! geometry it needs (the article pane's size) is told to it by the event loop.

use super::layout::{ArticleLayout, layout_article};
use crate::core::analysis::Analysis;
use crate::core::article::{Article, Span};
use crate::core::links::explain::Explainer;
use crate::core::links::{Link, PassageRef};

/// A pane of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Sources,
    Article,
    Entities,
    Related,
}

/// Left-to-right order of the panes (focus_left/focus_right walk it).
pub const PANE_ORDER: [Pane; 4] = [Pane::Sources, Pane::Article, Pane::Entities, Pane::Related];

/// A full-screen view over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Compare,
    FactMap,
}

/// Which panes are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub sources: bool,
    pub entities: bool,
    pub related: bool,
}

/// How the article is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewSettings {
    /// Widest text line in columns (0: the pane's width).
    pub max_text_width: u16,
    pub gutter: bool,
    pub hide_boilerplate: bool,
}

impl Default for ViewSettings {
    fn default() -> Self {
        ViewSettings { max_text_width: 100, gutter: true, hide_boilerplate: false }
    }
}

/// A place in the story's text: an article and a byte range of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextHit {
    pub article: usize,
    pub span: Span,
}

/// What `n`/`N` walk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Walk {
    #[default]
    None,
    /// Hits of a search, across all articles.
    Search { query: String, hits: Vec<TextHit>, current: usize },
    /// Mentions of an entity, across all articles.
    Entity { entity: usize, hits: Vec<TextHit>, current: usize },
}

/// The reader's whole state.
#[derive(Debug, Clone)]
pub struct AppState {
    pub analysis: Analysis,
    pub settings: ViewSettings,
    pub panes: Panes,
    pub focus: Pane,
    pub overlay: Option<Overlay>,
    /// The article shown and the passage under the cursor.
    pub article: usize,
    pub passage: usize,
    /// First line of the article shown.
    pub scroll: usize,
    pub source_row: usize,
    pub entity_row: usize,
    pub related_row: usize,
    pub fact_row: usize,
    /// First line of the help screen shown (it scrolls when the terminal is short).
    pub help_scroll: usize,
    /// Entities in sidebar order (grouped by type, most mentioned first).
    pub entity_order: Vec<usize>,
    /// Where `]`, `[` and jumps came from, for `back`.
    pub history: Vec<PassageRef>,
    pub walk: Walk,
    /// The search being typed, if any.
    pub search_input: Option<String>,
    /// The article pane's text area (columns, rows), as last laid out.
    pub viewport: (u16, u16),
    /// A one-line note for the status bar.
    pub message: Option<String>,
    pub quit: bool,
}

impl AppState {
    pub fn new(analysis: Analysis, settings: ViewSettings, panes: Panes) -> Self {
        let mut entity_order: Vec<usize> = (0..analysis.entities.entities.len()).collect();
        let entities = &analysis.entities.entities;
        entity_order.sort_by(|&a, &b| {
            let (x, y) = (&entities[a], &entities[b]);
            (x.kind as u8, std::cmp::Reverse(x.mentions), &x.name).cmp(&(
                y.kind as u8,
                std::cmp::Reverse(y.mentions),
                &y.name,
            ))
        });
        let first_passage = first_body_passage(analysis.corpus.articles.first());
        AppState {
            analysis,
            settings,
            panes,
            focus: Pane::Article,
            overlay: None,
            article: 0,
            passage: first_passage,
            scroll: 0,
            source_row: 0,
            entity_row: 0,
            related_row: 0,
            fact_row: 0,
            help_scroll: 0,
            entity_order,
            history: Vec::new(),
            walk: Walk::None,
            search_input: None,
            viewport: (80, 20),
            message: None,
            quit: false,
        }
    }

    pub fn articles(&self) -> &[Article] {
        &self.analysis.corpus.articles
    }

    pub fn current_article(&self) -> Option<&Article> {
        self.articles().get(self.article)
    }

    pub fn cursor(&self) -> PassageRef {
        PassageRef { article: self.article, passage: self.passage }
    }

    /// The text width the article is wrapped to, given the pane and the settings.
    pub fn text_width(&self) -> u16 {
        let gutter = if self.settings.gutter { 3 } else { 1 };
        let room = self.viewport.0.saturating_sub(gutter + 1).max(1);
        match self.settings.max_text_width {
            0 => room,
            max => room.min(max),
        }
    }

    /// The current article laid out for the current viewport.
    pub fn layout(&self) -> ArticleLayout {
        self.current_article()
            .map(|article| layout_article(article, self.text_width(), self.settings.hide_boilerplate))
            .unwrap_or_default()
    }

    /// Explains the story's links (the terms two passages share).
    pub fn explainer(&self) -> &Explainer {
        &self.analysis.links.explainer
    }

    /// The links of the passage under the cursor, in story order of the other end.
    pub fn related(&self) -> Vec<&Link> {
        let cursor = self.cursor();
        let mut links: Vec<&Link> = self.analysis.links.links_of(cursor).collect();
        links.sort_by_key(|link| link.other(cursor));
        links
    }

    /// How many other sources report the passage.
    pub fn other_sources(&self, passage: PassageRef) -> usize {
        let mut articles: Vec<usize> =
            self.analysis.links.links_of(passage).map(|link| link.other(passage).article).collect();
        articles.sort_unstable();
        articles.dedup();
        articles.len()
    }

    /// The text of a passage.
    pub fn passage_text(&self, passage: PassageRef) -> &str {
        self.articles()
            .get(passage.article)
            .and_then(|article| article.passages.get(passage.passage).map(|span| span.of(&article.text)))
            .unwrap_or("")
    }

    /// Is the pane on screen (as far as the user's toggles go)?
    pub fn shows(&self, pane: Pane) -> bool {
        match pane {
            Pane::Sources => self.panes.sources,
            Pane::Article => true,
            Pane::Entities => self.panes.entities,
            Pane::Related => self.panes.related,
        }
    }
}

/// The first passage of an article's body (past the headline), or 0.
pub fn first_body_passage(article: Option<&Article>) -> usize {
    let Some(article) = article else { return 0 };
    article
        .passages
        .iter()
        .position(|span| article.zone_at(span.start) == Some(crate::core::article::ZoneKind::Body))
        .unwrap_or(0)
}
