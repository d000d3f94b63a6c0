//! Regression tests for single linking rules, on small stories written here.

mod common;

use common::{STRIKE_STORY, differences_seen_from, passage_starting, story};
use parallax::core::analysis::Analysis;
use parallax::core::links::facts::{Grouped, group_facts};
use parallax::core::links::values::Value;
use parallax::core::links::{
    DEFAULT_THRESHOLD, Link, LinkOptions, PassageRef, candidates, index_by_passage, link_story,
};

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
    assert!(analysis.links.link_between(first, second).is_some(), "the two are linked");
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

#[test]
fn a_count_is_what_the_number_counts_not_the_word_after_a_preposition() {
    let analysis = story(&[(
        "first.txt",
        "Toll\n\nOfficials put the toll at 150 on Thursday, and 1,200 of its staff were moved to shelters.\n\n\
         The agency said 900 employees stayed behind.\n\nRescuers found 48 dead in the valley, and 30 on the \
         road — and 60 more since the toll was last given.\n",
    )]);
    let counts = counts_of(&analysis);
    let texts: Vec<&str> = counts.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(texts, ["150", "1,200 of its staff", "900 employees", "48 dead", "30", "60"], "{counts:?}");
    assert_eq!(counts[0].1, counts[3].1, "150 counts no Thursdays: a toll counts the dead");
    assert_eq!(counts[1].1, counts[2].1, "staff and employees are one unit (a wording variant)");
    assert_eq!(counts[4].1, "", "30 on the road counts what the text names elsewhere");
    assert_eq!(counts[5].1, "", "a toll named after the number (past a dash) is not what it counts");
}

#[test]
fn a_count_counts_the_noun_past_the_words_that_qualify_it() {
    let analysis = story(&[(
        "first.txt",
        "Charges\n\nThirteen other current and former Grupo Norte executives were charged. Prosecutors charged \
         13 executives in March. Police held 40 Americans in the port. Some 300 local residents left. The \
         court heard 12 former and 5 current staff. The panel named 7 current and\n",
    )]);
    let counts = counts_of(&analysis);
    let texts: Vec<&str> = counts.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Thirteen other current and former Grupo Norte executives",
            "13 executives",
            "40 Americans",
            "300 local residents",
            "12 former",
            "5 current staff",
            "7 current"
        ],
        "{counts:?}"
    );
    assert_eq!(counts[0].1, counts[1].1, "modifiers and a company's name before the noun are not what is counted");
    assert_eq!(counts[1].1, "execut");
    assert_eq!(counts[2].1, "american", "a name counted stays the unit when no plural follows it");
    assert_ne!(counts[3].1, "local", "{counts:?}");
}

/// Every detail the linker reads in the story's passages (counts, amounts, dates …): as written, and its value.
fn details_of(analysis: &Analysis) -> Vec<(String, Value)> {
    let found = candidates(&analysis.corpus.articles, &analysis.entities, &LinkOptions::default());
    found.features.into_iter().flat_map(|features| features.details).map(|detail| (detail.text, detail.value)).collect()
}

/// Every count of the story's passages: as written, and its unit as the linker indexes it.
fn counts_of(analysis: &Analysis) -> Vec<(String, String)> {
    details_of(analysis)
        .into_iter()
        .filter_map(|(text, value)| match value {
            Value::Count { unit, .. } => Some((text, unit)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_count_of_people_counts_what_befell_them() {
    let analysis = story(&[(
        "first.txt",
        "Storm\n\nThe storm killed at least 31 people, officials said. Another 31 people were found dead on \
         Friday. Rescuers found 48 dead in the valley.\n\nCrews evacuated some 2,000 residents from the coast. \
         About 2,000 people were displaced.\n\nHospitals treated 40 people for burns. The surge hit Varna, \
         killing 9. The number of people killed rose to 12 on Monday. Shares rose to 48 on Monday.\n\n\
         Twelve more people were found dead in the hills, and four in the town.\n",
    )]);
    let counts = counts_of(&analysis);
    let texts: Vec<&str> = counts.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "31 people",
            "31 people",
            "48 dead",
            "2,000 residents",
            "2,000 people",
            "40 people",
            "9",
            "12",
            "48",
            "Twelve more people"
        ],
        "{counts:?}"
    );
    let unit = |at: usize| counts[at].1.as_str();
    assert_eq!(unit(0), unit(2), "'killed at least 31 people' counts the dead, as '48 dead' does");
    assert_eq!(unit(1), unit(2), "'31 people were found dead' counts the dead");
    assert_eq!(unit(3), unit(4), "'evacuated 2,000 residents' and '2,000 people were displaced' count one thing");
    assert_ne!(unit(3), unit(0), "the evacuated are not the dead");
    assert_eq!(unit(5), "peopl", "'treated 40 people for burns' says nothing the table knows: people");
    assert_eq!(unit(6), unit(2), "'…, killing 9' counts the dead");
    assert_eq!(unit(7), unit(2), "'the number of people killed rose to 12' counts the dead");
    assert_eq!(unit(8), "", "'shares rose to 48' names no unit");
    assert_eq!(unit(9), unit(2), "a count written in words counts as one in digits; 'four in the town' counts nothing");
}

#[test]
fn a_count_of_one_group_keeps_the_group_beside_what_befell_it() {
    let analysis = story(&[(
        "first.txt",
        "Quake\n\nRescuers found at least 22 dead children and four adults, while another 30 children and 12 \
         adults were missing, officials said. The quake killed 21 children at the school. At least 30 children \
         were still missing. The quake killed 217 people. Officials said 94 are known dead in the capital. Four \
         adults died at the school.\n",
    )]);
    let counts = counts_of(&analysis);
    let texts: Vec<&str> = counts.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "22 dead children",
            "four adults",
            "30 children",
            "12 adults",
            "21 children",
            "30 children",
            "217 people",
            "94",
            "Four adults"
        ],
        "{counts:?}"
    );
    let unit = |at: usize| counts[at].1.as_str();
    assert_eq!(unit(0), unit(4), "'22 dead children' and 'killed 21 children' count the dead children");
    assert_eq!(unit(2), unit(5), "'30 children and 12 adults were missing' counts the missing children");
    assert_ne!(unit(2), unit(0), "the missing children are not the dead ones");
    assert_ne!(unit(0), unit(6), "the dead children are not all the dead");
    assert_eq!(unit(7), unit(6), "'94 are known dead' counts the dead");
    assert_eq!(unit(1), unit(8), "'22 dead children and four adults': the adults are dead too");
    assert_ne!(unit(3), unit(8), "the missing adults are not the dead ones");
}

#[test]
fn a_death_toll_that_rose_is_a_difference_between_two_outlets() {
    let analysis = story(&[
        (
            "first.txt",
            "Landslide\n\nThe number of people killed by the landslide in Valmara rose to 62 on Wednesday, the \
             regional rescue service said.\n",
        ),
        (
            "second.txt",
            "Valmara landslide\n\nAt least 48 people have died in the Valmara landslide, the regional rescue \
             service said on Tuesday.\n",
        ),
    ]);
    let first = passage_starting(&analysis, 0, "The number");
    let link = analysis.links.links_of(first).next().expect("the two toll sentences are linked");
    let differences = differences_seen_from(link, first);
    assert!(differences.contains(&("62", "48 people")), "{differences:?}");
}

#[test]
fn two_tolls_of_one_disaster_are_one_fact_with_a_different_number() {
    // Every sentence speaks of floods, people and Valmara: the tolls are told apart by their counts of
    // people, which are close but not equal.
    let analysis = story(&[
        (
            "first.txt",
            "Valmara floods\n\nFloodwaters in Valmara have killed at least 140 people, the regional government \
             said.\n\nRescue teams in boats searched flooded streets in Valmara for people trapped by the \
             floodwaters.\n\nThe floods also cut power to the people of Valmara's old town.\n",
        ),
        (
            "second.txt",
            "Valmara death toll\n\nThe floods that swept through Valmara this week killed 118 people, \
             according to the rescue service.\n\nPeople trapped by the floods in Valmara waited on rooftops \
             for rescue teams.\n\nSchools in Valmara will stay closed while the floods recede.\n",
        ),
    ]);
    let first = passage_starting(&analysis, 0, "Floodwaters");
    let second = passage_starting(&analysis, 1, "The floods that");
    let link = analysis.links.link_between(first, second);
    let link = link.expect("the two toll sentences are linked");
    let differences = differences_seen_from(link, first);
    assert!(differences.contains(&("140 people", "118 people")), "{differences:?}");
    let why = analysis.links.explainer.shared_from(first, second, &analysis.corpus.articles);
    assert!(why.contains(&"140 people ~ 118 people".to_owned()), "{why:?}");
}

#[test]
fn two_counts_of_one_thing_meet_however_far_apart_their_figures() {
    // An early toll and a later one, three times higher: no near figure joins them, what they count does.
    let analysis = story(&[
        (
            "first.txt",
            "Storm in Valmara\n\nThe storm that struck the coast of Valmara on Monday killed at least 40 people, \
             the regional government said.\n\nFishing boats stayed in port along the whole coast.\n\nThe \
             regional government opened shelters in schools and sports halls.\n",
        ),
        (
            "second.txt",
            "Valmara storm toll\n\nBy Thursday the storm had killed 126 people on the Valmara coast, according \
             to the rescue service.\n\nThe rescue service sent helicopters to villages cut off by the storm.\n\n\
             Ferries to the islands were cancelled until the weekend.\n",
        ),
    ]);
    let first = passage_starting(&analysis, 0, "The storm that");
    let second = passage_starting(&analysis, 1, "By Thursday");
    let link = analysis.links.link_between(first, second);
    let link = link.expect("the two toll sentences are linked");
    let differences = differences_seen_from(link, first);
    assert!(differences.contains(&("40 people", "126 people")), "{differences:?}");
    let ferries = passage_starting(&analysis, 1, "Ferries");
    assert_eq!(analysis.links.links_of(ferries).count(), 0, "a sentence with no count of the dead stays alone");
}

#[test]
fn two_sentences_that_open_their_articles_link_on_less_evidence_than_two_deep_in_them() {
    let first = "The port of Valmara will automate its container cranes with a contract for Kestrel Robotics, \
                 officials said on Monday.\n\nShipping lines have complained of delays for years.\n\nThe firm was \
                 founded in 2019 by two engineers.\n";
    let deal = "Valmara's harbour authority has chosen Kestrel Robotics to run the port's cranes.";
    let background = [
        "The cranes are forty years old.",
        "Unions asked for talks about jobs at the docks.",
        "The mayor called the vote historic.",
    ];
    let opening = format!("{deal}\n\n{}\n", background.join("\n\n"));
    let closing = format!("{}\n\n{deal}\n", background.join("\n\n"));
    let own_score_and_linked = |second: &str| {
        let analysis = story(&[("first.txt", first), ("second.txt", second)]);
        let (a, b) = (passage_starting(&analysis, 0, "The port"), passage_starting(&analysis, 1, "Valmara's"));
        let everything = LinkOptions { threshold: 0.0, margin: 0.0, ..LinkOptions::default() };
        let all = link_story(&analysis.corpus.articles, &analysis.entities, &everything);
        let own = all.link_between(a, b).map_or(0.0, |link| link.own);
        (own, analysis.links.link_between(a, b).is_some())
    };
    let (in_lead, linked_in_lead) = own_score_and_linked(&opening);
    let (deep, linked_deep) = own_score_and_linked(&closing);
    assert!(in_lead > deep, "the same two sentences score higher when both open their articles: {in_lead} vs {deep}");
    assert!(linked_in_lead, "the deal opening both articles is linked");
    assert!(!linked_deep, "the deal told only after three sentences of background needs stronger evidence");
}

#[test]
fn a_sentence_that_gives_another_toll_links_beside_a_closer_neighbour() {
    // The second outlet's closest sentence retells the scene; its toll sentence shares fewer words, and
    // its count disagrees: that disagreement is what the reader should see.
    let analysis = story(&[
        (
            "first.txt",
            "Quake in Valmara\n\nThe earthquake that flattened schools and churches across the Valmara hills \
             on Tuesday night killed 273 people, rescuers said.\n",
        ),
        (
            "second.txt",
            "Valmara earthquake\n\nRescuers said the earthquake flattened schools and churches across the \
             Valmara hills on Tuesday night.\n\nOfficials in the capital said the disaster had killed 217 \
             people and urged calm.\n",
        ),
    ]);
    let first = passage_starting(&analysis, 0, "The earthquake");
    let (scene, toll) = (passage_starting(&analysis, 1, "Rescuers"), passage_starting(&analysis, 1, "Officials"));
    let links = &analysis.links;
    assert!(links.link_between(first, scene).is_some(), "the closest sentence is linked");
    let link = links.link_between(first, toll).expect("the toll sentence is linked too");
    let differences = differences_seen_from(link, first);
    assert!(differences.contains(&("273 people", "217 people")), "{differences:?}");
    // Held to the margin of any other pair, the toll sentence would be shut out by the closer one.
    let same_margin =
        LinkOptions { margin_when_details_differ: LinkOptions::default().margin, ..LinkOptions::default() };
    let without_rule = link_story(&analysis.corpus.articles, &analysis.entities, &same_margin);
    assert!(without_rule.link_between(first, scene).is_some());
    assert!(without_rule.link_between(first, toll).is_none(), "the rule, not the score, links the toll");
}

/// A passage as (article, passage).
type At = (usize, usize);

/// Groups facts from links drawn by hand between the passages of a story, with hand-set similarities
/// between passages (the linker's candidate lists) for the passages left out of every fact.
fn grouped_from(analysis: &Analysis, pairs: &[(At, At)], similar_pairs: &[(At, At, f32)]) -> Grouped {
    let articles = &analysis.corpus.articles;
    let at = |(article, passage): (usize, usize)| PassageRef { article, passage };
    let links: Vec<Link> = pairs
        .iter()
        .map(|&(a, b)| Link {
            a: at(a),
            b: at(b),
            score: 0.9,
            own: 0.9,
            differences: Vec::new(),
            corroborated_by: None,
            both_in_lead: false,
            restates: None,
            matches_fact: None,
        })
        .collect();
    let by_passage = index_by_passage(articles, &links);
    let found = candidates(articles, &analysis.entities, &LinkOptions::default());
    // Candidate lists are per passage in story order, each sorted by the other passage's index.
    let flat = |p: At| found.passages.binary_search(&at(p)).expect("a passage of the story");
    let mut similar: Vec<Vec<(u32, f32)>> = vec![Vec::new(); found.passages.len()];
    for &(x, y, score) in similar_pairs {
        similar[flat(x)].push((flat(y) as u32, score));
        similar[flat(y)].push((flat(x) as u32, score));
    }
    for list in &mut similar {
        list.sort_by_key(|&(other, _)| other);
    }
    group_facts(articles, &links, &by_passage, &found.features, |_| true, (&similar, DEFAULT_THRESHOLD as f32))
}

/// Groups facts from links drawn by hand between the passages of a story.
fn facts_from(analysis: &Analysis, pairs: &[(At, At)]) -> Vec<Vec<PassageRef>> {
    grouped_from(analysis, pairs, &[]).facts.into_iter().map(|fact| fact.passages).collect()
}

/// Outlets that each open with a headline and a lead stating one fact, then a sentence of their own.
fn airline_story(outlets: &[&str]) -> Analysis {
    let texts: Vec<(String, String)> = outlets
        .iter()
        .map(|name| {
            let text = format!(
                "Northwind Air orders jets from Airbus\n\nThe {name} outlet reports that Northwind Air will buy 40 \
                 A321neo jets.\n\nAnalysts expect more orders this year.\n"
            );
            (format!("{name}.txt"), text)
        })
        .collect();
    let files: Vec<(&str, &str)> = texts.iter().map(|(name, text)| (name.as_str(), text.as_str())).collect();
    story(&files)
}

#[test]
fn an_outlet_that_states_a_fact_twice_has_each_statement_linked_to_the_outlets_linked_to_the_other() {
    let analysis = story(&STRIKE_STORY);
    let lead = passage_starting(&analysis, 0, "Aerolinea Sur said");
    let restated = passage_starting(&analysis, 0, "The pilots' 48-hour strike");
    let headline = passage_starting(&analysis, 1, "Aerolinea Sur cancels");
    let links = &analysis.links.links;
    let linked = |a: PassageRef, b: PassageRef| links.iter().find(|link| (link.a, link.b) == (a.min(b), a.max(b)));
    let direct = linked(lead, headline).expect("the lead is linked to the other outlet's headline");
    assert_eq!(direct.restates, None);
    let through = linked(restated, headline).expect("the second statement is linked to the headline too");
    assert_eq!(through.restates, Some(lead), "and says it is drawn through the lead");
    assert_eq!(through.score, direct.score, "as close as the link it is drawn through");
}

#[test]
fn two_groups_linked_more_often_than_not_are_one_fact_that_some_outlets_state_twice() {
    // Four outlets each open with a headline and a lead that state one fact.
    let analysis = airline_story(&["first", "second", "third", "fourth"]);
    let (headline, lead) = (0, 1);
    // Headlines link to headlines and leads to leads, each group fully: two facts.
    let mut pairs = Vec::new();
    for x in 0..4 {
        for y in x + 1..4 {
            pairs.push(((x, headline), (y, headline)));
            pairs.push(((x, lead), (y, lead)));
        }
    }
    let mut crossing = vec![((0, headline), (1, lead)), ((1, headline), (2, lead)), ((2, headline), (3, lead))];
    let apart = facts_from(&analysis, &[pairs.clone(), crossing.clone()].concat());
    assert_eq!(apart.len(), 2, "three links of twelve across the groups leave them apart: {apart:?}");
    // Seven of the twelve headline-to-lead pairs of different outlets linked: one fact, stated twice.
    crossing.extend([((0, lead), (1, headline)), ((1, lead), (2, headline)), ((2, lead), (3, headline))]);
    crossing.push(((0, headline), (3, lead)));
    let joined = facts_from(&analysis, &[pairs, crossing].concat());
    assert_eq!(joined.len(), 1, "{joined:?}");
    assert_eq!(joined[0].len(), 8, "every headline and lead is in the fact: {joined:?}");
}

#[test]
fn a_passage_left_out_of_every_fact_joins_the_one_it_matches_in_three_other_outlets() {
    // Five outlets open with a headline and a lead; the headlines are linked to each other: one fact.
    let analysis = airline_story(&["first", "second", "third", "fourth", "fifth"]);
    let (headline, lead) = (0, 1);
    let at = |article: usize, passage: usize| PassageRef { article, passage };
    let mut headlines = Vec::new();
    for x in 0..5 {
        for y in x + 1..5 {
            headlines.push(((x, headline), (y, headline)));
        }
    }
    // Similarity of a lead to the headlines of other outlets: (outlet, [(other outlet, score)]).
    let grouped_with = |leads: &[(usize, &[(usize, f32)])]| {
        let similar: Vec<(At, At, f32)> = leads
            .iter()
            .flat_map(|&(outlet, matches)| {
                matches.iter().map(move |&(other, score)| ((outlet, lead), (other, headline), score))
            })
            .collect();
        grouped_from(&analysis, &headlines, &similar)
    };
    // The fifth lead matches the headline of three other outlets; the fourth lead matches two at the
    // threshold and a third below it.
    let grouped = grouped_with(&[(4, &[(0, 0.6), (1, 0.7), (2, 0.5)]), (3, &[(0, 0.8), (1, 0.8), (2, 0.4)])]);
    assert_eq!(grouped.facts.len(), 1);
    let fact = &grouped.facts[0].passages;
    assert!(fact.contains(&at(4, lead)), "three outlets: the lead joins the fact {fact:?}");
    assert!(!fact.contains(&at(3, lead)), "two outlets: the lead stays out {fact:?}");
    let [matched] = grouped.matched.as_slice() else { panic!("one passage matched: {:?}", grouped.matched) };
    assert_eq!((matched.passage, matched.outlets), (at(4, lead), 3));
    assert!((matched.score - 0.6).abs() < 1e-6, "the mean of its three matches: {}", matched.score);
    // With the third match at the threshold, the fourth lead joins too: it is a rule of outlets, not of
    // which passage comes first.
    let grouped = grouped_with(&[(4, &[(0, 0.6), (1, 0.7), (2, 0.5)]), (3, &[(0, 0.8), (1, 0.8), (2, 0.45)])]);
    let fact = &grouped.facts[0].passages;
    assert!(fact.contains(&at(3, lead)) && fact.contains(&at(4, lead)), "{fact:?}");
}

#[test]
fn in_a_story_of_many_outlets_a_passage_joins_a_fact_only_by_matching_most_of_them() {
    // Eight outlets state one fact in their headlines; a lead left out matches some of them.
    let names = ["a", "b", "c", "d", "e", "f", "g", "h"];
    let analysis = airline_story(&names);
    let (headline, lead) = (0, 1);
    let mut headlines = Vec::new();
    for x in 0..names.len() {
        for y in x + 1..names.len() {
            headlines.push(((x, headline), (y, headline)));
        }
    }
    let last = names.len() - 1;
    let joins_matching = |outlets: usize| {
        let similar: Vec<(At, At, f32)> = (0..outlets).map(|other| ((last, lead), (other, headline), 0.8)).collect();
        let grouped = grouped_from(&analysis, &headlines, &similar);
        grouped.facts[0].passages.contains(&PassageRef { article: last, passage: lead })
    };
    // Three of the seven other outlets is enough in a story of five, not here; four of seven is most.
    assert!(!joins_matching(3), "three of seven outlets");
    assert!(joins_matching(4), "four of seven outlets");
}

#[test]
fn a_measure_counts_its_unit_however_it_is_written_and_a_subject_counts_what_befell_it() {
    let analysis = story(&[(
        "first.txt",
        "River\n\nThe river rose to 5.3 m in the capital. The old mark of 4.76 metres dated from 1941. The \
         fissure was 4 km long. It stretched for about 4 kilometres. Lava rose 30 meters high. More than 120 \
         others are still missing. The firm raised $5 m on Monday. Over 100 people remain unaccounted for. \
         The city has 2.5m people.\n",
    )]);
    let counts = counts_of(&analysis);
    let texts: Vec<&str> = counts.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(
        texts,
        ["5.3 m", "4.76 metres", "4 km", "4 kilometres", "30 meters", "120", "100 people", "2.5m people"],
        "{counts:?}"
    );
    let unit = |at: usize| counts[at].1.as_str();
    assert_eq!(unit(0), unit(1), "'5.3 m' is a length in metres, not 5.3 million");
    assert_eq!(unit(1), unit(4), "metres and meters are one unit");
    assert_eq!(unit(2), unit(3), "km and kilometres are one unit");
    assert_ne!(unit(0), unit(2));
    assert_eq!(
        unit(5),
        unit(6),
        "'120 others are still missing' and '100 people remain unaccounted for' count the missing"
    );
    assert_eq!(unit(7), "peopl", "'2.5m people' is a count of people in millions");
    let details = details_of(&analysis);
    let money: Vec<&Value> =
        details.iter().map(|(_, value)| value).filter(|value| matches!(value, Value::Money { .. })).collect();
    assert!(
        matches!(money[..], [Value::Money { amount, .. }] if *amount == 5e6),
        "after a currency sign, 'm' apart from the figure is millions: {money:?}"
    );
}

#[test]
fn a_scale_word_after_a_or_half_a_is_a_count() {
    let analysis = story(&[(
        "first.txt",
        "Floods\n\nOver half a million residents fled their homes. A million people lost power. One million \
         homes flooded. Half a day passed, and one family stayed.\n",
    )]);
    let details = details_of(&analysis);
    let counts: Vec<(&str, f64)> = details
        .iter()
        .filter_map(|(text, value)| match value {
            Value::Count { amount, .. } => Some((text.as_str(), *amount)),
            _ => None,
        })
        .collect();
    assert_eq!(
        counts,
        [("half a million residents", 5e5), ("A million people", 1e6), ("One million homes", 1e6)],
        "'half a day' and 'one family' count nothing"
    );
}

#[test]
fn the_hours_and_minutes_of_a_clock_time_count_nothing() {
    let analysis = story(&[(
        "first.txt",
        "Collapse\n\nThe bridge fell at around 5:40 a.m. on Saturday, and 38 people were hurt.\n\n\
         Update 12:15 WEST: officials now report 17 dead.\n\nThe minister will speak at 1400 GMT, and a \
         ferry left at 9 pm with 12 crew for 48 hours, and 30 hrs later at 1800 hrs it docked.\n",
    )]);
    let counts = counts_of(&analysis);
    let texts: Vec<&str> = counts.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(texts, ["38 people", "17 dead", "12 crew", "48 hours", "30 hrs"], "{counts:?}");
}

#[test]
fn a_number_joined_to_its_unit_by_a_hyphen_counts_that_unit() {
    let analysis = story(&[(
        "first.txt",
        "Outage\n\nThe cloud suffered a six-hour outage. Service was down for nearly seven hours. Both sides \
         agreed a 72-hour ceasefire. A seven-year-old was rescued.\n",
    )]);
    let counts = counts_of(&analysis);
    let texts: Vec<&str> = counts.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(texts, ["six-hour", "seven hours", "72-hour"], "an age is no count: {counts:?}");
    assert_eq!(counts[0].1, counts[1].1, "'six-hour' and 'seven hours' count hours: {counts:?}");
    assert_eq!(counts[0].1, counts[2].1);

    let analysis = story(&[
        ("a.txt", "Outage\n\nCorvid Cloud suffered a seven-hour outage on Monday, the company said.\n"),
        ("b.txt", "Outage\n\nCorvid Cloud suffered a six-hour outage on Monday, the company said.\n"),
    ]);
    let seven = passage_starting(&analysis, 0, "Corvid");
    let link = analysis.links.links_of(seven).next().expect("the two reports of the outage are linked");
    assert_eq!(differences_seen_from(link, seven), [("seven-hour", "six-hour")]);
}

#[test]
fn an_earlier_figure_is_compared_only_with_another_earlier_figure() {
    // The first outlet gives this year's loss and last year's; the second gives this year's loss a little
    // differently and a forecast. Last year's figure is no other report of the forecast.
    let analysis = story(&[
        (
            "first.txt",
            "Ferrodyne results\n\nFerrodyne posted a net loss of $412 million for the quarter, down from $450 \
             million a year earlier, the steelmaker said on Thursday.\n",
        ),
        (
            "second.txt",
            "Ferrodyne loss narrows\n\nFerrodyne said on Thursday its quarterly net loss narrowed to $415 million, \
             and the steelmaker warned that tariffs would cost it $520 million this year.\n",
        ),
    ]);
    let first = passage_starting(&analysis, 0, "Ferrodyne posted");
    let link = analysis.links.links_of(first).next().expect("the two loss sentences are linked");
    let differences = differences_seen_from(link, first);
    assert_eq!(differences, [("$412 million", "$415 million")]);
}

#[test]
fn two_hedged_estimates_that_differ_are_a_difference_and_a_rounded_one_is_not() {
    let analysis = story(&[
        (
            "first.txt",
            "Valmara fire\n\nAbout 4,200 residents of Valmara were evacuated overnight as the wildfire reached \
             the town's outskirts, the fire service said.\n\nThe fire has burned roughly 1,900 hectares.\n",
        ),
        (
            "second.txt",
            "Wildfire reaches Valmara\n\nAbout 4,500 residents of Valmara were evacuated overnight as the \
             wildfire reached the outskirts of the town, fire officials said.\n\nThe fire has burned about \
             1,870 hectares.\n",
        ),
    ]);
    let first = passage_starting(&analysis, 0, "About 4,200");
    let link = analysis.links.links_of(first).next().expect("the two evacuation sentences are linked");
    assert_eq!(differences_seen_from(link, first), [("4,200 residents", "4,500 residents")]);
    let area = passage_starting(&analysis, 0, "The fire has");
    let link = analysis.links.links_of(area).next().expect("the two area sentences are linked");
    assert!(link.differences.is_empty(), "about 1,870 is roughly 1,900: {:?}", link.differences);
}

#[test]
fn a_number_counts_nothing_past_a_comma_and_one_figure_under_two_names_differs_from_nothing() {
    let analysis = story(&[
        (
            "first.txt",
            "Horvat signs\n\nHorvat, who joined the Tervik academy at the age of nine, has 10 goals in 26 \
             appearances this season.\n\nThe survey put the magnitude at 7.5, below the 7.6 reading of the \
             national agency.\n",
        ),
        (
            "second.txt",
            "Winger moves\n\nHorvat has scored nine goals in 24 appearances this season.\n\nA magnitude 7.6 \
             earthquake struck the coast of Tervik on Monday, the national agency said.\n",
        ),
    ]);
    let goals = passage_starting(&analysis, 0, "Horvat, who");
    let link = analysis.links.links_of(goals).next().expect("the two goal sentences are linked");
    let differences = differences_seen_from(link, goals);
    assert!(differences.contains(&("10 goals", "nine goals")), "{differences:?}");
    let quake = passage_starting(&analysis, 0, "The survey");
    for link in analysis.links.links_of(quake) {
        assert!(link.differences.is_empty(), "7.6 is in both: {:?}", link.differences);
    }
}

#[test]
fn a_passage_linked_to_every_statement_of_a_fact_joins_it_though_one_link_alone_is_corroborated() {
    let analysis = airline_story(&["first", "second", "third"]);
    let articles = &analysis.corpus.articles;
    let at = |article: usize, passage: usize| PassageRef { article, passage };
    let link = |a: PassageRef, b: PassageRef, score: f64, own: f64| Link {
        a,
        b,
        score,
        own,
        differences: Vec::new(),
        corroborated_by: None,
        both_in_lead: false,
        restates: None,
        matches_fact: None,
    };
    // The first two leads are linked on their own evidence; the third lead is linked to both, once only
    // through corroboration.
    let links = vec![
        link(at(0, 1), at(1, 1), 0.9, 0.9),
        link(at(0, 1), at(2, 1), 0.8, 0.3),
        link(at(1, 1), at(2, 1), 0.8, 0.9),
    ];
    let by_passage = index_by_passage(articles, &links);
    let found = candidates(articles, &analysis.entities, &LinkOptions::default());
    let similar = vec![Vec::new(); found.passages.len()];
    let direct = |link: &Link| link.own >= DEFAULT_THRESHOLD;
    let grouped =
        group_facts(articles, &links, &by_passage, &found.features, direct, (&similar, DEFAULT_THRESHOLD as f32));
    let facts: Vec<&Vec<PassageRef>> = grouped.facts.iter().map(|fact| &fact.passages).collect();
    assert_eq!(facts, [&vec![at(0, 1), at(1, 1), at(2, 1)]], "the third outlet reports the fact too");
    assert!(grouped.articles[2].omits.is_empty(), "{:?}", grouped.articles[2]);
}

#[test]
fn close_percentages_of_one_thing_meet_and_show_their_difference() {
    let analysis = story(&[
        (
            "a.txt",
            "Election result\n\nThe Civic Party won the vote on Sunday, the election commission said.\n\nTurnout was 63.4 percent, the commission said.\n",
        ),
        (
            "b.txt",
            "Vote count\n\nThe Civic Party won Sunday's vote, according to the election commission.\n\nTurnout was 64.1 percent.\n",
        ),
        (
            "c.txt",
            "Civic Party wins\n\nThe Civic Party won the election on Sunday.\n\nTurnout stood at 63.4 percent.\n",
        ),
    ]);
    let (a, b) = (passage_starting(&analysis, 0, "Turnout"), passage_starting(&analysis, 1, "Turnout"));
    let link = analysis.links.link_between(a, b).expect("the two turnout figures are linked");
    assert_eq!(differences_seen_from(link, a), [("63.4 percent", "64.1 percent")]);
}
