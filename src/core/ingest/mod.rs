//! Ingestion: files and folders (or in-memory documents such as the built-in demo) become articles.
//!
//! Every input is read defensively: size limit, binary and encoding checks, sanitizing of all text that
//! can reach a screen. A bad file becomes a [`Problem`] naming the file; the others still load.

mod files;
mod html;
mod json;
mod markdown;
mod sources;

pub use files::{InputFile, collect_paths};

use super::article::{Article, Corpus, Format, Problem, TitleOrigin, ZoneKind};
use super::text::{Decoded, clean_line, decode, sanitize_owned};
use super::zones::{ZoneRules, zone_text};
use super::{glue, segment};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::LazyLock;

/// Files larger than this are skipped unless configured otherwise.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// A derived title (the lead sentence) is used only when it is at most this long.
const MAX_LEAD_TITLE_BYTES: usize = 160;

/// How ingestion behaves.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub max_file_bytes: u64,
    pub rules: ZoneRules,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self { max_file_bytes: DEFAULT_MAX_FILE_BYTES, rules: ZoneRules::builtin().clone() }
    }
}

/// What a format reader extracts from one document, before zoning and segmentation.
#[derive(Debug, Clone, Default)]
struct Draft {
    text: String,
    title: Option<String>,
    date: Option<NaiveDate>,
    byline: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
}

/// Loads files and folders (recursively, hidden files skipped, in a stable order).
pub fn load_paths(paths: &[PathBuf], options: &IngestOptions) -> Corpus {
    let (files, mut problems) = collect_paths(paths, options.max_file_bytes);
    let mut corpus = load_files(files, options);
    problems.append(&mut corpus.problems);
    corpus.problems = problems;
    corpus
}

/// Loads in-memory documents; `sources.tsv`/`sources.csv` among them override detected metadata.
pub fn load_files(files: Vec<InputFile>, options: &IngestOptions) -> Corpus {
    let mut corpus = Corpus::default();
    let (overrides, documents): (Vec<_>, Vec<_>) = files.into_iter().partition(sources::is_sources_file);
    let mut loaded: Vec<(InputFile, Vec<Article>)> = Vec::new();
    for file in documents {
        match read_document(&file, options, &mut corpus.problems) {
            Ok(articles) => loaded.push((file, articles)),
            Err(message) => corpus.problems.push(Problem::new(file.source.clone(), message)),
        }
    }
    for table in &overrides {
        sources::apply(table, &mut loaded, &mut corpus.problems);
    }
    let mut ids = HashSet::new();
    // The same article loaded twice (a file copied into two folders, a page saved twice) would link
    // every sentence to its copy: the copy is reported and left out. The same text from another outlet
    // (a wire story that two papers carry) is kept.
    let mut by_text: HashMap<u64, Vec<usize>> = HashMap::new();
    let hash = |text: &str| {
        use std::hash::BuildHasher;
        foldhash::fast::FixedState::with_seed(0).hash_one(text)
    };
    for (_, articles) in loaded {
        for mut article in articles {
            let same_text = by_text.entry(hash(&article.text)).or_default();
            let copy_of = same_text
                .iter()
                .map(|&index| &corpus.articles[index])
                .find(|earlier: &&Article| earlier.text == article.text && earlier.outlet == article.outlet);
            if let Some(first) = copy_of {
                let message = format!("same article as {}: skipped", first.source);
                corpus.problems.push(Problem::new(article.source.clone(), message));
                continue;
            }
            same_text.push(corpus.articles.len());
            article.id = unique_id(&article.id, &mut ids);
            corpus.articles.push(article);
        }
    }
    date_from_the_story(&mut corpus.articles);
    corpus
}

/// An article dated only by "Nov 5" in its dateline takes the year that puts that day nearest the
/// middle of the story's other dates (a story's outlets report within days of each other).
fn date_from_the_story(articles: &mut [Article]) {
    let mut dates: Vec<NaiveDate> = articles.iter().filter_map(|article| article.date).collect();
    if dates.is_empty() {
        return;
    }
    let half = dates.len() / 2;
    let middle = *dates.select_nth_unstable(half).1;
    for article in articles.iter_mut().filter(|article| article.date.is_none()) {
        let Some((month, day)) = article.day_without_year else { continue };
        article.date = [-1, 0, 1]
            .into_iter()
            .filter_map(|offset| NaiveDate::from_ymd_opt(middle.year() + offset, month, day))
            .min_by_key(|date| (*date - middle).num_days().abs());
    }
}

fn unique_id(wanted: &str, taken: &mut HashSet<String>) -> String {
    let base = wanted.replace(['#', ' '], "_");
    let mut id = base.clone();
    let mut counter = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{counter}");
        counter += 1;
    }
    id
}

/// Reads one document into its articles (a JSON array may hold several).
fn read_document(
    file: &InputFile,
    options: &IngestOptions,
    problems: &mut Vec<Problem>,
) -> Result<Vec<Article>, String> {
    if file.bytes.len() as u64 > options.max_file_bytes {
        return Err(files::too_large_message(file.bytes.len() as u64, options.max_file_bytes));
    }
    let raw = match decode(&file.bytes) {
        Decoded::Text(text) => text,
        Decoded::Lossy(text) => {
            problems.push(Problem::new(file.source.clone(), "not UTF-8 text: decoded with replacement characters"));
            text
        }
        Decoded::Legacy { text, encoding } => {
            problems.push(Problem::new(file.source.clone(), format!("not UTF-8 text: read as {encoding}")));
            text
        }
        Decoded::Binary => return Err("binary file (not text): skipped".into()),
    };
    if raw.trim().is_empty() {
        return Err("empty file: nothing to read".into());
    }
    let format = detect_format(&file.name, &raw);
    let drafts = match format {
        Format::Text => vec![Draft { text: raw, ..Draft::default() }],
        Format::Markdown => vec![markdown::read(&raw, |message| {
            problems.push(Problem::new(file.source.clone(), message));
        })],
        Format::Html => vec![html::read(&raw)],
        Format::Json => json::read(&raw)?,
    };
    let stem = files::stem(&file.name);
    let several = drafts.len() > 1;
    let articles: Vec<Article> = drafts
        .into_iter()
        .enumerate()
        .map(|(index, draft)| {
            let id = if several { format!("{stem}-{}", index + 1) } else { stem.clone() };
            build_article(id, file.source.clone(), format, draft, &options.rules)
        })
        .filter(|article| !article.text.trim().is_empty())
        .collect();
    if articles.is_empty() {
        return Err("no article text found".into());
    }
    Ok(articles)
}

/// The format by file extension, or by a look at the content when the extension says nothing.
fn detect_format(name: &str, text: &str) -> Format {
    let extension = name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "txt" | "text" => Format::Text,
        _ => {
            let head = text.trim_start();
            let lower: String = head.chars().take(512).collect::<String>().to_ascii_lowercase();
            if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.contains("<body") {
                Format::Html
            } else if (head.starts_with('{') || head.starts_with('['))
                && serde_json::from_str::<serde_json::Value>(head).is_ok()
            {
                Format::Json
            } else if head.starts_with("---\n") || head.starts_with("+++\n") {
                Format::Markdown
            } else {
                Format::Text
            }
        }
    }
}

/// A headline without the slug a wire service puts before it for its clients ("UPDATE 2-", "RPT-",
/// "EXCLUSIVE-"): the slug says which version of the story this is, not what happened.
fn without_wire_slug(title: &str) -> &str {
    static SLUG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:UPDATE\s\d{1,2}|WRAPUP\s\d{1,2}|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS)\s?-\s?(\S)")
            .expect("valid wire slug regex")
    });
    // The slug is followed by the headline's first character, so a title that is a bare slug stays.
    SLUG.captures(title).and_then(|found| found.get(1)).map_or(title, |headline| &title[headline.start()..])
}

/// A byline from a page's metadata, without the "By" a page's byline element often keeps.
fn metadata_byline(byline: &str) -> Option<String> {
    let line = clean_line(byline)?;
    let names = ["By ", "BY ", "by "].iter().find_map(|by| line.strip_prefix(by)).unwrap_or(&line);
    clean_line(names)
}

/// Zones, segments and fills in one article from a draft.
fn build_article(id: String, source: String, format: Format, draft: Draft, rules: &ZoneRules) -> Article {
    let text = sanitize_owned(draft.text);
    let metadata_title = draft.title.as_deref().and_then(clean_line);
    let zoning = zone_text(&text, rules, metadata_title.as_deref(), draft.byline.as_deref());
    let glue = glue::find_glue(&text);
    // The headline reports the story's main fact: its sentences are passages too, ahead of the body's.
    let passages = zoning
        .zones
        .iter()
        .filter(|zone| matches!(zone.kind, ZoneKind::Title | ZoneKind::Body))
        .flat_map(|zone| segment::sentences(&text, zone.span, &glue))
        .collect::<Vec<_>>();
    let (title, title_origin) = match (metadata_title, zoning.title.as_deref().and_then(clean_line)) {
        (Some(title), _) => (Some(title), Some(TitleOrigin::Metadata)),
        (None, Some(headline)) => (Some(headline), Some(TitleOrigin::Headline)),
        (None, None) => match passages.first().map(|span| span.of(&text)) {
            Some(lead) if lead.len() <= MAX_LEAD_TITLE_BYTES => {
                (clean_line(lead.trim_end_matches('.')), Some(TitleOrigin::Lead))
            }
            _ => (None, None),
        },
    };
    let title = title.map(|title| without_wire_slug(&title).to_owned());
    Article {
        id,
        source: clean_line(&source).unwrap_or_default(),
        format,
        outlet: draft.outlet.as_deref().and_then(clean_line).or(zoning.outlet.as_deref().and_then(clean_line)),
        title,
        title_origin,
        date: draft.date.or(zoning.date),
        day_without_year: zoning.day_without_year,
        byline: draft.byline.as_deref().and_then(metadata_byline).or(zoning.byline.as_deref().and_then(clean_line)),
        url: draft.url.as_deref().and_then(clean_line),
        zones: zoning.zones,
        paragraphs: zoning.paragraphs,
        passages,
        glue,
        text,
    }
}

#[cfg(test)]
mod tests;
