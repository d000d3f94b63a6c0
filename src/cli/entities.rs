//! `parallax entities`: the story's entities grouped by type, with mention counts and the sources
//! naming each.

use crate::core::analysis::Analysis;
use crate::core::entities::EntityType;
use serde::Serialize;

#[derive(Serialize)]
struct EntityRow<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    mentions: usize,
    aliases: &'a [String],
    /// Names of other entities that are probably this one written differently (not merged).
    suggested_aliases: Vec<&'a str>,
    /// The outlets (or article ids where the outlet is unknown) naming the entity.
    sources: Vec<&'a str>,
}

fn rows(analysis: &Analysis) -> Vec<EntityRow<'_>> {
    let articles = &analysis.corpus.articles;
    analysis
        .entities
        .entities
        .iter()
        .enumerate()
        .map(|(index, entity)| EntityRow {
            name: &entity.name,
            kind: entity.kind.label(),
            mentions: entity.mentions,
            aliases: &entity.aliases,
            suggested_aliases: analysis
                .suggested_aliases
                .iter()
                .filter(|suggestion| suggestion.entity == index)
                .map(|suggestion| analysis.entities.entities[suggestion.alias].name.as_str())
                .collect(),
            sources: entity.articles.iter().map(|&index| articles[index].source_name()).collect(),
        })
        .collect()
}

/// The entities as JSON (an array of rows, grouped by type, most mentioned first).
pub fn render_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&rows(analysis))
        .unwrap_or_else(|error| format!("{{\"error\":{:?}}}", error.to_string()))
}

/// The entities as text: a section per type, one line per entity.
pub fn render_text(analysis: &Analysis) -> String {
    let rows = rows(analysis);
    let mut out = String::new();
    for kind in EntityType::ALL {
        let of_kind: Vec<&EntityRow<'_>> = rows.iter().filter(|row| row.kind == kind.label()).collect();
        if of_kind.is_empty() {
            continue;
        }
        out.push_str(&format!("{} ({})\n", kind.label(), of_kind.len()));
        for row in of_kind {
            let other_forms: Vec<&str> =
                row.aliases.iter().map(String::as_str).filter(|alias| *alias != row.name).collect();
            let forms =
                if other_forms.is_empty() { String::new() } else { format!("  [also: {}]", other_forms.join(", ")) };
            out.push_str(&format!(
                "  {:<32} {:>3}×  in {}/{}: {}{}\n",
                row.name,
                row.mentions,
                row.sources.len(),
                analysis.corpus.articles.len(),
                row.sources.join(", "),
                forms
            ));
        }
        out.push('\n');
    }
    out.push_str(&suggestions_text(analysis));
    out
}

/// The alias suggestions, each with the config line that would confirm it.
fn suggestions_text(analysis: &Analysis) -> String {
    if analysis.suggested_aliases.is_empty() {
        return String::new();
    }
    let entities = &analysis.entities.entities;
    let mut out = String::from("Possibly the same name (confirm under [aliases] in the config file):\n");
    for suggestion in &analysis.suggested_aliases {
        let (alias, entity) = (&entities[suggestion.alias].name, &entities[suggestion.entity].name);
        let count = suggestion.evidence.len();
        out.push_str(&format!(
            "  {alias} → {entity}  ({count} linked passage pair{} where they fill the same slot)\n    {:?} = {:?}\n",
            if count == 1 { "" } else { "s" },
            alias,
            entity
        ));
    }
    out
}
