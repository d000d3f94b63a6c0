//! Passage links scored against the hand-made facts gold (tests/gold/facts), through the analysis export's
//! own structures: pair recall, precision on judged links, and how many single-source sentences get a link.
//!
//! `PARALLAX_SHOW_ERRORS=1 cargo test --test links_gold -- --nocapture` prints every miss and wrong link;
//! `PARALLAX_SWEEP=1` prints the scores over a grid of thresholds (how the default was calibrated).

mod common;

use common::{gold_facts, gold_sets, load_set, passages_matching};
use parallax::core::analysis::{AnalysisOptions, analyze};
use parallax::core::links::{LinkOptions, PassageRef, StoryLinks, candidates, link_story};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    gold_pairs: usize,
    found_pairs: usize,
    judged_links: usize,
    right_links: usize,
    single: usize,
    single_linked: usize,
    /// Pairs of judged passages grouped in one fact, and how many of them the gold puts in one fact.
    fact_pairs: usize,
    pure_fact_pairs: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.gold_pairs += other.gold_pairs;
        self.found_pairs += other.found_pairs;
        self.judged_links += other.judged_links;
        self.right_links += other.right_links;
        self.single += other.single;
        self.single_linked += other.single_linked;
        self.fact_pairs += other.fact_pairs;
        self.pure_fact_pairs += other.pure_fact_pairs;
    }
    fn fact_purity(&self) -> f64 {
        self.pure_fact_pairs as f64 / self.fact_pairs.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.found_pairs as f64 / self.gold_pairs.max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.right_links as f64 / self.judged_links.max(1) as f64
    }
    fn single_rate(&self) -> f64 {
        self.single_linked as f64 / self.single.max(1) as f64
    }
}

/// Gold: each judged passage and its facts; the number of articles reporting each fact.
struct Gold {
    facts_of: BTreeMap<PassageRef, BTreeSet<String>>,
    articles_of_fact: BTreeMap<String, BTreeSet<usize>>,
    text: BTreeMap<PassageRef, String>,
}

fn gold_for(set: &str, corpus: &parallax::core::article::Corpus) -> Gold {
    let mut gold = Gold { facts_of: BTreeMap::new(), articles_of_fact: BTreeMap::new(), text: BTreeMap::new() };
    for row in gold_facts(set) {
        let (index, article) = corpus
            .articles
            .iter()
            .enumerate()
            .find(|(_, a)| a.id == row.article)
            .unwrap_or_else(|| panic!("{set}: no article {}", row.article));
        let found = passages_matching(article, &row.keys);
        assert_eq!(found.len(), 1, "{set} {} {:?}: {} passages match", row.article, row.keys, found.len());
        let passage = PassageRef { article: index, passage: found[0] };
        gold.facts_of.entry(passage).or_default().insert(row.fact.clone());
        gold.articles_of_fact.entry(row.fact).or_default().insert(index);
        gold.text.insert(passage, article.passages[found[0]].of(&article.text).to_owned());
    }
    gold
}

fn score(set: &str, gold: &Gold, links: &StoryLinks, show: Option<&StoryLinks>) -> Score {
    let similarity =
        |a: PassageRef, b: PassageRef| show.and_then(|all| all.link_between(a, b)).map_or(0.0, |l| l.score);
    let linked: BTreeSet<(PassageRef, PassageRef)> = links.links.iter().map(|l| (l.a.min(l.b), l.a.max(l.b))).collect();
    let mut score = Score::default();
    let judged: Vec<&PassageRef> = gold.facts_of.keys().collect();
    for (i, a) in judged.iter().enumerate() {
        for b in &judged[i + 1..] {
            if a.article != b.article && !gold.facts_of[a].is_disjoint(&gold.facts_of[b]) {
                score.gold_pairs += 1;
                if linked.contains(&(**a, **b)) {
                    score.found_pairs += 1;
                } else if show.is_some() {
                    let s = similarity(**a, **b);
                    println!("{set} MISSED {:?} {s:.2}\n    {}\n    {}", gold.facts_of[a], gold.text[a], gold.text[b]);
                }
            }
        }
    }
    for &(a, b) in &linked {
        if let (Some(x), Some(y)) = (gold.facts_of.get(&a), gold.facts_of.get(&b)) {
            score.judged_links += 1;
            if x.is_disjoint(y) {
                if show.is_some() {
                    println!(
                        "{set} WRONG {x:?}/{y:?} {:.2}\n    {}\n    {}",
                        similarity(a, b),
                        gold.text[&a],
                        gold.text[&b]
                    );
                }
            } else {
                score.right_links += 1;
            }
        }
    }
    for fact in &links.facts {
        let judged: Vec<&BTreeSet<String>> = fact.passages.iter().filter_map(|p| gold.facts_of.get(p)).collect();
        for (i, x) in judged.iter().enumerate() {
            for y in &judged[i + 1..] {
                score.fact_pairs += 1;
                score.pure_fact_pairs += usize::from(!x.is_disjoint(y));
            }
        }
    }
    for (passage, facts) in &gold.facts_of {
        if facts.iter().all(|fact| gold.articles_of_fact[fact].len() == 1) {
            score.single += 1;
            if let Some(link) = links.links_of(*passage).next() {
                score.single_linked += 1;
                if show.is_some() {
                    let other = link.other(*passage);
                    println!(
                        "{set} SINGLE LINKED {facts:?} {:.2}\n    {}\n    -> {:?}",
                        link.score, gold.text[passage], other
                    );
                }
            }
        }
    }
    score
}

/// Writes every candidate pair touching a judged passage: 1 same fact, 0 different facts or single-source.
fn dump_pairs(set: &str, analysis: &parallax::core::analysis::Analysis, gold: &Gold, out: &mut String) {
    let found = candidates(&analysis.corpus.articles, &analysis.entities, &LinkOptions::default());
    let count = found.passages.len();
    let best = |a: usize, article: usize| {
        found.pairs[a]
            .iter()
            .filter(|(b, _)| found.passages[*b as usize].article == article)
            .map(|(_, e)| e.cosine)
            .fold(0.0f32, f32::max)
    };
    for (a, pairs) in found.pairs.iter().enumerate() {
        for (b, evidence) in pairs {
            let b = *b as usize;
            if b < a {
                continue;
            }
            let (pa, pb) = (found.passages[a], found.passages[b]);
            let single = |p: &PassageRef| {
                gold.facts_of.get(p).is_some_and(|facts| facts.iter().all(|f| gold.articles_of_fact[f].len() == 1))
            };
            // 1 same fact, 0 judged different (or touching a single-source sentence), -1 not judged.
            let label = match (gold.facts_of.get(&pa), gold.facts_of.get(&pb)) {
                (Some(x), Some(y)) => i8::from(!x.is_disjoint(y)),
                _ if single(&pa) || single(&pb) => 0,
                _ => -1,
            };
            let id = |p: PassageRef| analysis.corpus.articles[p.article].passage_id(p.passage);
            let ratio_a = evidence.cosine / best(a, pb.article).max(1e-6);
            let ratio_b = evidence.cosine / best(b, pa.article).max(1e-6);
            out.push_str(&format!(
                "{set},{label},{:.4},{:.4},{},{},{:.4},{count},{ratio_a:.4},{ratio_b:.4},{:.4},{:.4},{:.4},{},{},{},{},{},{}\n",
                evidence.cosine,
                evidence.containment,
                evidence.shared,
                evidence.shared_specific,
                evidence.rarest,
                evidence.cosine_linear,
                evidence.containment_linear,
                evidence.rarity,
                id(pa),
                id(pb),
                u8::from(single(&pa)),
                u8::from(single(&pb)),
                evidence.shared_pairs,
                u8::from(found.in_lead[a] && found.in_lead[b]),
            ));
        }
    }
}

fn report(name: &str, score: &Score) {
    println!(
        "{name:28} pairs {:3}  recall {:.2}  precision {:.2} ({} judged)  single-source linked {:.2} ({}/{})  \
         fact purity {:.2} ({} pairs)",
        score.gold_pairs,
        score.recall(),
        score.precision(),
        score.judged_links,
        score.single_rate(),
        score.single_linked,
        score.single,
        score.fact_purity(),
        score.fact_pairs
    );
}

#[test]
fn links_meet_the_quality_bar_on_every_gold_set() {
    let show = std::env::var_os("PARALLAX_SHOW_ERRORS").is_some();
    let (mut dev, mut seeds) = (Score::default(), None);
    let mut loaded = Vec::new();
    for set in gold_sets("facts") {
        let Some(corpus) = load_set(&set) else { continue };
        let analysis = analyze(corpus, &AnalysisOptions::default());
        let gold = gold_for(&set, &analysis.corpus);
        let everything = LinkOptions { threshold: 0.0, margin: 0.0, ..LinkOptions::default() };
        let all = show.then(|| link_story(&analysis.corpus.articles, &analysis.entities, &everything));
        let set_score = score(&set, &gold, &analysis.links, all.as_ref());
        report(&set, &set_score);
        if set == "seeds" {
            seeds = Some(set_score);
        } else {
            dev.add(set_score);
        }
        loaded.push((set, analysis, gold));
    }
    report("dev sets (all but seeds)", &dev);
    if let Some(path) = std::env::var_os("PARALLAX_DUMP") {
        let mut out = String::from(
            "set,label,cosine,containment,shared,specific,rarest,passages,ratio_a,ratio_b,cos_lin,cont_lin,\
             rarity,a,b,single_a,single_b,pairs,lead\n",
        );
        for (set, analysis, gold) in &loaded {
            dump_pairs(set, analysis, gold, &mut out);
        }
        std::fs::write(&path, out).unwrap();
        // Beside it, every passage's terms and gold facts, to try other scores outside Rust.
        let mut terms = String::from("set,passage,facts,terms\n");
        for (set, analysis, gold) in &loaded {
            let found = candidates(&analysis.corpus.articles, &analysis.entities, &LinkOptions::default());
            for ((reference, own), features) in found.passages.iter().zip(&found.terms).zip(&found.features) {
                let id = analysis.corpus.articles[reference.article].passage_id(reference.passage);
                // In reading order, so that word order can be tried too.
                let mut ordered: Vec<(usize, &String)> =
                    own.iter().zip(&features.written).map(|(term, span)| (span.start, term)).collect();
                ordered.sort();
                let own: Vec<&String> = ordered.into_iter().map(|(_, term)| term).collect();
                let facts = gold.facts_of.get(reference).map(|f| f.iter().cloned().collect::<Vec<_>>().join(" "));
                let own: Vec<&str> = own.iter().map(|term| term.as_str()).collect();
                terms.push_str(&format!("{set},{id},{},{}\n", facts.unwrap_or_default(), own.join(" ")));
            }
        }
        std::fs::write(std::path::Path::new(&path).with_extension("terms.csv"), terms).unwrap();
    }
    if std::env::var_os("PARALLAX_SWEEP").is_some() {
        for (threshold, margin) in
            [0.3, 0.35, 0.4, 0.45, 0.5, 0.55].into_iter().flat_map(|t| [(t, 0.7), (t, 0.8), (t, 0.9)])
        {
            let mut total = Score::default();
            let mut seeds = Score::default();
            for (set, analysis, gold) in &loaded {
                let options = LinkOptions { threshold, margin, ..LinkOptions::default() };
                let links = link_story(&analysis.corpus.articles, &analysis.entities, &options);
                let s = score(set, gold, &links, None);
                if set != "seeds" {
                    total.add(s);
                } else {
                    seeds.add(s);
                }
            }
            report(&format!("threshold {threshold:.2} margin {margin:.1}"), &total);
            report("  seeds", &seeds);
        }
    }
    // Floors at what the linker reaches today (the bar is recall 0.70, precision 0.80 and at most
    // 0.15 of single-source sentences linked; recall is not yet met): a change that loses ground fails here.
    assert!(dev.recall() >= 0.48, "dev pair recall {:.2}", dev.recall());
    assert!(dev.precision() >= 0.89, "dev precision {:.2}", dev.precision());
    assert!(dev.single_rate() <= 0.06, "dev single-source linked {:.2}", dev.single_rate());
    // Facts are what the fact map shows: the passages grouped in one must report one fact.
    assert!(dev.fact_purity() >= 0.95, "dev fact purity {:.2}", dev.fact_purity());
    if let Some(seeds) = seeds {
        assert!(seeds.recall() >= 0.40, "seeds pair recall {:.2}", seeds.recall());
        assert!(seeds.precision() >= 0.79, "seeds precision {:.2}", seeds.precision());
        assert!(seeds.single_rate() <= 0.15, "seeds single-source linked {:.2}", seeds.single_rate());
        assert!(seeds.fact_purity() >= 0.93, "seeds fact purity {:.2}", seeds.fact_purity());
    }
}
