//! The article's text laid out in lines for a given width: each zone's paragraphs wrapped with textwrap
//! (CJK and emoji by their real columns), every line keeping the byte range it shows, and each passage
//! knowing its first and last line. Pure: the reader's update and its drawing share it.

use crate::core::article::{Article, ZoneKind};

/// One screen line of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLine {
    /// Byte range of `article.text` shown on this line (empty for a blank line).
    pub start: usize,
    pub end: usize,
    pub zone: ZoneKind,
}

impl TextLine {
    pub fn is_blank(&self) -> bool {
        self.start == self.end
    }
}

/// An article in lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleLayout {
    pub lines: Vec<TextLine>,
    /// Per passage: its first and last line.
    pub passage_lines: Vec<(usize, usize)>,
}

/// Lays out `article` in lines of at most `width` columns; boilerplate zones are left out when `hide_boilerplate`.
pub fn layout_article(article: &Article, width: u16, hide_boilerplate: bool) -> ArticleLayout {
    let width = usize::from(width.max(1));
    let text = article.text.as_str();
    let mut lines: Vec<TextLine> = Vec::new();
    for zone in &article.zones {
        if hide_boilerplate && zone.kind == ZoneKind::Boilerplate {
            continue;
        }
        // Paragraphs end at line breaks, and where a scraper glued two blocks together ("ChinaiPhone").
        let mut breaks: Vec<(usize, usize)> = Vec::new();
        let mut start = zone.span.start;
        for (at, _) in zone.span.of(text).match_indices('\n') {
            breaks.push((start, zone.span.start + at));
            start = zone.span.start + at + 1;
        }
        breaks.push((start, zone.span.end));
        let glued = article.glue.iter().copied().filter(|&at| zone.span.contains(at));
        for at in glued {
            if let Some(index) = breaks.iter().position(|&(from, to)| from < at && at < to) {
                let (from, to) = breaks[index];
                breaks.splice(index..=index, [(from, at), (at, to)]);
            }
        }
        for (start, end) in breaks {
            let paragraph = &text[start..end];
            if paragraph.trim().is_empty() {
                continue;
            }
            if lines.last().is_some_and(|line| !line.is_blank()) {
                lines.push(TextLine { start, end: start, zone: zone.kind });
            }
            let options = textwrap::Options::new(width).break_words(true);
            for piece in textwrap::wrap(paragraph, options) {
                // textwrap hands back slices of the paragraph; their position is their byte offset.
                let within = (piece.as_ptr() as usize).wrapping_sub(paragraph.as_ptr() as usize);
                let within = if within <= paragraph.len() && paragraph[within..].starts_with(piece.as_ref()) {
                    within
                } else {
                    paragraph.find(piece.as_ref()).unwrap_or(0)
                };
                let piece_start = start + within;
                lines.push(TextLine { start: piece_start, end: piece_start + piece.len(), zone: zone.kind });
            }
        }
    }
    let passage_lines = article
        .passages
        .iter()
        .map(|passage| {
            let first = lines
                .partition_point(|line| line.end <= passage.start || line.is_blank() && line.start <= passage.start);
            let last = lines.partition_point(|line| line.start < passage.end).saturating_sub(1).max(first);
            (first.min(lines.len().saturating_sub(1)), last.min(lines.len().saturating_sub(1)))
        })
        .collect();
    ArticleLayout { lines, passage_lines }
}

impl ArticleLayout {
    /// The passage shown on `line` (the first one starting there or running through it).
    pub fn passage_at_line(&self, line: usize) -> Option<usize> {
        self.passage_lines.iter().position(|&(first, last)| first <= line && line <= last)
    }

    /// The passage whose first line is nearest to `line`, looking forward then back.
    pub fn passage_near_line(&self, line: usize) -> Option<usize> {
        self.passage_at_line(line)
            .or_else(|| self.passage_lines.iter().position(|&(first, _)| first >= line))
            .or_else(|| self.passage_lines.len().checked_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::{IngestOptions, InputFile, load_files};

    fn article(text: &str) -> Article {
        let corpus =
            load_files(vec![InputFile::in_memory("", "a.txt", text.as_bytes().to_vec())], &IngestOptions::default());
        corpus.articles.into_iter().next().unwrap()
    }

    #[test]
    fn lines_keep_their_bytes_and_passages_their_lines() {
        let a = article(
            "A headline about a thing\n\nFirst sentence is here. Second sentence is a little longer than that.\n\nThird one.\n",
        );
        let layout = layout_article(&a, 20, false);
        for line in &layout.lines {
            assert!(line.end - line.start <= 20 * 4);
            assert!(a.text.is_char_boundary(line.start) && a.text.is_char_boundary(line.end));
        }
        assert_eq!(layout.passage_lines.len(), a.passages.len());
        for (index, &(first, last)) in layout.passage_lines.iter().enumerate() {
            let span = a.passages[index];
            assert!(
                layout.lines[first].start <= span.start && span.start < layout.lines[first].end.max(span.start + 1)
            );
            assert!(layout.lines[last].end >= span.end.min(layout.lines[last].end));
            // Two passages may share a line; the line belongs to the first of them.
            assert!(layout.passage_at_line(first).is_some_and(|found| found <= index));
        }
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let a = article("标题\n\n苹果公司与阿里巴巴合作，在中国为iPhone提供人工智能功能。这是第二句。\n");
        let layout = layout_article(&a, 10, false);
        for line in layout.lines.iter().filter(|l| !l.is_blank()) {
            let shown = &a.text[line.start..line.end];
            assert!(unicode_width::UnicodeWidthStr::width(shown) <= 10, "{shown}");
        }
    }
}
