//! Checks of the rules' block tests against the plain readings they replaced: every boilerplate rule
//! whose keywords an automaton finds in the block (or at its start) tried one by one, and byline and
//! outlet rules tried in order with a capture search each.

use super::*;
use crate::core::zones::blocks;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use keywords::ANCHOR_SLACK;

/// Boilerplate as first written: overlapping search for anchored keywords in the block's first
/// bytes, a search of the lowercased block for the others, then the candidate rules in order.
fn reference_is_boilerplate(rules: &ZoneRules, block: &str, chars: usize) -> bool {
    if chars > rules.longest_boilerplate {
        return false;
    }
    let keywords = |anchored: bool| -> (Vec<String>, Vec<usize>) {
        let mut found = (Vec::new(), Vec::new());
        for (index, rule) in rules.boilerplate.iter().enumerate().filter(|(_, rule)| rule.anchored == anchored) {
            for word in &rule.keywords {
                found.0.push(if anchored { word.clone() } else { word.to_ascii_lowercase() });
                found.1.push(index);
            }
        }
        found
    };
    let mut candidate = vec![false; rules.boilerplate.len()];
    let (words, owners) = keywords(true);
    let leading_search = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&words)
        .expect("keywords build");
    for hit in leading_search.find_overlapping_iter(leading(block)) {
        if hit.start() <= ANCHOR_SLACK {
            candidate[owners[hit.pattern().as_usize()]] = true;
        }
    }
    let (words, owners) = keywords(false);
    let inner_search = AhoCorasick::new(&words).expect("keywords build");
    for hit in inner_search.find_overlapping_iter(&block.to_ascii_lowercase()) {
        candidate[owners[hit.pattern().as_usize()]] = true;
    }
    for &index in &rules.unguarded_rules {
        candidate[index] = true;
    }
    candidate.iter().enumerate().any(|(index, &try_it)| try_it && rules.boilerplate[index].is_match(block, chars))
}

fn reference_byline_name(rules: &ZoneRules, block: &str, chars: usize) -> Option<Option<String>> {
    let caps = rules.byline.iter().find_map(|rule| {
        let caps = rule.is_match(block, chars).then(|| rule.regex.captures(block))??;
        let Some(name) = caps.name("name") else { return Some(caps) };
        let rest = block[name.end()..].lines().next().unwrap_or_default();
        let open_ended = caps.get(0)?.end() == name.end();
        (!open_ended || names_someone(name.as_str(), rest)).then_some(caps)
    })?;
    Some(caps.name("name").map(|m| m.as_str().trim().trim_end_matches(" and").trim_end_matches(" &").to_owned()))
}

fn reference_outlet_name(rules: &ZoneRules, block: &str, chars: usize) -> Option<String> {
    rules.outlet.iter().find_map(|rule| {
        let caps = rule.is_match(block, chars).then(|| rule.regex.captures(block))??;
        caps.name("outlet").map(|m| m.as_str().trim().to_owned())
    })
}

/// Texts of chrome, bylines, sign-offs and prose lines, shuffled and varied deterministically.
fn tricky_texts() -> Vec<String> {
    const LINES: &[&str] = &[
        "Share | Tweet | Email",
        "Advertisement",
        "ADVERTISEMENT",
        "— Advertisement —",
        "By Jane Doe and Ana Lima",
        "by jane doe",
        "Written by Tunde Afolabi",
        "— East Wire",
        "(AFP)",
        "Reporter: Kim Min-ji",
        "Jennifer Kim is a staff writer for The Pacific Times.",
        "© 2025 Daily Times. All rights reserved",
        "Copyright 2024 Seoul Herald, all rights reserved",
        "Sign up for our newsletter",
        "Get the latest news in your inbox",
        "Read more: Why it matters",
        "Related Articles",
        "Most Read",
        "Photo: Getty Images",
        "(Image credit: Apple)",
        "We use cookies to improve your experience. Accept",
        "cookieditorially independent",
        "CNET content is editorially independent.",
        "We may earn a commission when you buy.",
        "Sponsored content",
        "Please enable JavaScript",
        "spot_img",
        "App key not set",
        "Tags: Apple, China",
        "Home | News | World",
        "Skip to main content",
        "Loading...",
        "3 comments",
        "Next article",
        "Privacy Policy",
        "This article was originally published by X.",
        "Reporting by Tom Lee; Editing by Ann Wu",
        "Follow us on Twitter",
        "You might also like",
        "More from our newsroom",
        "Other stories",
        "The bridge reopened on Tuesday, officials said, and traffic resumed at noon.",
        "The carmaker is said to be teaming up with a battery supplier for its next model.",
        "More than 2,000 trucks were stranded on the highway.",
        "Most residents returned home by evening.",
        "“Get out,” he said. Share prices fell.",
        "Fact-check: the claim is false",
    ];
    const PREFIXES: &[&str] = &["", "", "", "— ", "(", "“", "  ", "- ", "x "];
    let mut next = crate::core::test_support::xorshift(0x1234_5678_9abc_def1);
    (0..400)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..next(12) + 1 {
                let mut line = format!("{}{}", PREFIXES[next(PREFIXES.len())], LINES[next(LINES.len())]);
                match next(6) {
                    0 => line = line.to_uppercase(),
                    1 => line = line.to_lowercase(),
                    2 => line.push_str(LINES[next(LINES.len())]),
                    _ => {}
                }
                text.push_str(&line);
                text.push_str(if next(3) == 0 { "\n\n" } else { "\n" });
            }
            text
        })
        .collect()
}

#[test]
fn block_tests_agree_with_the_plain_readings() {
    let extended = ZoneRules::builtin().with_extra_boilerplate(&["^brought to you by".into()]).expect("valid");
    for rules in [ZoneRules::builtin(), &extended] {
        for text in tricky_texts() {
            let scan = rules.scan_text(&text);
            for span in blocks(&text) {
                let block = span.of(&text);
                let chars = block.chars().count();
                assert_eq!(
                    rules.is_boilerplate(&scan, span, chars),
                    reference_is_boilerplate(rules, block, chars),
                    "{block:?}"
                );
                let expected = reference_byline_name(rules, block, chars);
                assert_eq!(rules.byline_name(block, chars, true), expected, "{block:?}");
                assert_eq!(rules.byline_name(block, chars, false), expected.map(|_| None), "{block:?}");
                assert_eq!(rules.outlet_name(block, chars), reference_outlet_name(rules, block, chars), "{block:?}");
            }
        }
    }
}
