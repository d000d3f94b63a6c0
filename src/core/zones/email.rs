//! E-mail headers at the top of a pasted newsletter ("From: Stack Daily <news@…>", "Subject: …",
//! "Date: Tue, 17 Mar 2026 06:02:11 -0400"): the subject is the title, the date the article's date, and
//! the sender's display name the outlet; the other header lines are chrome.

use super::{Class, Zoning};
use crate::core::article::{Span, ZoneKind};
use crate::core::dates::parse_date;
use chrono::DateTime;

/// The header names a pasted e-mail opens with.
const HEADERS: [&str; 8] = ["from", "to", "subject", "date", "sent", "reply-to", "cc", "bcc"];

/// A header line's name (lowercase) and where its value starts.
fn header(line: &str) -> Option<(String, usize)> {
    let (name, _) = line.split_once(':')?;
    let value_at = name.len() + 1;
    let name = name.trim().to_lowercase();
    HEADERS.contains(&name.as_str()).then_some((name, value_at))
}

/// Splits a block made only of e-mail header lines, with a subject among them, into pieces: the subject
/// as the title, every other line as chrome. Fills the title, date and outlet of `zoning` it gives.
pub(super) fn header_pieces(text: &str, block: Span, zoning: &mut Zoning) -> Option<Vec<(Span, Class)>> {
    let mut lines = Vec::new();
    let mut at = block.start;
    for line in block.of(text).split('\n') {
        let (name, value_at) = header(line)?;
        lines.push((name, Span::new(at, at + line.len()), at + value_at));
        at += line.len() + 1;
    }
    if lines.len() < 2 || !lines.iter().any(|(name, _, _)| name == "subject") {
        return None;
    }
    let mut pieces = Vec::with_capacity(lines.len());
    for (name, line, value_at) in lines {
        let value = Span::new(value_at, line.end).trimmed(text);
        let written = value.of(text);
        match name.as_str() {
            "subject" if !written.is_empty() => {
                zoning.title = Some(written.to_owned());
                pieces.push((Span::new(line.start, value.start), Class::Zone(ZoneKind::Boilerplate)));
                pieces.push((value, Class::Zone(ZoneKind::Title)));
                continue;
            }
            "date" | "sent" => {
                let date = DateTime::parse_from_rfc2822(written).ok().map(|time| time.date_naive());
                zoning.date = zoning.date.or(date).or_else(|| parse_date(written.split_once(", ")?.1));
            }
            "from" => {
                let (sender, _) = written.split_once('<').unwrap_or((written, ""));
                let sender = sender.trim().trim_matches('"');
                if !sender.is_empty() && !sender.contains('@') {
                    zoning.outlet = zoning.outlet.take().or_else(|| Some(sender.to_owned()));
                }
            }
            _ => {}
        }
        pieces.push((line, Class::Zone(ZoneKind::Boilerplate)));
    }
    Some(pieces)
}
