//! Running the reader: `parallax [PATH...]` in the terminal (restoring and saving the reading position),
//! and `parallax snapshot` rendering the same screens headless, as SVG or text.

use super::{Cli, load_story};
use crate::app::{AppState, Panes, ViewSettings, keep_cursor_visible};
use crate::config::state::{ReadingState, StateStore};
use crate::config::{BoilerplateDisplay, Settings, location};
use crate::core::analysis::{Analysis, analyze};
use crate::reader::keys::parse_keys;
use crate::reader::terminal::run_in_terminal;
use crate::reader::{Reader, render_headless};
use crate::ui::svg::{buffer_to_svg, buffer_to_text};
use clap::Args;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// `parallax snapshot`'s arguments.
#[derive(Debug, Args)]
pub struct SnapshotArgs {
    /// Article files or folders of articles (none: the built-in demo story).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Screen size, COLUMNSxROWS.
    #[arg(long, default_value = "120x40", value_parser = parse_size)]
    pub size: (u16, u16),
    /// Keys to press first: characters, or <name> for named keys and chords (<enter>, <tab>, <ctrl-d>).
    #[arg(long, default_value = "")]
    pub keys: String,
    /// Where to write the screen: .svg for an image, anything else for plain text (default: stdout, text).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

fn parse_size(text: &str) -> Result<(u16, u16), String> {
    let (columns, rows) = text.split_once(['x', 'X']).ok_or("expected COLUMNSxROWS, e.g. 120x40")?;
    let columns: u16 = columns.trim().parse().map_err(|_| format!("not a number of columns: {columns}"))?;
    let rows: u16 = rows.trim().parse().map_err(|_| format!("not a number of rows: {rows}"))?;
    if columns == 0 || rows == 0 || columns > 1000 || rows > 1000 {
        return Err("columns and rows must be between 1 and 1000".to_owned());
    }
    Ok((columns, rows))
}

/// Loads the config (exit 2 when broken) and the story (exit 1 when nothing loads).
fn prepare(cli: &Cli, paths: &[PathBuf]) -> Result<(Settings, Analysis), ExitCode> {
    let (settings, corpus) = load_story(cli, paths)?;
    if corpus.articles.is_empty() {
        eprintln!("parallax: no article could be loaded");
        return Err(ExitCode::from(1));
    }
    let analysis = analyze(corpus, &settings.analysis_options());
    Ok((settings, analysis))
}

fn initial_state(settings: &Settings, analysis: Analysis) -> AppState {
    let reader = &settings.config.reader;
    let view = ViewSettings {
        max_text_width: reader.max_text_width,
        gutter: reader.gutter,
        hide_boilerplate: reader.boilerplate == BoilerplateDisplay::Hide,
    };
    let panes = Panes { sources: reader.panes.sources, entities: reader.panes.entities, related: reader.panes.related };
    AppState::new(analysis, view, panes)
}

/// `parallax snapshot`.
pub fn run_snapshot(args: &SnapshotArgs, cli: &Cli) -> ExitCode {
    let keys = match parse_keys(&args.keys) {
        Ok(keys) => keys,
        Err(error) => {
            eprintln!("parallax: {error}");
            return ExitCode::from(2);
        }
    };
    let (settings, analysis) = match prepare(cli, &args.paths) {
        Ok(prepared) => prepared,
        Err(code) => return code,
    };
    let mut reader = Reader::new(initial_state(&settings, analysis), &settings.config.keymap, &settings.theme);
    let buffer = render_headless(&mut reader, args.size.0, args.size.1, &keys);
    let svg = args.out.as_ref().is_some_and(|out| out.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("svg")));
    let screen = if svg { buffer_to_svg(&buffer) } else { buffer_to_text(&buffer) };
    match &args.out {
        Some(out) => {
            if let Err(error) = std::fs::write(out, screen) {
                eprintln!("parallax: cannot write {}: {error}", out.display());
                return ExitCode::from(1);
            }
        }
        None => print!("{screen}"),
    }
    ExitCode::SUCCESS
}

/// A stable name for the story on the command line: "demo", or a hash of its paths.
fn story_key(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "demo".to_owned();
    }
    let mut names: Vec<String> = paths
        .iter()
        .map(|path| std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()).to_string_lossy().into_owned())
        .collect();
    names.sort();
    // FNV-1a: stable across runs and platforms, unlike the standard hasher.
    let hash = names
        .join("\n")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("paths-{hash:016x}")
}

/// Puts the cursor where the user left this story.
fn restore_position(state: &mut AppState, saved: &ReadingState, story: &str) {
    let Some(story_state) = saved.stories.get(story) else { return };
    let Some(article_id) = &story_state.article else { return };
    let Some(article) = state.articles().iter().position(|a| &a.id == article_id) else { return };
    let passage = story_state
        .passage
        .as_deref()
        .and_then(|id| id.rsplit_once('#'))
        .and_then(|(_, index)| index.parse::<usize>().ok())
        .filter(|&index| index < state.articles()[article].passages.len());
    state.article = article;
    state.source_row = article;
    state.passage = passage.unwrap_or(0);
}

/// `parallax [PATH...]`: the reader in the terminal, or the summary table when stdout is not a terminal.
pub fn run_reader(cli: &Cli) -> ExitCode {
    let (settings, analysis) = match prepare(cli, &cli.paths) {
        Ok(prepared) => prepared,
        Err(code) => return code,
    };
    if !std::io::stdout().is_terminal() {
        print!("{}", super::table::render(&analysis.corpus));
        return ExitCode::SUCCESS;
    }
    let story = story_key(&cli.paths);
    let store = location::data_dir().map(|dir| {
        let (store, saved, warnings) = StateStore::open(dir);
        for warning in warnings {
            eprintln!("parallax: {warning}");
        }
        (store, saved)
    });
    let mut state = initial_state(&settings, analysis);
    if let Some((_, saved)) = &store {
        restore_position(&mut state, saved, &story);
        keep_cursor_visible(&mut state);
    }
    let mut reader = Reader::new(state, &settings.config.keymap, &settings.theme);
    let result = run_in_terminal(&mut reader);
    if let Some((store, mut saved)) = store {
        let state = &reader.state;
        if let Some(article) = state.current_article() {
            let passage = article.passage_id(state.passage);
            saved.set_position(&story, &article.id, Some(&passage));
            saved.mark_read(&story, &article.id, true);
            if let Err(error) = store.save(&saved) {
                eprintln!("parallax: could not save the reading position to {}: {error}", store.path().display());
            }
        }
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("parallax: {error}");
            ExitCode::from(1)
        }
    }
}
