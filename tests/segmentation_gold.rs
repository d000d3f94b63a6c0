//! Segmentation against human judgement: every sentence a gold annotator picked out by key words
//! (tests/gold/facts) must be exactly one passage of its article — not split, not merged with another.

mod common;

#[test]
fn every_gold_sentence_is_exactly_one_passage() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for set in common::gold_sets("facts") {
        let Some(corpus) = common::load_set(&set) else { continue };
        for gold in common::gold_facts(&set) {
            let Some(article) = corpus.articles.iter().find(|article| article.id == gold.article) else {
                failures.push(format!("{set}: no article {}", gold.article));
                continue;
            };
            let matches = common::passages_matching(article, &gold.keys);
            checked += 1;
            if matches.len() != 1 {
                let found: Vec<&str> = matches.iter().map(|&i| article.passages[i].of(&article.text)).collect();
                failures.push(format!("{set}/{} {:?}: {} passages {found:?}", gold.article, gold.keys, matches.len()));
            }
        }
    }
    assert!(checked > 100, "only {checked} gold sentences checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} gold sentences not found as one passage:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
