//! The real binary: `analyze` output, exit statuses and problem reporting on stderr.

use std::process::{Command, Output};

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

#[test]
fn analyze_json_of_the_demo_follows_the_contract() {
    let output = parallax(&["analyze", "--json"]);
    assert!(output.status.success());
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(document["version"], 1);
    for key in ["entities", "links", "facts", "problems"] {
        assert!(document[key].is_array(), "{key} is an array");
    }
    let articles = document["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 6);
    for article in articles {
        let text = article["text"].as_str().expect("text");
        for key in ["id", "source", "outlet", "title", "date", "byline", "zones", "passages", "mentions"] {
            assert!(article.get(key).is_some(), "article has {key}");
        }
        assert!(article["outlet"].is_string(), "every demo article names its outlet");
        for passage in article["passages"].as_array().expect("passages") {
            let (start, end) =
                (passage["start"].as_u64().expect("start") as usize, passage["end"].as_u64().expect("end") as usize);
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end) && start < end);
            let id = passage["id"].as_str().expect("id");
            assert!(id.starts_with(&format!("{}#", article["id"].as_str().expect("article id"))));
        }
        for zone in article["zones"].as_array().expect("zones") {
            let kind = zone["kind"].as_str().expect("kind");
            assert!(["title", "dateline", "byline", "body", "boilerplate"].contains(&kind), "{kind}");
        }
    }
}

#[test]
fn analyze_table_lists_articles() {
    let output = parallax(&["analyze", "tests/fixtures/ingest/front-matter.md", "tests/fixtures/ingest/page.html"]);
    assert!(output.status.success());
    let table = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(table.contains("Midland Post") && table.contains("2024-11-05"), "{table}");
    assert!(table.contains("Capital Chronicle"), "{table}");
    assert!(table.contains("2 articles"), "{table}");
}

#[test]
fn exit_status_is_one_when_nothing_loads_and_problems_go_to_stderr() {
    let output = parallax(&["analyze", "--json", "no/such/file.txt"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(stderr.contains("no/such/file.txt: no such file or folder"), "{stderr}");
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON still printed");
    assert_eq!(document["problems"][0]["source"], "no/such/file.txt");
}

#[test]
fn one_bad_path_does_not_stop_the_others() {
    let output = parallax(&["analyze", "no/such/file.txt", "tests/fixtures/ingest/wire-report.txt"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no such file"));
}

#[test]
fn usage_errors_exit_with_two() {
    assert_eq!(parallax(&["analyze", "--no-such-flag"]).status.code(), Some(2));
}

#[test]
fn entities_lists_types_with_counts_and_sources() {
    let output = parallax(&["entities"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    for heading in ["PERSON (", "ORG (", "PLACE (", "PRODUCT (", "MONEY (", "PERCENT (", "DATE ("] {
        assert!(text.contains(heading), "{heading} in {text}");
    }
    assert!(text.contains("Joe Tsai"), "{text}");
    let json = parallax(&["entities", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let alibaba = rows.as_array().expect("rows").iter().find(|row| row["name"] == "Alibaba").expect("Alibaba");
    assert_eq!(alibaba["type"], "ORG");
    assert!(alibaba["sources"].as_array().expect("sources").len() >= 5, "{alibaba}");
}

#[test]
fn related_prints_the_fact_map_and_analyze_fills_links_and_facts() {
    let output = parallax(&["related"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("Fact map: "), "{text}");
    assert!(text.contains("Per source:"));
    // The demo story's deliberate conflicts (a figure, a place) show among the facts.
    assert!(text.contains("differs (number): "), "{text}");

    let output = parallax(&["analyze", "--json"]);
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let links = document["links"].as_array().unwrap();
    let facts = document["facts"].as_array().unwrap();
    assert!(links.len() >= 10 && facts.len() >= 5, "{} links, {} facts", links.len(), facts.len());
    let article_of = |id: &str| id.split('#').next().unwrap().to_owned();
    // Abu Dhabi in one outlet, Dubai in the others: a link carries the name difference.
    let place_conflict = links.iter().any(|link| {
        link["differences"].as_array().unwrap().iter().any(|d| {
            d["kind"] == "name"
                && [&d["from"], &d["to"]].iter().any(|side| *side == "Abu Dhabi")
                && [&d["from"], &d["to"]].iter().any(|side| *side == "Dubai")
        })
    });
    assert!(place_conflict, "a link reports Abu Dhabi vs Dubai");
    // Every passage's text, whitespace folded, by id: each link's shared terms are written in its passages.
    let mut passage_text = std::collections::HashMap::new();
    for article in document["articles"].as_array().unwrap() {
        let text = article["text"].as_str().unwrap().as_bytes();
        for passage in article["passages"].as_array().unwrap() {
            let (start, end) = (passage["start"].as_u64().unwrap() as usize, passage["end"].as_u64().unwrap() as usize);
            let words = String::from_utf8_lossy(&text[start..end]).split_whitespace().collect::<Vec<_>>().join(" ");
            passage_text.insert(passage["id"].as_str().unwrap().to_owned(), words);
        }
    }
    let backed = links.iter().filter(|link| link["corroborated_by"].is_string()).count();
    let linked: std::collections::HashSet<(&str, &str)> = links
        .iter()
        .map(|link| (link["from"].as_str().unwrap(), link["to"].as_str().unwrap()))
        .map(|(from, to)| (from.min(to), from.max(to)))
        .collect();
    assert!(backed > 0 && backed < links.len(), "{backed} of {} links backed by a third outlet", links.len());
    assert_eq!(linked.len(), links.len(), "each pair of passages is linked once");
    let fact_of: std::collections::HashMap<&str, &str> = facts
        .iter()
        .flat_map(|fact| {
            fact["passages"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |p| (p.as_str().unwrap(), fact["id"].as_str().unwrap()))
        })
        .collect();
    for link in links {
        let score = link["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        let (from, to) = (link["from"].as_str().unwrap(), link["to"].as_str().unwrap());
        assert_ne!(article_of(from), article_of(to));
        // A third outlet's passage that backs the link, when there is one, comes from neither end's source.
        if let Some(third) = link["corroborated_by"].as_str() {
            assert!(passage_text.contains_key(third), "{third} is a passage");
            assert!(article_of(third) != article_of(from) && article_of(third) != article_of(to), "{link}");
        }
        let shared = link["shared"].as_array().unwrap();
        // A link says why it holds: the terms both ends share, or the passage beside one end that
        // states the same fact and is linked to the other end.
        if let Some(restated) = link["restates"].as_str() {
            let (beside, other) = if article_of(restated) == article_of(from) { (from, to) } else { (to, from) };
            assert!(article_of(restated) == article_of(beside) && restated != beside, "{link}");
            assert!(linked.contains(&(restated.min(other), restated.max(other))), "{restated} links {other}");
        } else if let Some(matched) = link["matches_fact"].as_object() {
            // Or the end that joined the other end's fact by matching its statements in three outlets.
            let joined = matched["passage"].as_str().unwrap();
            assert!(joined == from || joined == to, "{link}");
            assert!(matched["outlets"].as_u64().unwrap() >= 3, "{link}");
            assert!(fact_of.contains_key(from) && fact_of.get(from) == fact_of.get(to), "one fact: {link}");
        } else {
            assert!(!shared.is_empty(), "a link says why it holds: {link}");
        }
        for term in shared {
            assert!(passage_text[from].contains(term["from"].as_str().unwrap()), "{term} in {}", passage_text[from]);
            assert!(passage_text[to].contains(term["to"].as_str().unwrap()), "{term} in {}", passage_text[to]);
        }
    }
    let mut seen = std::collections::HashSet::new();
    for fact in facts {
        let passages: Vec<&str> = fact["passages"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
        assert!(passages.len() >= 2);
        let articles: std::collections::HashSet<String> = passages.iter().map(|p| article_of(p)).collect();
        assert!(articles.len() >= 2, "a fact is reported by two sources at least: {fact}");
        assert!(passages.iter().all(|p| seen.insert(p.to_string())), "a passage is in at most one fact");
    }
}
