//! The reader on the demo story in the real terminal, made to fail after its first frame: with
//! `panic` the event source panics, with `error` it returns an I/O error. The end-to-end test runs it
//! in tmux to check that the terminal is handed back either way (main screen, cooked mode, cursor
//! shown, mouse released).

use parallax::app::{AppState, Panes, ViewSettings};
use parallax::config::Settings;
use parallax::core::analysis::analyze;
use parallax::core::demo::demo_files;
use parallax::core::ingest::load_files;
use parallax::reader::Reader;
use parallax::reader::terminal::run_in_terminal_with;
use std::process::ExitCode;

fn main() -> ExitCode {
    let fault = std::env::args().nth(1).unwrap_or_default();
    let settings = match Settings::load(None, None) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("reader_fault: {error}");
            return ExitCode::from(2);
        }
    };
    let Some(files) = demo_files(None) else {
        eprintln!("reader_fault: no demo story");
        return ExitCode::from(2);
    };
    let analysis = analyze(load_files(files, &settings.ingest), &settings.analysis_options());
    let state =
        AppState::new(analysis, ViewSettings::default(), Panes { sources: true, entities: true, related: true });
    let mut reader = Reader::new(state, &settings.config.keymap, &settings.theme);
    let result = run_in_terminal_with(&mut reader, || match fault.as_str() {
        "panic" => panic!("reader_fault: a panic inside the event loop"),
        _ => Err(std::io::Error::other("reader_fault: the event source failed")),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}
