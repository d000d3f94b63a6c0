//! Parallax: a terminal news reader for reading one story across many outlets.
//!
//! [`core`] is the engine (ingestion, segmentation, analysis export) with no terminal dependency;
//! [`config`] is the configuration layer (config file, themes, key bindings, reading state);
//! [`cli`] is the command line on top of them.

pub mod app;
pub mod cli;
pub mod config;
pub mod core;
pub mod reader;
pub mod ui;
