//! Details a linked pair compares beyond plain amounts and counts: prices in pence, compound units, ranks,
//! identifiers and times of day, on small stories written here.

mod common;

use common::{differences_seen_from, passage_starting, story};
use parallax::core::entities::EntityType;

/// The differences of the one link of the first article's passage opening with `opening`.
fn differences_of_the_link(files: &[(&str, &str)], opening: &str) -> Vec<(String, String)> {
    let analysis = story(files);
    let passage = passage_starting(&analysis, 0, opening);
    let link = analysis.links.links_of(passage).next().expect("the two reports are linked");
    differences_seen_from(link, passage).into_iter().map(|(a, b)| (a.to_owned(), b.to_owned())).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
}

#[test]
fn a_speed_is_not_a_distance_and_a_category_is_no_count_of_storms() {
    let files = [
        (
            "a.txt",
            "Storm\n\nHurricane Delia made landfall near Port Alder on Saturday as a Category 4 hurricane with \
             winds of 205 km/h, about 30 km south of the city, forecasters said.\n",
        ),
        (
            "b.txt",
            "Storm\n\nHurricane Delia made landfall near Port Alder on Saturday as a Category 3 storm with winds \
             of 195 km/h, about 30 km south of the city, forecasters said.\n",
        ),
    ];
    let differences = differences_of_the_link(&files, "Hurricane");
    assert_eq!(differences, pairs(&[("Category 4", "Category 3"), ("205 km/h", "195 km/h")]));
}

#[test]
fn identifiers_differ_whole_and_their_figures_are_no_date_or_count() {
    let files = [
        (
            "a.txt",
            "Outage\n\nCorvid Cloud blamed the outage in its us-east-1 and eu-west-1 regions on Ridgeline \
             v2.14.1, an update to its load balancer, and attackers probed CVE-2026-21337 during it.\n",
        ),
        (
            "b.txt",
            "Outage\n\nCorvid Cloud blamed the outage in its us-east-2 and eu-west-1 regions on Ridgeline \
             v2.14.0, an update to its load balancer, and attackers probed CVE-2026-21373 during it.\n",
        ),
    ];
    let differences = differences_of_the_link(&files, "Corvid");
    let expected = [("us-east-1", "us-east-2"), ("v2.14.1", "v2.14.0"), ("CVE-2026-21337", "CVE-2026-21373")];
    assert_eq!(differences, pairs(&expected));
    let analysis = story(&files);
    let entities = &analysis.entities.entities;
    let dates: Vec<&str> =
        entities.iter().filter(|entity| entity.kind == EntityType::Date).map(|entity| entity.name.as_str()).collect();
    assert!(dates.is_empty(), "the year of a CVE id is no date: {dates:?}");
}

#[test]
fn one_instant_in_two_zones_agrees_and_two_instants_differ() {
    let report = |time: &str| {
        format!(
            "Outage\n\nThe Corvid Cloud outage began at {time} on Monday and knocked out payment systems, \
             airline check-in desks and streaming services across two continents.\n"
        )
    };
    let (utc, same, other) = (report("14:32 UTC"), report("10:32 a.m. ET"), report("2:32 p.m. ET"));
    let differences = differences_of_the_link(&[("a.txt", &utc), ("b.txt", &same)], "The Corvid");
    assert_eq!(differences, pairs(&[]), "14:32 UTC is 10:32 a.m. in New York");
    let differences = differences_of_the_link(&[("a.txt", &utc), ("b.txt", &other)], "The Corvid");
    assert_eq!(differences, pairs(&[("14:32 UTC", "2:32 p.m. ET")]));
    let (loose, close) = (report("about 2:20 p.m."), report("shortly after 2 p.m."));
    let differences = differences_of_the_link(&[("a.txt", &loose), ("b.txt", &close)], "The Corvid");
    assert_eq!(differences, pairs(&[]), "two loose times half an hour apart are one");
}

#[test]
fn two_names_in_one_slot_differ_though_the_passages_name_different_numbers_of_people() {
    let files = [
        (
            "a.txt",
            "Red card\n\nEisenthal defender Lukas Brandtner was sent off in the 74th minute for a foul on Daniel \
             Okafor, and the home side pressed until the end.\n",
        ),
        (
            "b.txt",
            "Red card\n\nEisenthal defender Felix Haas was sent off in the 74th minute for a second booking, and \
             the home side pressed until the end.\n",
        ),
    ];
    let differences = differences_of_the_link(&files, "Eisenthal");
    assert_eq!(differences, pairs(&[("Lukas Brandtner", "Felix Haas")]));
    let files = [
        ("a.txt", "Storm\n\nThe storm battered towns along the Gulf of Mexico coast on Monday, officials said.\n"),
        ("b.txt", "Storm\n\nThe storm battered towns along the Mexico coast on Monday, officials said.\n"),
    ];
    assert_eq!(differences_of_the_link(&files, "The storm"), pairs(&[]), "a name within the other is no swap");
    let files = [
        ("a.txt", "Rates\n\nChief economist Anna Kowalczyk said wage growth could keep inflation high.\n"),
        ("b.txt", "Rates\n\nChief economist Anna Nowak said wage growth could keep inflation high.\n"),
    ];
    assert_eq!(differences_of_the_link(&files, "Chief"), pairs(&[("Anna Kowalczyk", "Anna Nowak")]));
}

#[test]
fn a_vote_or_a_score_is_compared_whole() {
    let files = [
        ("a.txt", "Rates\n\nThe Monetary Policy Council voted 6-4 in favour of the rate cut, a statement said.\n"),
        ("b.txt", "Rates\n\nThe Monetary Policy Council backed the rate cut in a 7-3 vote, a statement said.\n"),
    ];
    assert_eq!(differences_of_the_link(&files, "The Monetary"), pairs(&[("6-4", "7-3")]));
}

#[test]
fn quarters_written_in_words_are_compared() {
    let files = [
        (
            "a.txt",
            "Rates\n\nThe bank expects inflation to return to its target in the second quarter of 2027, the governor said.\n",
        ),
        (
            "b.txt",
            "Rates\n\nThe bank expects inflation to return to its target in the third quarter of 2027, the governor said.\n",
        ),
    ];
    let differences = differences_of_the_link(&files, "The bank");
    assert_eq!(differences, pairs(&[("second quarter of 2027", "third quarter of 2027")]));
}

#[test]
fn pence_are_hundredths_of_a_pound_and_share_prices_differ_as_money() {
    let offer = |price: &str| {
        format!(
            "Bid\n\nNordvik Energy is offering {price} a share in cash for Greyhaven Renewables, valuing the \
             British wind farm developer at about £3.2 billion.\n"
        )
    };
    let (pence, pounds, other) = (offer("412p"), offer("£4.12"), offer("421 pence"));
    let same = differences_of_the_link(&[("a.txt", &pence), ("b.txt", &pounds)], "Nordvik");
    assert_eq!(same, pairs(&[]), "412p is £4.12");
    let differ = differences_of_the_link(&[("a.txt", &pence), ("b.txt", &other)], "Nordvik");
    assert_eq!(differ, pairs(&[("412p", "421 pence")]));
    let analysis = story(&[("a.txt", &pence), ("b.txt", &other)]);
    let money: Vec<&str> = analysis
        .entities
        .entities
        .iter()
        .filter(|entity| entity.kind == EntityType::Money)
        .map(|entity| entity.name.as_str())
        .collect();
    assert!(money.contains(&"412p") && money.contains(&"421 pence"), "share prices are money: {money:?}");
}
