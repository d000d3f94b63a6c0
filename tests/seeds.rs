//! The five real seed articles (read from ../shared/corpus/seeds when present; their text is never
//! copied here): titles, dates, chrome, bylines and sentence counts as a reader would expect them.

mod common;

use parallax::core::article::{Article, TitleOrigin, ZoneKind};

fn seeds() -> Option<Vec<Article>> {
    let corpus = common::load_set("seeds")?;
    assert_eq!(corpus.articles.len(), 5);
    Some(corpus.articles)
}

fn zones(article: &Article, kind: ZoneKind) -> Vec<&str> {
    article.zones.iter().filter(|zone| zone.kind == kind).map(|zone| zone.span.of(&article.text)).collect()
}

fn raw_line(article: &Article, index: usize) -> String {
    let text = std::fs::read_to_string(&article.source).expect("seed file");
    text.lines().nth(index).expect("line").trim().to_owned()
}

#[test]
fn titles_come_from_headlines_or_the_lead() {
    let Some(articles) = seeds() else { return };
    // 002 and 004 open with a headline line.
    for index in [2, 4] {
        assert_eq!(articles[index].title_origin, Some(TitleOrigin::Headline));
        assert_eq!(articles[index].title.as_deref(), Some(raw_line(&articles[index], 0).as_str()));
        assert_eq!(zones(&articles[index], ZoneKind::Title).len(), 1);
    }
    // 000 opens with glued key-point headlines: the first one is the title, cut where the next begins.
    let first = &articles[0];
    let line = raw_line(first, 1);
    let title = first.title.as_deref().expect("000 has a title");
    assert_eq!(first.title_origin, Some(TitleOrigin::Lead));
    assert!(line.starts_with(title) && title.len() < 100, "{title:?}");
    assert!(line[title.len()..].starts_with("iPhone"), "the title ends where the glued headline begins");
    // 001 and 003 have no headline: the lead sentence stands in, and no zone is called a title.
    for index in [1, 3] {
        let article = &articles[index];
        assert_eq!(article.title_origin, Some(TitleOrigin::Lead));
        let lead = article.passages[0].of(&article.text);
        assert_eq!(article.title.as_deref(), Some(lead.trim_end_matches('.')));
        assert!(zones(article, ZoneKind::Title).is_empty());
    }
}

#[test]
fn dates_only_where_the_text_gives_one() {
    let Some(articles) = seeds() else { return };
    let dates: Vec<Option<String>> = articles.iter().map(|article| article.date.map(|date| date.to_string())).collect();
    assert_eq!(dates, [None, Some("2025-02-12".into()), None, Some("2025-02-13".into()), None]);
    for index in [1, 3] {
        assert_eq!(zones(&articles[index], ZoneKind::Dateline).len(), 1);
    }
}

#[test]
fn site_chrome_is_boilerplate() {
    let Some(articles) = seeds() else { return };
    let chrome = zones(&articles[0], ZoneKind::Boilerplate);
    assert!(chrome.iter().any(|zone| zone.starts_with("Sign up for")), "{chrome:?}");
    assert!(chrome.contains(&"Most Popular"), "{chrome:?}");
    assert!(chrome.iter().any(|zone| zone.starts_with("GIPHY")), "{chrome:?}");
    assert!(chrome.iter().any(|zone| zone.starts_with("(Image credit")), "{chrome:?}");
    let chrome = zones(&articles[2], ZoneKind::Boilerplate);
    for expected in ["Share This Post", "Related Posts", "spot_img"] {
        assert!(chrome.contains(&expected), "{expected:?} in {chrome:?}");
    }
    assert!(chrome.iter().any(|zone| zone.starts_with("- Advertisement -")), "{chrome:?}");
    assert!(zones(&articles[4], ZoneKind::Boilerplate).contains(&"Latest Articles"));
    assert!(zones(&articles[3], ZoneKind::Boilerplate).iter().any(|zone| zone.contains("editorially independent")));
}

#[test]
fn author_bio_and_name_lines_are_bylines() {
    let Some(articles) = seeds() else { return };
    let bio = zones(&articles[0], ZoneKind::Byline);
    assert_eq!(bio.len(), 1);
    assert!(bio[0].starts_with("Eric Hal Schwartz is") && bio[0].ends_with("New York City."));
    assert_eq!(articles[0].byline.as_deref(), Some("Eric Hal Schwartz"));
    assert_eq!(articles[0].outlet.as_deref(), Some("TechRadar"));
    assert_eq!(zones(&articles[4], ZoneKind::Byline), ["JENNIFER KIM", "US ASIA JOURNAL"]);
    assert_eq!(articles[4].byline.as_deref(), Some("Jennifer Kim"));
    assert_eq!(articles[3].outlet.as_deref(), Some("eWEEK"));
}

#[test]
fn sentence_counts_are_sane_and_passages_stay_out_of_chrome() {
    let Some(articles) = seeds() else { return };
    for article in &articles {
        let count = article.passages.len();
        assert!((15..=35).contains(&count), "{}: {count} passages", article.id);
        for span in &article.passages {
            let kind = article.zone_at(span.start);
            assert!(matches!(kind, Some(ZoneKind::Body | ZoneKind::Title)), "{}: passage in {kind:?}", article.id);
        }
    }
    // The glued key points of 000 are separate passages, and "U.S. However" ends a sentence.
    let first = &articles[0];
    let passages: Vec<&str> = first.passages.iter().map(|span| span.of(&first.text)).collect();
    assert!(passages[1].starts_with("iPhone sales"), "{:?}", &passages[..3]);
    assert!(passages.iter().any(|p| p.ends_with("in the U.S.")), "{passages:?}");
}
