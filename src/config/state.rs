//! The reading state: where the reader was (story, article, passage) and which articles of each story
//! were read, kept as `state.json` in the data directory.
//!
//! Saving is atomic (a temporary file in the same folder, synced, then renamed over the old one). A file
//! that cannot be understood — corrupt, or written by a newer Parallax — is never lost: it is moved aside
//! to `state.json.corrupt-N` or `state.json.newer-N` (never over an earlier one) and a warning says so.
//! If it cannot even be moved, the store refuses to save over it.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Tells apart the temporary files of saves running at the same time in one process.
static TEMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The state file's name in the data directory.
pub const STATE_FILE_NAME: &str = "state.json";

/// The format version this build writes; files with a higher one are set aside, not misread.
pub const STATE_VERSION: u32 = 1;

/// Where the reader is in one story, and what was read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoryState {
    /// The id of the article last read.
    pub article: Option<String>,
    /// The id of the passage last read (an id of the analysis, `article#n`).
    pub passage: Option<String>,
    /// Ids of the articles marked read.
    pub read: BTreeSet<String>,
}

/// Everything remembered between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadingState {
    /// The key of the story read last (the caller's stable key, such as `demo` or a hash of the paths).
    pub last_story: Option<String>,
    /// Per story key.
    pub stories: BTreeMap<String, StoryState>,
}

impl ReadingState {
    /// The state of one story, created empty when new.
    pub fn story_mut(&mut self, key: &str) -> &mut StoryState {
        self.stories.entry(key.to_owned()).or_default()
    }

    /// Records the current place in a story (and makes it the last story).
    pub fn set_position(&mut self, story: &str, article: &str, passage: Option<&str>) {
        self.last_story = Some(story.to_owned());
        let state = self.story_mut(story);
        state.article = Some(article.to_owned());
        state.passage = passage.map(str::to_owned);
    }

    /// Marks an article of a story read (or unread).
    pub fn mark_read(&mut self, story: &str, article: &str, read: bool) {
        let state = self.story_mut(story);
        if read {
            state.read.insert(article.to_owned());
        } else {
            state.read.remove(article);
        }
    }

    /// Is this article of this story marked read?
    pub fn is_read(&self, story: &str, article: &str) -> bool {
        self.stories.get(story).is_some_and(|state| state.read.contains(article))
    }
}

/// The file on disk: the state with its format version.
#[derive(Serialize)]
struct StateFileOut<'a> {
    version: u32,
    #[serde(flatten)]
    state: &'a ReadingState,
}

#[derive(Deserialize)]
struct StateFileIn {
    version: u32,
    #[serde(flatten)]
    state: ReadingState,
}

/// Reads and writes the state file of one data directory.
#[derive(Debug, Clone)]
pub struct StateStore {
    path: PathBuf,
    /// An existing file could not be read or moved aside: saving would destroy it.
    keep_existing: bool,
}

impl StateStore {
    /// Opens the store in `dir` and loads the state: an absent file is an empty state; a file that
    /// cannot be used is moved aside, with a warning in the list returned.
    pub fn open(dir: impl Into<PathBuf>) -> (Self, ReadingState, Vec<String>) {
        let mut store = Self { path: dir.into().join(STATE_FILE_NAME), keep_existing: false };
        let mut warnings = Vec::new();
        let state = store.load(&mut warnings);
        (store, state, warnings)
    }

    /// The state file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn load(&mut self, warnings: &mut Vec<String>) -> ReadingState {
        let bytes = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return ReadingState::default(),
            Err(error) => {
                self.keep_existing = true;
                warnings.push(format!(
                    "{}: cannot read the reading state ({error}); starting afresh and not saving over it",
                    self.path.display()
                ));
                return ReadingState::default();
            }
        };
        let version = serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|value| value.get("version").and_then(serde_json::Value::as_u64));
        let (reason, suffix) = match version {
            Some(version) if version > u64::from(STATE_VERSION) => {
                (format!("it was written by a newer Parallax (format {version})"), "newer")
            }
            _ => match serde_json::from_slice::<StateFileIn>(&bytes) {
                Ok(file) if file.version >= 1 => return file.state,
                Ok(file) => (format!("it has an unknown format version {}", file.version), "corrupt"),
                Err(error) => (format!("it is not a valid state file ({error})"), "corrupt"),
            },
        };
        match self.move_aside(suffix) {
            Ok(moved) => warnings.push(format!(
                "{}: {reason}; moved to {} and starting afresh",
                self.path.display(),
                moved.display()
            )),
            Err(error) => {
                self.keep_existing = true;
                warnings.push(format!(
                    "{}: {reason}, and it cannot be moved aside ({error}); starting afresh and not saving over it",
                    self.path.display()
                ));
            }
        }
        ReadingState::default()
    }

    /// Renames the state file to the first free `state.json.SUFFIX-N`.
    fn move_aside(&self, suffix: &str) -> io::Result<PathBuf> {
        for number in 1..10_000 {
            let mut name = self.path.clone().into_os_string();
            name.push(format!(".{suffix}-{number}"));
            let target = PathBuf::from(name);
            // Reserving the name first means no earlier file is ever replaced, even by a racing process.
            match OpenOptions::new().write(true).create_new(true).open(&target) {
                Ok(_) => {
                    return fs::rename(&self.path, &target).map(|()| target.clone()).inspect_err(|_| {
                        let _ = fs::remove_file(&target);
                    });
                }
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(error),
            }
        }
        Err(io::Error::other("too many files already set aside"))
    }

    /// Saves the state atomically, creating the data directory if needed.
    pub fn save(&self, state: &ReadingState) -> io::Result<()> {
        if self.keep_existing {
            return Err(io::Error::other(format!(
                "{} could not be read or moved aside; not saving over it",
                self.path.display()
            )));
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let mut json = serde_json::to_vec_pretty(&StateFileOut { version: STATE_VERSION, state })?;
        json.push(b'\n');
        let unique = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!(".{STATE_FILE_NAME}.tmp-{}-{unique}", std::process::id()));
        let written = write_synced(&temp, &json).and_then(|()| fs::rename(&temp, &self.path));
        if written.is_err() {
            let _ = fs::remove_file(&temp);
        }
        written?;
        // Make the rename itself durable; not every platform can open a directory, so this is best effort.
        if let Ok(folder) = File::open(dir) {
            let _ = folder.sync_all();
        }
        Ok(())
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_helpers() {
        let mut state = ReadingState::default();
        state.set_position("demo", "a", Some("a#3"));
        state.mark_read("demo", "a", true);
        assert!(state.is_read("demo", "a"));
        state.mark_read("demo", "a", false);
        assert!(!state.is_read("demo", "a") && !state.is_read("other", "a"));
        assert_eq!(state.last_story.as_deref(), Some("demo"));
        assert_eq!(state.stories["demo"].passage.as_deref(), Some("a#3"));
    }
}
