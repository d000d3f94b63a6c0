//! Parallax: a terminal news reader for reading one story across many outlets.
//!
//! [`core`] is the engine (ingestion, segmentation, analysis export) with no terminal dependency;
//! [`cli`] is the command line on top of it.

pub mod app;
pub mod cli;
pub mod core;
