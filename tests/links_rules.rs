//! Regression tests for single linking rules, on small stories written here.

use parallax::core::analysis::{Analysis, AnalysisOptions, analyze};
use parallax::core::ingest::{IngestOptions, InputFile, load_files};
use parallax::core::links::PassageRef;

fn story(files: &[(&str, &str)]) -> Analysis {
    let inputs = files.iter().map(|(name, text)| InputFile::in_memory("story", name, *text)).collect();
    analyze(load_files(inputs, &IngestOptions::default()), &AnalysisOptions::default())
}

fn passage_starting(analysis: &Analysis, article: usize, opening: &str) -> PassageRef {
    let text = &analysis.corpus.articles[article].text;
    let passage = analysis.corpus.articles[article]
        .passages
        .iter()
        .position(|span| text[span.start..span.end].trim_start().starts_with(opening))
        .unwrap_or_else(|| panic!("no passage starting {opening:?}"));
    PassageRef { article, passage }
}

#[test]
fn a_line_of_names_alone_reports_no_fact_and_gets_no_link() {
    let analysis = story(&[
        (
            "first.txt",
            "Crane deal\n\nThe port of Valmara has hired Kestrel Robotics to automate its container cranes, \
             the harbour authority said on Monday.\n\nKestrel Robotics\n",
        ),
        (
            "second.txt",
            "Valmara picks robots\n\nValmara's harbour authority has chosen Kestrel Robotics to automate the \
             port's container cranes.\n\nKestrel Robotics\n",
        ),
    ]);
    let links = &analysis.links;
    let fact = passage_starting(&analysis, 0, "The port");
    assert!(links.links_of(fact).count() > 0, "the sentences reporting the deal are linked");
    let tags = passage_starting(&analysis, 0, "Kestrel Robotics");
    assert_eq!(links.links_of(tags).count(), 0, "the tag line is linked to nothing");
}
