//! `update`: applies one [`Action`] to the [`AppState`]. Pure — no terminal, no clock, no I/O — so every
//! key sequence can be tested by feeding actions and looking at the state.

use super::Action;
use super::state::{AppState, Overlay, PANE_ORDER, Pane, TextHit, Walk, first_body_passage};
use crate::core::article::Span;
use crate::core::links::PassageRef;

/// How the search prompt changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchInput {
    Char(char),
    Backspace,
    Submit,
    Cancel,
}

/// Applies `action` to `state`.
pub fn update(state: &mut AppState, action: Action) {
    state.message = None;
    if let Some(overlay) = state.overlay
        && overlay_action(state, overlay, action)
    {
        return;
    }
    match action {
        Action::NextPassage => step(state, 1),
        Action::PrevPassage => step(state, -1),
        Action::PageDown => page(state, 1.0),
        Action::PageUp => page(state, -1.0),
        Action::HalfPageDown => page(state, 0.5),
        Action::HalfPageUp => page(state, -0.5),
        Action::First => step(state, i64::MIN / 2),
        Action::Last => step(state, i64::MAX / 2),
        Action::FocusNext => cycle_focus(state, 1),
        Action::FocusPrev => cycle_focus(state, -1),
        Action::FocusLeft => move_focus(state, -1),
        Action::FocusRight => move_focus(state, 1),
        Action::Open => open(state),
        Action::NextRelated => jump_related(state, true),
        Action::PrevRelated => jump_related(state, false),
        Action::Back => back(state),
        Action::Compare => {
            if state.related().is_empty() {
                state.message = Some("No other source reports this passage.".to_owned());
            } else {
                state.overlay = Some(Overlay::Compare);
            }
        }
        Action::FactMap => state.overlay = Some(Overlay::FactMap),
        Action::Search => state.search_input = Some(String::new()),
        Action::NextMatch => walk(state, 1),
        Action::PrevMatch => walk(state, -1),
        Action::ToggleSources => toggle(state, Pane::Sources),
        Action::ToggleEntities => toggle(state, Pane::Entities),
        Action::ToggleRelated => toggle(state, Pane::Related),
        Action::Help => {
            state.help_scroll = 0;
            state.overlay = Some(Overlay::Help);
        }
        Action::Close => {
            state.walk = Walk::None;
        }
        Action::Quit => state.quit = true,
    }
    keep_cursor_visible(state);
}

/// Actions while an overlay is open; returns whether the action was used.
fn overlay_action(state: &mut AppState, overlay: Overlay, action: Action) -> bool {
    let facts = state.analysis.links.facts.len();
    match (overlay, action) {
        (_, Action::Quit) => state.quit = true,
        (_, Action::Close | Action::Back) => state.overlay = None,
        (Overlay::Help, Action::Help) | (Overlay::Compare, Action::Compare) | (Overlay::FactMap, Action::FactMap) => {
            state.overlay = None
        }
        // The help screen scrolls; its renderer keeps the offset within the text.
        (Overlay::Help, Action::NextPassage | Action::HalfPageDown | Action::PageDown) => {
            state.help_scroll = (state.help_scroll + 1).min(Action::ALL.len() * 2)
        }
        (Overlay::Help, Action::PrevPassage | Action::HalfPageUp | Action::PageUp) => {
            state.help_scroll = state.help_scroll.saturating_sub(1)
        }
        (Overlay::Help, Action::First) => state.help_scroll = 0,
        (Overlay::Help, Action::Last) => state.help_scroll = Action::ALL.len() * 2,
        (Overlay::FactMap, Action::NextPassage) => state.fact_row = (state.fact_row + 1).min(facts.saturating_sub(1)),
        (Overlay::FactMap, Action::PrevPassage) => state.fact_row = state.fact_row.saturating_sub(1),
        (Overlay::FactMap, Action::First) => state.fact_row = 0,
        (Overlay::FactMap, Action::Last) => state.fact_row = facts.saturating_sub(1),
        (Overlay::FactMap, Action::Open) => {
            let fact = state.analysis.links.facts.get(state.fact_row).cloned();
            if let Some(fact) = fact {
                let target = fact.passage_in(state.article).unwrap_or(fact.passages[0]);
                go_to(state, target, true);
                state.overlay = None;
                keep_cursor_visible(state);
            }
        }
        (Overlay::Compare, Action::NextRelated | Action::PrevRelated) => {
            state.overlay = None;
            return false;
        }
        // Everything else waits until the overlay is closed.
        _ => {}
    }
    true
}

/// Moves the cursor of the focused pane by `delta` rows (passages in the article).
fn step(state: &mut AppState, delta: i64) {
    let moved = |current: usize, count: usize| -> usize {
        if count == 0 {
            return 0;
        }
        (current as i64).saturating_add(delta).clamp(0, count as i64 - 1) as usize
    };
    match state.focus {
        Pane::Article => {
            let count = state.current_article().map_or(0, |a| a.passages.len());
            state.passage = moved(state.passage, count);
        }
        Pane::Sources => state.source_row = moved(state.source_row, state.articles().len()),
        Pane::Entities => state.entity_row = moved(state.entity_row, state.entity_order.len()),
        Pane::Related => state.related_row = moved(state.related_row, state.related().len()),
    }
}

/// Moves by a fraction of a page: in the article by lines (the cursor lands on the passage there).
fn page(state: &mut AppState, pages: f64) {
    let rows = (f64::from(state.viewport.1.max(2)) * pages.abs()).max(1.0) as i64;
    let delta = if pages < 0.0 { -rows } else { rows };
    if state.focus != Pane::Article {
        step(state, delta);
        return;
    }
    let layout = state.layout();
    let Some(&(first, _)) = layout.passage_lines.get(state.passage) else { return };
    let target = (first as i64 + delta).clamp(0, layout.lines.len().saturating_sub(1) as i64) as usize;
    state.scroll = (state.scroll as i64 + delta).max(0) as usize;
    if let Some(passage) = layout.passage_near_line(target) {
        state.passage = passage;
    }
}

fn visible_panes(state: &AppState) -> Vec<Pane> {
    PANE_ORDER.into_iter().filter(|&pane| state.shows(pane)).collect()
}

fn cycle_focus(state: &mut AppState, delta: isize) {
    let panes = visible_panes(state);
    let at = panes.iter().position(|&p| p == state.focus).unwrap_or(0) as isize;
    state.focus = panes[(at + delta).rem_euclid(panes.len() as isize) as usize];
}

fn move_focus(state: &mut AppState, delta: isize) {
    let panes = visible_panes(state);
    let at = panes.iter().position(|&p| p == state.focus).unwrap_or(0) as isize;
    state.focus = panes[(at + delta).clamp(0, panes.len() as isize - 1) as usize];
}

fn toggle(state: &mut AppState, pane: Pane) {
    let shown = match pane {
        Pane::Sources => &mut state.panes.sources,
        Pane::Entities => &mut state.panes.entities,
        Pane::Related => &mut state.panes.related,
        Pane::Article => return,
    };
    *shown = !*shown;
    if !*shown && state.focus == pane {
        state.focus = Pane::Article;
    }
}

/// Puts the cursor on `target`, remembering where it was when `remember`.
pub fn go_to(state: &mut AppState, target: PassageRef, remember: bool) {
    if remember && target != state.cursor() {
        state.history.push(state.cursor());
    }
    if target.article != state.article {
        state.scroll = 0;
    }
    state.article = target.article;
    state.passage = target.passage;
    state.source_row = target.article;
    state.related_row = 0;
}

fn open(state: &mut AppState) {
    match state.focus {
        Pane::Sources => {
            let article = state.source_row;
            let passage = first_body_passage(state.articles().get(article));
            go_to(state, PassageRef { article, passage }, true);
            state.focus = Pane::Article;
        }
        Pane::Entities => {
            if let Some(&entity) = state.entity_order.get(state.entity_row) {
                start_entity_walk(state, entity);
            }
        }
        Pane::Related => {
            let target = state.related().get(state.related_row).map(|link| link.other(state.cursor()));
            if let Some(target) = target {
                go_to(state, target, true);
                state.focus = Pane::Article;
            }
        }
        Pane::Article => {
            if !state.related().is_empty() {
                state.overlay = Some(Overlay::Compare);
            }
        }
    }
}

/// `]` / `[`: the next (previous) passage in another source reporting the same fact, in source order
/// after (before) the current article, wrapping around.
fn jump_related(state: &mut AppState, forward: bool) {
    let cursor = state.cursor();
    let mut targets: Vec<PassageRef> = state.related().iter().map(|link| link.other(cursor)).collect();
    if targets.is_empty() {
        state.message = Some("No other source reports this passage.".to_owned());
        return;
    }
    targets.sort();
    let target = if forward {
        targets.iter().find(|t| t.article > cursor.article).or(targets.first())
    } else {
        targets.iter().rev().find(|t| t.article < cursor.article).or(targets.last())
    };
    if let Some(&target) = target {
        go_to(state, target, true);
        let outlet = state.articles()[target.article].source_name().to_owned();
        state.message = Some(format!("Same fact in {outlet}"));
    }
}

fn back(state: &mut AppState) {
    match state.history.pop() {
        Some(previous) => go_to(state, previous, false),
        None => state.message = Some("Nothing to go back to.".to_owned()),
    }
}

/// The passage of `article` containing byte `offset`, or the nearest one before it.
fn passage_at(state: &AppState, article: usize, offset: usize) -> usize {
    state.articles()[article]
        .passages
        .partition_point(|span| span.end <= offset)
        .min(state.articles()[article].passages.len().saturating_sub(1))
}

fn start_entity_walk(state: &mut AppState, entity: usize) {
    let hits: Vec<TextHit> = state
        .analysis
        .entities
        .mentions
        .iter()
        .enumerate()
        .flat_map(|(article, mentions)| {
            mentions.iter().filter(|m| m.entity == entity).map(move |m| TextHit { article, span: m.span })
        })
        .collect();
    let name = state.analysis.entities.entities[entity].name.clone();
    state.message = Some(format!("{name}: {} mentions — n/N to walk them", hits.len()));
    state.walk = Walk::Entity { entity, hits, current: usize::MAX };
    walk(state, 1);
    state.focus = Pane::Article;
}

/// Runs a search over every article's text (case-insensitive) and goes to the first hit.
pub fn search(state: &mut AppState, query: &str) {
    let needle = query.to_lowercase();
    if needle.is_empty() {
        state.walk = Walk::None;
        return;
    }
    let mut hits = Vec::new();
    for (article, item) in state.articles().iter().enumerate() {
        let lower = item.text.to_lowercase();
        // Lower-casing can change byte lengths; only keep hits whose bytes line up with the original.
        if lower.len() != item.text.len() {
            continue;
        }
        hits.extend(
            lower
                .match_indices(&needle)
                .map(|(start, found)| TextHit { article, span: Span::new(start, start + found.len()) }),
        );
    }
    state.message = Some(if hits.is_empty() {
        format!("No match for “{query}”")
    } else {
        format!("“{query}”: {} matches — n/N to walk them", hits.len())
    });
    let found = !hits.is_empty();
    state.walk = Walk::Search { query: query.to_owned(), hits, current: usize::MAX };
    if found {
        walk(state, 1);
    }
}

/// `n` / `N`: the next (previous) search hit or entity mention, across articles.
fn walk(state: &mut AppState, delta: isize) {
    let (hits, current) = match &mut state.walk {
        Walk::Search { hits, current, .. } | Walk::Entity { hits, current, .. } => (hits, current),
        Walk::None => {
            state.message = Some("Nothing to walk: search with / or pick an entity.".to_owned());
            return;
        }
    };
    if hits.is_empty() {
        return;
    }
    let count = hits.len() as isize;
    let next = if *current == usize::MAX {
        if delta > 0 { 0 } else { count - 1 }
    } else {
        (*current as isize + delta).rem_euclid(count)
    };
    *current = next as usize;
    let hit = hits[next as usize];
    let total = hits.len();
    let passage = passage_at(state, hit.article, hit.span.start);
    go_to(state, PassageRef { article: hit.article, passage }, false);
    state.message = Some(format!("match {} of {total}", next + 1));
}

/// Edits the search prompt.
pub fn search_input(state: &mut AppState, input: SearchInput) {
    let Some(query) = state.search_input.as_mut() else { return };
    match input {
        SearchInput::Char(c) => query.push(c),
        SearchInput::Backspace => {
            query.pop();
        }
        SearchInput::Cancel => state.search_input = None,
        SearchInput::Submit => {
            let query = state.search_input.take().unwrap_or_default();
            search(state, &query);
            keep_cursor_visible(state);
        }
    }
}

/// Scrolls the article so the cursor's passage is on screen.
pub fn keep_cursor_visible(state: &mut AppState) {
    let layout = state.layout();
    let height = usize::from(state.viewport.1.max(1));
    let Some(&(first, last)) = layout.passage_lines.get(state.passage) else {
        state.scroll = 0;
        return;
    };
    if first < state.scroll {
        state.scroll = first.saturating_sub(1);
    } else if last >= state.scroll + height {
        state.scroll = (last + 2).saturating_sub(height).min(first);
    }
    state.scroll = state.scroll.min(layout.lines.len().saturating_sub(1));
}
