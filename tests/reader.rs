//! The reader without a terminal: action sequences through `update`, and whole screens rendered with
//! ratatui's TestBackend at 80x24 and 160x48 (insta snapshots), on the demo story and on fixtures.

mod common;

use parallax::app::{Action, AppState, Overlay, Pane, Panes, ViewSettings, update};
use parallax::config::Config;
use parallax::core::analysis::{AnalysisOptions, analyze};
use parallax::core::article::Span;
use parallax::core::demo::demo_files;
use parallax::core::ingest::{IngestOptions, load_files};
use parallax::core::links::Link;
use parallax::reader::keys::parse_keys;
use parallax::reader::{Reader, render_headless};
use parallax::ui::svg::buffer_to_text;

fn demo_state() -> AppState {
    let corpus = load_files(demo_files(None).unwrap(), &IngestOptions::default());
    let analysis = analyze(corpus, &AnalysisOptions::default());
    AppState::new(analysis, ViewSettings::default(), Panes { sources: true, entities: true, related: true })
}

fn screen(state: AppState, width: u16, height: u16, keys: &str) -> String {
    let config = Config::builtin().unwrap();
    let theme = config.theme(Some("dark"), false).unwrap();
    let mut reader = Reader::new(state, &config.keymap, &theme);
    let buffer = render_headless(&mut reader, width, height, &parse_keys(keys).unwrap());
    buffer_to_text(&buffer)
}

/// The first passage of the demo's first article that another source reports.
fn linked_passage(state: &AppState) -> usize {
    (0..state.articles()[0].passages.len())
        .find(|&passage| state.other_sources(parallax::core::links::PassageRef { article: 0, passage }) > 0)
        .expect("a linked passage")
}

#[test]
fn related_jump_lands_on_the_same_fact_in_another_source_and_back_returns() {
    let mut state = demo_state();
    state.passage = linked_passage(&state);
    let start = state.cursor();
    let expected: Vec<_> = state.related().iter().map(|link| link.other(start)).collect();
    update(&mut state, Action::NextRelated);
    assert_ne!(state.article, start.article, "] moves to another source");
    assert!(expected.contains(&state.cursor()), "the cursor lands on a linked sentence");
    let fact_link = state.analysis.links.link_between(state.cursor(), start).is_some();
    assert!(fact_link, "the sentence it lands on links back");
    update(&mut state, Action::Back);
    assert_eq!(state.cursor(), start);
    update(&mut state, Action::Back);
    assert_eq!(state.cursor(), start, "an empty history leaves the cursor where it is");
    assert!(state.message.is_some());
}

#[test]
fn navigation_moves_by_passage_and_focus_cycles_over_visible_panes() {
    let mut state = demo_state();
    state.passage = 0;
    update(&mut state, Action::NextPassage);
    update(&mut state, Action::NextPassage);
    assert_eq!(state.passage, 2);
    update(&mut state, Action::Last);
    assert_eq!(state.passage, state.articles()[0].passages.len() - 1);
    update(&mut state, Action::First);
    assert_eq!(state.passage, 0);
    update(&mut state, Action::FocusNext);
    assert_eq!(state.focus, Pane::Entities);
    update(&mut state, Action::ToggleEntities);
    assert_eq!(state.focus, Pane::Article, "hiding the focused pane gives focus back to the article");
    update(&mut state, Action::FocusLeft);
    assert_eq!(state.focus, Pane::Sources);
    update(&mut state, Action::NextPassage);
    update(&mut state, Action::Open);
    assert_eq!((state.article, state.focus), (1, Pane::Article), "enter on a source opens it");
}

#[test]
fn overlays_open_and_close() {
    let mut state = demo_state();
    state.passage = linked_passage(&state);
    update(&mut state, Action::Compare);
    assert_eq!(state.overlay, Some(Overlay::Compare));
    update(&mut state, Action::Close);
    assert_eq!(state.overlay, None);
    update(&mut state, Action::FactMap);
    update(&mut state, Action::NextPassage);
    assert_eq!(state.fact_row, 1);
    update(&mut state, Action::Open);
    assert_eq!(state.overlay, None);
    let fact = &state.analysis.links.facts[1];
    assert!(fact.passages.contains(&state.cursor()), "enter in the fact map goes to the fact");
    update(&mut state, Action::Help);
    update(&mut state, Action::Quit);
    assert!(state.quit);
}

#[test]
fn search_and_entity_walks_visit_every_article_that_has_a_hit() {
    let mut state = demo_state();
    parallax::app::search(&mut state, "alibaba");
    let mut articles = std::collections::BTreeSet::new();
    for _ in 0..200 {
        articles.insert(state.article);
        update(&mut state, Action::NextMatch);
    }
    assert_eq!(articles.len(), state.articles().len(), "every demo article names Alibaba");

    let mut state = demo_state();
    state.focus = Pane::Entities;
    update(&mut state, Action::Open);
    let parallax::app::Walk::Entity { entity, hits, .. } = state.walk.clone() else { panic!("no entity walk") };
    assert!(!hits.is_empty());
    update(&mut state, Action::NextMatch);
    let mentions = &state.analysis.entities.mentions[state.article];
    let passages = &state.articles()[state.article].passages;
    let passage = passages[state.passage];
    // The walk stops on the passage that holds the mention; for a mention outside every passage (a
    // caption, a byline), on the passage right before it, or the first one.
    let in_passage = |start: usize| passages.iter().any(|p| p.start <= start && start < p.end);
    let next_start = passages.get(state.passage + 1).map_or(usize::MAX, |p| p.start);
    let walked_to = |span: Span| {
        let inside = passage.start <= span.start && span.end <= passage.end + 1;
        let after = !in_passage(span.start) && (passage.start <= span.start || state.passage == 0);
        inside || (after && span.start < next_start)
    };
    assert!(mentions.iter().any(|m| m.entity == entity && walked_to(m.span)));
}

#[test]
fn tiny_sizes_and_resize_storms_never_panic() {
    for (w, h) in [(1, 1), (2, 1), (1, 5), (10, 3), (19, 4), (20, 5), (30, 8), (45, 12), (80, 24), (250, 80)] {
        for keys in ["", "jj]c", "f", "?", "2l", "/apple<enter>n"] {
            screen(demo_state(), w, h, keys);
        }
    }
}

fn fixture_state(story: &str) -> AppState {
    let corpus = common::load_set(story).expect("fixture story");
    let analysis = analyze(corpus, &AnalysisOptions::default());
    AppState::new(analysis, ViewSettings::default(), Panes { sources: true, entities: true, related: true })
}

/// Keys that put the cursor on the first passage of the first article that another source reports.
fn to_linked(state: &AppState) -> String {
    let from = state.passage;
    "j".repeat(linked_passage(state).saturating_sub(from))
}

#[test]
fn whole_screens_at_80x24_and_160x48() {
    let state = demo_state();
    let linked = to_linked(&state);
    insta::assert_snapshot!("demo_80x24_overview", screen(demo_state(), 80, 24, ""));
    insta::assert_snapshot!("demo_160x48_overview", screen(demo_state(), 160, 48, ""));
    insta::assert_snapshot!("demo_160x48_related_jump", screen(demo_state(), 160, 48, &format!("{linked}]")));
    insta::assert_snapshot!("demo_160x48_compare", screen(demo_state(), 160, 48, &format!("{linked}c")));
    insta::assert_snapshot!("demo_80x24_compare", screen(demo_state(), 80, 24, &format!("{linked}c")));
    insta::assert_snapshot!("demo_80x24_fact_map", screen(demo_state(), 80, 24, "f"));
    insta::assert_snapshot!("demo_160x48_help", screen(demo_state(), 160, 48, "?"));
    insta::assert_snapshot!("demo_160x48_entity_walk", screen(demo_state(), 160, 48, "ljj<enter>n"));
    insta::assert_snapshot!("demo_80x24_search", screen(demo_state(), 80, 24, "/deepseek<enter>"));
    insta::assert_snapshot!("noto_quake_80x24", screen(fixture_state("noto-quake"), 80, 24, ""));
    insta::assert_snapshot!("noto_quake_160x48_related", screen(fixture_state("noto-quake"), 160, 48, "]"));
}

#[test]
fn mouse_clicks_focus_and_select_and_the_wheel_moves() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    use ratatui::layout::Rect;
    let config = Config::builtin().unwrap();
    let theme = config.theme(Some("dark"), false).unwrap();
    let mut reader = Reader::new(demo_state(), &config.keymap, &theme);
    let size = Rect::new(0, 0, 160, 48);
    let mouse = |kind, column, row| Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE });
    // The third source's first row: border (1) + two rows per source.
    reader.handle(&mouse(MouseEventKind::Down(MouseButton::Left), 5, 1 + 2 * 2), size);
    assert_eq!((reader.state.article, reader.state.focus), (2, Pane::Article), "a click on a source opens it");
    let before = reader.state.passage;
    reader.handle(&mouse(MouseEventKind::ScrollDown, 60, 20), size);
    assert_eq!(reader.state.passage, before + 1, "the wheel over the article moves the cursor");
    let areas = parallax::ui::areas(size, &reader.state);
    let entities = areas.entities.unwrap();
    reader.handle(&mouse(MouseEventKind::Down(MouseButton::Left), entities.x + 3, entities.y + 3), size);
    assert_eq!((reader.state.focus, reader.state.entity_row), (Pane::Entities, 1), "a click selects an entity");
}

#[test]
fn after_a_jump_the_status_bar_offers_the_way_back_with_the_users_own_keys() {
    let mut state = demo_state();
    state.passage = linked_passage(&state);
    let config = Config::from_text("mine.toml", "[keys]\nback = [\"b\"]\n", None).unwrap();
    let theme = config.theme(Some("dark"), false).unwrap();
    let mut reader = Reader::new(state, &config.keymap, &theme);
    let before = buffer_to_text(&render_headless(&mut reader, 160, 48, &[]));
    let status = |screen: &str| screen.lines().last().unwrap_or("").to_owned();
    assert!(!status(&before).contains(" back "), "no way back before a jump: {}", status(&before));
    let after = buffer_to_text(&render_headless(&mut reader, 160, 48, &parse_keys("]").unwrap()));
    assert!(status(&after).contains("Same fact in"), "{}", status(&after));
    assert!(status(&after).contains(" b back "), "the rebound key is offered: {}", status(&after));
    assert!(!status(&after).contains(" u "), "the default key is not: {}", status(&after));
}

#[test]
fn the_help_screen_reaches_every_action_at_80x24() {
    let first = screen(demo_state(), 80, 24, "?");
    assert!(first.contains("j/k scroll"), "the help says it scrolls when it does not fit:\n{first}");
    assert!(first.contains("Move to the next passage"), "{first}");
    let last = screen(demo_state(), 80, 24, "?G");
    assert!(last.contains("Quit Parallax"), "the last action is reachable:\n{last}");
    // Long doc lines wrap rather than being cut.
    assert!(last.contains("and omits"), "{last}");
    let wide = screen(demo_state(), 160, 48, "?");
    assert!(!wide.contains("j/k scroll") && wide.contains("Quit Parallax"), "everything fits when wide:\n{wide}");
}

/// The related pane of a story at 160x48, whitespace folded, with the cursor on one end of the first
/// link that `drawn` picks and that link selected, so its lines are in view. Returns the link too.
fn related_pane_with(mut state: AppState, drawn: impl Fn(&Link) -> bool) -> (Link, String) {
    let link = state.analysis.links.links.iter().find(|link| drawn(link)).expect("the story has such a link").clone();
    state.article = link.a.article;
    state.passage = link.a.passage;
    let row = state.related().iter().position(|related| drawn(related)).unwrap();
    // Focus the related pane and select the link; read the pane's text alone.
    let keys = format!("<tab><tab>{}", "j".repeat(row));
    let pane = parallax::ui::areas(ratatui::layout::Rect::new(0, 0, 160, 48), &state).related.unwrap();
    let (left, width) = (usize::from(pane.x) + 1, usize::from(pane.width) - 2);
    let screen_text = screen(state, 160, 48, &keys);
    let rows = screen_text.lines().skip(usize::from(pane.y) + 1).take(usize::from(pane.height) - 2);
    let inside: Vec<String> = rows.map(|row| row.chars().skip(left).take(width).collect()).collect();
    (link, inside.join(" ").split_whitespace().collect::<Vec<_>>().join(" "))
}

#[test]
fn a_link_drawn_through_a_fact_stated_twice_names_the_twin_in_the_related_pane() {
    // A story written for it: the demo states no fact twice in a way that needs such a link.
    let panes = Panes { sources: true, entities: true, related: true };
    let state = AppState::new(common::story(&common::STRIKE_STORY), ViewSettings::default(), panes);
    let outlets: Vec<String> = state.articles().iter().map(|article| article.source_name().to_owned()).collect();
    let (link, text) = related_pane_with(state, |link| link.restates.is_some());
    let (cursor, through) = (link.a, link.restates.unwrap());
    let expected = if through.article == cursor.article {
        format!("same fact, also stated here in passage {}", through.passage + 1)
    } else {
        let outlet = &outlets[through.article];
        format!("same fact, also stated by {outlet} in passage {}", through.passage + 1)
    };
    assert!(text.contains(&expected), "{expected:?} in {text}");
}

#[test]
fn a_link_drawn_because_a_passage_matches_a_fact_in_several_outlets_says_so_in_the_related_pane() {
    let (link, text) = related_pane_with(demo_state(), |link| link.matches_fact.is_some());
    let matched = link.matches_fact.unwrap();
    let outlets = format!("{} outlets", matched.outlets);
    let expected = if matched.passage == link.a {
        format!("same fact: this passage matches it as {outlets} state it")
    } else {
        let outlet = demo_state().articles()[matched.passage.article].source_name().to_owned();
        format!("same fact: {outlet}'s passage matches it as {outlets} state it")
    };
    assert!(text.contains(&expected), "{expected:?} in {text}");
}
