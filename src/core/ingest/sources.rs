//! `sources.tsv` / `sources.csv` beside article files: a table (`file`, `outlet`, `url`, `date`,
//! `title`, `byline`) whose non-empty cells override what detection found for the named files.

use super::InputFile;
use crate::core::article::{Article, Problem, TitleOrigin};
use crate::core::dates::parse_date;
use crate::core::text::clean_line;

/// Is this file a sources table rather than an article?
pub(super) fn is_sources_file(file: &InputFile) -> bool {
    matches!(file.name.to_ascii_lowercase().as_str(), "sources.tsv" | "sources.csv")
}

/// Applies a sources table to the articles loaded from the same folder.
pub(super) fn apply(table: &InputFile, loaded: &mut [(InputFile, Vec<Article>)], problems: &mut Vec<Problem>) {
    let delimiter = if table.name.to_ascii_lowercase().ends_with(".tsv") { b'\t' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(table.bytes.as_slice());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|header| header.to_ascii_lowercase()).collect(),
        Err(error) => {
            problems.push(Problem::new(table.source.clone(), format!("cannot read the table header: {error}")));
            return;
        }
    };
    let Some(file_column) = headers.iter().position(|header| header == "file") else {
        problems.push(Problem::new(table.source.clone(), "the table has no `file` column: ignored"));
        return;
    };
    let column = |name: &str| headers.iter().position(|header| header == name);
    let (outlet, url, date, title, byline) =
        (column("outlet"), column("url"), column("date"), column("title"), column("byline").or(column("author")));
    for (row_index, record) in reader.records().enumerate() {
        let line = row_index + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(Problem::new(table.source.clone(), format!("line {line}: {error}")));
                continue;
            }
        };
        let cell = |index: Option<usize>| index.and_then(|i| record.get(i)).and_then(clean_line);
        let Some(file_name) = cell(Some(file_column)) else { continue };
        let target = loaded.iter_mut().find(|(file, _)| {
            file.folder == table.folder && (file.name == file_name || super::files::stem(&file.name) == file_name)
        });
        let Some((_, articles)) = target else {
            problems.push(Problem::new(
                table.source.clone(),
                format!("line {line}: no article file named {file_name:?} was loaded"),
            ));
            continue;
        };
        let parsed_date = match cell(date) {
            Some(text) => match parse_date(&text) {
                Some(parsed) => Some(parsed),
                None => {
                    problems.push(Problem::new(
                        table.source.clone(),
                        format!("line {line}: {text:?} is not a date (expected e.g. 2025-02-12)"),
                    ));
                    None
                }
            },
            None => None,
        };
        for article in articles.iter_mut() {
            if let Some(value) = cell(outlet) {
                article.outlet = Some(value);
            }
            if let Some(value) = cell(url) {
                article.url = Some(value);
            }
            if let Some(value) = cell(title) {
                article.title = Some(value);
                article.title_origin = Some(TitleOrigin::Metadata);
            }
            if let Some(value) = cell(byline) {
                article.byline = Some(value);
            }
            article.date = parsed_date.or(article.date);
        }
    }
}
