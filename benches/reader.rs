//! Linking and reader benchmarks: passages linked per second for stories of 5, 50, 200 and 500 articles
//! (articles drawn from the sentences of the project's fixture and demo stories, so words and names
//! recur across articles the way they do in one story), the first frame of the demo from a cold start,
//! and one redraw of a 10,000-word article with hundreds of highlights.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use parallax::app::{AppState, Panes, ViewSettings};
use parallax::config::Config;
use parallax::core::analysis::{AnalysisOptions, analyze};
use parallax::core::demo::demo_files;
use parallax::core::entities::{EntityOptions, recognize_story};
use parallax::core::ingest::{IngestOptions, InputFile, load_files, load_paths};
use parallax::core::links::{LinkOptions, link_story};
use parallax::reader::{Reader, render_headless};
use std::hint::black_box;
use std::path::Path;

/// Every sentence of the fixture and demo stories.
fn sentence_pool() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [root.join("tests/fixtures/stories"), root.join("assets/demo")];
    let corpus = load_paths(&dirs, &IngestOptions::default());
    corpus
        .articles
        .iter()
        .flat_map(|article| article.passages.iter().map(|span| span.of(&article.text).to_owned()).collect::<Vec<_>>())
        .collect()
}

/// `count` articles of 30 sentences each, drawn from the pool by a fixed pseudo-random sequence.
fn story(count: usize, pool: &[String]) -> Vec<InputFile> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    (0..count)
        .map(|index| {
            let mut text = format!("Article number {index} on the story\n\n");
            for _ in 0..30 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(&pool[(seed % pool.len() as u64) as usize]);
                text.push_str("\n\n");
            }
            InputFile::in_memory("bench", &format!("a{index:04}.txt"), text.into_bytes())
        })
        .collect()
}

fn linking(c: &mut Criterion) {
    let pool = sentence_pool();
    let mut group = c.benchmark_group("link_story");
    group.sample_size(10);
    for count in [5, 50, 200, 500] {
        let corpus = load_files(story(count, &pool), &IngestOptions::default());
        let entities = recognize_story(&corpus.articles, &EntityOptions::default());
        let passages: usize = corpus.articles.iter().map(|a| a.passages.len()).sum();
        group.throughput(Throughput::Elements(passages as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, _| {
            b.iter(|| black_box(link_story(&corpus.articles, &entities, &LinkOptions::default())))
        });
    }
    group.finish();
}

fn reader_state(files: Vec<InputFile>) -> AppState {
    let analysis = analyze(load_files(files, &IngestOptions::default()), &AnalysisOptions::default());
    AppState::new(analysis, ViewSettings::default(), Panes { sources: true, entities: true, related: true })
}

fn frames(c: &mut Criterion) {
    let config = Config::builtin().expect("built-in config");
    let theme = config.theme(Some("dark"), false).expect("dark theme");
    c.bench_function("first_frame_demo_cold", |b| {
        b.iter(|| {
            let state = reader_state(demo_files(None).unwrap_or_default());
            let mut reader = Reader::new(state, &config.keymap, &theme);
            black_box(render_headless(&mut reader, 160, 48, &[]))
        })
    });

    // One long article: the demo's texts one after another until about 10,000 words.
    let demo = load_files(demo_files(None).unwrap_or_default(), &IngestOptions::default());
    let mut text = String::from("A long article for the redraw benchmark\n\n");
    while text.split_whitespace().count() < 10_000 {
        for article in &demo.articles {
            text.push_str(&article.text);
            text.push_str("\n\n");
        }
    }
    let mut files = demo_files(None).unwrap_or_default();
    files.insert(0, InputFile::in_memory("bench", "long.txt", text.into_bytes()));
    let state = reader_state(files);
    let highlights = state.analysis.entities.mentions[0].len();
    let mut reader = Reader::new(state, &config.keymap, &theme);
    // Scroll to the middle, where every line carries highlights.
    let keys = parallax::reader::keys::parse_keys(&"<pagedown>".repeat(20)).unwrap_or_default();
    render_headless(&mut reader, 160, 48, &keys);
    let backend = ratatui::backend::TestBackend::new(160, 48);
    let Ok(mut terminal) = ratatui::Terminal::new(backend);
    c.bench_function(&format!("redraw_10k_words_{highlights}_highlights"), |b| {
        b.iter(|| {
            // What a frame costs: the draw and ratatui's diff against the previous frame.
            terminal.draw(|frame| reader.draw(frame)).map(|_| ()).unwrap_or_default();
            black_box(terminal.backend().buffer().area)
        })
    });
}

criterion_group!(benches, linking, frames);
criterion_main!(benches);
