//! Colours and modifiers as theme files write them: ratatui's colour names (`red`, `dark_gray`,
//! `light_cyan` …), a 256-colour index (`208`), `#rrggbb`, `reset` (the terminal's own colour) or a name
//! from the theme's palette.

use super::error::did_you_mean;
use ratatui::style::{Color, Modifier, Style};
use std::collections::BTreeMap;

/// Colour names in their config spelling.
pub const COLOUR_NAMES: &[(&str, Color)] = &[
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("dark_gray", Color::DarkGray),
    ("light_red", Color::LightRed),
    ("light_green", Color::LightGreen),
    ("light_yellow", Color::LightYellow),
    ("light_blue", Color::LightBlue),
    ("light_magenta", Color::LightMagenta),
    ("light_cyan", Color::LightCyan),
    ("white", Color::White),
    ("reset", Color::Reset),
];

/// Modifier names in their config spelling.
pub const MODIFIER_NAMES: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("dim", Modifier::DIM),
    ("reversed", Modifier::REVERSED),
];

/// A colour written as a string: palette names first (a palette may redefine `red`), then colour names
/// (case, `_`, `-` and spaces ignored; `grey` for `gray`), `#rrggbb` and indexes.
pub fn parse_colour(text: &str, palette: &BTreeMap<String, Color>) -> Result<Color, String> {
    if let Some(&colour) = palette.get(text) {
        return Ok(colour);
    }
    let folded: String = text
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .collect::<String>()
        .to_lowercase()
        .replace("grey", "gray");
    if let Some(&(_, colour)) = COLOUR_NAMES.iter().find(|(name, _)| name.replace('_', "") == folded) {
        return Ok(colour);
    }
    if folded == "default" {
        return Ok(Color::Reset);
    }
    if let Some(hex) = text.strip_prefix('#') {
        return parse_hex(hex).ok_or_else(|| format!("`{text}` is not a colour: write #rrggbb with six hex digits"));
    }
    if text.chars().all(|c| c.is_ascii_digit()) && !text.is_empty() {
        return text.parse::<u8>().map(Color::Indexed).map_err(|_| format!("colour index {text} is over 255"));
    }
    let known = COLOUR_NAMES.iter().map(|(name, _)| *name).chain(palette.keys().map(String::as_str));
    let hint = did_you_mean(text, known);
    Err(format!(
        "unknown colour `{text}`: expected a colour name (black, red, …, dark_gray, light_red, …, white, reset), \
         a 256-colour index (0–255), \"#rrggbb\" or a name from the palette{hint}"
    ))
}

fn parse_hex(hex: &str) -> Option<Color> {
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |range: std::ops::Range<usize>| u8::from_str_radix(hex.get(range)?, 16).ok();
    Some(Color::Rgb(channel(0..2)?, channel(2..4)?, channel(4..6)?))
}

/// A colour in config spelling (`dark_gray`, `208`, `#1e1e2e`).
pub fn colour_name(colour: Color) -> String {
    match colour {
        Color::Indexed(index) => index.to_string(),
        Color::Rgb(red, green, blue) => format!("#{red:02x}{green:02x}{blue:02x}"),
        named => COLOUR_NAMES
            .iter()
            .find(|(_, known)| *known == named)
            .map_or_else(|| format!("{named:?}"), |(name, _)| (*name).to_owned()),
    }
}

/// The modifier a config name stands for.
pub fn modifier(name: &str) -> Option<Modifier> {
    MODIFIER_NAMES.iter().find(|(known, _)| *known == name).map(|(_, modifier)| *modifier)
}

/// A style in config words: `fg=208 bg=black bold italic`, or `plain`.
pub fn describe(style: &Style) -> String {
    let mut words = Vec::new();
    if let Some(fg) = style.fg {
        words.push(format!("fg={}", colour_name(fg)));
    }
    if let Some(bg) = style.bg {
        words.push(format!("bg={}", colour_name(bg)));
    }
    for (name, modifier) in MODIFIER_NAMES {
        if style.add_modifier.contains(*modifier) {
            words.push((*name).to_owned());
        }
    }
    if words.is_empty() { "plain".to_owned() } else { words.join(" ") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_a_colour() {
        let palette = BTreeMap::from([("accent".to_owned(), Color::Indexed(75))]);
        let parse = |text| parse_colour(text, &palette);
        assert_eq!(parse("red"), Ok(Color::Red));
        assert_eq!(parse("dark_gray"), Ok(Color::DarkGray));
        assert_eq!(parse("DarkGrey"), Ok(Color::DarkGray));
        assert_eq!(parse("light-red"), Ok(Color::LightRed));
        assert_eq!(parse("208"), Ok(Color::Indexed(208)));
        assert_eq!(parse("#1E1e2e"), Ok(Color::Rgb(0x1e, 0x1e, 0x2e)));
        assert_eq!(parse("accent"), Ok(Color::Indexed(75)));
        assert_eq!(parse("default"), Ok(Color::Reset));
        assert!(parse("256").unwrap_err().contains("over 255"));
        assert!(parse("#12345").unwrap_err().contains("six hex digits"));
        assert!(parse("acent").unwrap_err().ends_with("did you mean `accent`?"));
    }

    #[test]
    fn names_round_trip() {
        for colour in [Color::DarkGray, Color::Indexed(7), Color::Rgb(1, 2, 255), Color::Reset] {
            assert_eq!(parse_colour(&colour_name(colour), &BTreeMap::new()), Ok(colour));
        }
        let style = Style::new().fg(Color::Indexed(208)).add_modifier(Modifier::BOLD | Modifier::ITALIC);
        assert_eq!(describe(&style), "fg=208 bold italic");
        assert_eq!(describe(&Style::new()), "plain");
    }
}
