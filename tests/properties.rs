//! Property tests: no input panics ingestion, segmentation or the analysis, and every range lies on char
//! boundaries inside the text, in order, without overlap.

use parallax::core::analysis::{AnalysisOptions, analyze};
use parallax::core::article::{Article, Span};
use parallax::core::ingest::{IngestOptions, InputFile, load_files};
use proptest::prelude::*;

fn check_ranges(article: &Article) {
    let text = &article.text;
    let valid = |span: Span| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    for zone in &article.zones {
        assert!(valid(zone.span), "zone {zone:?}");
    }
    for pair in article.zones.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "zones overlap: {pair:?}");
    }
    for span in article.paragraphs.iter().chain(&article.passages) {
        assert!(valid(*span) && !span.is_empty(), "range {span:?}");
    }
    for pair in article.passages.windows(2) {
        assert!(pair[0].end <= pair[1].start, "passages overlap: {pair:?}");
    }
    assert!(!text.contains(|c: char| c.is_control() && c != '\n'), "control characters left in {text:?}");
}

fn ingest(name: &str, bytes: Vec<u8>) {
    let corpus = load_files(vec![InputFile::in_memory("", name, bytes)], &IngestOptions::default());
    corpus.articles.iter().for_each(check_ranges);
}

/// Text built from pieces that exercise the segmenter and zoner: abbreviations, quotes, CJK, dates.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S. ".to_owned()),
        Just("Mr. ".to_owned()),
        Just("$124.3 billion. ".to_owned()),
        Just("“Quote.” ".to_owned()),
        Just("地震。".to_owned()),
        Just("\n\n".to_owned()),
        Just("\n".to_owned()),
        Just("By Ana Lima\n".to_owned()),
        Just("Published Feb. 12, 2025\n".to_owned()),
        Just("... ".to_owned()),
        Just("Advertisement\n".to_owned()),
        Just("ChinaiPhone ".to_owned()),
        Just("- item\n".to_owned()),
        // Every kind of space before a capital ("Capt.\u{a0}Efren"), and a web address.
        Just("Capt.\u{a0}Efren ".to_owned()),
        Just("end.\u{2009}The ".to_owned()),
        Just("\u{202f}Ana ".to_owned()),
        Just("\u{3000}Lima ".to_owned()),
        Just("example.com/Path ".to_owned()),
        Just("R$\u{a0}85 million ".to_owned()),
        "[A-Za-z]{1,12} ",
        "\\PC{1,8}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

/// Analyses a story of two articles (so that linking runs too) and checks every mention's range.
fn analyse(first: String, second: String) {
    let files = vec![InputFile::in_memory("", "a.txt", first), InputFile::in_memory("", "b.md", second)];
    let analysis = analyze(load_files(files, &IngestOptions::default()), &AnalysisOptions::default());
    for (article, mentions) in analysis.corpus.articles.iter().zip(&analysis.entities.mentions) {
        for mention in mentions {
            let span = mention.span;
            assert!(
                span.start < span.end
                    && article.text.is_char_boundary(span.start)
                    && article.text.is_char_boundary(span.end),
                "mention {mention:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for name in ["x.txt", "x.md", "x.html", "x.json", "x"] {
            ingest(name, bytes.clone());
        }
    }

    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,400}") {
        for name in ["x.txt", "x.md", "x.html"] {
            ingest(name, text.clone().into_bytes());
        }
        analyse(text.clone(), text);
    }

    #[test]
    fn newsy_text_never_panics_the_analysis(first in newsy_text(), second in newsy_text()) {
        analyse(first, second);
    }

    #[test]
    fn newsy_text_keeps_ranges_valid(text in newsy_text()) {
        for name in ["x.txt", "x.md"] {
            ingest(name, text.clone().into_bytes());
        }
    }
}
