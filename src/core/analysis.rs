//! A story's whole analysis: the loaded corpus and everything the engine derives from it.

use super::aliases::{AliasSuggestion, suggest_aliases};
use super::article::{Article, Corpus, Problem};
use super::entities::{EntityOptions, StoryEntities, recognize_story};
use super::links::{LinkOptions, StoryLinks, link_story};
use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

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
///
/// A fault in the engine must not cost the user the whole story: if the analysis fails, the article it
/// fails on alone is left out with a problem naming it, and the rest is analysed again.
pub fn analyze(corpus: Corpus, options: &AnalysisOptions) -> Analysis {
    analyze_with(corpus, |articles| derive(articles, options))
}

/// What the engine derives from a story's articles: entities, links and suggested aliases.
type Derived = (StoryEntities, StoryLinks, Vec<AliasSuggestion>);

/// [`analyze`] with the derivation given, so that its fault handling can be tested.
fn analyze_with(mut corpus: Corpus, derive: impl Fn(&[Article]) -> Derived) -> Analysis {
    let (entities, links, suggested_aliases) = loop {
        let fault = match catch_unwind(AssertUnwindSafe(|| derive(&corpus.articles))) {
            Ok(derived) => break derived,
            Err(fault) => fault,
        };
        let failing_alone = (0..corpus.articles.len())
            .find(|&at| catch_unwind(AssertUnwindSafe(|| derive(&corpus.articles[at..=at]))).is_err());
        let cause = fault_message(fault.as_ref());
        let Some(at) = failing_alone else {
            // Only the articles together fail: keep them all, unanalysed.
            let message = format!("the story could not be analysed ({cause}); shown without entities or links");
            corpus.problems.push(Problem::new("analysis", message));
            return Analysis { corpus, ..Analysis::default() };
        };
        let article = corpus.articles.remove(at);
        let message = format!("could not be analysed ({cause}); left out of the story");
        corpus.problems.push(Problem::new(article.source, message));
    };
    Analysis { corpus, entities, links, suggested_aliases }
}

/// Everything the engine derives from a story's articles.
fn derive(articles: &[Article], options: &AnalysisOptions) -> Derived {
    let entities = recognize_story(articles, &options.entities);
    let links = link_story(articles, &entities, &options.links);
    let suggested_aliases = suggest_aliases(articles, &entities, &links);
    (entities, links, suggested_aliases)
}

/// What a caught fault says, for the problem that reports it.
fn fault_message(fault: &(dyn Any + Send)) -> String {
    let said = fault.downcast_ref::<&str>().copied().or_else(|| fault.downcast_ref::<String>().map(String::as_str));
    format!("internal error: {}", said.unwrap_or("unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::{IngestOptions, InputFile, load_files};

    fn story(texts: &[(&str, &str)]) -> Corpus {
        let files = texts.iter().map(|(name, text)| InputFile::in_memory("", name, *text)).collect();
        load_files(files, &IngestOptions::default())
    }

    #[test]
    fn an_article_the_engine_fails_on_is_left_out_with_a_problem_and_the_rest_is_analysed() {
        let corpus = story(&[
            ("a.txt", "Rain in Lima\n\nHeavy rain hit Lima on Monday, officials said.\n"),
            ("b.txt", "Trouble\n\nThis article trips the engine.\n"),
            ("c.txt", "Lima floods\n\nHeavy rain flooded Lima on Monday.\n"),
        ]);
        let options = AnalysisOptions::default();
        let analysis = analyze_with(corpus, |articles| {
            assert!(!articles.iter().any(|a| a.text.contains("trips the engine")), "a fault in the engine");
            derive(articles, &options)
        });
        let sources: Vec<&str> = analysis.corpus.articles.iter().map(|a| a.source.as_str()).collect();
        assert_eq!(sources, ["a.txt", "c.txt"]);
        let problem = &analysis.corpus.problems[0];
        assert_eq!(problem.source, "b.txt");
        assert!(problem.message.contains("a fault in the engine"), "{}", problem.message);
        assert!(analysis.entities.entities.iter().any(|e| e.name == "Lima"), "the rest is analysed");
    }

    #[test]
    fn articles_that_fail_only_together_are_all_kept_without_analysis() {
        let corpus = story(&[("a.txt", "One\n\nFirst text here.\n"), ("b.txt", "Two\n\nSecond text here.\n")]);
        let analysis = analyze_with(corpus, |articles| {
            assert!(articles.len() < 2, "fails together");
            derive(articles, &AnalysisOptions::default())
        });
        assert_eq!(analysis.corpus.articles.len(), 2);
        assert!(analysis.corpus.problems[0].message.contains("fails together"));
    }
}
