//! The configuration layer: the config file, themes, key bindings and the saved reading state.
//!
//! `config/default.toml` is the one place where defaults live. It is embedded and parsed exactly like a
//! user file; the user's file is then layered over it (tables merge, values replace), so a user file may
//! set a single value. Every error names the file, line and column ([`ConfigError`]); a broken config
//! never opens the reader.

pub mod colour;
pub mod error;
pub mod keymap;
pub mod keys;
pub mod location;
mod schema;
pub mod settings;
pub mod state;
pub mod theme;

pub use error::{ConfigError, ErrorKind, Position};
pub use keymap::{KeyOutcome, Keymap, PendingKeys};
pub use keys::{KeyChord, KeySequence};
pub use location::{ConfigLocation, ConfigSource};
pub use settings::Settings;
pub use state::{ReadingState, StateStore, StoryState};
pub use theme::{Element, Theme};

use crate::app::Action;
use crate::core::entities::EntityOptions;
use crate::core::ingest::IngestOptions;
use crate::core::zones::{RuleError, ZoneRules};
use schema::{Document, Shape};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The built-in default config, verbatim (`parallax config print-default`).
pub const DEFAULT_CONFIG: &str = include_str!("../../config/default.toml");

/// How the built-in default config is named in errors.
const DEFAULT_CONFIG_LABEL: &str = "<built-in default.toml>";

fn action_names() -> Vec<&'static str> {
    Action::ALL.iter().map(|action| action.name()).collect()
}

static CONFIG_SHAPE: Shape = Shape::Table(&[
    ("theme", Shape::Text),
    (
        "reader",
        Shape::Table(&[
            ("max_text_width", Shape::Integer { min: 0, max: u16::MAX as i64 }),
            ("gutter", Shape::Bool),
            ("boilerplate", Shape::Choice(&["dim", "hide"])),
            ("panes", Shape::Table(&[("sources", Shape::Bool), ("entities", Shape::Bool), ("related", Shape::Bool)])),
        ]),
    ),
    ("links", Shape::Table(&[("threshold", Shape::Fraction)])),
    ("aliases", Shape::Map { names: None, what: "alias", value: &Shape::Text }),
    (
        "ingest",
        Shape::Table(&[
            ("max_file_bytes", Shape::Integer { min: 1, max: i64::MAX }),
            ("extra_boilerplate", Shape::Patterns),
        ]),
    ),
    ("keys", Shape::Map { names: Some(action_names), what: "action", value: &Shape::Keys }),
]);

/// `[reader]`: how articles are shown.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReaderSettings {
    /// Widest line of text in columns; 0 = the pane's width.
    pub max_text_width: u16,
    /// Show the gutter that marks passages other sources also report.
    pub gutter: bool,
    pub boilerplate: BoilerplateDisplay,
    /// Side panes open at start.
    pub panes: PaneSettings,
}

/// How site chrome is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoilerplateDisplay {
    Dim,
    Hide,
}

/// `[reader.panes]`: which side panes are open at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct PaneSettings {
    pub sources: bool,
    pub entities: bool,
    pub related: bool,
}

/// `[links]`: cross-source passage links.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct LinkSettings {
    /// Similarity (0 to 1) from which two passages are linked.
    pub threshold: f64,
}

/// `[ingest]`: reading article files.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct IngestSettings {
    pub max_file_bytes: u64,
    /// Extra case-insensitive boilerplate patterns.
    pub extra_boilerplate: Vec<String>,
}

impl IngestSettings {
    /// The ingestion options these settings describe: the built-in zone rules plus the extra patterns.
    pub fn options(&self) -> Result<IngestOptions, RuleError> {
        let builtin = ZoneRules::builtin();
        let rules = if self.extra_boilerplate.is_empty() {
            builtin.clone()
        } else {
            builtin.with_extra_boilerplate(&self.extra_boilerplate)?
        };
        Ok(IngestOptions { max_file_bytes: self.max_file_bytes, rules })
    }
}

/// One key or several, as `[keys]` entries are written.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum KeyList {
    One(String),
    Many(Vec<String>),
}

/// The layered file, as serde reads it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    theme: String,
    reader: ReaderSettings,
    links: LinkSettings,
    aliases: BTreeMap<String, String>,
    ingest: IngestSettings,
    keys: BTreeMap<String, KeyList>,
}

/// The configuration in effect: the defaults with the user's file over them.
#[derive(Debug, Clone)]
pub struct Config {
    /// The theme setting: a built-in name or a path (see [`Config::theme`]).
    pub theme: String,
    pub reader: ReaderSettings,
    pub links: LinkSettings,
    /// Surface form → canonical name.
    pub aliases: BTreeMap<String, String>,
    pub ingest: IngestSettings,
    pub keymap: Keymap,
    /// The user's file (its positions, for errors found after loading), if one was read.
    user: Option<Document>,
    /// The folder of the user's file: relative theme paths start there.
    dir: Option<PathBuf>,
}

/// Merges `over` into `base`: tables merge key by key, any other value replaces.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        if let (Some(toml::Value::Table(base_table)), toml::Value::Table(over_table)) = (base.get_mut(&key), &value) {
            merge(base_table, over_table.clone());
        } else {
            base.insert(key, value);
        }
    }
}

impl Config {
    /// The built-in defaults alone.
    pub fn builtin() -> Result<Self, ConfigError> {
        Self::layered(None, None)
    }

    /// The defaults with a user file's text over them; `file` names it in errors, `dir` is its folder.
    pub fn from_text(file: &str, text: &str, dir: Option<&Path>) -> Result<Self, ConfigError> {
        let user = Document::parse(file, text, &CONFIG_SHAPE)?;
        Self::layered(Some(user), dir.map(Path::to_path_buf))
    }

    /// Reads a config file and layers it over the defaults.
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|error| ConfigError::io(&file, format!("cannot read the config file: {error}")))?;
        Self::from_text(&file, &text, path.parent())
    }

    /// Loads the config in effect: a missing file at the default location means the defaults; a
    /// missing file that was asked for (`--config`, `PARALLAX_CONFIG`) is an error.
    pub fn load(location: &ConfigLocation) -> Result<Self, ConfigError> {
        let Some(path) = &location.path else { return Self::builtin() };
        match std::fs::metadata(path) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound && !location.is_explicit() => Self::builtin(),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                Err(ConfigError::io(path.display().to_string(), format!("no such file ({})", location.source)))
            }
            _ => Self::from_file(path),
        }
    }

    fn layered(user: Option<Document>, dir: Option<PathBuf>) -> Result<Self, ConfigError> {
        let defaults = Document::parse(DEFAULT_CONFIG_LABEL, DEFAULT_CONFIG, &CONFIG_SHAPE)?;
        let mut table = defaults.table.clone();
        if let Some(user) = &user {
            merge(&mut table, user.table.clone());
        }
        let blame = user.as_ref().unwrap_or(&defaults);
        let raw: RawConfig = toml::Value::Table(table).try_into().map_err(|error: toml::de::Error| {
            ConfigError::new(&blame.file, None, ErrorKind::WrongType, error.message())
        })?;
        let keymap = build_keymap(&raw.keys, blame)?;
        Ok(Self {
            theme: raw.theme,
            reader: raw.reader,
            links: raw.links,
            aliases: raw.aliases,
            ingest: raw.ingest,
            keymap,
            user,
            dir,
        })
    }

    /// The user's config file, as named in errors, if one was read.
    pub fn file(&self) -> Option<&str> {
        self.user.as_ref().map(|user| user.file.as_str())
    }

    /// The theme in effect. `cli_theme` (from `--theme`; relative paths start at the working directory)
    /// wins; otherwise, when `no_color` is set (see [`location::no_color_requested`]), mono; otherwise
    /// the config's theme (relative paths start at the config file's folder), which is loaded even under
    /// `no_color` so that a broken theme setting is always reported.
    pub fn theme(&self, cli_theme: Option<&str>, no_color: bool) -> Result<Theme, ConfigError> {
        if let Some(spec) = cli_theme {
            return Theme::load(spec, None).map_err(|error| {
                error.into_config_error(|kind, message| ConfigError::new("--theme", None, kind, message))
            });
        }
        let configured = Theme::load(&self.theme, self.dir.as_deref()).map_err(|error| {
            error.into_config_error(|kind, message| match &self.user {
                Some(user) if user.table.contains_key("theme") => user.error_at("theme", kind, message),
                _ => ConfigError::new(DEFAULT_CONFIG_LABEL, None, kind, message),
            })
        })?;
        if no_color {
            Theme::load(theme::NO_COLOR_THEME, None).map_err(|error| error.into_config_error(internal_error))
        } else {
            Ok(configured)
        }
    }

    /// The ingestion options of `[ingest]`.
    pub fn ingest_options(&self) -> Result<IngestOptions, ConfigError> {
        self.ingest.options().map_err(|error| {
            let message = format!("`ingest.extra_boilerplate`: {error}");
            match &self.user {
                Some(user) => user.error_at("ingest.extra_boilerplate", ErrorKind::InvalidValue, message),
                None => ConfigError::new(DEFAULT_CONFIG_LABEL, None, ErrorKind::InvalidValue, message),
            }
        })
    }

    /// The entity options of `[aliases]`.
    pub fn entity_options(&self) -> EntityOptions {
        EntityOptions { aliases: self.aliases.iter().map(|(from, to)| (from.clone(), to.clone())).collect() }
    }
}

fn internal_error(kind: ErrorKind, message: String) -> ConfigError {
    ConfigError::new("<built-in>", None, kind, message)
}

/// The key map of the layered `[keys]`; a conflict is blamed on the user's entry when there is one.
fn build_keymap(keys: &BTreeMap<String, KeyList>, blame: &Document) -> Result<Keymap, ConfigError> {
    let mut bindings = Vec::new();
    for (name, list) in keys {
        let Some(action) = Action::from_name(name) else {
            return Err(blame.error_at(
                &format!("keys.{name}"),
                ErrorKind::Unknown,
                format!("unknown action `{name}`"),
            ));
        };
        let texts = match list {
            KeyList::One(text) => std::slice::from_ref(text),
            KeyList::Many(texts) => texts.as_slice(),
        };
        let sequences = texts
            .iter()
            .map(|text| KeySequence::parse(text))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|reason| blame.error_at(&format!("keys.{name}"), ErrorKind::InvalidValue, reason))?;
        bindings.push((action, sequences));
    }
    Keymap::new(bindings).map_err(|conflict| {
        let path = [conflict.second, conflict.first]
            .iter()
            .map(|action| format!("keys.{}", action.name()))
            .find(|path| blame.positions.contains_key(path))
            .unwrap_or_default();
        blame.error_at(&path, ErrorKind::Conflict, conflict.to_string())
    })
}
