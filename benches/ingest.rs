//! Ingestion + zoning + segmentation throughput (MB/s) on a corpus of about 1,000 articles scaled up
//! from the project's fixtures and demo stories, and the time to load the five seed articles.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::core::analysis::{AnalysisOptions, analyze};
use parallax::core::entities::{EntityOptions, recognize_story};
use parallax::core::export::to_json;
use parallax::core::ingest::{IngestOptions, InputFile, load_files, load_paths};
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn fixture_files() -> Vec<InputFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["tests/fixtures/stories", "tests/fixtures/ingest", "assets/demo"] {
        for entry in walk(&root.join(dir)) {
            let name = entry.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let is_article = ["txt", "md", "html", "json"].iter().any(|ext| name.ends_with(ext)) && name != "README.md";
            if is_article {
                let bytes = std::fs::read(&entry).expect("fixture readable");
                files.push(InputFile::in_memory(
                    &entry.parent().map(|p| p.display().to_string()).unwrap_or_default(),
                    &name,
                    bytes,
                ));
            }
        }
    }
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    let mut entries: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out
}

/// About 1,000 articles: the fixtures repeated under distinct names, each copy with a line of its own
/// (the same article loaded twice is read once).
fn scaled_corpus() -> Vec<InputFile> {
    let base = fixture_files();
    let copies = 1000usize.div_ceil(base.len().max(1));
    (0..copies)
        .flat_map(|copy| {
            base.iter().map(move |file| {
                let bytes = distinct_copy(&file.name, &file.bytes, copy);
                InputFile::in_memory(&format!("copy{copy}"), &format!("{copy}-{}", file.name), bytes)
            })
        })
        .collect()
}

/// The bytes of a fixture with a sentence naming its copy, where its format keeps text: before the end
/// of an HTML body, at the start of a JSON text field, after plain text and Markdown.
fn distinct_copy(name: &str, bytes: &[u8], copy: usize) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(bytes) else { return bytes.to_vec() };
    let line = format!("This is copy {copy}.");
    let marked = if name.ends_with(".html") {
        text.replacen("</body>", &format!("<p>{line}</p></body>"), 1)
    } else if name.ends_with(".json") {
        text.replacen("\"text\": \"", &format!("\"text\": \"{line} "), 1)
    } else {
        format!("{text}\n\n{line}\n")
    };
    marked.into_bytes()
}

fn total_bytes(files: &[InputFile]) -> u64 {
    files.iter().map(|file| file.bytes.len() as u64).sum()
}

/// Benchmarks `routine` as `group/name`, reporting throughput over `bytes` of input.
fn throughput<O>(
    c: &mut Criterion,
    group: &str,
    name: String,
    bytes: u64,
    samples: usize,
    mut routine: impl FnMut() -> O,
) {
    let mut group = c.benchmark_group(group);
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(samples);
    group.bench_function(name, |b| b.iter(&mut routine));
    group.finish();
}

fn ingestion(c: &mut Criterion) {
    let corpus = scaled_corpus();
    let options = IngestOptions::default();
    throughput(c, "ingest", format!("{}_articles_all_formats", corpus.len()), total_bytes(&corpus), 20, || {
        load_files(black_box(corpus.clone()), &options)
    });

    // Plain text alone: HTML costs are mostly the readability extraction crate's.
    let text: Vec<InputFile> = corpus.iter().filter(|file| file.name.ends_with(".txt")).cloned().collect();
    throughput(c, "ingest", format!("{}_articles_plain_text", text.len()), total_bytes(&text), 20, || {
        load_files(black_box(text.clone()), &options)
    });

    // Entity recognition (and story-level resolution) over the already ingested plain-text corpus.
    let loaded = load_files(text.clone(), &options);
    let copies_read_once = loaded.problems.iter().filter(|p| p.message.starts_with("same article")).count();
    assert_eq!(copies_read_once, 0, "every copy of the scaled corpus is distinct");
    throughput(c, "entities", format!("{}_articles_plain_text", loaded.articles.len()), total_bytes(&text), 10, || {
        recognize_story(black_box(&loaded.articles), &EntityOptions::default())
    });

    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    if seeds.is_dir() {
        c.bench_function("analyze_seeds_json", |b| {
            b.iter(|| {
                to_json(&analyze(
                    load_paths(black_box(std::slice::from_ref(&seeds)), &options),
                    &AnalysisOptions::default(),
                ))
            })
        });
    }
}

criterion_group!(benches, ingestion);
criterion_main!(benches);
