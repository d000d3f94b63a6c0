//! `parallax config check [FILE]`, `parallax config print-default`, `parallax config path` and
//! `parallax themes`: looking at the configuration from the command line.

use crate::config::colour::describe;
use crate::config::location::{self, ConfigLocation, ConfigSource};
use crate::config::{Config, DEFAULT_CONFIG, Element, Theme, theme};
use clap::Subcommand;
use crossterm::style::{ContentStyle, StyledContent};
use ratatui::backend::IntoCrossterm;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `parallax config` does.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Check a config file (default: the one in effect) and the theme it names; exit status 1 if broken.
    Check {
        /// The file to check.
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Print the built-in default config, every setting with a comment.
    PrintDefault,
    /// Print the path of the config file in effect and of the data directory.
    Path,
}

/// Writes to stdout; a closed pipe (`parallax themes | head`) is not worth a message.
fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
}

/// Runs `parallax config …`.
pub fn run_config(command: &ConfigCommand, cli_config: Option<&Path>) -> ExitCode {
    match command {
        ConfigCommand::Check { file } => {
            let location = match file {
                Some(path) => ConfigLocation { path: Some(path.clone()), source: ConfigSource::CommandLine },
                None => ConfigLocation::resolve(cli_config),
            };
            check(&location)
        }
        ConfigCommand::PrintDefault => {
            print(DEFAULT_CONFIG);
            ExitCode::SUCCESS
        }
        ConfigCommand::Path => {
            print(&describe_paths(&ConfigLocation::resolve(cli_config), location::data_dir().as_deref()));
            ExitCode::SUCCESS
        }
    }
}

fn check(location: &ConfigLocation) -> ExitCode {
    let present = location.path.as_deref().is_some_and(Path::exists);
    let result = Config::load(location).and_then(|config| {
        config.theme(None, false)?;
        config.ingest_options()?;
        Ok(config)
    });
    match (result, &location.path) {
        (Err(error), _) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
        (Ok(_), Some(path)) if present => {
            print(&format!("{}: ok\n", path.display()));
            ExitCode::SUCCESS
        }
        (Ok(_), Some(path)) => {
            print(&format!("{}: no config file there; the built-in defaults are in effect\n", path.display()));
            ExitCode::SUCCESS
        }
        (Ok(_), None) => {
            print("no home directory, so no config file; the built-in defaults are in effect\n");
            ExitCode::SUCCESS
        }
    }
}

/// The lines of `parallax config path`.
pub fn describe_paths(location: &ConfigLocation, data_dir: Option<&Path>) -> String {
    let config = match &location.path {
        Some(path) if path.exists() || location.is_explicit() => format!("{} ({})", path.display(), location.source),
        Some(path) => format!("{} ({}; absent, so the built-in defaults apply)", path.display(), location.source),
        None => "none (no home directory; the built-in defaults apply)".to_owned(),
    };
    let data = match data_dir {
        Some(dir) => dir.display().to_string(),
        None => format!("none (no home directory; set {})", location::DATA_DIR_ENV),
    };
    format!("config: {config}\ndata:   {data}\n")
}

/// Runs `parallax themes`: each built-in theme (or only the `--theme` one) with a sample of every element,
/// in colour when stdout is a terminal and `NO_COLOR` is not set.
pub fn run_themes(cli_theme: Option<&str>) -> ExitCode {
    let names: Vec<String> = match cli_theme {
        Some(name) => vec![name.to_owned()],
        None => Theme::builtin_names().into_iter().map(str::to_owned).collect(),
    };
    let coloured = std::io::stdout().is_terminal() && !location::no_color_requested();
    let mut text = String::new();
    for name in &names {
        let theme = match Theme::load(name, None) {
            Ok(theme) => theme,
            Err(error) => {
                let error = error
                    .into_config_error(|kind, message| crate::config::ConfigError::new("--theme", None, kind, message));
                eprintln!("parallax: {error}");
                return ExitCode::from(2);
            }
        };
        text.push_str(&render_theme(&theme, coloured));
    }
    print(&text);
    ExitCode::SUCCESS
}

/// One theme: its name, then each element's name (styled when `coloured`) and style.
pub fn render_theme(theme: &Theme, coloured: bool) -> String {
    let note = match theme.name() {
        theme::DEFAULT_THEME => " (default)",
        theme::NO_COLOR_THEME => " (used when NO_COLOR is set)",
        _ => "",
    };
    let mut text = format!("{}{note}\n", theme.name());
    let width = Element::ALL.iter().map(|element| element.name().len()).max().unwrap_or(0);
    for &element in Element::ALL {
        let style = theme.style(element);
        let name = element.name();
        let sample = if coloured {
            let content: ContentStyle = style.into_crossterm();
            StyledContent::new(content, name).to_string()
        } else {
            name.to_owned()
        };
        text.push_str(&format!("  {sample}{}  {}\n", " ".repeat(width - name.len()), describe(&style)));
    }
    text.push('\n');
    text
}
