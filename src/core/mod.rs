//! The engine: ingestion, zoning, segmentation and the analysis export. No terminal code lives here;
//! everything is deterministic and tested with fixtures.

pub mod aliases;
pub mod analysis;
pub mod article;
pub mod dates;
pub mod demo;
pub mod entities;
pub mod export;
pub mod glue;
pub mod ingest;
pub mod links;
pub mod segment;
pub mod text;
pub mod zones;

#[cfg(test)]
pub(crate) mod test_support;
