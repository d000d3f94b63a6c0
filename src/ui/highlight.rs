//! The highlight step: maps byte ranges (entity mentions, the cursor passage, differing details, search
//! hits) onto one wrapped line, cutting it into segments that each carry their marks. Pure; no styles.

use crate::app::layout::TextLine;
use crate::core::article::Span;
use crate::core::entities::{EntityType, Mention};

/// A run of one line's text with the same marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub entity: Option<EntityType>,
    pub cursor: bool,
    pub difference: bool,
    pub hit: bool,
}

/// What to mark on the article's lines.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks<'a> {
    /// The article's mentions in text order.
    pub mentions: &'a [Mention],
    pub cursor: Option<Span>,
    pub differences: &'a [Span],
    pub hits: &'a [Span],
}

fn overlapping(spans: &[Span], start: usize, end: usize) -> impl Iterator<Item = &Span> {
    spans.iter().filter(move |span| span.start < end && span.end > start)
}

/// The segments of `line`, in order, covering it exactly.
pub fn segments(line: &TextLine, marks: &Marks<'_>) -> Vec<Segment> {
    let (start, end) = (line.start, line.end);
    if start >= end {
        return Vec::new();
    }
    let first = marks.mentions.partition_point(|m| m.span.end <= start);
    let mentions: Vec<&Mention> = marks.mentions[first..].iter().take_while(|m| m.span.start < end).collect();
    let mut cuts = vec![start, end];
    let mut add = |span: &Span| {
        cuts.extend([span.start, span.end].into_iter().filter(|&at| at > start && at < end));
    };
    mentions.iter().for_each(|m| add(&m.span));
    marks.cursor.iter().for_each(&mut add);
    overlapping(marks.differences, start, end).for_each(&mut add);
    overlapping(marks.hits, start, end).for_each(&mut add);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let inside = |span: &Span| span.start <= a && b <= span.end;
            Segment {
                start: a,
                end: b,
                entity: mentions.iter().find(|m| inside(&m.span)).map(|m| m.kind),
                cursor: marks.cursor.as_ref().is_some_and(inside),
                difference: marks.differences.iter().any(inside),
                hit: marks.hits.iter().any(inside),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::ZoneKind;

    #[test]
    fn segments_split_at_every_mark_and_cover_the_line() {
        let line = TextLine { start: 10, end: 40, zone: ZoneKind::Body };
        let mentions = [
            Mention { span: Span::new(5, 14), kind: EntityType::Org, entity: 0 },
            Mention { span: Span::new(20, 25), kind: EntityType::Money, entity: 1 },
        ];
        let differences = [Span::new(20, 25)];
        let marks =
            Marks { mentions: &mentions, cursor: Some(Span::new(18, 60)), differences: &differences, hits: &[] };
        let found = segments(&line, &marks);
        assert_eq!(found.first().unwrap().start, 10);
        assert_eq!(found.last().unwrap().end, 40);
        assert!(found.windows(2).all(|w| w[0].end == w[1].start));
        let org = found.iter().find(|s| s.start == 10).unwrap();
        assert_eq!((org.end, org.entity, org.cursor), (14, Some(EntityType::Org), false));
        let money = found.iter().find(|s| s.start == 20).unwrap();
        assert_eq!(
            (money.end, money.entity, money.cursor, money.difference),
            (25, Some(EntityType::Money), true, true)
        );
    }
}
