//! Configuration errors: each names the file, the line and column when known, and what was expected,
//! in one compact line such as ``config.toml:4:1: unknown setting `them`; did you mean `theme`?``.

use std::fmt;
use std::ops::Range;

/// A place in a file, both counted from 1; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text` (clamped to the text, moved back to a character boundary).
    pub fn at(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        Self { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
    }

    /// The position where a byte span starts.
    pub fn of_span(text: &str, span: &Range<usize>) -> Self {
        Self::at(text, span.start)
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// What kind of mistake an error reports, for callers that react differently (tests, mostly).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file cannot be read (or does not exist though it was asked for).
    Io,
    /// The file is not valid TOML.
    Syntax,
    /// A setting, table, action, element or theme name that does not exist.
    Unknown,
    /// A value of the wrong type (a string where a number belongs …).
    WrongType,
    /// A value of the right type that is not allowed (out of range, bad key, bad colour, bad regex …).
    InvalidValue,
    /// Two key bindings that cannot both hold.
    Conflict,
}

/// A configuration or theme file that cannot be used. Its `Display` is the whole human message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    /// The file as the user knows it (the path given, or a label such as `<built-in theme dark>`).
    pub file: String,
    pub position: Option<Position>,
    pub kind: ErrorKind,
    /// What is wrong and what was expected, without the file and position.
    pub message: String,
}

impl ConfigError {
    pub fn new(
        file: impl Into<String>,
        position: Option<Position>,
        kind: ErrorKind,
        message: impl Into<String>,
    ) -> Self {
        Self { file: file.into(), position, kind, message: message.into() }
    }

    /// An error about the whole file (unreadable, missing).
    pub fn io(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(file, None, ErrorKind::Io, message)
    }

    /// A TOML syntax error, positioned by its byte span in `text`.
    pub fn syntax(file: &str, text: &str, error: &toml::de::Error) -> Self {
        let position = error.span().map(|span| Position::of_span(text, &span));
        let message = error.message().trim_end().replace('\n', "; ");
        Self::new(file, position, ErrorKind::Syntax, format!("invalid TOML: {message}"))
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(position) => write!(f, "{}:{position}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The known name closest to `unknown`, when it is close enough to be what was meant.
pub fn closest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let unknown = unknown.to_lowercase();
    known
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(&unknown, &candidate.to_lowercase()), candidate))
        .filter(|&(similarity, _)| similarity >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// "; did you mean `x`?" when some known name is close to `unknown`, otherwise an empty string.
pub fn did_you_mean<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    closest(unknown, known).map(|name| format!("; did you mean `{name}`?")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nné = 2\n";
        assert_eq!(Position::at(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::at(text, 6), Position { line: 2, column: 1 });
        // "né " is four bytes: the `=` at byte 10 is the line's fourth character.
        assert_eq!(Position::at(text, 10), Position { line: 2, column: 4 });
        assert_eq!(Position::at(text, 999), Position { line: 3, column: 1 });
    }

    #[test]
    fn suggestions_only_when_close() {
        assert_eq!(closest("them", ["theme", "reader"]), Some("theme"));
        assert_eq!(closest("gutte", ["gutter", "panes"]), Some("gutter"));
        assert_eq!(closest("zzz", ["theme", "reader"]), None);
        assert_eq!(did_you_mean("xyz", ["theme"]), "");
    }

    #[test]
    fn display_puts_file_and_position_first() {
        let error = ConfigError::new("config.toml", Some(Position { line: 4, column: 1 }), ErrorKind::Unknown, "bad");
        assert_eq!(error.to_string(), "config.toml:4:1: bad");
        assert_eq!(ConfigError::io("x.toml", "cannot read").to_string(), "x.toml: cannot read");
    }
}
