//! The command line: `parallax [PATH...]` (the reader), `parallax analyze|entities|related [PATH...] [--json]`,
//! `parallax snapshot`, `parallax config check|print-default|path` and `parallax themes`.
//!
//! Exit status: 0 when at least one article loaded, 1 when none did, 2 for a usage error (clap) or a
//! broken config (which is checked before anything else).

mod config_cmd;
mod entities;
mod reader_cmd;
mod related;
mod table;

pub use config_cmd::ConfigCommand;

use crate::config::Settings;
use crate::core::analysis::analyze;
use crate::core::article::Corpus;
use crate::core::demo::demo_files;
use crate::core::export;
use crate::core::ingest::{IngestOptions, load_files, load_paths};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Read one news story across many outlets.
#[derive(Debug, Parser)]
// Not `args_conflicts_with_subcommands`: it would make `parallax --config FILE analyze` read `analyze` as a
// PATH. A subcommand is recognised before any PATH; after a PATH, every word is a PATH.
#[command(
    name = "parallax",
    version,
    about,
    override_usage = "parallax [OPTIONS] [PATH]...\n       parallax [OPTIONS] <COMMAND>"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files or folders of articles (none: the built-in demo story).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The config file to use (default: $PARALLAX_CONFIG, else ~/.config/parallax/config.toml or the
    /// platform's equivalent).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Colour theme: dark, light, high-contrast, mono or the path of a theme file (overrides the config
    /// and NO_COLOR).
    #[arg(long, global = true, value_name = "NAME")]
    pub theme: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyze articles without a terminal UI: a table, or the whole analysis as JSON.
    Analyze {
        /// Article files or folders of articles (none: the built-in demo story).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print the analysis document as JSON (see the analysis-json contract).
        #[arg(long)]
        json: bool,
    },
    /// List the story's entities grouped by type, with mention counts and the sources naming each.
    Entities {
        /// Article files or folders of articles (none: the built-in demo story).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print the entities as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the fact map: each fact with the sources reporting it and the details they disagree on.
    Related {
        /// Article files or folders of articles (none: the built-in demo story).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print the facts, links and per-source coverage as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check, print or locate the configuration.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// List the built-in colour themes with a sample of every element.
    Themes,
    /// Render the reader's screen after some keys, without a terminal, as SVG or text.
    Snapshot(reader_cmd::SnapshotArgs),
}

/// What a run prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Table,
    AnalysisJson,
    Entities,
    EntitiesJson,
    Related,
    RelatedJson,
}

/// Loads the given paths, or the built-in demo story when there are none.
pub fn load(paths: &[PathBuf], options: &IngestOptions) -> Corpus {
    if paths.is_empty() {
        load_files(demo_files(None).unwrap_or_default(), options)
    } else {
        load_paths(paths, options)
    }
}

/// Loads the config (a broken one: exit 2) and the story, reporting each file's problems on stderr.
fn load_story(cli: &Cli, paths: &[PathBuf]) -> Result<(Settings, Corpus), ExitCode> {
    let settings = Settings::load(cli.config.as_deref(), cli.theme.as_deref()).map_err(|error| {
        eprintln!("parallax: {error}");
        ExitCode::from(2)
    })?;
    let corpus = load(paths, &settings.ingest);
    for problem in &corpus.problems {
        eprintln!("parallax: {problem}");
    }
    Ok((settings, corpus))
}

/// Runs the command line and returns the process exit status.
pub fn run(cli: Cli) -> ExitCode {
    let (paths, output) = match &cli.command {
        Some(Command::Config { command }) => return config_cmd::run_config(command, cli.config.as_deref()),
        Some(Command::Themes) => return config_cmd::run_themes(cli.theme.as_deref()),
        Some(Command::Analyze { paths, json }) => {
            (paths.as_slice(), if *json { Output::AnalysisJson } else { Output::Table })
        }
        Some(Command::Entities { paths, json }) => {
            (paths.as_slice(), if *json { Output::EntitiesJson } else { Output::Entities })
        }
        Some(Command::Related { paths, json }) => {
            (paths.as_slice(), if *json { Output::RelatedJson } else { Output::Related })
        }
        Some(Command::Snapshot(args)) => return reader_cmd::run_snapshot(args, &cli),
        None => return reader_cmd::run_reader(&cli),
    };
    let (settings, corpus) = match load_story(&cli, paths) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let analysis_options = settings.analysis_options();
    let has_articles = !corpus.articles.is_empty();
    let text = match output {
        Output::Table => table::render(&corpus),
        Output::AnalysisJson => export::to_json(&analyze(corpus, &analysis_options)) + "\n",
        Output::Entities => entities::render_text(&analyze(corpus, &analysis_options)),
        Output::EntitiesJson => entities::render_json(&analyze(corpus, &analysis_options)) + "\n",
        Output::Related => related::render_text(&analyze(corpus, &analysis_options)),
        Output::RelatedJson => related::render_json(&analyze(corpus, &analysis_options)) + "\n",
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`parallax analyze | head`) is not an error worth a message.
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
    if !has_articles {
        eprintln!("parallax: no article could be loaded");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
