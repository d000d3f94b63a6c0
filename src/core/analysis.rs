//! A story's whole analysis: the loaded corpus and everything the engine derives from it.

use super::article::Corpus;
use super::entities::{EntityOptions, StoryEntities, recognize_story};
use super::links::{LinkOptions, StoryLinks, link_story};

/// What the engine knows about a story.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub corpus: Corpus,
    pub entities: StoryEntities,
    pub links: StoryLinks,
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
    Analysis { corpus, entities, links }
}
