//! The analysis export (`analyze --json`): the engine's whole result as one JSON document, in the shape
//! of the analysis-json contract. Extra fields (format, url, paragraphs, words) are additions.

use super::analysis::Analysis;
use super::article::{Article, Corpus, Format, Problem, TitleOrigin, Zone, ZoneKind};
use super::entities::{Mention, StoryEntities};
use super::links::PassageRef;
use serde::Serialize;

/// The version of the document's shape.
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct AnalysisDocument<'a> {
    pub version: u32,
    pub articles: Vec<ArticleExport<'a>>,
    pub entities: Vec<EntityExport>,
    pub links: Vec<LinkExport>,
    pub facts: Vec<FactExport>,
    /// Every alias suggestion with the links that support it.
    pub alias_suggestions: Vec<AliasSuggestionExport>,
    pub problems: &'a [Problem],
}

#[derive(Debug, Serialize)]
pub struct ArticleExport<'a> {
    pub id: &'a str,
    pub source: &'a str,
    pub outlet: Option<&'a str>,
    pub title: Option<&'a str>,
    pub date: Option<String>,
    pub byline: Option<&'a str>,
    pub url: Option<&'a str>,
    pub format: Format,
    pub title_origin: Option<TitleOrigin>,
    pub words: usize,
    pub text: &'a str,
    pub zones: &'a [Zone],
    pub paragraphs: Vec<SpanExport>,
    pub passages: Vec<PassageExport>,
    pub mentions: Vec<MentionExport>,
}

#[derive(Debug, Serialize)]
pub struct SpanExport {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct PassageExport {
    pub id: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct MentionExport {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The canonical name of the entity the mention resolves to.
    pub entity: String,
    /// The zone the mention sits in (`byline` and `boilerplate` mentions are shown dimmed).
    pub zone: Option<ZoneKind>,
}

#[derive(Debug, Serialize)]
pub struct EntityExport {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub aliases: Vec<String>,
    pub articles: Vec<String>,
    pub mentions: usize,
    /// Other entities' names that are probably this one written differently (not merged).
    pub suggested_aliases: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct AliasSuggestionExport {
    /// The name that is probably an alias…
    pub alias: String,
    /// …of this entity.
    pub entity: String,
    pub similarity: f64,
    /// The linked passages where the two names fill the same slot: [passage naming `entity`, passage naming `alias`].
    pub links: Vec<[String; 2]>,
}

#[derive(Debug, Serialize)]
pub struct LinkExport {
    pub from: String,
    pub to: String,
    pub score: f64,
    pub differences: Vec<DifferenceExport>,
    /// Why the two are linked: the terms they share, rarest first, as each side writes them.
    pub shared: Vec<SharedExport>,
    /// The passage of a third outlet that resembles both ends (null when none does).
    pub corroborated_by: Option<String>,
    /// Both passages open their articles, where a news story states its central fact.
    pub both_in_lead: bool,
    /// For a link drawn through its fact: the passage beside one end, in the same article, that the other
    /// end is linked to and that this end restates (null for a link on its own evidence).
    pub restates: Option<String>,
    /// For a link drawn because one end, left out of every fact, matches the fact of the other end in
    /// several outlets: that end and the number of outlets (null for any other link).
    pub matches_fact: Option<FactMatchExport>,
}

#[derive(Debug, Serialize)]
pub struct FactMatchExport {
    pub passage: String,
    pub outlets: usize,
}

#[derive(Debug, Serialize)]
pub struct SharedExport {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Serialize)]
pub struct DifferenceExport {
    pub kind: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Serialize)]
pub struct FactExport {
    pub id: String,
    pub passages: Vec<String>,
}

fn export_mention(article: &Article, entities: &StoryEntities, mention: &Mention) -> MentionExport {
    MentionExport {
        start: mention.span.start,
        end: mention.span.end,
        kind: mention.kind.label(),
        entity: entities.entities[mention.entity].name.clone(),
        zone: article.zone_at(mention.span.start),
    }
}

fn export_article<'a>(article: &'a Article, entities: &StoryEntities, mentions: &[Mention]) -> ArticleExport<'a> {
    ArticleExport {
        id: &article.id,
        source: &article.source,
        outlet: article.outlet.as_deref(),
        title: article.title.as_deref(),
        date: article.date.map(|date| date.format("%Y-%m-%d").to_string()),
        byline: article.byline.as_deref(),
        url: article.url.as_deref(),
        format: article.format,
        title_origin: article.title_origin,
        words: article.body_words(),
        text: &article.text,
        zones: &article.zones,
        paragraphs: article.paragraphs.iter().map(|span| SpanExport { start: span.start, end: span.end }).collect(),
        passages: article
            .passages
            .iter()
            .enumerate()
            .map(|(index, span)| PassageExport { id: article.passage_id(index), start: span.start, end: span.end })
            .collect(),
        mentions: mentions.iter().map(|mention| export_mention(article, entities, mention)).collect(),
    }
}

fn passage_id(corpus: &Corpus, passage: PassageRef) -> String {
    corpus.articles[passage.article].passage_id(passage.passage)
}

/// The analysis document of a story.
pub fn analysis_document(analysis: &Analysis) -> AnalysisDocument<'_> {
    let corpus = &analysis.corpus;
    let story = &analysis.entities;
    let no_mentions = Vec::new();
    AnalysisDocument {
        version: VERSION,
        articles: corpus
            .articles
            .iter()
            .enumerate()
            .map(|(index, article)| export_article(article, story, story.mentions.get(index).unwrap_or(&no_mentions)))
            .collect(),
        entities: story
            .entities
            .iter()
            .enumerate()
            .map(|(index, entity)| EntityExport {
                name: entity.name.clone(),
                kind: entity.kind.label(),
                aliases: entity.aliases.clone(),
                articles: entity.articles.iter().map(|&index| corpus.articles[index].id.clone()).collect(),
                mentions: entity.mentions,
                suggested_aliases: analysis
                    .suggested_aliases
                    .iter()
                    .filter(|suggestion| suggestion.entity == index)
                    .map(|suggestion| story.entities[suggestion.alias].name.clone())
                    .collect(),
            })
            .collect(),
        links: analysis
            .links
            .links
            .iter()
            .map(|link| LinkExport {
                from: passage_id(corpus, link.a),
                to: passage_id(corpus, link.b),
                score: (link.score * 1000.0).round() / 1000.0,
                differences: link
                    .differences
                    .iter()
                    .map(|difference| DifferenceExport {
                        kind: difference.kind.label().to_owned(),
                        from: difference.from.clone(),
                        to: difference.to.clone(),
                    })
                    .collect(),
                shared: analysis
                    .links
                    .explainer
                    .shared_words(link.a, link.b, &corpus.articles)
                    .into_iter()
                    .map(|(from, to)| SharedExport { from, to })
                    .collect(),
                corroborated_by: link.corroborated_by.map(|passage| passage_id(corpus, passage)),
                both_in_lead: link.both_in_lead,
                restates: link.restates.map(|passage| passage_id(corpus, passage)),
                matches_fact: link.matches_fact.map(|matched| FactMatchExport {
                    passage: passage_id(corpus, matched.passage),
                    outlets: matched.outlets,
                }),
            })
            .collect(),
        facts: analysis
            .links
            .facts
            .iter()
            .enumerate()
            .map(|(index, fact)| FactExport {
                id: format!("f{}", index + 1),
                passages: fact.passages.iter().map(|&p| passage_id(corpus, p)).collect(),
            })
            .collect(),
        alias_suggestions: analysis
            .suggested_aliases
            .iter()
            .map(|suggestion| AliasSuggestionExport {
                alias: story.entities[suggestion.alias].name.clone(),
                entity: story.entities[suggestion.entity].name.clone(),
                similarity: (suggestion.similarity * 1000.0).round() / 1000.0,
                links: suggestion
                    .evidence
                    .iter()
                    .map(|&(named, aliased)| [passage_id(corpus, named), passage_id(corpus, aliased)])
                    .collect(),
            })
            .collect(),
        problems: &corpus.problems,
    }
}

/// The analysis document as pretty-printed JSON.
pub fn to_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&analysis_document(analysis)).unwrap_or_else(|error| {
        // Serializing plain structs of strings and numbers cannot fail; report rather than panic.
        format!("{{\"version\":{VERSION},\"error\":{:?}}}", error.to_string())
    })
}
