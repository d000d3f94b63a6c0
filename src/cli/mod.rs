//! The command line: `parallax [PATH...]`, `parallax analyze [PATH...] [--json]` and
//! `parallax entities [PATH...] [--json]`, `parallax related [PATH...] [--json]`.
//!
//! Exit status: 0 when at least one article loaded, 1 when none did, 2 for a usage error (clap).

mod entities;
mod related;
mod table;

use crate::core::analysis::{AnalysisOptions, analyze};
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
#[command(name = "parallax", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files or folders of articles (none: the built-in demo story).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
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

/// Runs the command line and returns the process exit status.
pub fn run(cli: Cli) -> ExitCode {
    let options = IngestOptions::default();
    let (paths, output) = match &cli.command {
        Some(Command::Analyze { paths, json }) => {
            (paths.as_slice(), if *json { Output::AnalysisJson } else { Output::Table })
        }
        Some(Command::Entities { paths, json }) => {
            (paths.as_slice(), if *json { Output::EntitiesJson } else { Output::Entities })
        }
        Some(Command::Related { paths, json }) => {
            (paths.as_slice(), if *json { Output::RelatedJson } else { Output::Related })
        }
        // Until the reader lands, the bare command prints the analysis summary.
        None => (cli.paths.as_slice(), Output::Table),
    };
    let corpus = load(paths, &options);
    for problem in &corpus.problems {
        eprintln!("parallax: {problem}");
    }
    let has_articles = !corpus.articles.is_empty();
    let text = match output {
        Output::Table => table::render(&corpus),
        Output::AnalysisJson => export::to_json(&analyze(corpus, &AnalysisOptions::default())) + "\n",
        Output::Entities => entities::render_text(&analyze(corpus, &AnalysisOptions::default())),
        Output::EntitiesJson => entities::render_json(&analyze(corpus, &AnalysisOptions::default())) + "\n",
        Output::Related => related::render_text(&analyze(corpus, &AnalysisOptions::default())),
        Output::RelatedJson => related::render_json(&analyze(corpus, &AnalysisOptions::default())) + "\n",
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
