//! The reader's event loop: synchronous, generic over the ratatui `Backend`, drawing once at start and
//! then only after an event (no tick, so nothing is redrawn while idle). Keys go through the keymap to
//! [`update`]; the search prompt takes typed text; mouse clicks focus and select, the wheel scrolls.

pub mod keys;
pub mod terminal;

use crate::app::layout::ArticleLayout;
use crate::app::{AppState, Pane, SearchInput, keep_cursor_visible, search_input, update};
use crate::config::keymap::{KeyOutcome, Keymap, PendingKeys};
use crate::config::theme::Theme;
use crate::ui::panes::{EntityRow, SOURCE_ROWS, entity_rows};
use crate::ui::{Bindings, areas, article_viewport, draw, visible_offset};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;
use ratatui::{Terminal, backend::Backend};

/// The reader: its state, and how it reads keys and draws.
pub struct Reader<'a> {
    pub state: AppState,
    keymap: &'a Keymap,
    theme: &'a Theme,
    bindings: Bindings,
    pending: PendingKeys,
    /// The current article laid out for the current pane, refreshed after every event (not every frame).
    layout: ArticleLayout,
    /// What `layout` was made for: article, text width, boilerplate hidden.
    layout_key: Option<(usize, u16, bool)>,
}

impl<'a> Reader<'a> {
    pub fn new(state: AppState, keymap: &'a Keymap, theme: &'a Theme) -> Self {
        let bindings = crate::app::Action::ALL.iter().map(|&action| (action, keymap.keys_for(action))).collect();
        Reader {
            state,
            keymap,
            theme,
            bindings,
            pending: PendingKeys::default(),
            layout: ArticleLayout::default(),
            layout_key: None,
        }
    }

    /// Tells the state the size of the screen it is drawn on.
    pub fn resize(&mut self, size: Rect) {
        let viewport = article_viewport(size, &self.state);
        if viewport != self.state.viewport {
            self.state.viewport = viewport;
            keep_cursor_visible(&mut self.state);
        }
        // Lay the article out again only when what it depends on changed.
        let key = (self.state.article, self.state.text_width(), self.state.settings.hide_boilerplate);
        if self.layout_key != Some(key) {
            self.layout = self.state.layout();
            self.layout_key = Some(key);
        }
    }

    /// Applies one terminal event to the state.
    pub fn handle(&mut self, event: &Event, size: Rect) {
        self.resize(size);
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(key),
            Event::Mouse(mouse) => self.mouse(mouse, size),
            _ => {}
        }
        // A pane shown or hidden changes the article's width.
        self.resize(size);
    }

    fn key(&mut self, key: &KeyEvent) {
        if self.state.search_input.is_some() {
            let input = match key.code {
                KeyCode::Char(c) => SearchInput::Char(c),
                KeyCode::Backspace => SearchInput::Backspace,
                KeyCode::Enter => SearchInput::Submit,
                KeyCode::Esc => SearchInput::Cancel,
                _ => return,
            };
            search_input(&mut self.state, input);
            return;
        }
        match self.keymap.feed(&mut self.pending, key) {
            KeyOutcome::Action(action) => update(&mut self.state, action),
            KeyOutcome::Pending => self.state.message = Some(format!("{} …", self.pending)),
            KeyOutcome::Unbound => self.state.message = None,
        }
    }

    fn mouse(&mut self, mouse: &MouseEvent, size: Rect) {
        let layout = areas(size, &self.state);
        let Some(pane) = layout.pane_at(mouse.column, mouse.row) else { return };
        let Some(area) = layout.of(pane) else { return };
        let state = &mut self.state;
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let previous = state.focus;
                state.focus = pane;
                let action = if mouse.kind == MouseEventKind::ScrollDown {
                    crate::app::Action::NextPassage
                } else {
                    crate::app::Action::PrevPassage
                };
                update(state, action);
                state.focus = previous;
            }
            MouseEventKind::Down(MouseButton::Left) if state.overlay.is_none() => {
                state.focus = pane;
                let row = usize::from(mouse.row.saturating_sub(area.y + 1));
                let height = usize::from(area.height.saturating_sub(2));
                match pane {
                    Pane::Sources => {
                        let per_page = (height / SOURCE_ROWS).max(1);
                        let index = visible_offset(state.source_row, per_page) + row / SOURCE_ROWS;
                        if index < state.articles().len() {
                            state.source_row = index;
                            update(state, crate::app::Action::Open);
                        }
                    }
                    Pane::Article => {
                        if let Some(passage) = self.layout.passage_at_line(state.scroll + row) {
                            state.passage = passage;
                        }
                    }
                    Pane::Entities => {
                        let rows = entity_rows(state);
                        let selected = rows
                            .iter()
                            .position(
                                |r| matches!(r, EntityRow::Entity { position, .. } if *position == state.entity_row),
                            )
                            .unwrap_or(0);
                        let index = visible_offset(selected, height.max(1)) + row;
                        if let Some(EntityRow::Entity { position, .. }) = rows.get(index) {
                            state.entity_row = *position;
                        }
                    }
                    Pane::Related => {}
                }
            }
            _ => {}
        }
    }

    /// Draws the current state.
    pub fn draw(&self, frame: &mut ratatui::Frame) {
        draw(frame, &self.state, &self.layout, self.theme, &self.bindings);
    }
}

/// Runs the reader until the user quits: draws, then waits for the next event, applies it and draws again.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    reader: &mut Reader<'_>,
    mut next_event: impl FnMut() -> std::io::Result<Event>,
) -> Result<(), Box<dyn std::error::Error>>
where
    B::Error: 'static,
{
    let size = terminal.size()?;
    reader.resize(Rect::new(0, 0, size.width, size.height));
    terminal.draw(|frame| reader.draw(frame))?;
    while !reader.state.quit {
        let event = next_event()?;
        let size = terminal.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        if let Event::Resize(width, height) = event {
            terminal.resize(Rect::new(0, 0, width, height))?;
        }
        reader.handle(&event, area);
        if !reader.state.quit {
            terminal.draw(|frame| reader.draw(frame))?;
        }
    }
    Ok(())
}

/// Renders, without a terminal, exactly the screen the reader shows after `keys` at `width` × `height`.
pub fn render_headless(reader: &mut Reader<'_>, width: u16, height: u16, keys: &[KeyEvent]) -> ratatui::buffer::Buffer {
    let area = Rect::new(0, 0, width, height);
    reader.resize(area);
    for key in keys {
        reader.handle(&Event::Key(*key), area);
    }
    let mut terminal = match Terminal::new(ratatui::backend::TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    };
    // Drawing on a TestBackend cannot fail.
    let _ = terminal.draw(|frame| reader.draw(frame));
    terminal.backend().buffer().clone()
}
