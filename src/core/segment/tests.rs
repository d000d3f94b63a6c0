//! Unit tests of sentence segmentation on small texts written for these tests.

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text, Span::new(0, text.len()), &[]).into_iter().map(|span| span.of(text)).collect()
}

#[test]
fn handles_abbreviations_and_amounts() {
    let text = "Mr. Lee met U.S. officials on Feb. 12, 2025. Revenue fell 11.1% to $18.51 billion. \
                It ranked No. 1 in the U.S. However, Acme Inc. The end. U.S. IT firms grew. iPhone sales rose.";
    assert_eq!(
        split(text),
        [
            "Mr. Lee met U.S. officials on Feb. 12, 2025.",
            "Revenue fell 11.1% to $18.51 billion.",
            "It ranked No. 1 in the U.S.",
            "However, Acme Inc.",
            "The end.",
            "U.S. IT firms grew.",
            "iPhone sales rose.",
        ]
    );
}

#[test]
fn rupees_case_numbers_and_advocates_end_no_sentence() {
    let text = "ZipRyde refunded Rs. 1.9 crore to riders. The firm must pay Rs. 4.2 Cr. to the state in Cr. No. 311/2024. \
                Sr. Adv. Harish Varadarajan appeared in W.P. No. 20117/2025 on Tuesday. It was Rs. 4.2 Cr. The court rose.";
    assert_eq!(
        split(text),
        [
            "ZipRyde refunded Rs. 1.9 crore to riders.",
            "The firm must pay Rs. 4.2 Cr. to the state in Cr. No. 311/2024.",
            "Sr. Adv. Harish Varadarajan appeared in W.P. No. 20117/2025 on Tuesday.",
            "It was Rs. 4.2 Cr.",
            "The court rose.",
        ]
    );
}

#[test]
fn handles_quotes_ellipses_and_initials() {
    let text = "“They chose us. We are glad,” Tsai said. He paused… Then he left. Jay Y. Lee agreed! Why? \
                Nobody knows... really.";
    assert_eq!(
        split(text),
        [
            "“They chose us.",
            "We are glad,” Tsai said.",
            "He paused…",
            "Then he left.",
            "Jay Y. Lee agreed!",
            "Why?",
            "Nobody knows... really.",
        ]
    );
}

#[test]
fn splits_cjk_full_stops_without_spaces() {
    assert_eq!(
        split("地震が発生した。津波警報が出た。Then calm."),
        ["地震が発生した。", "津波警報が出た。", "Then calm."]
    );
}

#[test]
fn cuts_text_without_punctuation() {
    let text = "word ".repeat(400);
    let parts = sentences(&text, Span::new(0, text.len()), &[]);
    assert!(parts.len() >= 4, "{} parts", parts.len());
    assert!(parts.iter().all(|span| span.len() <= MAX_SENTENCE_BYTES));
}

#[test]
fn splits_at_glued_headlines_and_strips_list_markers() {
    let text = "Apple picked Alibaba in ChinaiPhone sales slipped";
    let glue = [text.find("iPhone").expect("glue")];
    let parts: Vec<&str> = sentences(text, Span::new(0, text.len()), &glue).into_iter().map(|s| s.of(text)).collect();
    assert_eq!(parts, ["Apple picked Alibaba in China", "iPhone sales slipped"]);
    assert_eq!(split("- first item"), ["first item"]);
}

/// Segmentation as first written (a vector of chars per paragraph, walked char by char): the
/// reading `sentences` must agree with.
fn reference_sentences(text: &str, paragraph: Span, glue: &[usize]) -> Vec<Span> {
    let slice = paragraph.of(text);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let byte_at = |index: usize| chars.get(index).map_or(slice.len(), |&(offset, _)| offset);
    let mut ends = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index].1;
        if is_cjk_terminal(c) {
            let mut next = index + 1;
            while next < chars.len() && is_closer(chars[next].1) {
                next += 1;
            }
            ends.push(byte_at(next));
            index = next;
            continue;
        }
        if !is_terminal(c) {
            index += 1;
            continue;
        }
        let run_start = index;
        let mut next = index + 1;
        while next < chars.len() && is_terminal(chars[next].1) {
            next += 1;
        }
        let single_period = c == '.' && next == run_start + 1;
        while next < chars.len() && is_closer(chars[next].1) {
            next += 1;
        }
        if next < chars.len() && chars[next].1.is_whitespace() {
            let mut following = next;
            while following < chars.len() && chars[following].1.is_whitespace() {
                following += 1;
            }
            let after = word_after(slice, byte_at(following));
            if following < chars.len() && (opens_sentence(chars[following].1) || is_lowercase_brand(after)) {
                let before = word_before(slice, chars[run_start].0);
                if !single_period || period_ends_sentence(before, after, &slice[byte_at(following)..]) {
                    ends.push(byte_at(next));
                }
            }
        }
        index = next.max(index + 1);
    }
    for &offset in glue {
        if paragraph.contains(offset) && offset > paragraph.start && glue::is_sentence_break(text, offset) {
            ends.push(offset - paragraph.start);
        }
    }
    ends.sort_unstable();
    ends.dedup();

    let mut spans = Vec::new();
    let mut start = 0;
    for end in ends.into_iter().chain(std::iter::once(slice.len())) {
        if end > start {
            push_sentence(text, Span::new(paragraph.start + start, paragraph.start + end), &mut spans);
            start = end;
        }
    }
    spans
}

/// A small deterministic generator of tricky paragraphs: terminal marks in runs, closers, quotes,
/// abbreviations, initials, numbers, CJK stops and other non-ASCII characters.
fn tricky_paragraphs() -> Vec<String> {
    const PIECES: &[&str] = &[
        "The", "iPhone", "U.S.", "Mr.", "No.", "1", "12", "Inc.", "Apple", "said", "a", " ", " ", "  ", ".", ".", "!",
        "?", "…", "...", "”", "’", ")", "\"", "“", "。", "！", "？", "｡", "」", "東京", "é", "É", "—", "\n", "\u{a0}",
        "e.g.", "However", "J.", "Feb.", "3.5", "$", "- ", "• ", "x",
    ];
    let mut next = crate::core::test_support::xorshift(0x9e37_79b9_7f4a_7c15);
    (0..3000)
        .map(|_| {
            let len = next(40);
            (0..len).map(|_| PIECES[next(PIECES.len())]).collect()
        })
        .collect()
}

#[test]
fn agrees_with_the_char_by_char_reading() {
    for (index, text) in tricky_paragraphs().iter().enumerate() {
        let boundaries: Vec<usize> = text.char_indices().map(|(offset, _)| offset).collect();
        let glue: Vec<usize> = boundaries.iter().copied().filter(|offset| (offset + index) % 7 == 0).collect();
        let start = boundaries.get(index % 4).copied().unwrap_or(0);
        let paragraph = Span::new(start, text.len());
        assert_eq!(sentences(text, paragraph, &glue), reference_sentences(text, paragraph, &glue), "{text:?}");
    }
}
