//! A story's whole analysis: the loaded corpus and everything the engine derives from it.

use super::aliases::{AliasSuggestion, suggest_aliases};
use super::article::Corpus;
use super::entities::{EntityOptions, StoryEntities, recognize_story};
use super::links::{LinkOptions, StoryLinks, link_story};

/// What the engine knows about a story.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub corpus: Corpus,
    pub entities: StoryEntities,
    pub links: StoryLinks,
    /// Names that are probably another entity written differently, for the user to confirm.
    pub suggested_aliases: Vec<AliasSuggestion>,
}

/// Settings of the analysis steps after ingestion.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    pub entities: EntityOptions,
    pub links: LinkOptions,
}

/// Analyzes a loaded corpus.
pub fn analyze(corpus: Corpus, options: &AnalysisOptions) -> Analysis {
    let entities = recognize_story(&corpus.articles, &options.entities);
    let links = link_story(&corpus.articles, &entities, &options.links);
    let suggested_aliases = suggest_aliases(&corpus.articles, &entities, &links);
    Analysis { corpus, entities, links, suggested_aliases }
}
