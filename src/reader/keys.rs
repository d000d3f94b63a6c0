//! Key strings for headless runs (`parallax snapshot --keys "]]c"`): each character is a key, and
//! `<name>` spells a named key or chord as the config does (`<enter>`, `<tab>`, `<ctrl-d>`, `<esc>`).

use crate::config::keys::KeyChord;
use crossterm::event::KeyEvent;

/// Parses a key string into key events.
pub fn parse_keys(spec: &str) -> Result<Vec<KeyEvent>, String> {
    let mut events = Vec::new();
    let mut chars = spec.chars().peekable();
    while let Some(c) = chars.next() {
        let chord = if c == '<' && spec.contains('>') {
            let mut name = String::new();
            for next in chars.by_ref() {
                if next == '>' {
                    break;
                }
                name.push(next);
            }
            if name.is_empty() {
                KeyChord::parse("<")?
            } else {
                KeyChord::parse(&name).map_err(|error| format!("in --keys: <{name}>: {error}"))?
            }
        } else if c == ' ' {
            KeyChord::parse("space")?
        } else {
            KeyChord::parse(&c.to_string()).map_err(|error| format!("in --keys: {c}: {error}"))?
        };
        events.push(chord.to_event());
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn characters_and_named_keys() {
        let keys = parse_keys("]c<enter><ctrl-d>G").unwrap();
        let codes: Vec<(KeyCode, KeyModifiers)> = keys.iter().map(|k| (k.code, k.modifiers)).collect();
        assert_eq!(codes[0], (KeyCode::Char(']'), KeyModifiers::NONE));
        assert_eq!(codes[2], (KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!(codes[3], (KeyCode::Char('d'), KeyModifiers::CONTROL));
        assert_eq!(codes.len(), 5);
        assert!(parse_keys("<nosuchkey>").is_err());
    }
}
