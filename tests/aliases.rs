//! Alias suggestions: names that fill the same slot in linked passages of different outlets and are
//! written alike are suggested (with the links as evidence), never merged; confirming one in `[aliases]`
//! merges it and the suggestion goes away.

use parallax::core::analysis::{Analysis, AnalysisOptions, analyze};
use parallax::core::demo::demo_files;
use parallax::core::export::analysis_document;
use parallax::core::ingest::{IngestOptions, InputFile, load_files};

fn suggestions(analysis: &Analysis) -> Vec<(String, String)> {
    let entities = &analysis.entities.entities;
    analysis
        .suggested_aliases
        .iter()
        .map(|s| (entities[s.alias].name.clone(), entities[s.entity].name.clone()))
        .collect()
}

/// Three short reports of one made-up story; the third transliterates the company's name.
fn story() -> Vec<InputFile> {
    let first = "Harbor crane deal\n\nThe port of Valmara has hired Kestrel Robotics to automate its container cranes, \
                 the harbour authority said on Monday. The contract is worth $40 million over five years. \
                 Kestrel Robotics beat a rival bid from Orvane Systems, officials said.\n";
    let second = "Valmara picks crane robots\n\nValmara's harbour authority has chosen Kestrel Robotics to automate \
                  the port's container cranes. The five-year contract is worth $40 million. \
                  Orvane Systems also bid for the work.\n";
    let third = "Port automation\n\nThe harbour authority of Valmara selected Kestral Robotix to automate the \
                 container cranes of the port, it said on Monday. The contract is worth 40 million dollars \
                 over five years.\n";
    vec![
        InputFile::in_memory("story", "first.txt", first),
        InputFile::in_memory("story", "second.txt", second),
        InputFile::in_memory("story", "third.txt", third),
    ]
}

#[test]
fn a_transliterated_name_in_a_linked_passage_is_suggested_not_merged() {
    let analysis = analyze(load_files(story(), &IngestOptions::default()), &AnalysisOptions::default());
    let found = suggestions(&analysis);
    assert!(found.contains(&("Kestral Robotix".to_owned(), "Kestrel Robotics".to_owned())), "suggested: {found:?}");
    let entities = &analysis.entities.entities;
    assert!(entities.iter().any(|e| e.name == "Kestral Robotix"), "the variant stays its own entity until confirmed");
    // The export carries the suggestion on the entity and explains it with the links.
    let document = serde_json::to_value(analysis_document(&analysis)).unwrap();
    let kestrel = document["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Kestrel Robotics").unwrap();
    assert_eq!(kestrel["suggested_aliases"], serde_json::json!(["Kestral Robotix"]));
    let evidence = &document["alias_suggestions"][0]["links"];
    assert!(evidence.as_array().is_some_and(|links| !links.is_empty()), "the links that support it: {evidence}");
}

#[test]
fn a_confirmed_alias_is_merged_and_no_longer_suggested() {
    let mut options = AnalysisOptions::default();
    options.entities.aliases.insert("Kestral Robotix".to_owned(), "Kestrel Robotics".to_owned());
    let analysis = analyze(load_files(story(), &IngestOptions::default()), &options);
    assert!(suggestions(&analysis).is_empty(), "nothing left to suggest: {:?}", suggestions(&analysis));
    let kestrel = analysis.entities.entities.iter().find(|e| e.name == "Kestrel Robotics").unwrap();
    assert_eq!(kestrel.articles.len(), 3, "the three reports now name one company");
}

#[test]
fn the_demo_story_suggests_its_transliterations_and_nothing_it_names_together() {
    let analysis =
        analyze(load_files(demo_files(None).unwrap(), &IngestOptions::default()), &AnalysisOptions::default());
    let found = suggestions(&analysis);
    assert!(found.contains(&("Dipseek".to_owned(), "DeepSeek".to_owned())), "suggested: {found:?}");
    // Two names written in one article are two things to that outlet: never suggested as one.
    for suggestion in &analysis.suggested_aliases {
        let entities = &analysis.entities.entities;
        let (alias, entity) = (&entities[suggestion.alias], &entities[suggestion.entity]);
        assert!(
            !alias.articles.iter().any(|article| entity.articles.contains(article)),
            "{} and {} are named together in one article",
            alias.name,
            entity.name
        );
    }
    // A differing detail is not an alias: the demo's Dubai vs Abu Dhabi stays a difference.
    assert!(!found.iter().any(|(a, b)| [a, b].contains(&&"Dubai".to_owned())), "suggested: {found:?}");
}
