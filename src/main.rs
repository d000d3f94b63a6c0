//! The `parallax` binary: parses the command line and hands over to the library.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    parallax::cli::run(parallax::cli::Cli::parse())
}
