//! The demo stories compiled into the binary (written for this project; see assets/demo/README.md).
//! They load through exactly the same ingestion path as files on disk.

use super::ingest::InputFile;

/// A built-in story: its name and its files (articles plus an optional sources.tsv).
pub struct DemoStory {
    pub name: &'static str,
    pub files: &'static [(&'static str, &'static [u8])],
}

macro_rules! demo_files {
    ($story:literal: $($file:literal),+ $(,)?) => {
        &[$(($file, include_bytes!(concat!("../../assets/demo/", $story, "/", $file)))),+]
    };
}

/// The built-in stories; the first is the default demo.
pub const DEMO_STORIES: &[DemoStory] = &[
    DemoStory {
        name: "apple-alibaba",
        files: demo_files!("apple-alibaba":
            "pacific-ledger.txt", "circuit-daily.md", "harbor-business-review.html",
            "asiatech-wire.json", "market-lens.md", "seoul-digital-report.txt", "sources.tsv"),
    },
    DemoStory {
        name: "reykjanes-eruption",
        files: demo_files!("reykjanes-eruption": "nordic-wire.txt", "north-atlantic-monitor.md", "boreal-times.json"),
    },
];

/// The files of the named demo story (the default one for `None`), ready for ingestion.
pub fn demo_files(name: Option<&str>) -> Option<Vec<InputFile>> {
    let story = match name {
        None => DEMO_STORIES.first()?,
        Some(name) => DEMO_STORIES.iter().find(|story| story.name == name)?,
    };
    let folder = format!("demo/{}", story.name);
    Some(story.files.iter().map(|(file, bytes)| InputFile::in_memory(&folder, file, *bytes)).collect())
}
