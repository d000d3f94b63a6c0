//! Text hygiene: decoding raw bytes into text and removing everything that could drive a terminal.
//!
//! Every string that can reach a screen (article text, titles, outlets, file names in messages) passes
//! through [`sanitize`]: line endings become `\n`, tabs become spaces, and control characters, terminal
//! escape sequences (ESC, CSI, OSC, DCS, C1 controls) and bidirectional overrides are removed.

use std::borrow::Cow;

/// The outcome of decoding a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// Valid text (UTF-8, or UTF-16 with a byte-order mark).
    Text(String),
    /// Not valid UTF-8: invalid sequences were replaced with U+FFFD.
    Lossy(String),
    /// Not UTF-8 but text in a legacy encoding (Windows-1252, Windows-1251, Shift_JIS…), decoded from it.
    Legacy {
        /// The decoded text.
        text: String,
        /// The encoding's name, as the Encoding Standard writes it ("windows-1252").
        encoding: &'static str,
    },
    /// Not text at all (NUL or other control bytes, or mostly undecodable bytes).
    Binary,
}

/// Decodes bytes as text: strips a UTF-8 byte-order mark, honours UTF-16 byte-order marks, reads text
/// that is not UTF-8 in the legacy encoding it is guessed to be in (or, when it is UTF-8 with a few
/// damaged bytes, as lossy UTF-8), and recognises binary content.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Decoded::Text(decode_utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Decoded::Text(decode_utf16(rest, u16::from_be_bytes));
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Decoded {
    if bytes.contains(&0) {
        return Decoded::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text(text.to_owned()),
        Err(_) => decode_not_utf8(bytes),
    }
}

/// Bytes that are not valid UTF-8: binary data, UTF-8 with a few damaged bytes, or a legacy encoding.
fn decode_not_utf8(bytes: &[u8]) -> Decoded {
    // Text in any encoding has no control bytes but whitespace; compressed or random data has many.
    let controls = bytes.iter().filter(|&&byte| byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    if controls * 100 > bytes.len() {
        return Decoded::Binary;
    }
    let (mut utf8_characters, mut damaged) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        utf8_characters += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        damaged += usize::from(!chunk.invalid().is_empty());
    }
    if utf8_characters <= damaged {
        let guess = {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Deny)
        };
        let (text, _, had_errors) = guess.decode(bytes);
        if !had_errors {
            return Decoded::Legacy { text: text.into_owned(), encoding: guess.name() };
        }
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    let total = text.chars().count().max(1);
    let replaced = text.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count();
    // Mostly undecodable bytes are not a text worth showing.
    if replaced * 4 > total { Decoded::Binary } else { Decoded::Lossy(text) }
}

fn decode_utf16(bytes: &[u8], to_unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| to_unit([pair[0], pair[1]]));
    char::decode_utf16(units).map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

const ESC: char = '\u{1b}';
const BEL: char = '\u{07}';
/// C1 "string terminator".
const C1_ST: char = '\u{9c}';

/// Returns true for characters that are removed outright: C0/C1 controls other than newline and tab,
/// DEL, bidirectional controls, the byte-order mark and the soft hyphen.
fn is_removed(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{feff}' | '\u{ad}')
}

/// True when `sanitize` would leave `input` as it is, checked on bytes without decoding. Every
/// character it changes or removes (controls but `\n`, U+2028/U+2029, what [`is_removed`] lists) is
/// an ASCII control or DEL, or is encoded starting with 0xC2 (C1 controls, the soft hyphen), 0xE2
/// (bidirectional controls, U+2028/U+2029) or 0xEF (the byte-order mark).
fn is_clean(input: &str) -> bool {
    let bytes = input.as_bytes();
    let at = |index: usize| bytes.get(index).copied().unwrap_or(0);
    let byte_is_clean = |index: usize| match bytes[index] {
        b'\n' => true,
        0..=0x1f | 0x7f => false,
        0xc2 => !matches!(at(index + 1), 0x80..=0x9f | 0xad),
        0xe2 => !matches!((at(index + 1), at(index + 2)), (0x80, 0x8e | 0x8f | 0xa8..=0xae) | (0x81, 0xa6..=0xa9)),
        0xef => !(at(index + 1) == 0xbb && at(index + 2) == 0xbf),
        _ => true,
    };
    // Eight bytes at a time: a chunk of printable ASCII and newlines passes whole; any other chunk (a
    // control, a non-ASCII byte) is looked at byte by byte. No encoding starts in a continuation
    // byte, so the bytes of a chunk can be judged wherever the chunk cuts a character.
    bytes.chunks(8).enumerate().all(|(chunk_index, chunk)| {
        let plain = <[u8; 8]>::try_from(chunk).is_ok_and(|word| is_plain_ascii(u64::from_le_bytes(word)));
        plain || (0..chunk.len()).all(|offset| byte_is_clean(chunk_index * 8 + offset))
    })
}

/// Are all eight bytes of `word` printable ASCII (0x20 to 0x7E) or newlines?
fn is_plain_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    if word & HIGH_BITS != 0 {
        return false;
    }
    // For bytes below 0x80, setting the high bit and subtracting n leaves it set exactly in the
    // bytes that are n or more, with no borrow between bytes: this masks the bytes below n.
    let below = |word: u64, n: u64| !((word | HIGH_BITS) - ONES * n) & HIGH_BITS;
    let controls = below(word, 0x20) & !below(word ^ (ONES * u64::from(b'\n')), 1);
    let deletes = below(word ^ (ONES * 0x7f), 1);
    controls | deletes == 0
}

/// [`sanitize`] for an owned string: clean text (most text) is returned as it is, without a copy.
pub fn sanitize_owned(input: String) -> String {
    if is_clean(&input) { input } else { sanitize(&input) }
}

/// Removes control characters and terminal escape sequences and normalizes line endings.
///
/// The result contains no C0 control but `\n`, no C1 control, no escape sequence and no
/// bidirectional override; `\r\n` and lone `\r` (and U+2028/U+2029) become `\n`, tabs become spaces.
pub fn sanitize(input: &str) -> String {
    // Most text needs no change at all: check bytes first and copy it whole.
    if is_clean(input) {
        return input.to_owned();
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\t' => out.push(' '),
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            ESC => match chars.next() {
                Some('[') => skip_csi(&mut chars),
                Some(']' | 'P' | 'X' | '^' | '_') => skip_string(&mut chars),
                // Any other escape: the next character belongs to the sequence.
                _ => {}
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_removed(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Skips the parameters and the final byte of a control sequence (CSI).
fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) || !('\u{20}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

/// Skips an OSC/DCS/SOS/PM/APC string up to and including its terminator (BEL, ESC \ or ST).
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        match c {
            BEL | C1_ST => break,
            ESC => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// Sanitizes a single-line field (title, outlet, byline, URL, file name): no newlines, runs of white
/// space folded to one space, trimmed. Returns `None` when nothing is left.
pub fn clean_line(input: &str) -> Option<String> {
    let sanitized = if is_clean(input) { Cow::Borrowed(input) } else { Cow::Owned(sanitize(input)) };
    let mut folded = String::with_capacity(sanitized.len());
    for word in sanitized.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(word);
    }
    (!folded.is_empty()).then_some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_escape_sequences_and_controls() {
        let nasty = "a\u{1b}[31mred\u{1b}[0m b\u{1b}]0;title\u{7}c\u{1b}]8;;http://x\u{1b}\\d \u{9b}2Je\u{0}f\u{7f}g";
        assert_eq!(sanitize(nasty), "ared bcd efg");
    }

    #[test]
    fn normalizes_line_endings_and_tabs() {
        assert_eq!(sanitize("a\r\nb\rc\td\u{2028}e"), "a\nb\nc d\ne");
    }

    #[test]
    fn removes_bidi_overrides() {
        assert_eq!(sanitize("x\u{202e}y\u{2066}z"), "xyz");
    }

    #[test]
    fn decodes_boms_and_detects_binary() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi"), Decoded::Text("hi".into()));
        assert_eq!(decode(b"\xFF\xFEh\0i\0"), Decoded::Text("hi".into()));
        assert_eq!(decode(b"\xFE\xFF\0h\0i"), Decoded::Text("hi".into()));
        assert_eq!(decode(b"a\0b"), Decoded::Binary);
        let random: Vec<u8> = (0u32..4096).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 1).collect();
        assert_eq!(decode(&random), Decoded::Binary);
    }

    #[test]
    fn text_in_a_legacy_encoding_is_read_in_it_and_damaged_utf8_stays_utf8() {
        let western = b"Caf\xe9 owners in Z\xfcrich said prices rose by 5\x80 a cup \x96 again.";
        let Decoded::Legacy { text, encoding } = decode(western) else { panic!("{:?}", decode(western)) };
        assert_eq!(
            (text.as_str(), encoding),
            ("Café owners in Zürich said prices rose by 5€ a cup – again.", "windows-1252")
        );
        // "Правительство России сообщило" in Windows-1251.
        let cyrillic = b"\xcf\xf0\xe0\xe2\xe8\xf2\xe5\xeb\xfc\xf1\xf2\xe2\xee \xd0\xee\xf1\xf1\xe8\xe8 \xf1\xee\xee\xe1\xf9\xe8\xeb\xee";
        let Decoded::Legacy { text, encoding } = decode(cyrillic) else { panic!("{:?}", decode(cyrillic)) };
        assert_eq!((text.as_str(), encoding), ("Правительство России сообщило", "windows-1251"));
        // UTF-8 with one damaged byte keeps its good characters rather than becoming mojibake.
        assert_eq!(
            decode("Zürich, café \u{2014} ".as_bytes().iter().copied().chain(*b"\xe9!").collect::<Vec<_>>().as_slice()),
            Decoded::Lossy("Zürich, café \u{2014} \u{FFFD}!".into())
        );
    }

    /// Characters that `sanitize` changes or removes: the definition `is_clean` checks on bytes.
    fn needs_care(c: char) -> bool {
        c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_removed(c)
    }

    #[test]
    fn byte_check_agrees_with_the_characters_sanitize_changes() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let alone = c.to_string();
            assert_eq!(is_clean(&alone), c == '\n' || !needs_care(c), "{c:?}");
            let framed = format!("a{c}\u{e9}b");
            assert_eq!(is_clean(&framed), c == '\n' || !needs_care(c), "{c:?} framed");
            if is_clean(&framed) {
                assert_eq!(sanitize(&framed), framed);
            }
        }
    }

    #[test]
    fn byte_check_agrees_wherever_a_chunk_of_eight_bytes_cuts() {
        let others = ['\u{85}', '\u{ad}', '\u{e9}', '\u{200e}', '\u{2028}', '’', '\u{feff}', '😀'];
        for c in (0..128u8).map(char::from).chain(others) {
            for offset in 0..17 {
                let text = format!("{}{c}{}", "x".repeat(offset), "y".repeat(20));
                assert_eq!(is_clean(&text), c == '\n' || !needs_care(c), "{c:?} at {offset}");
            }
        }
    }

    #[test]
    fn byte_check_agrees_on_any_two_ascii_characters_in_a_chunk() {
        let clean = |c: char| c == '\n' || !needs_care(c);
        for first in (0..128u8).map(char::from) {
            for second in (0..128u8).map(char::from) {
                let text = format!("ab{first}cd{second}ef");
                assert_eq!(is_clean(&text), clean(first) && clean(second), "{first:?} {second:?}");
            }
        }
    }

    #[test]
    fn clean_line_folds_whitespace() {
        assert_eq!(clean_line("  The\n\tTitle \u{1b}[1m "), Some("The Title".into()));
        assert_eq!(clean_line(" \u{1b}[0m "), None);
    }
}
