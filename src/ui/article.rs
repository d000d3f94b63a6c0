//! The article pane: the current article wrapped to the pane, entities coloured by type, chrome dimmed,
//! the cursor passage marked, a gutter counting the other sources that report each passage, the details
//! that differ from those sources highlighted, and a scrollbar.

use super::highlight::{Marks, segments};
use super::pane_block;
use crate::app::layout::ArticleLayout;
use crate::app::state::Walk;
use crate::app::{AppState, Pane};
use crate::config::theme::{Element, Theme};
use crate::core::article::{Span, ZoneKind};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

/// Where the differing details of the cursor passage sit in its text.
fn difference_spans(state: &AppState) -> Vec<Span> {
    let cursor = state.cursor();
    let Some(article) = state.current_article() else { return Vec::new() };
    let Some(passage) = article.passages.get(state.passage) else { return Vec::new() };
    let text = passage.of(&article.text);
    let mut spans = Vec::new();
    for link in state.related() {
        for difference in &link.differences {
            let (own, _) = link.sides(difference, cursor);
            if let Some(at) = text.find(own) {
                spans.push(Span::new(passage.start + at, passage.start + at + own.len()));
            }
        }
    }
    spans
}

/// Search hits in the current article.
fn hit_spans(state: &AppState) -> Vec<Span> {
    match &state.walk {
        Walk::Search { hits, .. } | Walk::Entity { hits, .. } => {
            hits.iter().filter(|hit| hit.article == state.article).map(|hit| hit.span).collect()
        }
        Walk::None => Vec::new(),
    }
}

fn zone_element(zone: ZoneKind) -> Element {
    match zone {
        ZoneKind::Title => Element::Title,
        ZoneKind::Byline => Element::Byline,
        ZoneKind::Boilerplate => Element::Boilerplate,
        ZoneKind::Dateline => Element::Dim,
        ZoneKind::Body => Element::Pane,
    }
}

/// The pane's title: outlet, date and position.
fn title(state: &AppState) -> String {
    let Some(article) = state.current_article() else { return " no article ".to_owned() };
    let date = article.date.map(|d| format!(" · {}", d.format("%Y-%m-%d"))).unwrap_or_default();
    format!(
        " {}{date} · {}/{} ",
        article.source_name(),
        (state.passage + 1).min(article.passages.len()),
        article.passages.len()
    )
}

/// Draws the pane; `layout` is the current article laid out for this pane (see [`AppState::layout`]).
pub fn render(frame: &mut Frame, area: Rect, state: &AppState, layout: &ArticleLayout, theme: &Theme) {
    let block = pane_block(title(state), state.focus == Pane::Article, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(article) = state.current_article() else { return };
    let no_mentions = Vec::new();
    let mentions = state.analysis.entities.mentions.get(state.article).unwrap_or(&no_mentions);
    let differences = difference_spans(state);
    let hits = hit_spans(state);
    let cursor_span = article.passages.get(state.passage).copied();
    let marks = Marks { mentions, cursor: cursor_span, differences: &differences, hits: &hits };
    let cursor_lines = layout.passage_lines.get(state.passage).copied();
    let first_lines: Vec<(usize, usize)> =
        layout.passage_lines.iter().enumerate().map(|(passage, &(first, _))| (first, passage)).collect();

    let height = usize::from(inner.height);
    let mut lines = Vec::with_capacity(height);
    for (index, line) in layout.lines.iter().enumerate().skip(state.scroll).take(height) {
        let mut spans = Vec::new();
        if state.settings.gutter {
            let linked = first_lines
                .iter()
                .find(|&&(first, _)| first == index)
                .map(|&(_, passage)| {
                    state.other_sources(crate::core::links::PassageRef { article: state.article, passage })
                })
                .filter(|&count| count > 0);
            match linked {
                Some(count) => spans.push(TextSpan::styled(format!("{count:>2}"), theme.style(Element::GutterLinked))),
                None => spans.push(TextSpan::styled("  ", theme.style(Element::Gutter))),
            }
        }
        let on_cursor = cursor_lines.is_some_and(|(first, last)| first <= index && index <= last);
        spans.push(if on_cursor {
            TextSpan::styled("▌", theme.style(Element::PassageCursor))
        } else {
            TextSpan::styled(" ", theme.style(Element::Gutter))
        });
        let base = theme.style(zone_element(line.zone));
        for segment in segments(line, &marks) {
            let mut style = base;
            if let Some(kind) = segment.entity {
                style = style.patch(theme.style(Element::for_entity(kind)));
            }
            if segment.cursor {
                style = style.patch(theme.style(Element::PassageCursor));
            }
            if segment.difference {
                style = style.patch(theme.style(Element::Difference));
            }
            if segment.hit {
                style = style.patch(theme.style(Element::SearchHit));
            }
            spans.push(TextSpan::styled(&article.text[segment.start..segment.end], style));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines).style(theme.style(Element::Pane)), inner);
    if layout.lines.len() > height && area.height > 2 {
        let mut scrollbar = ScrollbarState::new(layout.lines.len().saturating_sub(height)).position(state.scroll);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight).begin_symbol(None).end_symbol(None),
            area.inner(Margin { vertical: 1, horizontal: 0 }),
            &mut scrollbar,
        );
    }
}
