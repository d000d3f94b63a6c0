//! Everything a run needs from the configuration, loaded and checked in one call before anything else
//! happens: the config in effect, its theme (after `--theme` and `NO_COLOR`) and its ingestion options.

use super::location::{ConfigLocation, no_color_requested};
use super::{Config, ConfigError, Theme};
use crate::core::analysis::AnalysisOptions;
use crate::core::ingest::IngestOptions;
use crate::core::links::LinkOptions;
use std::path::Path;

/// The configuration of a run, fully checked.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where the config file was looked for.
    pub location: ConfigLocation,
    pub config: Config,
    /// The theme in effect.
    pub theme: Theme,
    /// `[ingest]` as options for loading articles.
    pub ingest: IngestOptions,
}

impl Settings {
    /// Loads the settings from `--config` and `--theme` and the process environment
    /// (`PARALLAX_CONFIG`, `NO_COLOR`).
    pub fn load(cli_config: Option<&Path>, cli_theme: Option<&str>) -> Result<Self, ConfigError> {
        Self::load_from(ConfigLocation::resolve(cli_config), cli_theme, no_color_requested())
    }

    /// Loads the settings from an explicit location, `--theme` and whether `NO_COLOR` is set.
    pub fn load_from(location: ConfigLocation, cli_theme: Option<&str>, no_color: bool) -> Result<Self, ConfigError> {
        let config = Config::load(&location)?;
        let theme = config.theme(cli_theme, no_color)?;
        let ingest = config.ingest_options()?;
        Ok(Self { location, config, theme, ingest })
    }

    /// The analysis options of the config (entity aliases); other fields keep their defaults.
    // The struct update stays: `AnalysisOptions` is gaining fields (`links`) that are set elsewhere.
    #[allow(clippy::needless_update)]
    pub fn analysis_options(&self) -> AnalysisOptions {
        AnalysisOptions {
            entities: self.config.entity_options(),
            links: LinkOptions { threshold: self.config.links.threshold, ..LinkOptions::default() },
        }
    }
}
