//! Drawing the reader: render-only widgets that borrow the [`AppState`] and the [`Theme`]; nothing here
//! changes state. [`areas`] is the layout, shared with the event loop (which tells the state its article
//! pane's size and maps mouse clicks to panes).

pub mod article;
pub mod highlight;
pub mod overlays;
pub mod panes;
pub mod svg;

use crate::app::layout::ArticleLayout;
use crate::app::{Action, AppState, Pane};
use crate::config::theme::{Element, Theme};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

/// The live key bindings, for the status bar and the help screen: each action with its keys.
pub type Bindings = Vec<(Action, Vec<String>)>;

/// Where each pane sits on screen (`None`: not shown at this size or by the user's toggles).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    pub sources: Option<Rect>,
    pub article: Rect,
    pub entities: Option<Rect>,
    pub related: Option<Rect>,
    pub status: Rect,
}

impl Areas {
    pub fn of(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Sources => self.sources,
            Pane::Article => Some(self.article),
            Pane::Entities => self.entities,
            Pane::Related => self.related,
        }
    }

    /// The pane under a screen position.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let position = ratatui::layout::Position { x: column, y: row };
        crate::app::state::PANE_ORDER.into_iter().find(|&pane| self.of(pane).is_some_and(|r| r.contains(position)))
    }
}

/// Lays the panes out for a screen of `size`. Wide screens show everything side by side; at 80 columns
/// the source list and the sidebar share the left column and related passages sit below the article.
pub fn areas(size: Rect, state: &AppState) -> Areas {
    let [main, status] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(size);
    let wide = main.width >= 130;
    let left_width = if wide { 30 } else { 24 };
    let right_width = if main.width >= 170 { 44 } else { 36 };
    let show_left = (state.panes.sources || state.panes.entities && !wide) && main.width >= 60;
    let show_right = wide && (state.panes.entities || state.panes.related);
    let [left, center, right] = Layout::horizontal([
        Constraint::Length(if show_left { left_width } else { 0 }),
        Constraint::Min(0),
        Constraint::Length(if show_right { right_width } else { 0 }),
    ])
    .areas(main);
    let mut result = Areas { status, article: center, ..Areas::default() };
    if show_left {
        // Narrow: the left column shows the sidebar instead of the sources when it has the focus or
        // when the sources are hidden.
        let entities_left = !wide && state.panes.entities && (!state.panes.sources || state.focus == Pane::Entities);
        if entities_left {
            result.entities = Some(left);
        } else {
            result.sources = Some(left);
        }
    }
    if show_right {
        if state.panes.entities && state.panes.related {
            let [top, bottom] = Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(right);
            result.entities = Some(top);
            result.related = Some(bottom);
        } else if state.panes.entities {
            result.entities = Some(right);
        } else {
            result.related = Some(right);
        }
    } else if state.panes.related && center.height >= 16 {
        let below = (center.height / 3).clamp(6, 12);
        let [article, related] = Layout::vertical([Constraint::Min(0), Constraint::Length(below)]).areas(center);
        result.article = article;
        result.related = Some(related);
    }
    result
}

/// The article pane's text area (inside its border) for a screen of `size`.
pub fn article_viewport(size: Rect, state: &AppState) -> (u16, u16) {
    let article = areas(size, state).article;
    (article.width.saturating_sub(2), article.height.saturating_sub(2))
}

/// A pane's frame, its border styled by focus.
pub fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let border = if focused { theme.style(Element::BorderFocused) } else { theme.style(Element::Border) };
    Block::new()
        .borders(Borders::ALL)
        .border_type(if focused { BorderType::Thick } else { BorderType::Rounded })
        .border_style(border)
        .title(Span::styled(title, theme.style(Element::PaneTitle)))
        .style(theme.style(Element::Pane))
}

/// The first row to show so that row `selected` is visible in `height` rows.
pub fn visible_offset(selected: usize, height: usize) -> usize {
    (selected + 1).saturating_sub(height.max(1))
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, state: &AppState, layout: &ArticleLayout, theme: &Theme, bindings: &Bindings) {
    let size = frame.area();
    if size.width < 20 || size.height < 5 {
        frame.render_widget(Paragraph::new("Parallax: terminal too small").style(theme.style(Element::Dim)), size);
        return;
    }
    let areas = areas(size, state);
    if let Some(area) = areas.sources {
        panes::render_sources(frame, area, state, theme);
    }
    article::render(frame, areas.article, state, layout, theme);
    if let Some(area) = areas.entities {
        panes::render_entities(frame, area, state, theme);
    }
    if let Some(area) = areas.related {
        panes::render_related(frame, area, state, theme);
    }
    let main = Rect { height: size.height.saturating_sub(1), ..size };
    match state.overlay {
        Some(crate::app::Overlay::Help) => overlays::render_help(frame, main, state, theme, bindings),
        Some(crate::app::Overlay::Compare) => overlays::render_compare(frame, main, state, theme),
        Some(crate::app::Overlay::FactMap) => overlays::render_fact_map(frame, main, state, theme),
        None => {}
    }
    render_status(frame, areas.status, state, theme, bindings);
}

/// The keys of an action, as shown in hints ("j/down").
pub fn keys_of(bindings: &Bindings, action: Action) -> String {
    bindings.iter().find(|(a, _)| *a == action).map(|(_, keys)| keys.join("/")).unwrap_or_default()
}

fn render_status(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme, bindings: &Bindings) {
    let bar = theme.style(Element::StatusBar);
    let key = theme.style(Element::StatusKey).patch(bar);
    let mut spans = Vec::new();
    if let Some(query) = &state.search_input {
        spans.push(Span::styled(format!("/{query}▏"), key));
        spans.push(Span::styled("  enter search · esc cancel", bar));
    } else {
        if let Some(message) = &state.message {
            spans.push(Span::styled(format!(" {message} "), key));
            spans.push(Span::styled("│", bar));
        }
        // After a jump, the way back comes first, with the keys the user actually bound.
        let back = (!state.history.is_empty()).then_some((Action::Back, "back"));
        let hints = back.into_iter().chain([
            (Action::NextPassage, "move"),
            (Action::NextRelated, "same fact"),
            (Action::Compare, "compare"),
            (Action::FactMap, "facts"),
            (Action::Search, "search"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ]);
        for (action, label) in hints {
            let keys = bindings.iter().find(|(a, _)| *a == action).and_then(|(_, k)| k.first().cloned());
            if let Some(first) = keys {
                spans.push(Span::styled(format!(" {first}"), key));
                spans.push(Span::styled(format!(" {label} "), bar));
            }
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(bar), area);
}
