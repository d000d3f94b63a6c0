//! The side panes: the source list (outlet, date, title, coverage bar), the entity sidebar (grouped by
//! type, with counts and the sources naming each) and the related passages of the cursor's passage.

use super::{pane_block, visible_offset};
use crate::app::{AppState, Pane};
use crate::config::theme::{Element, Theme};
use crate::core::entities::EntityType;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// Cuts `text` to `width` columns, with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Rows of the source list per source.
pub const SOURCE_ROWS: usize = 2;

pub fn render_sources(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let block = pane_block(format!(" Sources {} ", state.articles().len()), state.focus == Pane::Sources, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let per_page = (usize::from(inner.height) / SOURCE_ROWS).max(1);
    let offset = visible_offset(state.source_row, per_page);
    let mut lines = Vec::new();
    for (index, article) in state.articles().iter().enumerate().skip(offset).take(per_page) {
        let selected = index == state.source_row && state.focus == Pane::Sources;
        let row_style = if selected { theme.style(Element::Selection) } else { theme.style(Element::Pane) };
        let mark = if index == state.article { "▶ " } else { "  " };
        let date = article.date.map(|d| d.format(" %m-%d").to_string()).unwrap_or_default();
        let name = fit(article.source_name(), width.saturating_sub(2 + date.len()));
        let pad = width.saturating_sub(2 + name.width() + date.len());
        lines.push(Line::from(vec![
            Span::styled(mark, row_style.patch(theme.style(Element::PaneTitle))),
            Span::styled(name, row_style.patch(Style::new().add_modifier(ratatui::style::Modifier::BOLD))),
            Span::styled(" ".repeat(pad), row_style),
            Span::styled(date, row_style.patch(theme.style(Element::Dim))),
        ]));
        let coverage = state.analysis.links.articles.get(index).map_or(0.0, |a| a.coverage);
        let bar_width = 6usize;
        let filled = ((coverage * bar_width as f64).round() as usize).min(bar_width);
        let title = article.title.as_deref().unwrap_or(&article.id);
        let title = fit(title, width.saturating_sub(bar_width + 4));
        lines.push(Line::from(vec![
            Span::styled("  ", row_style),
            Span::styled("█".repeat(filled), theme.style(Element::CoverageBar)),
            Span::styled("░".repeat(bar_width - filled), theme.style(Element::Dim)),
            Span::styled(" ", row_style),
            Span::styled(title, row_style.patch(theme.style(Element::Dim))),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).style(theme.style(Element::Pane)), inner);
}

/// A row of the entity sidebar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRow {
    Heading(EntityType),
    Entity { position: usize, entity: usize },
}

/// The sidebar's rows: a heading before each type, then its entities.
pub fn entity_rows(state: &AppState) -> Vec<EntityRow> {
    let mut rows = Vec::new();
    let mut last = None;
    for (position, &entity) in state.entity_order.iter().enumerate() {
        let kind = state.analysis.entities.entities[entity].kind;
        if last != Some(kind) {
            rows.push(EntityRow::Heading(kind));
            last = Some(kind);
        }
        rows.push(EntityRow::Entity { position, entity });
    }
    rows
}

fn heading(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PEOPLE",
        EntityType::Org => "ORGANIZATIONS",
        EntityType::Place => "PLACES",
        EntityType::Product => "PRODUCTS",
        EntityType::Event => "EVENTS",
        EntityType::Money => "MONEY",
        EntityType::Percent => "PERCENTAGES",
        EntityType::Date => "DATES",
    }
}

pub fn render_entities(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let count = state.entity_order.len();
    let block = pane_block(format!(" Entities {count} "), state.focus == Pane::Entities, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = entity_rows(state);
    let selected_row = rows
        .iter()
        .position(|row| matches!(row, EntityRow::Entity { position, .. } if *position == state.entity_row))
        .unwrap_or(0);
    let height = usize::from(inner.height).max(1);
    let offset = visible_offset(selected_row, height);
    let width = usize::from(inner.width);
    let sources = state.articles().len();
    let mut lines = Vec::new();
    for (index, row) in rows.iter().enumerate().skip(offset).take(height) {
        match *row {
            EntityRow::Heading(kind) => lines.push(Line::styled(
                heading(kind),
                theme.style(Element::for_entity(kind)).patch(theme.style(Element::PaneTitle)),
            )),
            EntityRow::Entity { entity, .. } => {
                let item = &state.analysis.entities.entities[entity];
                let selected = index == selected_row && state.focus == Pane::Entities;
                let style = if selected { theme.style(Element::Selection) } else { theme.style(Element::Pane) };
                let dots: String =
                    (0..sources.min(12)).map(|a| if item.articles.contains(&a) { '●' } else { '·' }).collect();
                let count = format!(" {:>3}", item.mentions);
                let room = width.saturating_sub(dots.chars().count() + count.len() + 2);
                let name = fit(&item.name, room);
                let pad = room.saturating_sub(name.width());
                lines.push(Line::from(vec![
                    Span::styled(" ", style),
                    Span::styled(name, style.patch(theme.style(Element::for_entity(item.kind)))),
                    Span::styled(" ".repeat(pad), style),
                    Span::styled(count, style.patch(theme.style(Element::Dim))),
                    Span::styled(" ", style),
                    Span::styled(dots, style.patch(theme.style(Element::Dim))),
                ]));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines).style(theme.style(Element::Pane)), inner);
}

pub fn render_related(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let related = state.related();
    let block = pane_block(format!(" Related {} ", related.len()), state.focus == Pane::Related, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cursor = state.cursor();
    let mut lines = Vec::new();
    if related.is_empty() {
        lines.push(Line::styled("No other source reports this passage.", theme.style(Element::Dim)));
    }
    let width = usize::from(inner.width);
    // With the focus here, the list starts at the selected link so it is always in view.
    let first = if state.focus == Pane::Related { state.related_row } else { 0 };
    for (index, link) in related.iter().enumerate().skip(first) {
        let other = link.other(cursor);
        let selected = index == state.related_row && state.focus == Pane::Related;
        let style = if selected { theme.style(Element::Selection) } else { theme.style(Element::Pane) };
        let name = state.articles()[other.article].source_name();
        lines.push(Line::from(vec![
            Span::styled(fit(name, width.saturating_sub(6)), style.patch(theme.style(Element::PaneTitle))),
            Span::styled(format!(" {:.2}", link.score), style.patch(theme.style(Element::Dim))),
        ]));
        let text: String = state.passage_text(other).split_whitespace().collect::<Vec<_>>().join(" ");
        lines.push(Line::styled(text, style));
        for difference in &link.differences {
            let (own, theirs) = link.sides(difference, cursor);
            lines.push(Line::from(vec![
                Span::styled(format!("≠ {}: ", difference.kind.label()), theme.style(Element::Dim)),
                Span::styled(own, theme.style(Element::Difference)),
                Span::styled(" here, ", theme.style(Element::Dim)),
                Span::styled(theirs, theme.style(Element::Difference)),
                Span::styled(" there", theme.style(Element::Dim)),
            ]));
        }
        let shared = state.explainer().shared_from(cursor, other, state.articles());
        if !shared.is_empty() {
            lines.push(Line::styled(format!("shares {}", shared.join(" · ")), theme.style(Element::Dim)));
        }
        if let Some(third) = link.corroborated_by {
            let outlet = state.articles()[third.article].source_name();
            lines.push(Line::styled(format!("backed by {outlet}"), theme.style(Element::Dim)));
        }
        if let Some(through) = link.restates {
            let line = if through.article == cursor.article {
                format!("same fact, also stated here in passage {}", through.passage + 1)
            } else {
                let outlet = state.articles()[through.article].source_name();
                format!("same fact, also stated by {outlet} in passage {}", through.passage + 1)
            };
            lines.push(Line::styled(line, theme.style(Element::Dim)));
        }
        if let Some(matched) = link.matches_fact {
            // Always several outlets (at least `MATCHING_OUTLETS`).
            let outlets = matched.outlets;
            let line = if matched.passage == cursor {
                format!("same fact: this passage matches it as {outlets} outlets state it")
            } else {
                let outlet = state.articles()[matched.passage.article].source_name();
                format!("same fact: {outlet}'s passage matches it as {outlets} outlets state it")
            };
            lines.push(Line::styled(line, theme.style(Element::Dim)));
        }
        if link.both_in_lead {
            lines.push(Line::styled("both open their articles", theme.style(Element::Dim)));
        }
        lines.push(Line::default());
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).style(theme.style(Element::Pane)), inner);
}
