//! The real terminal: raw mode, the alternate screen and mouse capture on the way in, and everything
//! restored on the way out — on quit, on error and on panic.

use super::{Reader, run};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;

/// Leaves mouse capture; the rest is ratatui's restore.
fn restore() {
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// Runs the reader in the terminal until the user quits.
pub fn run_in_terminal(reader: &mut Reader<'_>) -> Result<(), Box<dyn std::error::Error>> {
    run_in_terminal_with(reader, crossterm::event::read)
}

/// Runs the reader in the terminal on events from `next_event` (the terminal's own in the binary).
/// Whatever happens in the loop — quit, an error or a panic — the terminal is handed back as it was.
pub fn run_in_terminal_with(
    reader: &mut Reader<'_>,
    next_event: impl FnMut() -> std::io::Result<crossterm::event::Event>,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut terminal = ratatui::try_init()?;
    // ratatui's panic hook restores the screen; ours also releases the mouse first.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    let result = execute!(std::io::stdout(), EnableMouseCapture)
        .map_err(Into::into)
        .and_then(|()| run(&mut terminal, reader, next_event));
    restore();
    result
}
