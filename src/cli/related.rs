//! `parallax related`: the fact map — each fact with the sources reporting it, their sentences and the
//! details they disagree on — then, per source, what it covers, adds and omits.

use crate::core::analysis::Analysis;
use crate::core::export::analysis_document;
use crate::core::links::{Link, PassageRef};
use serde::Serialize;
use std::fmt::Write;

/// Longest sentence shown in full; longer ones are cut at a word boundary.
const SENTENCE_CHARS: usize = 160;

fn shortened(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= SENTENCE_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(SENTENCE_CHARS).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..end])
}

fn passage_text(analysis: &Analysis, passage: PassageRef) -> &str {
    let article = &analysis.corpus.articles[passage.article];
    article.passages[passage.passage].of(&article.text)
}

/// The links between passages of one fact, in story order.
fn fact_links<'a>(analysis: &'a Analysis, passages: &[PassageRef]) -> Vec<&'a Link> {
    let links = &analysis.links;
    let mut found: Vec<&Link> = passages
        .iter()
        .flat_map(|&p| links.links_of(p))
        .filter(|link| passages.contains(&link.a) && passages.contains(&link.b))
        .collect();
    found.sort_by_key(|link| (link.a, link.b));
    found.dedup_by(|x, y| x.a == y.a && x.b == y.b);
    found
}

/// The fact map as text.
pub fn render_text(analysis: &Analysis) -> String {
    let articles = &analysis.corpus.articles;
    let links = &analysis.links;
    let name_width = articles.iter().map(|a| a.source_name().chars().count()).max().unwrap_or(0).min(24);
    let mut out = String::new();
    let _ = writeln!(out, "Fact map: {} facts across {} sources\n", links.facts.len(), articles.len());
    for (index, fact) in links.facts.iter().enumerate() {
        let marks: String = (0..articles.len()).map(|a| if fact.passage_in(a).is_some() { '●' } else { '·' }).collect();
        let _ = writeln!(out, "f{:<3} {marks}  {}/{} sources", index + 1, fact.sources(), articles.len());
        for &passage in &fact.passages {
            let name: String = articles[passage.article].source_name().chars().take(name_width).collect();
            let _ = writeln!(out, "     {name:name_width$}  {}", shortened(passage_text(analysis, passage)));
        }
        // A source that states the fact twice disagrees the same way twice: each disagreement once.
        let mut disagreements: Vec<String> = Vec::new();
        for link in fact_links(analysis, &fact.passages) {
            for difference in &link.differences {
                let line = format!(
                    "     differs ({}): {} ({}) vs {} ({})",
                    difference.kind.label(),
                    difference.from,
                    articles[link.a.article].source_name(),
                    difference.to,
                    articles[link.b.article].source_name()
                );
                if !disagreements.contains(&line) {
                    disagreements.push(line);
                }
            }
        }
        for line in disagreements {
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    out.push_str("Per source:\n");
    for (article, facts) in articles.iter().zip(&links.articles) {
        let omits: Vec<String> = facts.omits.iter().map(|f| format!("f{}", f + 1)).collect();
        let _ = writeln!(
            out,
            "  {:name_width$}  reports {:>2} of {} facts ({:>3.0}%) · {} of its own · omits {}",
            article.source_name().chars().take(name_width).collect::<String>(),
            facts.facts.len(),
            links.facts.len(),
            facts.coverage * 100.0,
            facts.added_passages(),
            if omits.is_empty() { "none".to_owned() } else { omits.join(", ") }
        );
    }
    out
}

#[derive(Serialize)]
struct SourceFacts<'a> {
    id: &'a str,
    outlet: Option<&'a str>,
    coverage: f64,
    facts: Vec<String>,
    adds: Vec<String>,
    omits: Vec<String>,
}

/// The fact map as JSON: facts and links as in `analyze --json`, plus each source's contribution.
pub fn render_json(analysis: &Analysis) -> String {
    #[derive(Serialize)]
    struct FactMap<'a> {
        facts: Vec<crate::core::export::FactExport>,
        links: Vec<crate::core::export::LinkExport>,
        sources: Vec<SourceFacts<'a>>,
    }
    let document = analysis_document(analysis);
    let articles = &analysis.corpus.articles;
    let sources = articles
        .iter()
        .zip(&analysis.links.articles)
        .map(|(article, facts)| SourceFacts {
            id: &article.id,
            outlet: article.outlet.as_deref(),
            coverage: (facts.coverage * 1000.0).round() / 1000.0,
            facts: facts.facts.iter().map(|f| format!("f{}", f + 1)).collect(),
            adds: facts.adds.iter().map(|&p| article.passage_id(p)).collect(),
            omits: facts.omits.iter().map(|f| format!("f{}", f + 1)).collect(),
        })
        .collect();
    let map = FactMap { facts: document.facts, links: document.links, sources };
    serde_json::to_string_pretty(&map).unwrap_or_else(|error| format!("{{\"error\":{:?}}}", error.to_string()))
}
