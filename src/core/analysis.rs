//! A story's whole analysis: the loaded corpus and everything the engine derives from it.

use super::article::Corpus;
use super::entities::{EntityOptions, StoryEntities, recognize_story};

/// What the engine knows about a story.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub corpus: Corpus,
    pub entities: StoryEntities,
}

/// Settings of the analysis steps after ingestion.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    pub entities: EntityOptions,
}

/// Analyzes a loaded corpus.
pub fn analyze(corpus: Corpus, options: &AnalysisOptions) -> Analysis {
    let entities = recognize_story(&corpus.articles, &options.entities);
    Analysis { corpus, entities }
}
