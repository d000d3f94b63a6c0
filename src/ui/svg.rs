//! Headless screens: a rendered buffer as plain text, or as an SVG on a monospace grid with colours,
//! bold, italic and underline kept (the README's screenshots are made with it).

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use std::fmt::Write;

const CELL_WIDTH: f32 = 8.4;
const CELL_HEIGHT: f32 = 17.0;
const DEFAULT_FG: &str = "#d4d4d4";
const DEFAULT_BG: &str = "#1b1d23";

/// The buffer's text, one line per row, trailing spaces trimmed.
pub fn buffer_to_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut covered = 0;
        for x in area.left()..area.right() {
            // The cell after a wide character is its second half, not a character of its own.
            if covered > 0 {
                covered -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            covered = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The 16 ANSI colours as xterm shows them.
const ANSI: [&str; 16] = [
    "#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5", "#666666", "#f14c4c",
    "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff",
];

fn hex(color: Color, fallback: &str) -> String {
    let index = match color {
        Color::Reset => return fallback.to_owned(),
        Color::Rgb(r, g, b) => return format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(index) => index,
    };
    match index {
        0..=15 => ANSI[usize::from(index)].to_owned(),
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let i = index - 16;
            format!("#{:02x}{:02x}{:02x}", level(i / 36), level((i / 6) % 6), level(i % 6))
        }
        _ => {
            let grey = 8 + (index - 232) * 10;
            format!("#{grey:02x}{grey:02x}{grey:02x}")
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The buffer as an SVG image.
pub fn buffer_to_svg(buffer: &Buffer) -> String {
    let area = buffer.area;
    let (width, height) = (f32::from(area.width) * CELL_WIDTH, f32::from(area.height) * CELL_HEIGHT);
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="{DEFAULT_BG}"/>"#);
    let _ = writeln!(
        out,
        r#"<g font-family="'DejaVu Sans Mono','Menlo','Consolas',monospace" font-size="14" xml:space="preserve">"#
    );
    for y in area.top()..area.bottom() {
        let top = f32::from(y - area.top()) * CELL_HEIGHT;
        let baseline = top + CELL_HEIGHT * 0.75;
        let mut covered = 0;
        for x in area.left()..area.right() {
            if covered > 0 {
                covered -= 1;
                continue;
            }
            let cell = &buffer[(x, y)];
            let left = f32::from(x - area.left()) * CELL_WIDTH;
            let reversed = cell.modifier.contains(Modifier::REVERSED);
            let (mut fg, mut bg) = (hex(cell.fg, DEFAULT_FG), hex(cell.bg, DEFAULT_BG));
            if reversed {
                std::mem::swap(&mut fg, &mut bg);
            }
            let symbol = cell.symbol();
            let columns = unicode_width::UnicodeWidthStr::width(symbol).max(1);
            covered = columns - 1;
            let columns = columns as f32;
            if bg != DEFAULT_BG {
                let _ = writeln!(
                    out,
                    r#"<rect x="{left}" y="{top}" width="{}" height="{CELL_HEIGHT}" fill="{bg}"/>"#,
                    CELL_WIDTH * columns
                );
            }
            if symbol.trim().is_empty() {
                continue;
            }
            let mut attributes = String::new();
            if cell.modifier.contains(Modifier::BOLD) {
                attributes.push_str(r#" font-weight="bold""#);
            }
            if cell.modifier.contains(Modifier::ITALIC) {
                attributes.push_str(r#" font-style="italic""#);
            }
            if cell.modifier.contains(Modifier::UNDERLINED) {
                attributes.push_str(r#" text-decoration="underline""#);
            }
            if cell.modifier.contains(Modifier::DIM) {
                attributes.push_str(r#" opacity="0.6""#);
            }
            let _ =
                writeln!(out, r#"<text x="{left}" y="{baseline}" fill="{fg}"{attributes}>{}</text>"#, escape(symbol));
        }
    }
    out.push_str("</g>\n</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn text_and_svg_keep_what_is_on_screen() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 12, 2));
        buffer.set_string(0, 0, "Apple <&>", Style::new().fg(Color::Rgb(255, 0, 0)).bold());
        buffer.set_string(0, 1, "苹果", Style::new());
        assert_eq!(buffer_to_text(&buffer), "Apple <&>\n苹果\n");
        let svg = buffer_to_svg(&buffer);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r##"fill="#ff0000" font-weight="bold">A</text>"##));
        assert!(svg.contains("&lt;") && svg.contains("&amp;"));
        assert!(svg.contains(">苹</text>"));
    }
}
