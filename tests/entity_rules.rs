//! Regression tests for single entity rules, on sentences written here (made-up names, so only the rule
//! can type them).

use parallax::core::analysis::{AnalysisOptions, analyze};
use parallax::core::ingest::{IngestOptions, InputFile, load_files};

/// The (name, type) pairs the story's entities come out as.
fn typed(text: &str) -> Vec<(String, &'static str)> {
    let corpus = load_files(vec![InputFile::in_memory("", "a.txt", text)], &IngestOptions::default());
    let analysis = analyze(corpus, &AnalysisOptions::default());
    analysis.entities.entities.iter().map(|e| (e.name.clone(), e.kind.label())).collect()
}

#[test]
fn a_lowercase_place_cue_before_of_makes_a_place() {
    let found = typed(
        "Harbour news\n\nShips left the port of Valmara on Monday. Rescuers reached the island of Tervik, \
         then the prefecture of Osmund and the municipality of Brell.\n",
    );
    for name in ["Valmara", "Tervik", "Osmund", "Brell"] {
        assert!(found.contains(&(name.to_owned(), "PLACE")), "{name} is a place: {found:?}");
    }
}

#[test]
fn a_name_written_with_and_without_its_accents_is_one_entity() {
    let corpus = load_files(
        vec![
            InputFile::in_memory(
                "",
                "a.txt",
                "Harbour news\n\nMayor Inés Valdéz opened the Tervik bridge on Monday.\n",
            ),
            InputFile::in_memory("", "b.txt", "Bridge opens\n\nMayor Ines Valdez opened the new Tervik bridge.\n"),
        ],
        &IngestOptions::default(),
    );
    let analysis = analyze(corpus, &AnalysisOptions::default());
    let people: Vec<_> = analysis.entities.entities.iter().filter(|e| e.kind.label() == "PERSON").collect();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].articles.len(), 2, "both articles name her: {people:?}");
}
