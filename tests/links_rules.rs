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

#[test]
fn a_link_names_the_terms_its_two_passages_share_as_each_writes_them() {
    let analysis = story(&[
        (
            "first.txt",
            "Harbour robots\n\nThe port of Valmara ruled out Kestrel Robotics because the young firm lacked the \
             workforce to automate its container cranes.\n",
        ),
        (
            "second.txt",
            "Crane contract\n\nKestrel Robotics was passed over by Valmara's harbour authority: it did not have \
             the staff to automate container cranes at that scale.\n",
        ),
        (
            "third.txt",
            "Port automation\n\nValmara wants to automate its container cranes by next year.\n\nThe harbour \
             authority of Valmara will automate the container cranes with Kestrel Robotics or a rival.\n",
        ),
    ]);
    let first = passage_starting(&analysis, 0, "The port");
    let second = passage_starting(&analysis, 1, "Kestrel");
    assert!(analysis.links.links_of(first).any(|link| link.other(first) == second), "the two are linked");
    let articles = &analysis.corpus.articles;
    let explainer = &analysis.links.explainer;
    let from_first = explainer.shared_from(first, second, articles);
    // The terms the rest of the story also uses (Valmara, automate, container) come after the rare ones.
    let mut rarest = from_first[..2].to_vec();
    rarest.sort();
    assert_eq!(rarest, ["ruled out ~ passed over", "workforce ~ staff"], "{from_first:?}");
    let position = |term: &str| from_first.iter().position(|own| own == term);
    assert!(position("Valmara").is_none_or(|valmara| valmara > 1), "{from_first:?}");
    // Seen from the other end, each side's wording comes first.
    assert!(explainer.shared_from(second, first, articles).iter().any(|term| term == "passed over ~ ruled out"));
}

#[test]
fn a_heading_of_one_word_reports_no_fact_and_gets_no_link() {
    let analysis = story(&[
        (
            "first.txt",
            "Crane deal\n\nThe port of Valmara has hired Kestrel Robotics to automate its container cranes.\n\n\
             Outlook\n\nThe harbour authority expects the first automated cranes to run by spring.\n",
        ),
        (
            "second.txt",
            "Valmara picks robots\n\nValmara's harbour authority has chosen Kestrel Robotics to automate the \
             port's container cranes.\n\nOutlook\n\nDock workers fear for their jobs, and the outlook for the \
             union's talks is grim.\n",
        ),
    ]);
    let heading = passage_starting(&analysis, 0, "Outlook");
    assert_eq!(analysis.links.links_of(heading).count(), 0, "a one-word heading is linked to nothing");
    let fact = passage_starting(&analysis, 0, "The port");
    assert!(analysis.links.links_of(fact).count() > 0, "the sentences reporting the deal are still linked");
}
