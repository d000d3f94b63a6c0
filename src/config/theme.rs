//! Themes: a palette of named colours and a style (fg, bg, modifiers) for each screen [`Element`].
//!
//! Built-in themes (`config/themes/*.toml`: dark, light, high-contrast, mono) are embedded and parsed
//! exactly like user theme files. A theme may say `extends = "dark"` (or the path of another theme file)
//! and then only lists what it changes: palette entries replace the parent's (and recolour every element
//! that uses them), and each field of an element's style replaces the parent's field.

use super::colour::{self, parse_colour};
use super::error::{ConfigError, ErrorKind, did_you_mean};
use super::schema::{Document, Shape};
use crate::core::entities::EntityType;
use ratatui::style::{Color, Style};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

macro_rules! elements {
    ($( $(#[doc = $doc:literal])+ $variant:ident => $name:literal, )+) => {
        /// A part of the screen with a style of its own.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Element {
            $( $(#[doc = $doc])+ $variant, )+
        }

        impl Element {
            /// Every element, in theme-file order.
            pub const ALL: &'static [Element] = &[$(Element::$variant),+];

            /// The element's name in theme files.
            pub fn name(self) -> &'static str {
                match self { $(Element::$variant => $name,)+ }
            }

            /// The element a theme-file name stands for.
            pub fn from_name(name: &str) -> Option<Element> {
                match name { $($name => Some(Element::$variant),)+ _ => None }
            }
        }
    };
}

elements! {
    /// The background and text of every pane
    Pane => "pane",
    /// Pane borders
    Border => "border",
    /// The border of the focused pane
    BorderFocused => "border_focused",
    /// An article's title
    Title => "title",
    /// The title in a pane's border
    PaneTitle => "pane_title",
    /// A person's name
    EntityPerson => "entity_person",
    /// An organisation's name
    EntityOrg => "entity_org",
    /// A place's name
    EntityPlace => "entity_place",
    /// A product's name
    EntityProduct => "entity_product",
    /// An event's name
    EntityEvent => "entity_event",
    /// An amount of money
    EntityMoney => "entity_money",
    /// A percentage
    EntityPercent => "entity_percent",
    /// A date
    EntityDate => "entity_date",
    /// The current passage
    PassageCursor => "passage_cursor",
    /// The gutter beside the text
    Gutter => "gutter",
    /// The gutter mark of a passage that other sources also report
    GutterLinked => "gutter_linked",
    /// What a source reports differently
    Difference => "difference",
    /// A search hit
    SearchHit => "search_hit",
    /// Site chrome (share buttons, advertisements …) when shown
    Boilerplate => "boilerplate",
    /// An article's byline and date line
    Byline => "byline",
    /// The status bar
    StatusBar => "status_bar",
    /// A key named in the status bar
    StatusKey => "status_key",
    /// The help screen
    Help => "help",
    /// The selected row of a list
    Selection => "selection",
    /// The bar showing how many sources report a fact
    CoverageBar => "coverage_bar",
    /// Secondary text (counts, hints)
    Dim => "dim",
}

impl Element {
    /// The element that shows entities of a type.
    pub fn for_entity(kind: EntityType) -> Element {
        match kind {
            EntityType::Person => Element::EntityPerson,
            EntityType::Org => Element::EntityOrg,
            EntityType::Place => Element::EntityPlace,
            EntityType::Product => Element::EntityProduct,
            EntityType::Event => Element::EntityEvent,
            EntityType::Money => Element::EntityMoney,
            EntityType::Percent => Element::EntityPercent,
            EntityType::Date => Element::EntityDate,
        }
    }
}

/// The theme used when none is chosen.
pub const DEFAULT_THEME: &str = "dark";
/// The theme used when `NO_COLOR` is set.
pub const NO_COLOR_THEME: &str = "mono";

const BUILTIN_THEMES: &[(&str, &str)] = &[
    ("dark", include_str!("../../config/themes/dark.toml")),
    ("light", include_str!("../../config/themes/light.toml")),
    ("high-contrast", include_str!("../../config/themes/high-contrast.toml")),
    ("mono", include_str!("../../config/themes/mono.toml")),
];

/// How many themes may extend one another in a chain.
const MAX_EXTENDS_DEPTH: usize = 8;

fn element_names() -> Vec<&'static str> {
    Element::ALL.iter().map(|element| element.name()).collect()
}

static STYLE_SHAPE: Shape =
    Shape::Table(&[("fg", Shape::Colour), ("bg", Shape::Colour), ("modifiers", Shape::Modifiers)]);

static THEME_SHAPE: Shape = Shape::Table(&[
    ("extends", Shape::Text),
    ("palette", Shape::Map { names: None, what: "palette entry", value: &Shape::Colour }),
    ("styles", Shape::Map { names: Some(element_names), what: "element", value: &STYLE_SHAPE }),
]);

/// A theme that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeError {
    /// The name is neither a built-in theme nor a path (a path has a `/` or ends in `.toml`).
    Unknown { name: String },
    /// The theme file cannot be read.
    Unreadable { path: PathBuf, reason: String },
    /// The theme file is broken.
    Invalid(ConfigError),
}

impl ThemeError {
    /// The error as a config error, attributed to whoever named the theme (`file`, at `path` in it,
    /// for a name that does not resolve).
    pub fn into_config_error(self, referrer: impl FnOnce(ErrorKind, String) -> ConfigError) -> ConfigError {
        match self {
            Self::Unknown { name } => {
                let hint = did_you_mean(&name, Theme::builtin_names().iter().copied());
                let message = format!(
                    "unknown theme `{name}`{hint} (built-in themes: {}; a theme file is given by a path ending in .toml)",
                    Theme::builtin_names().join(", ")
                );
                referrer(ErrorKind::Unknown, message)
            }
            Self::Unreadable { path, reason } => {
                referrer(ErrorKind::Io, format!("cannot read theme file {}: {reason}", path.display()))
            }
            Self::Invalid(error) => error,
        }
    }
}

/// A resolved theme: a style for every element.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    name: String,
    styles: HashMap<Element, Style>,
}

impl Theme {
    /// The names of the built-in themes; the first is the default.
    pub fn builtin_names() -> Vec<&'static str> {
        BUILTIN_THEMES.iter().map(|(name, _)| *name).collect()
    }

    /// The built-in theme file of that name, verbatim.
    pub fn builtin_source(name: &str) -> Option<&'static str> {
        BUILTIN_THEMES.iter().find(|(known, _)| *known == name).map(|(_, text)| *text)
    }

    /// Loads a theme: a built-in name, or the path of a theme file (relative paths start at `base_dir`).
    pub fn load(spec: &str, base_dir: Option<&Path>) -> Result<Theme, ThemeError> {
        let chain = load_chain(spec, base_dir, 0)?;
        resolve(spec, &chain).map_err(ThemeError::Invalid)
    }

    /// A theme from the text of a theme file (`file` names it in errors; `extends` paths start at `base_dir`).
    pub fn from_text(file: &str, text: &str, base_dir: Option<&Path>) -> Result<Theme, ThemeError> {
        let document = Document::parse(file, text, &THEME_SHAPE).map_err(ThemeError::Invalid)?;
        let mut chain = parent_chain(&document, base_dir, 0)?;
        chain.push(document);
        resolve(file, &chain).map_err(ThemeError::Invalid)
    }

    /// The theme's name: the built-in name or the path it was loaded from.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The style of an element (the terminal's own colours when the theme leaves it out).
    pub fn style(&self, element: Element) -> Style {
        self.styles.get(&element).copied().unwrap_or_default()
    }
}

/// Is `spec` a path rather than a theme name?
fn is_path(spec: &str) -> bool {
    spec.contains(['/', std::path::MAIN_SEPARATOR]) || spec.ends_with(".toml")
}

/// The theme file `spec` names and those it extends, the farthest ancestor first.
fn load_chain(spec: &str, base_dir: Option<&Path>, depth: usize) -> Result<Vec<Document>, ThemeError> {
    let (document, dir) = if let Some(text) = Theme::builtin_source(spec) {
        (Document::parse(&format!("<built-in theme {spec}>"), text, &THEME_SHAPE), None)
    } else if is_path(spec) {
        let path = match base_dir {
            Some(dir) if Path::new(spec).is_relative() => dir.join(spec),
            _ => PathBuf::from(spec),
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|error| ThemeError::Unreadable { path: path.clone(), reason: error.to_string() })?;
        let dir = path.parent().map(Path::to_path_buf);
        (Document::parse(&path.display().to_string(), &text, &THEME_SHAPE), dir)
    } else {
        return Err(ThemeError::Unknown { name: spec.to_owned() });
    };
    let document = document.map_err(ThemeError::Invalid)?;
    let mut chain = parent_chain(&document, dir.as_deref(), depth)?;
    chain.push(document);
    Ok(chain)
}

/// The chain of themes a document extends (empty when it extends none).
fn parent_chain(document: &Document, dir: Option<&Path>, depth: usize) -> Result<Vec<Document>, ThemeError> {
    let Some(parent) = document.table.get("extends").and_then(toml::Value::as_str) else { return Ok(Vec::new()) };
    if depth >= MAX_EXTENDS_DEPTH {
        let message = format!("themes extend one another more than {MAX_EXTENDS_DEPTH} deep (a cycle?)");
        return Err(ThemeError::Invalid(document.error_at("extends", ErrorKind::InvalidValue, message)));
    }
    load_chain(parent, dir, depth + 1).map_err(|error| match error {
        ThemeError::Invalid(error) => ThemeError::Invalid(error),
        other => ThemeError::Invalid(
            other
                .into_config_error(|kind, message| document.error_at("extends", kind, format!("`extends`: {message}"))),
        ),
    })
}

/// A setting and the document (index in the chain) and path that gave it.
type Sourced<'a> = (&'a toml::Value, usize, String);

/// Merges the chain (later documents win) and resolves every colour.
fn resolve(name: &str, chain: &[Document]) -> Result<Theme, ConfigError> {
    let mut palette_specs: BTreeMap<&str, Sourced<'_>> = BTreeMap::new();
    let mut style_specs: BTreeMap<Element, BTreeMap<&str, Sourced<'_>>> = BTreeMap::new();
    for (index, document) in chain.iter().enumerate() {
        if let Some(palette) = document.table.get("palette").and_then(toml::Value::as_table) {
            for (entry, value) in palette {
                palette_specs.insert(entry, (value, index, format!("palette.{entry}")));
            }
        }
        let Some(styles) = document.table.get("styles").and_then(toml::Value::as_table) else { continue };
        for (element_name, style) in styles {
            let (Some(element), Some(fields)) = (Element::from_name(element_name), style.as_table()) else { continue };
            for (field, value) in fields {
                let path = format!("styles.{element_name}.{field}");
                style_specs.entry(element).or_default().insert(field, (value, index, path));
            }
        }
    }
    let no_palette = BTreeMap::new();
    let mut palette = BTreeMap::new();
    for (entry, spec) in &palette_specs {
        palette.insert((*entry).to_owned(), colour_of(spec, chain, &no_palette)?);
    }
    let mut styles = HashMap::new();
    for (element, fields) in &style_specs {
        let mut style = Style::new();
        for (field, spec) in fields {
            match *field {
                "fg" => style = style.fg(colour_of(spec, chain, &palette)?),
                "bg" => style = style.bg(colour_of(spec, chain, &palette)?),
                _ => {
                    let names = spec.0.as_array().into_iter().flatten().filter_map(toml::Value::as_str);
                    for modifier in names.filter_map(colour::modifier) {
                        style = style.add_modifier(modifier);
                    }
                }
            }
        }
        styles.insert(*element, style);
    }
    Ok(Theme { name: name.to_owned(), styles })
}

fn colour_of(spec: &Sourced<'_>, chain: &[Document], palette: &BTreeMap<String, Color>) -> Result<Color, ConfigError> {
    let (value, index, path) = spec;
    let document = &chain[*index];
    let parsed = match value {
        toml::Value::Integer(index) => u8::try_from(*index).map(Color::Indexed).map_err(|_| "over 255".to_owned()),
        other => parse_colour(other.as_str().unwrap_or_default(), palette),
    };
    parsed.map_err(|reason| document.error_at(path, ErrorKind::InvalidValue, format!("`{path}`: {reason}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn built_in_themes_style_every_element() {
        for name in Theme::builtin_names() {
            let theme = Theme::load(name, None).unwrap();
            let source = Theme::builtin_source(name).unwrap();
            for element in Element::ALL {
                assert!(source.contains(&format!("\n{} = ", element.name())), "{name} styles {}", element.name());
            }
            assert_eq!(theme.name(), name);
        }
    }

    #[test]
    fn mono_has_no_colours() {
        let mono = Theme::load("mono", None).unwrap();
        for &element in Element::ALL {
            let style = mono.style(element);
            assert_eq!((style.fg, style.bg), (None, None), "{}", element.name());
        }
        assert!(mono.style(Element::PassageCursor).add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn extending_changes_only_what_it_names() {
        let dark = Theme::load("dark", None).unwrap();
        let text = "extends = \"dark\"\n[styles]\ntitle = { fg = \"red\" }\n";
        let mine = Theme::from_text("mine.toml", text, None).unwrap();
        assert_eq!(mine.style(Element::Title).fg, Some(Color::Red));
        assert_eq!(mine.style(Element::Title).add_modifier, dark.style(Element::Title).add_modifier);
        for &element in Element::ALL.iter().filter(|&&element| element != Element::Title) {
            assert_eq!(mine.style(element), dark.style(element), "{}", element.name());
        }
    }

    #[test]
    fn palette_entries_recolour_their_users() {
        let text = "extends = \"dark\"\n[palette]\naccent = \"#ff0000\"\n";
        let mine = Theme::from_text("mine.toml", text, None).unwrap();
        assert_eq!(mine.style(Element::BorderFocused).fg, Some(Color::Rgb(255, 0, 0)));
    }

    #[test]
    fn unknown_names_and_cycles() {
        let error = Theme::load("ligth", None).unwrap_err();
        assert_eq!(error, ThemeError::Unknown { name: "ligth".to_owned() });
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.toml"), "extends = \"b.toml\"").unwrap();
        std::fs::write(dir.path().join("b.toml"), "extends = \"a.toml\"").unwrap();
        let ThemeError::Invalid(error) = Theme::load("a.toml", Some(dir.path())).unwrap_err() else { panic!() };
        assert!(error.message.contains("a cycle"), "{error}");
    }
}
