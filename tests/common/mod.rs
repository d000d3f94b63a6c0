//! Shared helpers for tests: where the dev sets live and how their gold files read.
#![allow(dead_code)]

use parallax::core::analysis::{Analysis, AnalysisOptions, analyze};
use parallax::core::article::{Article, Corpus};
use parallax::core::ingest::{IngestOptions, InputFile, load_files, load_paths};
use parallax::core::links::{Link, PassageRef};
use std::path::{Path, PathBuf};

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seed articles shared beside the repository, when present.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = repo().join("../shared/corpus/seeds");
    dir.is_dir().then_some(dir)
}

/// The folder of a dev set: `seeds`, a demo story (`demo-<name>`) or a fixture story.
pub fn set_dir(set: &str) -> Option<PathBuf> {
    if set == "seeds" {
        return seeds_dir();
    }
    if let Some(name) = set.strip_prefix("demo-") {
        return Some(repo().join("assets/demo").join(name));
    }
    Some(repo().join("tests/fixtures/stories").join(set))
}

pub fn load_set(set: &str) -> Option<Corpus> {
    let dir = set_dir(set)?;
    let corpus = load_paths(&[dir], &IngestOptions::default());
    assert!(corpus.problems.is_empty(), "{set}: {:?}", corpus.problems);
    Some(corpus)
}

/// Names of the sets that have a gold file under `tests/gold/<kind>/`.
pub fn gold_sets(kind: &str) -> Vec<String> {
    let mut sets: Vec<String> = std::fs::read_dir(repo().join("tests/gold").join(kind))
        .expect("gold folder")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().to_string_lossy().into_owned();
            Some(name.strip_suffix(".tsv").unwrap_or(&name).to_owned())
        })
        .collect();
    sets.sort();
    sets
}

/// Non-comment, non-empty lines of a TSV gold file, split on tabs (a trailing `# comment` dropped).
pub fn gold_rows(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let line = line.split("\t#").next().unwrap_or(line);
            line.split('\t').map(|cell| cell.trim().to_owned()).collect()
        })
        .collect()
}

/// One judged sentence of the facts gold.
#[derive(Debug, Clone)]
pub struct GoldSentence {
    pub fact: String,
    pub article: String,
    pub keys: Vec<String>,
}

pub fn gold_facts(set: &str) -> Vec<GoldSentence> {
    gold_rows(&repo().join("tests/gold/facts").join(format!("{set}.tsv")))
        .into_iter()
        .map(|row| GoldSentence {
            fact: row[0].clone(),
            article: row[1].clone(),
            keys: row[2].split_whitespace().map(str::to_lowercase).collect(),
        })
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Indexes of the passages of `article` that contain every key word (as a word or word prefix).
pub fn passages_matching(article: &Article, keys: &[String]) -> Vec<usize> {
    article
        .passages
        .iter()
        .enumerate()
        .filter(|(_, span)| {
            let words = words(span.of(&article.text));
            keys.iter().all(|key| {
                let key_words = self::words(key);
                key_words.iter().all(|k| words.iter().any(|w| w.starts_with(k.as_str())))
            })
        })
        .map(|(index, _)| index)
        .collect()
}

/// The analysis of a story of articles written in the test, each a (file name, text) pair.
pub fn story(files: &[(&str, &str)]) -> Analysis {
    let inputs = files.iter().map(|(name, text)| InputFile::in_memory("story", name, *text)).collect();
    analyze(load_files(inputs, &IngestOptions::default()), &AnalysisOptions::default())
}

/// Three outlets on a pilots' strike; the first states the fact twice, in its lead and further down, and
/// only the lead is linked to the second outlet's headline.
pub const STRIKE_STORY: [(&str, &str); 3] = [
    (
        "courier.txt",
        "Pilots at Aerolinea Sur to stop work\n\n\
         Aerolinea Sur said it would cancel more than 1,200 flights during the walkout, affecting about \
         180,000 passengers.\n\n\
         The union wants a 9% pay rise and better pensions.\n\n\
         The pilots' 48-hour strike begins on Monday, the union Pilotos Unidos said.\n",
    ),
    (
        "report.txt",
        "Aerolinea Sur cancels 1,200 flights\n\n\
         Aerolinea Sur will cancel about 1,200 flights on Monday and Tuesday after the union Pilotos Unidos \
         called a 48-hour strike.\n\n\
         Talks broke down last week.\n",
    ),
    (
        "wire.txt",
        "Strike grounds Aerolinea Sur\n\n\
         Pilotos Unidos will strike for 48 hours from Monday, threatening more than 1,200 Aerolinea Sur \
         flights.\n\n\
         The airline said it regretted the decision.\n",
    ),
];

/// The passage of article `article` that opens with `opening`.
pub fn passage_starting(analysis: &Analysis, article: usize, opening: &str) -> PassageRef {
    let text = &analysis.corpus.articles[article].text;
    let passage = analysis.corpus.articles[article]
        .passages
        .iter()
        .position(|span| text[span.start..span.end].trim_start().starts_with(opening))
        .unwrap_or_else(|| panic!("no passage starting {opening:?}"));
    PassageRef { article, passage }
}

/// A link's differences as `passage` writes them first and the other end second.
pub fn differences_seen_from(link: &Link, passage: PassageRef) -> Vec<(&str, &str)> {
    link.differences.iter().map(|difference| link.sides(difference, passage)).collect()
}
