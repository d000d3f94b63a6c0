//! Reading inputs from the file system: folders walked recursively in a stable order, hidden entries
//! skipped, size limits applied before reading, every failure turned into a problem naming the path.

use crate::core::article::Problem;
use crate::core::text::clean_line;
use std::path::{Path, PathBuf};

/// One document's bytes, with the names it is known by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// How the user refers to it (the path as given, or `demo/...`).
    pub source: String,
    /// The folder it sits in: files of one folder share a `sources.tsv`.
    pub folder: String,
    /// The file name, with extension.
    pub name: String,
    pub bytes: Vec<u8>,
}

impl InputFile {
    /// An in-memory document (tests, the built-in demo).
    pub fn in_memory(folder: &str, name: &str, bytes: impl Into<Vec<u8>>) -> Self {
        let source = if folder.is_empty() { name.to_owned() } else { format!("{folder}/{name}") };
        Self { source, folder: folder.to_owned(), name: name.to_owned(), bytes: bytes.into() }
    }
}

/// The file name without its last extension: the article id.
pub fn stem(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => name.to_owned(),
    }
}

pub fn too_large_message(size: u64, limit: u64) -> String {
    format!("file is {} (over the {} size limit): skipped", human_size(size), human_size(limit))
}

fn human_size(bytes: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes as f64 >= MB { format!("{:.1} MB", bytes as f64 / MB) } else { format!("{:.1} KB", bytes as f64 / 1024.0) }
}

fn display(path: &Path) -> String {
    clean_line(&path.to_string_lossy()).unwrap_or_else(|| "(unnamed path)".into())
}

fn describe(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "cannot read: permission denied".into(),
        _ => format!("cannot read: {error}"),
    }
}

fn is_hidden(name: &str) -> bool {
    name.starts_with('.')
}

/// Reads every file under `paths`. Returns the files read and the problems met.
pub fn collect_paths(paths: &[PathBuf], max_file_bytes: u64) -> (Vec<InputFile>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(error) => problems.push(Problem::new(display(path), describe(&error))),
            Ok(meta) if meta.is_dir() => walk_folder(path, max_file_bytes, &mut files, &mut problems),
            Ok(_) => read_file(path, max_file_bytes, &mut files, &mut problems),
        }
    }
    (files, problems)
}

fn walk_folder(root: &Path, max_file_bytes: u64, files: &mut Vec<InputFile>, problems: &mut Vec<Problem>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(&entry.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => read_file(entry.path(), max_file_bytes, files, problems),
            Ok(_) => {}
            Err(error) => {
                let path = error.path().map_or_else(|| display(root), display);
                let message = match error.io_error() {
                    Some(io) => describe(io),
                    None => "cannot read: a symbolic link loops back on itself".into(),
                };
                problems.push(Problem::new(path, message));
            }
        }
    }
}

fn read_file(path: &Path, max_file_bytes: u64, files: &mut Vec<InputFile>, problems: &mut Vec<Problem>) {
    let source = display(path);
    let size = match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            problems.push(Problem::new(source, "not a regular file: skipped"));
            return;
        }
        Ok(meta) => meta.len(),
        Err(error) => {
            problems.push(Problem::new(source, describe(&error)));
            return;
        }
    };
    if size > max_file_bytes {
        problems.push(Problem::new(source, too_large_message(size, max_file_bytes)));
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => files.push(InputFile {
            source,
            folder: path.parent().map(display).unwrap_or_default(),
            name: path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
            bytes,
        }),
        Err(error) => problems.push(Problem::new(source, describe(&error))),
    }
}
