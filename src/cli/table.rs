//! The readable summary printed by `parallax analyze` without `--json`.

use crate::core::article::Corpus;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const OUTLET_WIDTH: usize = 24;
const TITLE_WIDTH: usize = 56;

/// Cuts `text` to at most `width` terminal columns, ending with `…` when cut, padded to `width`.
fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if text.width() <= width {
        out.push_str(text);
        used = text.width();
    } else {
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// A table of the articles (outlet, date, title, words, sentences) followed by the problems.
pub fn render(corpus: &Corpus) -> String {
    let mut out = format!(
        "{:>3}  {}  {:<10}  {}  {:>6}  {:>9}\n",
        "#",
        fit("OUTLET", OUTLET_WIDTH),
        "DATE",
        fit("TITLE", TITLE_WIDTH),
        "WORDS",
        "SENTENCES"
    );
    for (index, article) in corpus.articles.iter().enumerate() {
        let date = article.date.map_or_else(|| "—".to_owned(), |date| date.format("%Y-%m-%d").to_string());
        out.push_str(&format!(
            "{:>3}  {}  {}  {}  {:>6}  {:>9}\n",
            index + 1,
            fit(article.outlet.as_deref().unwrap_or("—"), OUTLET_WIDTH),
            fit(&date, 10),
            fit(article.title.as_deref().unwrap_or("(untitled)"), TITLE_WIDTH),
            article.body_words(),
            article.passages.len()
        ));
    }
    let sentences: usize = corpus.articles.iter().map(|article| article.passages.len()).sum();
    out.push_str(&format!("\n{} articles, {sentences} sentences", corpus.articles.len()));
    if !corpus.problems.is_empty() {
        out.push_str(&format!("; {} problems:\n", corpus.problems.len()));
        for problem in &corpus.problems {
            out.push_str(&format!("  {problem}\n"));
        }
    } else {
        out.push('\n');
    }
    out
}
