//! The reading state on disk: round trips, atomic writes, and files that cannot be used are moved aside
//! with a warning, never lost.

use parallax::config::state::{STATE_FILE_NAME, STATE_VERSION};
use parallax::config::{ReadingState, StateStore};
use std::fs;
use std::path::Path;

fn sample() -> ReadingState {
    let mut state = ReadingState::default();
    state.set_position("demo", "harbor-business-review", Some("harbor-business-review#4"));
    state.mark_read("demo", "circuit-daily", true);
    state.set_position("3f2a9c", "naira-times", None);
    state
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dir")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn state_round_trips_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("parallax-data");
    let (store, empty, warnings) = StateStore::open(&data);
    assert_eq!((empty, warnings), (ReadingState::default(), Vec::<String>::new()));
    store.save(&sample()).expect("saved");
    store.save(&sample()).expect("saved over");
    assert_eq!(files_in(&data), [STATE_FILE_NAME]);
    let (_, loaded, warnings) = StateStore::open(&data);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(loaded, sample());
    assert_eq!(loaded.last_story.as_deref(), Some("3f2a9c"));
    assert!(loaded.is_read("demo", "circuit-daily"));
    let json: serde_json::Value = serde_json::from_slice(&fs::read(store.path()).expect("file")).expect("JSON");
    assert_eq!(json["version"], STATE_VERSION);
}

#[test]
fn a_corrupt_file_is_moved_aside_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(STATE_FILE_NAME);
    fs::write(&path, "{\"version\": 1, \"stories\": [").expect("write");
    let (store, state, warnings) = StateStore::open(dir.path());
    assert_eq!(state, ReadingState::default());
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("not a valid state file") && warnings[0].contains("state.json.corrupt-1"));
    let moved = dir.path().join("state.json.corrupt-1");
    assert_eq!(fs::read_to_string(&moved).expect("kept"), "{\"version\": 1, \"stories\": [");
    assert!(!path.exists());
    store.save(&sample()).expect("a fresh file");

    // A second corrupt file does not overwrite the first one set aside.
    fs::write(&path, "not json").expect("write");
    let (_, _, warnings) = StateStore::open(dir.path());
    assert!(warnings[0].contains("state.json.corrupt-2"), "{warnings:?}");
    assert_eq!(fs::read_to_string(dir.path().join("state.json.corrupt-2")).expect("kept"), "not json");
    assert_eq!(fs::read_to_string(&moved).expect("still there"), "{\"version\": 1, \"stories\": [");
}

#[test]
fn a_file_from_a_newer_version_is_kept_aside() {
    let dir = tempfile::tempdir().expect("temp dir");
    let newer = format!("{{\"version\": {}, \"shelves\": {{}}}}", STATE_VERSION + 1);
    fs::write(dir.path().join(STATE_FILE_NAME), &newer).expect("write");
    let (store, state, warnings) = StateStore::open(dir.path());
    assert_eq!(state, ReadingState::default());
    assert!(warnings[0].contains("newer Parallax") && warnings[0].contains("state.json.newer-1"), "{warnings:?}");
    assert_eq!(fs::read_to_string(dir.path().join("state.json.newer-1")).expect("kept"), newer);
    store.save(&sample()).expect("saved");
}

#[test]
fn a_file_without_a_version_is_corrupt() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join(STATE_FILE_NAME), "{\"stories\": {}}").expect("write");
    let (_, _, warnings) = StateStore::open(dir.path());
    assert!(warnings[0].contains("state.json.corrupt-1"), "{warnings:?}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_never_saved_over() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(STATE_FILE_NAME);
    fs::write(&path, "{\"version\": 1}").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&path).is_ok() {
        return; // Running as root: permissions do not stop reading.
    }
    let (store, _, warnings) = StateStore::open(dir.path());
    assert!(warnings[0].contains("not saving over it"), "{warnings:?}");
    assert!(store.save(&sample()).is_err());
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod back");
    assert_eq!(fs::read_to_string(&path).expect("intact"), "{\"version\": 1}");
}
