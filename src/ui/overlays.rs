//! Full-screen views over the panes: the help screen (from the Action docs and the live bindings), the
//! compare view (the passage and its counterparts side by side, differing words marked) and the fact map
//! (facts × sources, with what each source adds and omits).

use super::panes::fit;
use super::{Bindings, pane_block};
use crate::app::{Action, AppState};
use crate::config::theme::{Element, Theme};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use std::collections::HashSet;
use unicode_width::UnicodeWidthStr;

/// A rectangle of at most `width` × `height` centred in `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}

/// The help screen: every action's keys and doc line, as wide as the docs need (wrapped when the
/// terminal is narrower), scrolled by `state.help_scroll` when it is taller than the terminal.
pub fn render_help(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme, bindings: &Bindings) {
    let key_width = 16;
    let longest_doc = Action::ALL.iter().map(|action| action.doc().width()).max().unwrap_or(0);
    let popup_width = (key_width + 2 + longest_doc + 3).min(usize::from(u16::MAX)) as u16;
    let doc_width = usize::from(popup_width.min(area.width)).saturating_sub(key_width + 4).max(8);
    let key_style = theme.style(Element::StatusKey);
    let mut lines: Vec<Line> = Vec::new();
    for &action in Action::ALL.iter() {
        let keys = super::keys_of(bindings, action);
        for (index, part) in textwrap::wrap(action.doc(), doc_width).into_iter().enumerate() {
            let key_cell = if index == 0 { fit(&keys, key_width) } else { String::new() };
            lines.push(Line::from(vec![
                Span::styled(format!(" {key_cell:key_width$} "), key_style),
                Span::styled(part.into_owned(), theme.style(Element::Help)),
            ]));
        }
    }
    let popup = centered(area, popup_width, lines.len() as u16 + 2);
    let hidden = (lines.len() + 2).saturating_sub(usize::from(popup.height));
    let title = if hidden > 0 { " Keys — j/k scroll · esc closes " } else { " Keys — esc closes " };
    frame.render_widget(Clear, popup);
    let block = pane_block(title.to_owned(), true, theme);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let offset = state.help_scroll.min(hidden) as u16;
    frame.render_widget(Paragraph::new(lines).style(theme.style(Element::Help)).scroll((offset, 0)), inner);
}

/// Lower-cased words of a text, for word-level comparison.
fn word_set(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '.' && c != '$' && c != '%')
        .map(|w| w.trim_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A passage's text as spans, the words missing from `others` marked as differences.
fn marked<'a>(text: &'a str, others: &HashSet<String>, theme: &Theme) -> Line<'a> {
    let mut spans = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(word_end);
        let space_end = tail.find(|c: char| !c.is_whitespace()).unwrap_or(tail.len());
        let key = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '%').to_lowercase();
        let style = if !key.is_empty() && !others.contains(&key) {
            theme.style(Element::Difference)
        } else {
            theme.style(Element::Pane)
        };
        spans.push(Span::styled(word, style));
        spans.push(Span::styled(" ", theme.style(Element::Pane)));
        rest = &tail[space_end..];
    }
    Line::from(spans)
}

pub fn render_compare(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    frame.render_widget(Clear, area);
    let cursor = state.cursor();
    let related = state.related();
    let own_text = state.passage_text(cursor);
    let others: Vec<(String, &str, f64)> = related
        .iter()
        .map(|link| {
            let other = link.other(cursor);
            (state.articles()[other.article].source_name().to_owned(), state.passage_text(other), link.score)
        })
        .collect();
    let all_others: HashSet<String> = others.iter().flat_map(|(_, text, _)| word_set(text)).collect();
    let own_words = word_set(own_text);
    let side_by_side = area.width >= 100;
    let [left, right] = if side_by_side {
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(35), Constraint::Percentage(65)]).areas(area)
    };
    let name = state.current_article().map_or("", |a| a.source_name());
    let block = pane_block(format!(" {name} — this passage "), true, theme);
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let mut own = vec![marked(own_text, &all_others, theme), Line::default()];
    own.push(Line::styled("Marked: words no other source uses here.", theme.style(Element::Dim)));
    frame.render_widget(Paragraph::new(own).wrap(Wrap { trim: true }), inner);

    // A source that states the fact twice shows both passages, so passages and sources may differ.
    let sources = state.other_sources(cursor);
    let heading = if sources == others.len() {
        format!(" {sources} other sources — c or esc closes ")
    } else {
        format!(" {} passages in {sources} other sources — c or esc closes ", others.len())
    };
    let block = pane_block(heading, false, theme);
    let inner = block.inner(right);
    frame.render_widget(block, right);
    let mut lines = Vec::new();
    for ((outlet, text, score), link) in others.iter().zip(&related) {
        lines.push(Line::from(vec![
            Span::styled(outlet.clone(), theme.style(Element::PaneTitle)),
            Span::styled(format!("  {score:.2}"), theme.style(Element::Dim)),
        ]));
        lines.push(marked(text, &own_words, theme));
        for difference in &link.differences {
            let (mine, theirs) = link.sides(difference, cursor);
            lines.push(Line::from(vec![
                Span::styled(format!("≠ {}: ", difference.kind.label()), theme.style(Element::Dim)),
                Span::styled(theirs, theme.style(Element::Difference)),
                Span::styled(format!(" (here: {mine})"), theme.style(Element::Dim)),
            ]));
        }
        lines.push(Line::default());
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// A short tag for a source in the fact map's header ("The Pacific Ledger" → "TPL").
fn tag(name: &str) -> String {
    let initials: String = name.split_whitespace().filter_map(|w| w.chars().next()).collect();
    let tag = if initials.chars().count() >= 2 { initials } else { name.chars().take(3).collect() };
    tag.chars().take(3).collect::<String>().to_uppercase()
}

pub fn render_fact_map(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    frame.render_widget(Clear, area);
    let links = &state.analysis.links;
    let articles = state.articles();
    let block = pane_block(format!(" Fact map — {} facts · enter jumps · esc closes ", links.facts.len()), true, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let detail_height = (articles.len() as u16 + 2).min(inner.height / 2);
    let [table, detail] = Layout::vertical([Constraint::Min(0), Constraint::Length(detail_height)]).areas(inner);

    let column = 4;
    let mut header = vec![Span::styled("     ", theme.style(Element::Dim))];
    header.extend(
        articles
            .iter()
            .map(|a| Span::styled(format!("{:<column$}", tag(a.source_name())), theme.style(Element::PaneTitle))),
    );
    let mut lines = vec![Line::from(header)];
    let rows = usize::from(table.height.saturating_sub(1)).max(1);
    let offset = super::visible_offset(state.fact_row, rows);
    let text_width = usize::from(table.width).saturating_sub(5 + column * articles.len() + 1);
    for (index, fact) in links.facts.iter().enumerate().skip(offset).take(rows) {
        let style = if index == state.fact_row { theme.style(Element::Selection) } else { theme.style(Element::Pane) };
        let mut spans = vec![Span::styled(format!("f{:<4}", index + 1), style)];
        for article in 0..articles.len() {
            let (mark, element) = match fact.passage_in(article) {
                Some(_) => ("●", Element::CoverageBar),
                None => ("·", Element::Dim),
            };
            spans.push(Span::styled(format!("{mark:<column$}"), style.patch(theme.style(element))));
        }
        let first = state.passage_text(fact.passages[0]).split_whitespace().collect::<Vec<_>>().join(" ");
        spans.push(Span::styled(fit(&first, text_width), style));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), table);

    let mut summary = vec![Line::styled("What each source adds and omits", theme.style(Element::PaneTitle))];
    for (article, facts) in articles.iter().zip(&links.articles) {
        let omits: Vec<String> = facts.omits.iter().map(|f| format!("f{}", f + 1)).collect();
        summary.push(Line::from(vec![
            Span::styled(format!("{:<5}", tag(article.source_name())), theme.style(Element::PaneTitle)),
            Span::styled(
                format!(
                    "{:>3.0}% of facts · {} of its own · omits {}",
                    facts.coverage * 100.0,
                    facts.added_passages(),
                    if omits.is_empty() { "none".to_owned() } else { omits.join(" ") }
                ),
                theme.style(Element::Pane),
            ),
        ]));
    }
    frame.render_widget(Paragraph::new(summary), detail);
}
