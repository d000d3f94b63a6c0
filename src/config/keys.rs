//! Keys as the config writes them (`j`, `ctrl-d`, `shift-tab`, `f1`, `"g g"`) and as crossterm reports them,
//! brought to one normal form so that both compare equal.
//!
//! Normal form: a character carries no SHIFT (the character already says it: `G`, `?`); `shift-x` is `X`;
//! shift-tab is `backtab`; only ctrl, alt and shift count as modifiers.

use super::error::did_you_mean;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

/// The longest key sequence a binding may have.
pub const MAX_SEQUENCE_LEN: usize = 4;

/// Named keys: config spelling (the first spelling of a key is the one displayed) and key code.
const NAMED_KEYS: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("return", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("escape", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("insert", KeyCode::Insert),
    ("delete", KeyCode::Delete),
    ("del", KeyCode::Delete),
    ("space", KeyCode::Char(' ')),
];

/// One key press: a key and its modifiers, in normal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    code: KeyCode,
    modifiers: KeyModifiers,
}

impl KeyChord {
    /// A chord in normal form.
    /// The key event a user pressing this chord produces.
    pub fn to_event(self) -> crossterm::event::KeyEvent {
        crossterm::event::KeyEvent::new(self.code, self.modifiers)
    }

    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Self {
        let mut modifiers = modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::Char(uppercase(c))
            }
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::BackTab => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Self { code, modifiers }
    }

    /// The chord of a key event as crossterm reports it.
    pub fn from_event(event: &KeyEvent) -> Self {
        Self::new(event.code, event.modifiers)
    }

    /// Parses one key: a character (`j`, `G`, `?`), a named key (`enter`, `pagedown`, `f1`) or either with
    /// `ctrl-`, `alt-` and `shift-` in front.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut rest = text;
        let mut modifiers = KeyModifiers::NONE;
        loop {
            if rest.chars().count() <= 1 {
                break;
            }
            let Some((prefix, after)) = rest.split_once('-') else { break };
            let modifier = match prefix.to_ascii_lowercase().as_str() {
                "ctrl" | "control" => KeyModifiers::CONTROL,
                "alt" | "meta" => KeyModifiers::ALT,
                "shift" => KeyModifiers::SHIFT,
                _ => break,
            };
            if after.is_empty() {
                return Err(format!("`{text}` names a modifier but no key after it"));
            }
            modifiers |= modifier;
            rest = after;
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            (None, _) => return Err("an empty key".to_owned()),
            _ => named_key(rest).ok_or_else(|| {
                let names = NAMED_KEYS.iter().map(|(name, _)| *name).chain(["f1", "f12"]);
                format!(
                    "unknown key `{rest}`: expected one character, a key name (enter, esc, tab, backtab, \
                     backspace, up, down, left, right, pageup, pagedown, home, end, space, f1 …) or modifiers \
                     such as `ctrl-d`; the keys of a sequence are separated by spaces (\"g g\"){}",
                    did_you_mean(rest, names)
                )
            })?,
        };
        Ok(Self::new(code, modifiers))
    }
}

fn uppercase(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(single), None) => single,
        _ => c,
    }
}

fn named_key(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    let lower = match lower.as_str() {
        "page_up" | "page-up" | "pgup" => "pageup",
        "page_down" | "page-down" | "pgdn" => "pagedown",
        other => other,
    };
    if let Some(&(_, code)) = NAMED_KEYS.iter().find(|(spelling, _)| *spelling == lower) {
        return Some(code);
    }
    let number: u8 = lower.strip_prefix('f')?.parse().ok()?;
    (1..=24).contains(&number).then_some(KeyCode::F(number))
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (modifier, prefix) in
            [(KeyModifiers::CONTROL, "ctrl-"), (KeyModifiers::ALT, "alt-"), (KeyModifiers::SHIFT, "shift-")]
        {
            if self.modifiers.contains(modifier) {
                f.write_str(prefix)?;
            }
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(number) => write!(f, "f{number}"),
            code => match NAMED_KEYS.iter().find(|(_, named)| *named == code) {
                Some((spelling, _)) => f.write_str(spelling),
                None => write!(f, "{code:?}"),
            },
        }
    }
}

/// Keys pressed one after another (`g g`); bound as one unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeySequence(Vec<KeyChord>);

impl KeySequence {
    /// Parses space-separated keys: `"g g"`, `"ctrl-w l"`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let chords = text.split_whitespace().map(KeyChord::parse).collect::<Result<Vec<_>, _>>()?;
        if chords.is_empty() {
            // A lone space is the space key; only an empty string is no key at all.
            return if text.is_empty() {
                Err("an empty key".to_owned())
            } else {
                Ok(Self(vec![KeyChord::parse(" ")?]))
            };
        }
        if chords.len() > MAX_SEQUENCE_LEN {
            return Err(format!("`{text}` is longer than {MAX_SEQUENCE_LEN} keys"));
        }
        Ok(Self(chords))
    }

    pub fn chords(&self) -> &[KeyChord] {
        &self.0
    }

    /// Is this sequence a proper prefix of `other` (`g` of `g g`)?
    pub fn is_proper_prefix_of(&self, other: &KeySequence) -> bool {
        self.0.len() < other.0.len() && other.0.starts_with(&self.0)
    }
}

impl From<Vec<KeyChord>> for KeySequence {
    fn from(chords: Vec<KeyChord>) -> Self {
        Self(chords)
    }
}

impl fmt::Display for KeySequence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, chord) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{chord}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap()
    }

    #[test]
    fn characters_named_keys_and_modifiers() {
        assert_eq!(chord("j"), KeyChord::new(KeyCode::Char('j'), KeyModifiers::NONE));
        assert_eq!(chord("ctrl-d"), KeyChord::new(KeyCode::Char('d'), KeyModifiers::CONTROL));
        assert_eq!(chord("Ctrl-Alt-x"), KeyChord::new(KeyCode::Char('x'), KeyModifiers::CONTROL | KeyModifiers::ALT));
        assert_eq!(chord("ctrl--"), KeyChord::new(KeyCode::Char('-'), KeyModifiers::CONTROL));
        assert_eq!(chord("-"), KeyChord::new(KeyCode::Char('-'), KeyModifiers::NONE));
        assert_eq!(chord("PageDown"), KeyChord::new(KeyCode::PageDown, KeyModifiers::NONE));
        assert_eq!(chord("f12"), KeyChord::new(KeyCode::F(12), KeyModifiers::NONE));
        assert_eq!(chord("space"), KeyChord::new(KeyCode::Char(' '), KeyModifiers::NONE));
        assert!(KeyChord::parse("f25").is_err());
        assert!(KeyChord::parse("ctrl-").is_err());
        assert!(KeyChord::parse("hyper-x").is_err());
        assert!(KeyChord::parse("enterr").is_err());
    }

    #[test]
    fn shift_is_folded_into_characters_and_tab() {
        assert_eq!(chord("shift-g"), chord("G"));
        assert_eq!(chord("shift-tab"), chord("backtab"));
        let reported = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&reported), chord("G"));
        let question = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&question), chord("?"));
        let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&backtab), chord("backtab"));
        assert_ne!(chord("shift-up"), chord("up"));
    }

    #[test]
    fn display_round_trips() {
        for text in ["j", "G", "?", "ctrl-d", "alt-x", "backtab", "pagedown", "space", "f1", "g g", "ctrl-w l"] {
            let sequence = KeySequence::parse(text).unwrap();
            assert_eq!(sequence.to_string(), text);
            assert_eq!(KeySequence::parse(&sequence.to_string()).unwrap(), sequence);
        }
        assert_eq!(KeySequence::parse("shift-tab").unwrap().to_string(), "backtab");
        assert_eq!(KeySequence::parse(" ").unwrap().to_string(), "space");
    }

    #[test]
    fn sequences_and_prefixes() {
        let g = KeySequence::parse("g").unwrap();
        let gg = KeySequence::parse("g  g").unwrap();
        assert!(g.is_proper_prefix_of(&gg));
        assert!(!gg.is_proper_prefix_of(&g));
        assert!(!gg.is_proper_prefix_of(&gg));
        assert!(KeySequence::parse("a b c d e").is_err());
        assert!(KeySequence::parse("").is_err());
    }
}
