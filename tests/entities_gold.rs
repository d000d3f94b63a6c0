//! Entity quality against hand-made gold (tests/gold/entities): typed precision, recall and F1 on
//! distinct (surface, type) pairs per article, through the public analysis, per set and per type.
//! `PARALLAX_SHOW_ERRORS=1 cargo test --test entities_gold -- --nocapture` lists every miss.

mod common;

use parallax::core::analysis::{AnalysisOptions, analyze};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn f1(self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// Scores one set; returns overall and per-type counts.
fn score(set: &str) -> Option<(Counts, BTreeMap<String, Counts>)> {
    let corpus = common::load_set(set)?;
    let analysis = analyze(corpus, &AnalysisOptions::default());
    let show = std::env::var_os("PARALLAX_SHOW_ERRORS").is_some();
    let mut total = Counts::default();
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    let gold_dir = common::repo().join("tests/gold/entities").join(set);
    for (index, article) in analysis.corpus.articles.iter().enumerate() {
        let gold_path = gold_dir.join(format!("{}.tsv", article.id));
        if !gold_path.exists() {
            continue;
        }
        let gold: BTreeSet<(String, String)> =
            common::gold_rows(&gold_path).into_iter().map(|row| (row[0].clone(), row[1].clone())).collect();
        let predicted: BTreeSet<(String, String)> = analysis.entities.mentions[index]
            .iter()
            .map(|m| {
                (m.span.of(&article.text).split_whitespace().collect::<Vec<_>>().join(" "), m.kind.label().to_owned())
            })
            .collect();
        for pair in predicted.union(&gold) {
            let counts = by_type.entry(pair.1.clone()).or_default();
            match (predicted.contains(pair), gold.contains(pair)) {
                (true, true) => counts.tp += 1,
                (true, false) => {
                    counts.fp += 1;
                    if show {
                        eprintln!("  FP {set}/{}: {} {}", article.id, pair.0, pair.1);
                    }
                }
                _ => {
                    counts.fn_ += 1;
                    if show {
                        eprintln!("  FN {set}/{}: {} {}", article.id, pair.0, pair.1);
                    }
                }
            }
        }
    }
    for counts in by_type.values() {
        total.add(*counts);
    }
    Some((total, by_type))
}

fn report(name: &str, total: Counts, by_type: &BTreeMap<String, Counts>) {
    let per_type: Vec<String> = by_type.iter().map(|(kind, counts)| format!("{kind} {:.2}", counts.f1())).collect();
    eprintln!(
        "{name:<18} F1 {:.3} (tp {} fp {} fn {})  {}",
        total.f1(),
        total.tp,
        total.fp,
        total.fn_,
        per_type.join(", ")
    );
}

#[test]
fn typed_f1_on_the_dev_sets() {
    let mut dev_total = Counts::default();
    let mut dev_types: BTreeMap<String, Counts> = BTreeMap::new();
    let mut seeds = None;
    for set in common::gold_sets("entities") {
        let Some((total, by_type)) = score(&set) else { continue };
        report(&set, total, &by_type);
        if set == "seeds" {
            seeds = Some(total);
        } else {
            dev_total.add(total);
            for (kind, counts) in by_type {
                dev_types.entry(kind).or_default().add(counts);
            }
        }
    }
    report("dev sets (no seeds)", dev_total, &dev_types);
    if let Some(seeds) = seeds {
        assert!(seeds.f1() >= 0.85, "seeds typed F1 {:.3} < 0.85", seeds.f1());
    }
    assert!(dev_total.f1() >= 0.80, "dev typed F1 {:.3} < 0.80", dev_total.f1());
}
