//! Where the config file and the data directory are: `--config FILE`, else `$PARALLAX_CONFIG`, else the
//! platform config directory (`~/.config/parallax/config.toml` on Linux); data in `$PARALLAX_DATA_DIR`,
//! else the platform data directory (`~/.local/share/parallax` on Linux).
//!
//! The `*_from` functions take the environment as arguments, so that tests never read or change it.

use directories::ProjectDirs;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// The environment variable naming the config file.
pub const CONFIG_ENV: &str = "PARALLAX_CONFIG";
/// The environment variable naming the data directory (reading state).
pub const DATA_DIR_ENV: &str = "PARALLAX_DATA_DIR";
/// The config file's name in the platform config directory.
pub const CONFIG_FILE_NAME: &str = "config.toml";

/// How the config file in effect was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigSource {
    /// `--config FILE`.
    CommandLine,
    /// `$PARALLAX_CONFIG`.
    Environment,
    /// The platform config directory; the file may not exist (then the defaults apply).
    DefaultLocation,
}

impl fmt::Display for ConfigSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::CommandLine => "given by --config",
            Self::Environment => "given by PARALLAX_CONFIG",
            Self::DefaultLocation => "default location",
        })
    }
}

/// The config file in effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigLocation {
    /// `None` only when no home directory is known and no file was given: the defaults apply.
    pub path: Option<PathBuf>,
    pub source: ConfigSource,
}

impl ConfigLocation {
    /// The location from `--config` and the process environment.
    pub fn resolve(cli_path: Option<&Path>) -> Self {
        Self::resolve_from(cli_path, std::env::var_os(CONFIG_ENV), default_config_path())
    }

    /// The location from `--config`, the value of `$PARALLAX_CONFIG` and the default path.
    pub fn resolve_from(cli_path: Option<&Path>, env_value: Option<OsString>, default_path: Option<PathBuf>) -> Self {
        if let Some(path) = cli_path {
            return Self { path: Some(path.to_path_buf()), source: ConfigSource::CommandLine };
        }
        match env_value.filter(|value| !value.is_empty()) {
            Some(value) => Self { path: Some(PathBuf::from(value)), source: ConfigSource::Environment },
            None => Self { path: default_path, source: ConfigSource::DefaultLocation },
        }
    }

    /// Was the file asked for (so that a missing file is an error)?
    pub fn is_explicit(&self) -> bool {
        self.source != ConfigSource::DefaultLocation
    }
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "parallax")
}

/// `config.toml` in the platform config directory, if a home directory is known.
pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().join(CONFIG_FILE_NAME))
}

/// The data directory: `$PARALLAX_DATA_DIR`, else the platform data directory.
pub fn data_dir() -> Option<PathBuf> {
    data_dir_from(std::env::var_os(DATA_DIR_ENV))
}

/// The data directory given the value of `$PARALLAX_DATA_DIR`.
pub fn data_dir_from(env_value: Option<OsString>) -> Option<PathBuf> {
    match env_value.filter(|value| !value.is_empty()) {
        Some(value) => Some(PathBuf::from(value)),
        None => project_dirs().map(|dirs| dirs.data_dir().to_path_buf()),
    }
}

/// Is `NO_COLOR` set to something (see no-color.org)?
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_beats_environment_beats_default() {
        let default = Some(PathBuf::from("/home/u/.config/parallax/config.toml"));
        let cli = Path::new("mine.toml");
        let env = Some(OsString::from("env.toml"));
        let chosen = ConfigLocation::resolve_from(Some(cli), env.clone(), default.clone());
        assert_eq!((chosen.path.as_deref(), chosen.source), (Some(cli), ConfigSource::CommandLine));
        let chosen = ConfigLocation::resolve_from(None, env, default.clone());
        assert_eq!((chosen.path, chosen.source), (Some(PathBuf::from("env.toml")), ConfigSource::Environment));
        let chosen = ConfigLocation::resolve_from(None, Some(OsString::new()), default.clone());
        assert!(!chosen.is_explicit());
        assert_eq!((chosen.path, chosen.source), (default, ConfigSource::DefaultLocation));
    }

    #[test]
    fn data_dir_can_be_overridden() {
        assert_eq!(data_dir_from(Some(OsString::from("/tmp/px"))), Some(PathBuf::from("/tmp/px")));
    }
}
