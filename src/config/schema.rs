//! Checks a TOML file against the shape a config or theme file must have, with byte spans kept so that
//! every complaint points at a line and column: unknown keys (with a "did you mean"), wrong types (saying
//! what was expected), values out of range, keys that do not parse, patterns that do not compile.
//!
//! A file that passes becomes a [`Document`]: its plain TOML table (for layering) and the position of
//! every value in it (for errors found later, after layering).

use super::colour::MODIFIER_NAMES;
use super::error::{ConfigError, ErrorKind, Position, did_you_mean};
use super::keys::KeySequence;
use std::collections::HashMap;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// What a value must look like.
#[derive(Debug)]
pub enum Shape {
    /// A table with these keys, each optional.
    Table(&'static [(&'static str, Shape)]),
    /// A table of free keys whose values share one shape. `names`, when given, lists the keys allowed;
    /// `what` says what a key is (`action`, `element`), for messages.
    Map {
        names: Option<fn() -> Vec<&'static str>>,
        what: &'static str,
        value: &'static Shape,
    },
    Bool,
    /// A whole number within bounds (inclusive).
    Integer {
        min: i64,
        max: i64,
    },
    /// A number from 0 to 1.
    Fraction,
    /// One of these strings.
    Choice(&'static [&'static str]),
    Text,
    /// A list of regular expressions (matched case-insensitively).
    Patterns,
    /// A key sequence or a list of them.
    Keys,
    /// A colour: a string (resolved later, against the palette) or a 256-colour index.
    Colour,
    /// A list of style modifiers.
    Modifiers,
}

/// A file that has the right shape.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file as the user knows it (path or built-in label).
    pub file: String,
    pub table: toml::Table,
    /// The position of each value, by dotted path (`reader.gutter`, `keys.quit`, `styles.title.fg`).
    pub positions: HashMap<String, Position>,
}

impl Document {
    /// Parses and checks `text`; `file` names it in errors.
    pub fn parse(file: &str, text: &str, shape: &Shape) -> Result<Self, ConfigError> {
        let root = DeTable::parse(text).map_err(|error| ConfigError::syntax(file, text, &error))?;
        let mut checker = Checker { file, text, positions: HashMap::new() };
        checker.table(root.get_ref(), shape, "")?;
        let table = toml::from_str::<toml::Table>(text).map_err(|error| ConfigError::syntax(file, text, &error))?;
        Ok(Self { file: file.to_owned(), table, positions: checker.positions })
    }

    /// An error about the value at `path` in this file (positioned when the file sets it).
    pub fn error_at(&self, path: &str, kind: ErrorKind, message: impl Into<String>) -> ConfigError {
        ConfigError::new(self.file.clone(), self.positions.get(path).copied(), kind, message)
    }
}

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    positions: HashMap<String, Position>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
}

/// "a string", "an integer" … for a TOML value.
fn described(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a number with a fraction",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn integer(value: &DeValue<'_>) -> Option<i64> {
    match value {
        DeValue::Integer(integer) => i64::from_str_radix(integer.as_str(), integer.radix()).ok(),
        _ => None,
    }
}

fn modifier_names() -> Vec<&'static str> {
    MODIFIER_NAMES.iter().map(|(name, _)| *name).collect()
}

fn expected(shape: &Shape) -> String {
    match shape {
        Shape::Table(_) | Shape::Map { .. } => "a table".to_owned(),
        Shape::Bool => "true or false".to_owned(),
        Shape::Integer { min, max } if *max == i64::MAX => format!("a whole number of at least {min}"),
        Shape::Integer { min, max } => format!("a whole number from {min} to {max}"),
        Shape::Fraction => "a number from 0 to 1".to_owned(),
        Shape::Choice(choices) => {
            format!("one of {}", choices.iter().map(|choice| format!("\"{choice}\"")).collect::<Vec<_>>().join(", "))
        }
        Shape::Text => "a string".to_owned(),
        Shape::Patterns => "a list of regular expressions, such as [\"^advertisement$\"]".to_owned(),
        Shape::Keys => "a key such as \"ctrl-d\" or a list of keys such as [\"j\", \"down\"]".to_owned(),
        Shape::Colour => {
            "a colour: a name such as \"red\", a 256-colour index, \"#rrggbb\" or a palette name".to_owned()
        }
        Shape::Modifiers => format!("a list of modifiers ({})", modifier_names().join(", ")),
    }
}

/// The last line of a regex error (`unclosed group`), without the pattern drawing above it.
fn regex_reason(error: &regex::Error) -> String {
    let text = error.to_string();
    let last = text.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or(&text);
    last.trim().trim_start_matches("error: ").to_owned()
}

impl Checker<'_> {
    fn position(&self, span: &Range<usize>) -> Position {
        Position::of_span(self.text, span)
    }

    fn error(&self, span: &Range<usize>, kind: ErrorKind, message: String) -> ConfigError {
        ConfigError::new(self.file, Some(self.position(span)), kind, message)
    }

    fn wrong_type(&self, value: &Spanned<DeValue<'_>>, shape: &Shape, path: &str) -> ConfigError {
        let message = format!("`{path}` should be {}, not {}", expected(shape), described(value.get_ref()));
        self.error(&value.span(), ErrorKind::WrongType, message)
    }

    fn table(&mut self, table: &DeTable<'_>, shape: &Shape, path: &str) -> Result<(), ConfigError> {
        let place = if path.is_empty() { String::new() } else { format!(" in [{path}]") };
        for (key, value) in table.iter() {
            let name: &str = key.get_ref();
            let child = match shape {
                Shape::Table(fields) => {
                    fields.iter().find(|(field, _)| *field == name).map(|(_, child)| child).ok_or_else(|| {
                        format!(
                            "unknown setting `{name}`{place}{}",
                            did_you_mean(name, fields.iter().map(|(field, _)| *field))
                        )
                    })
                }
                Shape::Map { names: Some(names), what, value: child } => {
                    let known = names();
                    if known.contains(&name) {
                        Ok(*child)
                    } else {
                        Err(format!("unknown {what} `{name}`{place}{}", did_you_mean(name, known.iter().copied())))
                    }
                }
                Shape::Map { names: None, value: child, .. } => Ok(*child),
                _ => Err(format!("unexpected setting `{name}`{place}")),
            }
            .map_err(|message| self.error(&key.span(), ErrorKind::Unknown, message))?;
            self.value(value, child, &join(path, name))?;
        }
        Ok(())
    }

    fn value(&mut self, value: &Spanned<DeValue<'_>>, shape: &Shape, path: &str) -> Result<(), ConfigError> {
        let span = value.span();
        self.positions.insert(path.to_owned(), self.position(&span));
        match (shape, value.get_ref()) {
            (Shape::Table(_) | Shape::Map { .. }, DeValue::Table(table)) => self.table(table, shape, path),
            (Shape::Bool, DeValue::Boolean(_)) | (Shape::Text, DeValue::String(_)) => Ok(()),
            (Shape::Integer { min, max }, found @ DeValue::Integer(_)) => match integer(found) {
                Some(number) if (*min..=*max).contains(&number) => Ok(()),
                _ => Err(self.out_of_range(value, shape, path)),
            },
            (Shape::Fraction, found @ (DeValue::Float(_) | DeValue::Integer(_))) => {
                let number = match found {
                    DeValue::Float(float) => float.as_str().parse::<f64>().ok(),
                    other => integer(other).map(|whole| whole as f64),
                };
                match number {
                    Some(number) if (0.0..=1.0).contains(&number) => Ok(()),
                    _ => Err(self.out_of_range(value, shape, path)),
                }
            }
            (Shape::Choice(choices), DeValue::String(text)) => {
                if choices.contains(&text.as_ref()) {
                    Ok(())
                } else {
                    let hint = did_you_mean(text, choices.iter().copied());
                    let message = format!("`{path}` should be {}, not \"{text}\"{hint}", expected(shape));
                    Err(self.error(&span, ErrorKind::InvalidValue, message))
                }
            }
            (Shape::Colour, DeValue::String(_)) => Ok(()),
            (Shape::Colour, found @ DeValue::Integer(_)) => match integer(found) {
                Some(0..=255) => Ok(()),
                _ => Err(self.error(&span, ErrorKind::InvalidValue, format!("`{path}`: a colour index is 0 to 255"))),
            },
            (Shape::Keys, DeValue::String(text)) => self.key(text, &span, path),
            (Shape::Patterns | Shape::Keys | Shape::Modifiers, DeValue::Array(items)) => {
                for item in items.iter() {
                    self.item(item, shape, path)?;
                }
                Ok(())
            }
            _ => Err(self.wrong_type(value, shape, path)),
        }
    }

    /// One element of a list.
    fn item(&self, item: &Spanned<DeValue<'_>>, shape: &Shape, path: &str) -> Result<(), ConfigError> {
        let span = item.span();
        let DeValue::String(text) = item.get_ref() else { return Err(self.wrong_type(item, shape, path)) };
        match shape {
            Shape::Keys => self.key(text, &span, path),
            Shape::Patterns => regex::Regex::new(&format!("(?i){text}")).map(|_| ()).map_err(|error| {
                let message =
                    format!("`{path}`: \"{text}\" is not a valid regular expression: {}", regex_reason(&error));
                self.error(&span, ErrorKind::InvalidValue, message)
            }),
            _ if modifier_names().contains(&text.as_ref()) => Ok(()),
            _ => {
                let hint = did_you_mean(text, modifier_names());
                let message =
                    format!("`{path}`: unknown modifier \"{text}\", expected {}{hint}", modifier_names().join(", "));
                Err(self.error(&span, ErrorKind::InvalidValue, message))
            }
        }
    }

    fn key(&self, text: &str, span: &Range<usize>, path: &str) -> Result<(), ConfigError> {
        KeySequence::parse(text)
            .map(|_| ())
            .map_err(|reason| self.error(span, ErrorKind::InvalidValue, format!("`{path}`: {reason}")))
    }

    fn out_of_range(&self, value: &Spanned<DeValue<'_>>, shape: &Shape, path: &str) -> ConfigError {
        let found = self.text.get(value.span()).unwrap_or("this");
        self.error(
            &value.span(),
            ErrorKind::InvalidValue,
            format!("`{path}` should be {}, not {found}", expected(shape)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SHAPE: Shape = Shape::Table(&[
        ("name", Shape::Text),
        ("size", Shape::Integer { min: 1, max: 10 }),
        ("part", Shape::Table(&[("share", Shape::Fraction), ("mode", Shape::Choice(&["dim", "hide"]))])),
        ("keys", Shape::Map { names: None, what: "action", value: &Shape::Keys }),
    ]);

    fn check(text: &str) -> Result<Document, String> {
        Document::parse("t.toml", text, &SHAPE).map_err(|error| error.to_string())
    }

    #[test]
    fn accepts_the_shape_and_records_positions() {
        let document =
            check("name = \"x\"\n[part]\nshare = 1\nmode = \"hide\"\n[keys]\nquit = [\"q\", \"g g\"]\n").unwrap();
        assert_eq!(document.positions["part.share"], Position { line: 3, column: 9 });
        assert_eq!(document.positions["keys.quit"].line, 6);
        assert_eq!(document.table["part"]["mode"].as_str(), Some("hide"));
    }

    #[test]
    fn reports_what_is_wrong_where() {
        assert_eq!(check("nam = 1").unwrap_err(), "t.toml:1:1: unknown setting `nam`; did you mean `name`?");
        assert_eq!(
            check("size = \"3\"").unwrap_err(),
            "t.toml:1:8: `size` should be a whole number from 1 to 10, not a string"
        );
        assert_eq!(check("size = 11").unwrap_err(), "t.toml:1:8: `size` should be a whole number from 1 to 10, not 11");
        assert_eq!(
            check("[part]\nshare = 1.5").unwrap_err(),
            "t.toml:2:9: `part.share` should be a number from 0 to 1, not 1.5"
        );
        assert_eq!(
            check("[part]\nmode = \"dimm\"").unwrap_err(),
            "t.toml:2:8: `part.mode` should be one of \"dim\", \"hide\", not \"dimm\"; did you mean `dim`?"
        );
        assert!(check("[keys]\nquit = \"ctrl-\"").unwrap_err().starts_with("t.toml:2:8: `keys.quit`: "));
        assert!(check("[keys]\nquit = [1]").unwrap_err().starts_with("t.toml:2:9: `keys.quit` should be a key"));
        assert!(check("name = ").unwrap_err().starts_with("t.toml:1:8: invalid TOML: "));
    }
}
