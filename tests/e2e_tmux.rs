//! The real binary in a real terminal: tmux runs `parallax` on the demo story, keys are sent with
//! `send-keys` and the screen is read back with `capture-pane`. A `]` must land in another source on the
//! sentence that reports the same fact; `u` comes back; `q` restores the terminal.

use parallax::app::{AppState, Panes, ViewSettings};
use parallax::core::analysis::{AnalysisOptions, analyze};
use parallax::core::demo::demo_files;
use parallax::core::ingest::{IngestOptions, load_files};
use parallax::core::links::PassageRef;
use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let output = Command::new("tmux").args(args).output().expect("tmux runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Waits until the pane shows `needle` (or gives up after a few seconds) and returns the screen.
fn wait_for(session: &str, needle: &str) -> String {
    let start = Instant::now();
    loop {
        let screen = tmux(&["capture-pane", "-p", "-t", session]);
        if screen.contains(needle) || start.elapsed() > Duration::from_secs(10) {
            return screen;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn send(session: &str, keys: &str) {
    tmux(&["send-keys", "-t", session, "-l", keys]);
}

/// The first words of a sentence, as they start on screen.
fn opening(text: &str) -> String {
    text.split_whitespace().take(4).collect::<Vec<_>>().join(" ")
}

#[test]
fn a_related_jump_in_the_real_terminal_lands_on_the_same_fact() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux is not installed: skipping (.ci/run installs it)");
        return;
    }
    // What the reader should do, worked out through the library.
    let corpus = load_files(demo_files(None).unwrap(), &IngestOptions::default());
    let state = AppState::new(
        analyze(corpus, &AnalysisOptions::default()),
        ViewSettings::default(),
        Panes { sources: true, entities: true, related: true },
    );
    let start = state.passage;
    let linked = (start..state.articles()[0].passages.len())
        .find(|&passage| state.other_sources(PassageRef { article: 0, passage }) > 0)
        .unwrap();
    let cursor = PassageRef { article: 0, passage: linked };
    let target = state
        .analysis
        .links
        .links_of(cursor)
        .map(|link| link.other(cursor))
        .filter(|other| other.article > 0)
        .min()
        .unwrap();
    let target_outlet = state.articles()[target.article].source_name().to_owned();
    let target_text = opening(state.passage_text(target));

    let home = tempfile::tempdir().unwrap();
    let session = format!("parallax-e2e-{}", std::process::id());
    let command = format!(
        "env HOME={home} XDG_CONFIG_HOME={home}/config PARALLAX_DATA_DIR={home}/data {bin}; echo parallax-exited-$?; sleep 30",
        home = home.path().display(),
        bin = env!("CARGO_BIN_EXE_parallax")
    );
    tmux(&["kill-session", "-t", &session]);
    tmux(&["new-session", "-d", "-s", &session, "-x", "140", "-y", "44", &command]);
    let screen = wait_for(&session, "Sources");
    assert!(screen.contains("The Pacific Ledger"), "the reader opens on the demo story:\n{screen}");

    send(&session, &"j".repeat(linked - start));
    // The related pane explains each counterpart: the words the two passages share.
    let screen = wait_for(&session, "shares ");
    assert!(screen.contains("shares "), "the related pane says what the link rests on:\n{screen}");
    send(&session, "]");
    let screen = wait_for(&session, "Same fact in");
    let title = screen.lines().next().unwrap_or("");
    assert!(title.contains(&target_outlet), "the article pane shows {target_outlet}:\n{screen}");
    // The lines marked by the cursor bar hold the sentence (it may start mid-line).
    let marked: String = screen
        .lines()
        .filter_map(|line| {
            line.split_once('▌').map(|(_, rest)| rest.split(['│', '█', '║']).next().unwrap_or("").to_owned())
        })
        .collect::<Vec<_>>()
        .join(" ");
    let marked = marked.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(marked.contains(&target_text), "the cursor is on “{target_text}…”, marked: {marked}\n{screen}");

    send(&session, "u");
    let screen = wait_for(&session, "The Pacific Ledger · ");
    assert!(screen.lines().next().unwrap_or("").contains("The Pacific Ledger"), "u goes back:\n{screen}");

    send(&session, "q");
    let screen = wait_for(&session, "parallax-exited-");
    tmux(&["kill-session", "-t", &session]);
    assert!(screen.contains("parallax-exited-0"), "q quits cleanly:\n{screen}");
    assert!(!screen.contains("Sources"), "the terminal is restored (no reader left on screen):\n{screen}");
    let saved = std::fs::read_dir(home.path().join("data")).map(|dir| dir.count()).unwrap_or(0);
    assert!(saved > 0, "the reading position is saved in the data dir");
}

/// The `reader_fault` example, built (or found up to date) by cargo so that it runs the current code.
fn fault_example() -> std::path::PathBuf {
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--example", "reader_fault"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the reader_fault example builds");
    let deps = std::env::current_exe().unwrap().parent().unwrap().to_path_buf();
    deps.parent().unwrap().join("examples").join(format!("reader_fault{}", std::env::consts::EXE_SUFFIX))
}

/// Runs the reader made to fail with `fault` in tmux and returns the screen and the terminal modes
/// once it has ended.
fn run_faulty_reader(fault: &str) -> (String, String) {
    let example = fault_example();
    let home = tempfile::tempdir().unwrap();
    let session = format!("parallax-fault-{fault}-{}", std::process::id());
    // After the reader ends the shell reports its exit status and whether the tty is back in cooked mode.
    let command = format!(
        "env HOME={home} XDG_CONFIG_HOME={home}/config PARALLAX_DATA_DIR={home}/data {bin} {fault}; \
         echo fault-exited-$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; \
         echo; echo fault-done; sleep 30",
        home = home.path().display(),
        bin = example.display()
    );
    tmux(&["kill-session", "-t", &session]);
    tmux(&["new-session", "-d", "-s", &session, "-x", "120", "-y", "40", &command]);
    let screen = wait_for(&session, "fault-done");
    let modes = tmux(&["display-message", "-p", "-t", &session, "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"]);
    tmux(&["kill-session", "-t", &session]);
    (screen, modes.trim().to_owned())
}

fn assert_terminal_restored(fault: &str, exit_status: &str, message: &str) {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux is not installed: skipping (.ci/run installs it)");
        return;
    }
    let (screen, modes) = run_faulty_reader(fault);
    assert!(screen.contains(&format!("fault-exited-{exit_status}")), "the process ended with {exit_status}:\n{screen}");
    assert!(screen.contains(message), "the message is readable on the main screen:\n{screen}");
    assert!(!screen.contains("Sources"), "no reader is left on screen:\n{screen}");
    let tty_modes: Vec<&str> = screen
        .lines()
        .skip_while(|line| !line.starts_with("fault-exited-"))
        .nth(1)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    assert_eq!(tty_modes, ["icanon", "echo"], "the tty is back in cooked mode:\n{screen}");
    // tmux's view of the pane: alternate screen off, no mouse reporting, cursor visible.
    assert_eq!(modes, "0 0 1", "alternate screen, mouse reporting and cursor are restored");
}

#[test]
fn a_panic_in_the_reader_hands_the_terminal_back() {
    assert_terminal_restored("panic", "101", "a panic inside the event loop");
}

#[test]
fn an_error_in_the_reader_hands_the_terminal_back() {
    assert_terminal_restored("error", "1", "the event source failed");
}
