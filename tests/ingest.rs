//! Ingestion of every input shape and every kind of bad input, through the public API, on fixtures
//! written for this project (tests/fixtures/ingest) and files generated into temporary folders.

use parallax::core::article::{Article, Corpus, Format, TitleOrigin, ZoneKind};
use parallax::core::ingest::{IngestOptions, InputFile, load_files, load_paths};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ingest").join(name)
}

fn load(paths: &[PathBuf]) -> Corpus {
    load_paths(paths, &IngestOptions::default())
}

fn only(name: &str) -> Article {
    let corpus = load(&[fixture(name)]);
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
    assert_eq!(corpus.articles.len(), 1);
    corpus.articles.into_iter().next().expect("one article")
}

fn zone_texts(article: &Article, kind: ZoneKind) -> Vec<&str> {
    article.zones.iter().filter(|zone| zone.kind == kind).map(|zone| zone.span.of(&article.text)).collect()
}

fn passages(article: &Article) -> Vec<&str> {
    article.passages.iter().map(|span| span.of(&article.text)).collect()
}

fn date(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn saved_page_is_zoned_without_losing_text() {
    let article = only("saved-page.txt");
    assert_eq!(article.id, "saved-page");
    assert_eq!(article.format, Format::Text);
    assert_eq!(article.title.as_deref(), Some("Ferry Operator Orders Six Electric Vessels"));
    assert_eq!(article.title_origin, Some(TitleOrigin::Headline));
    assert_eq!(article.date, date(2025, 3, 3));
    assert_eq!(article.byline.as_deref(), Some("Ingrid Solberg and Tomás Ruiz"));
    assert_eq!(article.outlet.as_deref(), Some("The Fjord Courier"));
    assert_eq!(
        zone_texts(&article, ZoneKind::Boilerplate),
        [
            "(Photo: Harbour Authority)",
            "Share this article",
            "Advertisement",
            "Sign up for our weekly shipping newsletter and never miss a story.",
            "Related Articles",
            "Most Read",
            "We use cookies to improve your browsing experience. By continuing you accept our cookie policy.",
        ]
    );
    assert_eq!(zone_texts(&article, ZoneKind::Byline).len(), 2, "the byline line and the author bio");
    assert_eq!(
        passages(&article),
        [
            "Ferry Operator Orders Six Electric Vessels",
            "The ferry operator Nordlys Lines said on Monday it had ordered six battery-powered vessels from a yard in Gdańsk.",
            "The order is worth about €410 million, according to the company.",
            "Each vessel will carry up to 600 passengers and 150 cars on the route between Bergen and Stavanger.",
            "Deliveries are due to start in Q2 2027.",
            "Chief executive Mr. Lars Eide said the U.S. market was \"not a priority for now.\"",
            "He added that prices had fallen 12.5% since 2022.",
        ]
    );
    let raw = std::fs::read_to_string(fixture("saved-page.txt")).expect("fixture");
    assert_eq!(article.text, raw, "zones mark text; nothing is deleted");
}

#[test]
fn wire_dateline_and_sign_off() {
    let article = only("wire-report.txt");
    assert_eq!(zone_texts(&article, ZoneKind::Dateline), ["NAIROBI (East Wire) —"]);
    assert_eq!(zone_texts(&article, ZoneKind::Byline), ["— East Wire"]);
    assert_eq!(article.outlet.as_deref(), Some("East Wire"));
    assert_eq!(
        passages(&article)[1],
        "Heavy rain forced the closure of the main highway to Mombasa on Tuesday, officials said."
    );
}

#[test]
fn hard_wrapped_lines_join_into_sentences() {
    let article = only("hard-wrapped.txt");
    assert_eq!(article.paragraphs.len(), 2);
    let sentences = passages(&article);
    assert_eq!(sentences.len(), 4, "the headline and three sentences: {sentences:?}");
    assert!(sentences[1].starts_with("The city council approved") && sentences[1].ends_with("afterwards."));
}

#[test]
fn markdown_with_yaml_front_matter() {
    let article = only("front-matter.md");
    assert_eq!(article.format, Format::Markdown);
    assert_eq!(article.title.as_deref(), Some("Rail Strike Ends After Three Days"));
    assert_eq!(article.title_origin, Some(TitleOrigin::Metadata));
    assert_eq!(article.date, date(2024, 11, 5));
    assert_eq!(article.outlet.as_deref(), Some("Midland Post"));
    assert_eq!(article.byline.as_deref(), Some("Priya Natarajan"));
    assert_eq!(article.url.as_deref(), Some("https://midland-post.example/rail-strike"));
    assert_eq!(zone_texts(&article, ZoneKind::Title), ["Rail Strike Ends After Three Days"]);
    assert!(!article.text.contains(['*', '#', '[']), "markup is rendered away: {:?}", article.text);
    assert_eq!(
        passages(&article),
        [
            "Rail Strike Ends After Three Days",
            "Train services resumed on Tuesday after unions and the operator reached a deal, the ministry said.",
            "What was agreed",
            "A pay rise of 4.5% this year",
            "A review of night shifts",
            "The strike had cancelled more than 3,000 trains.",
        ]
    );
}

#[test]
fn markdown_with_toml_front_matter() {
    let article = only("toml-front-matter.md");
    assert_eq!(article.title.as_deref(), Some("Solar Farm Opens in the Desert"));
    assert_eq!(article.date, date(2024, 6, 18));
    assert_eq!(article.outlet.as_deref(), Some("Desert Daily"));
    assert_eq!(article.passages.len(), 2, "no headline in the text, two body sentences");
}

#[test]
fn html_page_main_text_and_metadata() {
    let article = only("page.html");
    assert_eq!(article.format, Format::Html);
    assert_eq!(article.outlet.as_deref(), Some("Capital Chronicle"));
    assert_eq!(article.date, date(2024, 9, 10));
    assert_eq!(article.byline.as_deref(), Some("Chiamaka Eze"));
    assert_eq!(article.url.as_deref(), Some("https://capital-chronicle.example/museum-bronzes"));
    assert_eq!(article.title.as_deref(), Some("Museum Returns Bronze Statues"), "the site's name is no part of it");
    let text = passages(&article).join(" ");
    assert!(text.contains("handed back twenty bronze statues"), "{text}");
    assert!(text.contains("tracked the collections for years"), "{text}");
    for chrome in ["Home", "Subscribe to our newsletter", "Another story", "All rights reserved"] {
        assert!(!text.contains(chrome), "site chrome {chrome:?} leaked into the body: {text}");
    }
}

#[test]
fn a_page_titled_headline_and_site_in_a_legacy_encoding_reads_as_its_headline_outlet_and_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cafe.html");
    let page = b"<html><head><title>Caf\xe9 prices rise \x96 Harbour Times</title></head><body><article>\
                 <h1>Caf\xe9 prices rise</h1><p>Owners in Z\xfcrich said on Monday that prices rose by 5\x80 a cup, \
                 the \x93worst\x94 rise in years.</p><p>The Swiss caf\xe9 association agreed with them.</p>\
                 </article></body></html>";
    std::fs::write(&path, page).expect("write");
    let corpus = load(&[path]);
    let article = &corpus.articles[0];
    assert_eq!(article.title.as_deref(), Some("Café prices rise"));
    assert_eq!(article.outlet.as_deref(), Some("Harbour Times"));
    assert!(
        article.text.contains("Zürich said on Monday that prices rose by 5€ a cup, the “worst” rise"),
        "{}",
        article.text
    );
    assert_eq!(corpus.problems.len(), 1, "the guessed encoding is reported: {:?}", corpus.problems);
}

#[test]
fn a_page_heading_beats_a_shortened_or_kicker_title_and_a_byline_loses_its_by() {
    let page = |title: &str, meta: &str| {
        format!(
            "<html><head><title>{title}</title>{meta}</head><body><article><h1>Harbour council fines ferry firm \
             over late sailings</h1><p class=\"byline\">By Ana Lima</p><p>The harbour council on Monday fined the \
             ferry operator for running late on most of its routes, officials said.</p><p>The operator said it \
             would appeal against the fine and add two boats in the spring.</p></article></body></html>"
        )
    };
    let article = |html: String| {
        let corpus = load_files(vec![InputFile::in_memory("", "a.html", html.as_str())], &IngestOptions::default());
        corpus.articles.into_iter().next().expect("one article")
    };
    let shortened = article(page("Council fines ferry firm - Harbour Times", ""));
    assert_eq!(shortened.title.as_deref(), Some("Harbour council fines ferry firm over late sailings"));
    assert_eq!(shortened.outlet.as_deref(), Some("Harbour Times"));
    assert_eq!(shortened.byline.as_deref(), Some("Ana Lima"));
    let kicker =
        r#"<meta property="og:title" content="EXCLUSIVE: Harbour council fines ferry firm over late sailings">"#;
    let exclusive = article(page("Harbour Times", kicker));
    assert_eq!(exclusive.title.as_deref(), Some("Harbour council fines ferry firm over late sailings"));
    let other = article(page("Ferry firm appeals - Harbour Times", ""));
    assert_eq!(
        other.title.as_deref(),
        Some("Ferry firm appeals - Harbour Times"),
        "a title the heading does not spell out"
    );
}

#[test]
fn a_title_s_subject_before_its_colon_stays_unless_it_is_a_kicker() {
    let title = |page_title: &str| {
        let html = format!(
            "<html><head><title>{page_title}</title></head><body><article><p>Hurricane Odalys made landfall on \
             Saturday near Escuinapa, about 30 km southeast of Mazatlan, forecasters said.</p><p>The governor said \
             32,000 people were evacuated from the coast before the storm arrived.</p></article></body></html>"
        );
        let corpus = load_files(vec![InputFile::in_memory("", "a.html", html.as_str())], &IngestOptions::default());
        corpus.articles.into_iter().next().and_then(|article| article.title)
    };
    let subject = "Hurricane Odalys: 32,000 evacuated as storm batters Sinaloa coast";
    assert_eq!(title(subject).as_deref(), Some(subject));
    assert_eq!(
        title("ANALYSIS: 32,000 evacuated as storm batters Sinaloa coast").as_deref(),
        Some("32,000 evacuated as storm batters Sinaloa coast")
    );
}

#[test]
fn json_array_gives_one_article_per_object() {
    let corpus = load(&[fixture("export.json")]);
    assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
    let ids: Vec<&str> = corpus.articles.iter().map(|article| article.id.as_str()).collect();
    assert_eq!(ids, ["export-1", "export-2"]);
    assert_eq!(corpus.articles[0].byline.as_deref(), Some("Keiko Tanaka"));
    assert_eq!(corpus.articles[1].date, date(2024, 7, 31));
    assert_eq!(
        passages(&corpus.articles[1]),
        ["The yen rose 1.5% against the dollar after the decision.", "Traders had expected a hike."]
    );
}

#[test]
fn folders_are_walked_in_order_skipping_hidden_files_and_applying_sources_tsv() {
    let corpus = load(&[fixture("folder")]);
    let ids: Vec<&str> = corpus.articles.iter().map(|article| article.id.as_str()).collect();
    assert_eq!(ids, ["a-first", "b-nested"]);
    let first = &corpus.articles[0];
    assert_eq!(first.outlet.as_deref(), Some("Folder Gazette"));
    assert_eq!(first.title.as_deref(), Some("Overridden Title"));
    assert_eq!(first.date, date(2024, 1, 2));
    assert_eq!(first.url.as_deref(), Some("https://gazette.example/a"));
    assert_eq!(corpus.problems.len(), 1, "{:?}", corpus.problems);
    assert!(corpus.problems[0].source.ends_with("sources.tsv"));
    assert!(corpus.problems[0].message.contains("missing.txt"), "{}", corpus.problems[0].message);
}

#[test]
fn the_same_file_name_in_two_folders_gets_distinct_ids() {
    let dir = tempfile::tempdir().expect("temp dir");
    for folder in ["one", "two"] {
        std::fs::create_dir(dir.path().join(folder)).expect("folder");
        std::fs::write(dir.path().join(folder).join("story.txt"), format!("Some text from folder {folder}."))
            .expect("write");
    }
    let corpus = load(&[dir.path().to_path_buf()]);
    let ids: Vec<&str> = corpus.articles.iter().map(|article| article.id.as_str()).collect();
    assert_eq!(ids, ["story", "story-2"]);
}

#[test]
fn the_same_article_loaded_twice_is_reported_and_read_once_but_another_outlet_s_copy_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let story = "Bridge reopens\n\nThe bridge reopened on Tuesday. Traffic resumed at noon.\n";
    for name in ["a.txt", "copy of a.txt"] {
        std::fs::write(dir.path().join(name), story).expect("write");
    }
    // The same wire text as another outlet carries it, twice.
    let carried = serde_json::json!({"outlet": "Harbour Gazette", "text": story}).to_string();
    std::fs::write(dir.path().join("gazette.json"), &carried).expect("write");
    std::fs::write(dir.path().join("gazette-again.json"), &carried).expect("write");
    let corpus = load(&[dir.path().to_path_buf()]);
    let ids: Vec<&str> = corpus.articles.iter().map(|article| article.id.as_str()).collect();
    assert_eq!(ids, ["a", "gazette-again"], "{:?}", corpus.problems);
    assert_eq!(corpus.articles[0].text, corpus.articles[1].text, "one text, two outlets");
    let reported: Vec<(&str, &str)> = corpus
        .problems
        .iter()
        .map(|problem| (problem.source.rsplit('/').next().unwrap_or(""), problem.message.as_str()))
        .collect();
    assert_eq!(reported.len(), 2, "{reported:?}");
    assert_eq!(reported[0].0, "copy of a.txt");
    assert!(reported[0].1.starts_with("same article as ") && reported[0].1.ends_with("a.txt: skipped"));
    assert_eq!(reported[1].0, "gazette.json");
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        path
    };
    let good = write("good.txt", b"A perfectly normal sentence.");
    let binary = write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let latin1 = write("latin1.txt", b"Caf\xe9 owners in Z\xfcrich said prices rose.");
    let empty = write("empty.txt", b"");
    let blank = write("blank.txt", b"  \n\t\n");
    let escapes =
        write("escapes.txt", b"Title\x1b]0;pwned\x07\n\nBody \x1b[2J\x1b[31mtext\x1b[0m here.\xc2\x9b5n Done.");
    let huge = write("huge.txt", &vec![b'a'; 4096]);
    let missing = dir.path().join("missing.txt");
    let dangling = dir.path().join("dangling.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).expect("symlink");
    let bad_json = write("broken.json", b"{\"title\": ");
    let options = IngestOptions { max_file_bytes: 1024, ..IngestOptions::default() };
    let paths = [good, binary, latin1.clone(), empty, blank, escapes.clone(), huge, missing, dangling, bad_json];
    let corpus = load_paths(&paths, &options);

    let loaded: Vec<&str> = corpus.articles.iter().map(|article| article.id.as_str()).collect();
    assert_eq!(loaded, ["good", "latin1", "escapes"]);
    let message_for = |name: &str| {
        corpus.problems.iter().find(|problem| problem.source.ends_with(name)).map(|problem| problem.message.as_str())
    };
    assert_eq!(message_for("image.png"), Some("binary file (not text): skipped"));
    assert_eq!(message_for("latin1.txt"), Some("not UTF-8 text: read as windows-1252"));
    assert_eq!(message_for("empty.txt"), Some("empty file: nothing to read"));
    assert_eq!(message_for("blank.txt"), Some("empty file: nothing to read"));
    assert!(message_for("huge.txt").is_some_and(|m| m.contains("over the 1.0 KB size limit")), "{:?}", corpus.problems);
    assert_eq!(message_for("missing.txt"), Some("no such file or folder"));
    assert_eq!(message_for("dangling.txt"), Some("no such file or folder"));
    assert!(message_for("broken.json").is_some_and(|m| m.starts_with("not valid JSON")));
    assert_eq!(corpus.problems.len(), 8, "{:?}", corpus.problems);

    let escaped = &corpus.articles[2];
    assert!(!escaped.text.contains(|c: char| c.is_control() && c != '\n'), "{:?}", escaped.text);
    assert_eq!(escaped.text, "Title\n\nBody text here. Done.");
    assert!(corpus.articles[1].text.contains("Café owners in Zürich"), "{}", corpus.articles[1].text);
}

#[test]
fn file_names_with_escape_sequences_are_sanitized_in_problems() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("evil\x1b[31mname.txt");
    std::fs::write(&path, b"").expect("write");
    let corpus = load(&[path]);
    assert_eq!(corpus.problems.len(), 1);
    assert!(!corpus.problems[0].source.contains('\x1b'), "{:?}", corpus.problems[0].source);
}

#[test]
fn unreadable_files_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("locked.txt");
    std::fs::write(&path, b"Secret.").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&path).is_ok() {
        return; // Running as root: permissions do not stop reading, so there is nothing to observe.
    }
    let corpus = load(&[path]);
    assert!(corpus.articles.is_empty());
    assert_eq!(corpus.problems[0].message, "cannot read: permission denied");
}

/// The one article loaded from `text` given the file name `name`.
fn in_memory(name: &str, text: &str) -> Article {
    let corpus = load_files(vec![InputFile::in_memory("", name, text)], &IngestOptions::default());
    corpus.articles.into_iter().next().expect("one article")
}

#[test]
fn a_page_dated_only_by_its_time_element_or_its_json_ld_has_that_date() {
    let body = "<article><h1>Satellite reaches orbit</h1><p>The satellite reached orbit on Tuesday evening after a \
                one-day delay, the operator said in a statement.</p><p>Controllers received its first signal \
                about half an hour after launch, and the company said all systems were working.</p></article>";
    let timed = format!(
        "<html><head><title>Satellite reaches orbit</title></head><body><p class=\"dates\">Updated: \
         <time datetime=\"2025-03-03T21:14:00+05:30\">3 March, 21:14</time></p>{body}</body></html>"
    );
    assert_eq!(in_memory("timed.html", &timed).date, date(2025, 3, 3));
    let linked = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"datePublished\":\"2025-10-14T20:15:00-04:00\"}}</script></head><body>{body}</body></html>"
    );
    assert_eq!(in_memory("linked.html", &linked).date, date(2025, 10, 14));
}

#[test]
fn markdown_takes_its_title_from_the_top_heading_and_reads_a_table_row_by_row() {
    let article = in_memory(
        "strike.md",
        "[Home](/) > [Aviation](/aviation)\n\n# Pilots strike for two days\n\nPilots will strike on Monday and \
         Tuesday, the union said.\n\n| Item | Detail |\n|---|---|\n| Cancelled flights | about 1,250 |\n\
         | Passengers affected | about 190,000 |\n",
    );
    assert_eq!(article.title.as_deref(), Some("Pilots strike for two days"));
    assert_eq!(zone_texts(&article, ZoneKind::Title), ["Pilots strike for two days"]);
    let passages = passages(&article);
    assert!(passages.contains(&"Cancelled flights | about 1,250"), "{passages:?}");
    assert!(passages.contains(&"Passengers affected | about 190,000"), "{passages:?}");
}

#[test]
fn a_wire_dateline_without_its_year_takes_it_from_the_copyright_line_or_the_story() {
    let wire = |day: &str, footer: &str| {
        format!("Rates cut\n\nWARSAW, {day} (Vistula Wire) - The central bank cut its main rate.\n\n{footer}")
    };
    let load_story = |texts: &[(&str, String)]| {
        let files = texts.iter().map(|(name, text)| InputFile::in_memory("", name, text.as_str())).collect();
        load_files(files, &IngestOptions::default()).articles
    };
    let alone = load_story(&[("a.txt", wire("Nov 5", "© 2025 Vistula Wire"))]);
    assert_eq!(alone[0].date, date(2025, 11, 5), "the copyright line gives the year");
    let undated = load_story(&[("a.txt", wire("Nov 5", "— Vistula Wire"))]);
    assert_eq!(undated[0].date, None, "a day without a year dates nothing on its own");
    // The story's other articles tell the year, across a new year too.
    let story = load_story(&[
        ("a.txt", wire("Dec 30", "— Vistula Wire")),
        ("b.txt", "Rates cut\nPublished 2026-01-02\n\nThe central bank cut its main rate on Tuesday.".to_owned()),
    ]);
    assert_eq!(story[0].date, date(2025, 12, 30));
}

#[test]
fn a_dateline_settles_which_figure_of_a_slash_date_is_the_day() {
    let article = |dateline: &str| {
        let text = format!("Winger signs\n12/01/2026 18:05 CET\n\n{dateline} - Northgate signed a winger on Monday.");
        let corpus = load_files(vec![InputFile::in_memory("", "a.txt", text.as_str())], &IngestOptions::default());
        corpus.articles[0].date
    };
    assert_eq!(article("LONDON, Jan 12 (EFW)"), date(2026, 1, 12), "the dateline says the day came first");
    assert_eq!(article("LONDON, Dec 1 (EFW)"), date(2026, 12, 1));
    assert_eq!(article("LONDON (EFW)"), date(2026, 12, 1), "a slash date reads month first by default");
}

#[test]
fn a_wire_slug_is_no_part_of_the_title() {
    let title = |headline: &str| {
        let text = format!("{headline}\n\nLISBON, Oct 12 (Wire) - The ferry operator was fined on Monday.");
        let corpus = load_files(vec![InputFile::in_memory("", "a.txt", text.as_str())], &IngestOptions::default());
        corpus.articles[0].title.clone()
    };
    assert_eq!(
        title("UPDATE 2-Ferry firm fined over late sailings").as_deref(),
        Some("Ferry firm fined over late sailings")
    );
    assert_eq!(title("EXCLUSIVE-Ferry firm fined").as_deref(), Some("Ferry firm fined"));
    assert_eq!(title("Ferry firm fined - for now").as_deref(), Some("Ferry firm fined - for now"));
}

#[test]
fn a_wire_credit_names_the_reporters_when_no_byline_does() {
    let text = "Rates cut\n\nABUJA (Savanna Wire) — The central bank raised its key rate on Tuesday.\n\n\
                (Reporting by Ngozi Eze and Ibrahim Sule in Abuja; Writing by Tunde Afolabi; Editing by Karen Holt)";
    let corpus = load_files(vec![InputFile::in_memory("", "a.txt", text)], &IngestOptions::default());
    assert_eq!(corpus.articles[0].byline.as_deref(), Some("Ngozi Eze and Ibrahim Sule"));
    let signed = format!("Rates cut\n\nBy Ana Lima\n\n{}", &text["Rates cut\n\n".len()..]);
    let corpus = load_files(vec![InputFile::in_memory("", "a.txt", signed.as_str())], &IngestOptions::default());
    assert_eq!(corpus.articles[0].byline.as_deref(), Some("Ana Lima"), "a byline comes first");
}
