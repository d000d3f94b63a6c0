//! Ingestion tests.
