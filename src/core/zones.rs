//! Zoning: which stretches of an article's text are title, date line, byline, body or site chrome.
//!
//! Text is cut into blocks (lines, or paragraphs of hard-wrapped lines); each block is classified by
//! general rules from `assets/zone_rules.toml` plus position (a headline-like first block is the title;
//! all-caps name lines after the story are signatures). Nothing is removed: zones only mark text.

use super::article::{Span, Zone, ZoneKind};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

mod bios;
mod closing;
mod dateline;
mod email;
mod masthead;
mod rules;
mod shapes;
pub(crate) use dateline::LABELS as KICKER_LABELS;
use dateline::{dateline_prefix, mixed_case_dateline, place_then_date};
use masthead::{OUTLET_WORDS, masthead, skip_masthead};
use rules::TextScan;
pub use rules::{RuleError, ZoneRules};
use shapes::{MAX_PROMO_CHARS, credit_line, has_emoji, names_line, slashed_credit};

/// What zoning found besides the zones themselves.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Zoning {
    pub zones: Vec<Zone>,
    /// The body blocks: the article's paragraphs.
    pub paragraphs: Vec<Span>,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    /// The month and day of a wire dateline written without its year ("WARSAW, Nov 5 (Wire) -") when no
    /// date is found: the story's other articles may tell the year.
    pub day_without_year: Option<(u32, u32)>,
    pub byline: Option<String>,
    pub outlet: Option<String>,
}

/// Cuts text into blocks: runs of lines separated by blank lines, where a line break inside a run is
/// a paragraph break unless the lines are hard-wrapped prose.
pub fn blocks(text: &str) -> Vec<Span> {
    // At most one block per line.
    let mut blocks = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    // The non-blank lines, and the runs they form (a blank line, or the end, closes a run).
    let mut lines: Vec<Span> = Vec::with_capacity(blocks.capacity());
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let (mut start, mut run_start) = (0, 0);
    for line in text.split('\n') {
        let span = Span::new(start, start + line.len()).trimmed(text);
        start += line.len() + 1;
        if span.is_empty() {
            if lines.len() > run_start {
                runs.push(run_start..lines.len());
            }
            run_start = lines.len();
        } else {
            lines.push(span);
        }
    }
    if lines.len() > run_start {
        runs.push(run_start..lines.len());
    }
    // A page wrapped by hand is wrapped throughout: once two paragraphs show its width, a paragraph of two
    // lines ("… during his Sunday / Angelus address at the Vatican.") is read at that width too.
    let wrapped: Vec<usize> = runs.iter().filter_map(|run| wrap_width(&lines[run.clone()])).collect();
    let page_width = (wrapped.len() >= 2).then(|| wrapped.iter().copied().max()).flatten();
    for run in runs {
        push_run_blocks(text, &lines[run], page_width, &mut blocks);
    }
    blocks
}

/// The width a run of lines is wrapped to, if it is prose wrapped by hand: it runs to a width, which a
/// masthead, a section name and a date line stacked up do not.
fn wrap_width(run: &[Span]) -> Option<usize> {
    let widest = run.iter().map(|span| span.len()).max().unwrap_or(0);
    let wrapped = run.len() >= 3
        && (45..=100).contains(&widest)
        && run.iter().filter(|span| span.len() * 10 >= widest * 6).count() * 10 >= run.len() * 6;
    wrapped.then_some(widest)
}

/// Adds the blocks of one run of non-blank lines: lines join while they continue a paragraph.
fn push_run_blocks(text: &str, run: &[Span], page_width: Option<usize>, blocks: &mut Vec<Span>) {
    let widest = run.iter().map(|span| span.len()).max().unwrap_or(0);
    let (hard_wrapped, widest) = match (wrap_width(run), page_width) {
        (Some(own), _) => (true, own),
        (None, Some(page)) if run.len() >= 2 && widest <= page => (true, page),
        _ => (false, widest),
    };
    let mut current: Option<Span> = None;
    for (index, &line) in run.iter().enumerate() {
        current = Some(match current {
            Some(block) if joins_previous(text, run[index - 1], line, hard_wrapped, widest) => {
                Span::new(block.start, line.end)
            }
            Some(block) => {
                blocks.push(block);
                line
            }
            None => line,
        });
    }
    blocks.extend(current);
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']']).ends_with(['.', '!', '?', ':', '…', '。', '！', '？'])
}

fn starts_list_item(line: &str) -> bool {
    ["- ", "* ", "• ", "· ", "– ", "— "].iter().any(|marker| line.starts_with(marker))
}

/// A line of parts set apart by bars, dots or arrows: a table row ("Cancelled flights | about 1,250",
/// "| Union | VC |"), a strip of place and date ("Hyderabad | Tuesday, March 4, 2025") or a breadcrumb
/// ("Home > Telangana > Irrigation"). It is a line of its own, never a wrapped paragraph's.
fn strip(line: &str) -> bool {
    // Most lines have none of the bars' bytes ('·' and '›' end in 0xB7 and 0xBA): one pass rules them out.
    let may_have_bar = line.bytes().any(|byte| matches!(byte, b'|' | b'>' | b'/' | 0xB7 | 0xBA));
    may_have_bar && (line.starts_with('|') || [" | ", " > ", " › ", " · ", " / "].iter().any(|bar| line.contains(bar)))
}

/// Does `line` continue the paragraph of `previous` (a soft line break)?
fn joins_previous(text: &str, previous: Span, line: Span, hard_wrapped: bool, widest: usize) -> bool {
    let (previous_text, line_text) = (previous.of(text), line.of(text));
    if starts_list_item(line_text) || strip(previous_text) || strip(line_text) {
        return false;
    }
    let continues_lowercase = line_text.starts_with(|c: char| c.is_lowercase());
    // "date 2024-01-02" or "Published: 4 March 2024" under a headline is a line of its own, not the
    // headline's end, even when the headline runs as wide as a wrapped paragraph's lines.
    let whole_date_line =
        || dateline_prefix(line_text).is_some_and(|dateline| dateline.len >= line_text.trim_end().len());
    if (continues_lowercase || hard_wrapped) && whole_date_line() {
        return false;
    }
    if !ends_sentence(previous_text) && continues_lowercase {
        return true;
    }
    if !hard_wrapped {
        return false;
    }
    let short = previous.len() * 10 < widest * 6;
    if ends_sentence(previous_text) { previous.len() * 100 >= widest * 85 } else { !short }
}

/// Is this block shaped like a headline?
fn headline_like(block: &str) -> bool {
    let words = block.split_whitespace().count();
    !block.contains('\n')
        && (2..=30).contains(&words)
        && block.len() <= 240
        && !block.trim_end().ends_with(['.', ',', ';', ':'])
        // A capital, or a letter of a script without case ("能登半島で震度7 …").
        && block.starts_with(|c: char| {
            (c.is_alphabetic() && !c.is_lowercase()) || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'')
        })
}

/// A short line of capitalised words only: a signature ("JANE DOE", "THE DAILY WIRE").
fn all_caps_signature(block: &str) -> bool {
    let words = block.split_whitespace().count();
    block.len() <= 60
        && (1..=5).contains(&words)
        && block.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && block.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’' | '&'))
}

/// A name as a reader expects it: written all in capitals ("AYAKA SHIMIZU", "NIHON BRIDGE DAILY"), it is
/// title-cased (see [`smart_title_case`]); written any other way, it stays as written.
pub fn readable_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase) { name.to_owned() } else { smart_title_case(name) }
}

/// "JENNIFER KIM" → "Jennifer Kim"; "US ASIA JOURNAL" → "US Asia Journal".
pub fn smart_title_case(text: &str) -> String {
    const SMALL: &[&str] = &["of", "the", "and", "for", "in", "on", "at", "a", "an", "to"];
    text.split_whitespace()
        .enumerate()
        .map(|(index, word)| {
            let lower = word.to_lowercase();
            if index > 0 && SMALL.contains(&lower.as_str()) {
                lower
            } else if word.chars().count() <= 2 && !SMALL.contains(&lower.as_str()) {
                word.to_owned()
            } else {
                let mut chars = lower.chars();
                chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn normalized_title(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Zone(ZoneKind),
    Content,
}

/// Zones `text`. `known_title` is a title from metadata: only a first block that repeats it is a title;
/// `known_byline` is a byline from metadata, whose authors' bios are bylines too.
pub fn zone_text(text: &str, rules: &ZoneRules, known_title: Option<&str>, known_byline: Option<&str>) -> Zoning {
    let mut zoning = Zoning::default();
    let blocks = blocks(text);
    // A block becomes one piece, or two with a date line split off.
    let mut pieces: Vec<(Span, Class)> = Vec::with_capacity(blocks.len() + 2);
    let scan = rules.scan_text(text);
    // Has the story begun? A dateline in mixed case is looked for only before it does.
    let mut body_begun = false;
    // The agency a wire dateline credits ("PARIS (AP) —") names the outlet only if nothing else does: a
    // site that runs wire copy names itself in its masthead or copyright line.
    let mut agency = None;
    for (index, block) in blocks.into_iter().enumerate() {
        if index == 0
            && let Some(headers) = email::header_pieces(text, block, &mut zoning)
        {
            pieces.extend(headers);
            continue;
        }
        let mut span = block;
        let dateline = dateline_prefix(span.of(text)).or_else(|| {
            let opening = !body_begun;
            let block = span.of(text);
            opening.then(|| mixed_case_dateline(block).or_else(|| place_then_date(block))).flatten()
        });
        if let Some(dateline) = dateline {
            // A bar after the date goes with it ("12.08.2025 | Updated 16:05") but is not shown.
            let shown =
                span.of(text)[..dateline.len].trim_end_matches(|c: char| c.is_whitespace() || "|·•".contains(c));
            pieces.push((Span::new(span.start, span.start + shown.len()), Class::Zone(ZoneKind::Dateline)));
            zoning.date = zoning.date.or(dateline.date);
            zoning.day_without_year = zoning.day_without_year.or(dateline.day_without_year);
            agency = agency.or(dateline.agency);
            span = Span::new(span.start + dateline.len, span.end).trimmed(text);
            if span.is_empty() {
                continue;
            }
        }
        let class = classify(&scan, span, rules, &mut zoning);
        body_begun = body_begun || (class == Class::Content && span.of(text).contains(['.', '!', '?']));
        pieces.push((span, class));
    }
    mark_captions(text, &mut pieces);
    mark_related_lists(text, &mut pieces);
    closing::mark_closing_sections(text, &mut pieces);
    if zoning.title.is_none() {
        assign_title(text, &mut pieces, known_title, &mut zoning);
    }
    assign_signatures(text, &mut pieces, &mut zoning);
    if zoning.byline.is_none() {
        zoning.byline = pieces
            .iter()
            .filter(|(_, class)| *class == Class::Zone(ZoneKind::Boilerplate))
            .find_map(|(span, _)| shapes::credited_reporters(span.of(text)));
    }
    bios::mark_bios(text, &mut pieces, known_byline.or(zoning.byline.as_deref()));
    zoning.outlet = zoning.outlet.take().or(agency);
    if let Some(date) = zoning.date {
        // "12/01/2026" reads month first, but a dateline "LONDON, Jan 12" tells the day came first.
        if let Some((month, day)) =
            zoning.day_without_year.filter(|&(month, day)| (day, month) == (date.month(), date.day()))
        {
            zoning.date = NaiveDate::from_ymd_opt(date.year(), month, day);
        }
        zoning.day_without_year = None;
    } else if let Some((month, day)) = zoning.day_without_year {
        // A copyright line gives the year of a dateline that leaves it out.
        zoning.date = dateline::copyright_year(text).and_then(|year| NaiveDate::from_ymd_opt(year, month, day));
    }
    zoning.zones.reserve_exact(pieces.len());
    zoning.paragraphs.reserve(pieces.len());
    for (span, class) in pieces {
        let kind = match class {
            Class::Zone(kind) => kind,
            Class::Content => ZoneKind::Body,
        };
        if kind == ZoneKind::Body {
            zoning.paragraphs.push(span);
        }
        zoning.zones.push(Zone { kind, span });
    }
    zoning
}

/// Captions: a line that the next block repeats before a photo credit ("A rescuer at work" / "A rescuer
/// at work Credit: …"), as scraped pages often give it, and a line with no closing stop right before a
/// credit line ("Bank headquarters in Santa Clara" / "David Paul Morris/Bloomberg/Getty Images").
/// Both are chrome; the story's first line is left to be its title.
fn mark_captions(text: &str, pieces: &mut [(Span, Class)]) {
    for index in 1..pieces.len() {
        let (line, next) = (pieces[index - 1], pieces[index]);
        if line.1 != Class::Content || next.1 != Class::Zone(ZoneKind::Boilerplate) {
            continue;
        }
        let caption = line.0.of(text);
        let repeated = line.0.len() >= 20 && next.0.of(text).starts_with(caption);
        let before_credit = index >= 2
            && caption.len() <= MAX_PROMO_CHARS
            && !ends_sentence(caption)
            && slashed_credit(next.0.of(text).trim());
        if repeated || before_credit {
            pieces[index - 1].1 = Class::Zone(ZoneKind::Boilerplate);
        }
    }
}

/// A heading of chrome that a list of headlines follows without a colon ("Most Read", "Related
/// stories", "Trending now").
static LIST_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(most\s+\w+|related\b.*|latest\b.*|trending\b.*|popular\b.*|recommended\b.*|more\s+(stories|news|from)\b.*|top\s+stories|editor.s\s+picks?|follow\s+the\s+topics\b.*|topics|tags)$")
        .expect("valid list heading regex")
});

/// The headlines listed under a "Read also:", "Related:" or "Most Read" heading are chrome too: every
/// short line without a closing stop that follows such a heading, up to the first line of prose.
fn mark_related_lists(text: &str, pieces: &mut [(Span, Class)]) {
    let mut in_list = false;
    for piece in pieces.iter_mut() {
        let block = piece.0.of(text);
        if piece.1 == Class::Zone(ZoneKind::Boilerplate) {
            let heading = block.trim_end();
            in_list = heading.ends_with(':') || heading.len() <= 40 && LIST_HEADING.is_match(heading);
        } else if in_list && piece.1 == Class::Content && block.len() <= MAX_PROMO_CHARS && !ends_sentence(block) {
            piece.1 = Class::Zone(ZoneKind::Boilerplate);
        } else {
            in_list = false;
        }
    }
}

fn classify(scan: &TextScan<'_>, span: Span, rules: &ZoneRules, zoning: &mut Zoning) -> Class {
    let block = scan.block(span);
    let chars = block.chars().count();
    let find_outlet = |zoning: &mut Zoning| {
        if zoning.outlet.is_none() {
            zoning.outlet = rules.outlet_name(block, chars);
        }
    };
    let promo = chars <= MAX_PROMO_CHARS && has_emoji(block);
    if rules.is_boilerplate(scan, span, chars) || promo || credit_line(block) {
        find_outlet(zoning);
        return Class::Zone(ZoneKind::Boilerplate);
    }
    // Only the first name found is kept: later bylines need no name.
    if let Some(name) = rules.byline_name(block, chars, zoning.byline.is_none()) {
        if zoning.byline.is_none() {
            // "AYAKA SHIMIZU, staff writer" names Ayaka Shimizu.
            zoning.byline = name.as_deref().map(readable_case);
        }
        zoning.date = zoning.date.or_else(|| dateline::date_in_byline(block));
        find_outlet(zoning);
        return Class::Zone(ZoneKind::Byline);
    }
    Class::Content
}

fn assign_title(text: &str, pieces: &mut [(Span, Class)], known_title: Option<&str>, zoning: &mut Zoning) {
    skip_masthead(text, pieces, zoning);
    let Some((span, class)) = pieces.iter_mut().find(|(_, class)| *class == Class::Content) else {
        return;
    };
    let block = span.of(text);
    let is_title = match known_title {
        // The page's headline may run longer than the title its metadata gives ("…; shares jump 11%").
        Some(title) => {
            let (title, block_text) = (normalized_title(title), normalized_title(block));
            title == block_text || (headline_like(block) && title.len() >= 20 && block_text.starts_with(&title))
        }
        None => headline_like(block),
    };
    if is_title {
        *class = Class::Zone(ZoneKind::Title);
        zoning.title = Some(block.to_owned());
    }
}

/// All-caps signature lines before the first or after the last prose block are bylines (a name) or
/// the outlet's name.
fn assign_signatures(text: &str, pieces: &mut [(Span, Class)], zoning: &mut Zoning) {
    let prose = |span: Span| {
        let block = span.of(text);
        block.split_whitespace().nth(7).is_some() || ends_sentence(block)
    };
    let content: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].1 == Class::Content).collect();
    let first_prose = content.iter().copied().find(|&i| prose(pieces[i].0));
    let last_prose = content.iter().copied().rev().find(|&i| prose(pieces[i].0));
    for index in content {
        let outside = first_prose.is_none_or(|first| index < first) || last_prose.is_none_or(|last| index > last);
        let block = pieces[index].0.of(text);
        if first_prose.is_none_or(|first| index < first) && names_line(block) {
            zoning.byline.get_or_insert_with(|| block.to_owned());
            pieces[index].1 = Class::Zone(ZoneKind::Byline);
            continue;
        }
        if first_prose.is_none_or(|first| index < first)
            && let Some(outlet) = masthead(block)
        {
            zoning.outlet.get_or_insert(outlet);
            pieces[index].1 = Class::Zone(ZoneKind::Byline);
            continue;
        }
        if !outside || !all_caps_signature(block) {
            continue;
        }
        let names_outlet = block.split_whitespace().any(|word| OUTLET_WORDS.contains(&word));
        if names_outlet {
            zoning.outlet.get_or_insert_with(|| smart_title_case(block));
        } else if zoning.byline.is_none() {
            zoning.byline = Some(smart_title_case(block));
        }
        pieces[index].1 = Class::Zone(ZoneKind::Byline);
    }
}

#[cfg(test)]
mod chrome_tests;
#[cfg(test)]
mod release_tests;
#[cfg(test)]
mod tests;
