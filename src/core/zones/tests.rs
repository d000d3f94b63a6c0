//! Unit tests of zoning on small texts written for these tests.

use super::dateline::{DATELINE_KEYWORDS, may_open_with_wire_dateline};
use super::*;

pub(super) fn kinds(text: &str) -> Vec<(ZoneKind, &str)> {
    zone_text(text, ZoneRules::builtin(), None, None)
        .zones
        .into_iter()
        .map(|zone| (zone.kind, zone.span.of(text)))
        .collect()
}

#[test]
fn headline_dateline_byline_chrome_and_body() {
    let text = "Harbour Bridge Reopens After Repairs\nPublished Feb. 12, 2025 10:30 AM\nBy Ana Lima\n\
                Share this article\nThe bridge reopened on Tuesday. Traffic resumed at noon.\n\
                Advertisement\nSign up for our morning newsletter to get the news first.\n\
                Related Stories\nCrews worked for six weeks on the deck.\n© 2025 The Harbour Gazette. All rights reserved.";
    assert_eq!(
        kinds(text),
        [
            (ZoneKind::Title, "Harbour Bridge Reopens After Repairs"),
            (ZoneKind::Dateline, "Published Feb. 12, 2025 10:30 AM"),
            (ZoneKind::Byline, "By Ana Lima"),
            (ZoneKind::Boilerplate, "Share this article"),
            (ZoneKind::Body, "The bridge reopened on Tuesday. Traffic resumed at noon."),
            (ZoneKind::Boilerplate, "Advertisement"),
            (ZoneKind::Boilerplate, "Sign up for our morning newsletter to get the news first."),
            (ZoneKind::Boilerplate, "Related Stories"),
            (ZoneKind::Body, "Crews worked for six weeks on the deck."),
            (ZoneKind::Boilerplate, "© 2025 The Harbour Gazette. All rights reserved."),
        ]
    );
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    assert_eq!(zoning.date, NaiveDate::from_ymd_opt(2025, 2, 12));
    assert_eq!(zoning.byline.as_deref(), Some("Ana Lima"));
    assert_eq!(zoning.outlet.as_deref(), Some("The Harbour Gazette"));
}

#[test]
fn a_row_of_share_buttons_is_chrome_in_brackets_or_not() {
    for row in
        ["[Share] [Post] [Email] [Print]", "Share | Tweet | Email", "(Save) (Comments)", "Facebook / X / Copy link"]
    {
        let text = format!("Bridge reopens\n\n{row}\n\nThe bridge reopened on Tuesday.");
        assert_eq!(kinds(&text)[1], (ZoneKind::Boilerplate, row), "{text}");
    }
    let text = "Bridge reopens\n\nPost office reopens. Print shops too.\n\nThe bridge reopened on Tuesday.";
    assert_eq!(kinds(text)[1].0, ZoneKind::Body, "a sentence that opens with such a word is no button row");
}

#[test]
fn a_masthead_and_a_byline_in_capitals_with_a_role_name_the_outlet_and_the_writer() {
    let text = "能登半島で震度7 / Noto quake: rescue is a battle against time\n date 2024-01-02\n\
                HARBOUR BRIDGE DAILY | English edition\nANA LIMA, staff writer; translation by Tom Hale\n\n\
                The bridge reopened on Tuesday. Traffic resumed at noon.";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    let zones: Vec<_> = zoning.zones.iter().map(|zone| (zone.kind, zone.span.of(text))).collect();
    assert_eq!(
        zones,
        [
            (ZoneKind::Title, "能登半島で震度7 / Noto quake: rescue is a battle against time"),
            (ZoneKind::Dateline, "date 2024-01-02"),
            (ZoneKind::Byline, "HARBOUR BRIDGE DAILY | English edition"),
            (ZoneKind::Byline, "ANA LIMA, staff writer; translation by Tom Hale"),
            (ZoneKind::Body, "The bridge reopened on Tuesday. Traffic resumed at noon."),
        ]
    );
    assert_eq!(zoning.date, NaiveDate::from_ymd_opt(2024, 1, 2));
    assert_eq!(zoning.outlet.as_deref(), Some("Harbour Bridge Daily"));
    assert_eq!(zoning.byline.as_deref(), Some("Ana Lima"));

    let text = "Bridge reopens\nPampa Post\n\nCHIDINMA NWOSU, ABUJA BUREAU\n\nThe bridge reopened on Tuesday.";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    assert_eq!(zoning.outlet.as_deref(), Some("Pampa Post"));
    assert_eq!(zoning.byline.as_deref(), Some("Chidinma Nwosu"));
    assert_eq!(zoning.paragraphs.len(), 1, "only the sentence is body: {:?}", zoning.zones);
}

#[test]
fn inline_date_line_before_the_body() {
    let text = " date 2024-03-04 The fine was announced in Brussels. Officials confirmed it.";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    let zones: Vec<_> = zoning.zones.iter().map(|zone| (zone.kind, zone.span.of(text))).collect();
    assert_eq!(
        zones,
        [
            (ZoneKind::Dateline, "date 2024-03-04"),
            (ZoneKind::Body, "The fine was announced in Brussels. Officials confirmed it."),
        ]
    );
    assert_eq!(zoning.title, None);
}

#[test]
fn wire_dateline_and_agency_sign_off() {
    let text =
        "Quake Hits Coast\n\nLIMA, March 3 (Andes Wire) — A strong quake shook the coast on Sunday.\n\n— Andes Wire";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    let zones: Vec<_> = zoning.zones.iter().map(|zone| (zone.kind, zone.span.of(text))).collect();
    assert_eq!(zones[1], (ZoneKind::Dateline, "LIMA, March 3 (Andes Wire) —"));
    assert_eq!(zones[2], (ZoneKind::Body, "A strong quake shook the coast on Sunday."));
    assert_eq!(zones[3], (ZoneKind::Byline, "— Andes Wire"));
    assert_eq!(zoning.outlet.as_deref(), Some("Andes Wire"));
}

#[test]
fn a_mixed_case_dateline_opens_the_story_but_a_sentence_like_one_later_stays_body() {
    fn dated(text: &str) -> Vec<&str> {
        let zoning = zone_text(text, ZoneRules::builtin(), None, None);
        zoning.zones.iter().filter(|zone| zone.kind == ZoneKind::Dateline).map(|zone| zone.span.of(text)).collect()
    }
    let story = "River Link Cleared\n\nNew Delhi, March 3: The Union Cabinet on Monday cleared the link.\n\n\
                 Officials in Chennai welcomed it. Tamil Nadu, Karnataka — and Kerala — disagree.";
    assert_eq!(dated(story), ["New Delhi, March 3:"]);
    let caption_first = "Satellite Lifts Off\n\nEngineers watch the launch on a live feed, Wednesday. Courtesy of \
                         Hanbit Aerospace\n\nSeoul, Korea — A satellite built in Korea was launched on Wednesday.";
    assert_eq!(dated(caption_first), ["Seoul, Korea —"]);
    assert_eq!(dated("Strike Called\n\nLima (Andes Wire) — Pilots walked out on Monday."), ["Lima (Andes Wire) —"]);
    for sentence in [
        "Strike Called\n\nMeanwhile, Lufthansa — the country's largest airline — cancelled flights.",
        "Strike Called\n\nSeoul — and Tokyo — reported delays on Monday.",
        "Strike Called\n\nPilots walked out on Monday.\n\nMunich, Bavaria — The airport was quiet.",
    ] {
        assert!(dated(sentence).is_empty(), "{sentence}: {:?}", dated(sentence));
    }
}

#[test]
fn trailing_capital_signatures_are_byline_and_outlet() {
    let text = "Rates Rise Again\n\nThe central bank raised its rate by two points on Tuesday.\n\nADA OKAFOR\n\nLAGOS EVENING NEWS\n\nLatest Articles";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    let kinds: Vec<_> = zoning.zones.iter().map(|zone| zone.kind).collect();
    assert_eq!(kinds, [ZoneKind::Title, ZoneKind::Body, ZoneKind::Byline, ZoneKind::Byline, ZoneKind::Boilerplate]);
    assert_eq!(zoning.byline.as_deref(), Some("Ada Okafor"));
    assert_eq!(zoning.outlet.as_deref(), Some("Lagos Evening News"));
}

#[test]
fn author_bio_is_a_byline_with_outlet() {
    let text = "Sales slowed in the spring.\nMaria Jose Alvarez is a senior reporter for The Valley Courier covering energy. She lives in Quito.";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    assert_eq!(zoning.zones[1].kind, ZoneKind::Byline);
    assert_eq!(zoning.byline.as_deref(), Some("Maria Jose Alvarez"));
    assert_eq!(zoning.outlet.as_deref(), Some("The Valley Courier"));
}

#[test]
fn a_two_line_paragraph_of_a_page_wrapped_by_hand_is_one_paragraph() {
    let wrapped = "Ferry capsizes\n\n\
        A crowded passenger ferry capsized in heavy seas off the coast before\n\
        dawn on Sunday, killing at least 31 people, the coast guard said in a\n\
        statement issued from the capital later in the day to reporters.\n\n\
        More than 180 people were rescued and about 20 were still missing\n\
        by late afternoon, said the coast guard spokesman at the harbour,\n\
        as divers searched the hull of the ship for the rest of the crew.\n\n\
        The bishop offered prayers for the victims during his Sunday\n\
        Angelus address at the cathedral.\n";
    let found: Vec<&str> = blocks(wrapped).into_iter().map(|span| span.of(wrapped)).collect();
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found[3].ends_with("Angelus address at the cathedral."), "{found:?}");
    // A page not wrapped by hand keeps a headline and the line under it apart.
    let unwrapped = "Ferry capsizes off the coast as storm hits the central islands\nBy Ana Lima\n\nThe ferry sank.\n";
    assert_eq!(blocks(unwrapped).len(), 3);
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let text = "The committee met on Monday and agreed to raise the\nbenchmark rate for the third time this year, citing\nstubborn inflation and a weak currency in the market.\nMarkets rallied on the news.\n\nA second paragraph follows here.";
    let blocks: Vec<&str> = blocks(text).into_iter().map(|span| span.of(text)).collect();
    // A full-width line that ends a sentence may go on in the next line: only a blank line or a short
    // final line ends a hard-wrapped paragraph.
    assert_eq!(blocks.len(), 2, "{blocks:#?}");
    assert!(blocks[0].starts_with("The committee") && blocks[0].ends_with("on the news."));
    assert_eq!(blocks[1], "A second paragraph follows here.");
}

#[test]
fn known_title_only_matches_its_own_line() {
    let text = "A Different First Line\n\nBody text here.";
    let zoning = zone_text(text, ZoneRules::builtin(), Some("The Real Title"), None);
    assert_eq!(zoning.zones[0].kind, ZoneKind::Body);
    let zoning = zone_text(text, ZoneRules::builtin(), Some("a different first line"), None);
    assert_eq!(zoning.zones[0].kind, ZoneKind::Title);
}

#[test]
fn extra_boilerplate_patterns_apply() {
    let rules = ZoneRules::builtin().with_extra_boilerplate(&["^brought to you by".into()]).expect("valid");
    let zoning = zone_text("Body line one.\nBrought to you by Acme.", &rules, None, None);
    assert_eq!(zoning.zones[1].kind, ZoneKind::Boilerplate);
    assert!(ZoneRules::builtin().with_extra_boilerplate(&["(unclosed".into()]).is_err());
}

#[test]
fn smart_title_case_keeps_short_acronyms() {
    assert_eq!(smart_title_case("US ASIA JOURNAL"), "US Asia Journal");
    assert_eq!(smart_title_case("THE NEW YORK TIMES"), "The New York Times");
}

#[test]
fn dateline_guards_pass_whatever_the_patterns_could_match() {
    // No character but the ASCII letter itself matches a keyword's first letter in any case.
    let firsts: String = DATELINE_KEYWORDS.iter().map(|word| &word[..1]).collect();
    let first_letter = Regex::new(&format!("(?i)^[{firsts}]")).expect("valid");
    for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
        assert!(!first_letter.is_match(&c.to_string()), "{c:?}");
    }
    // Whatever two characters open a wire dateline pass its guard.
    let wire_start = Regex::new(r"^\p{Lu}[\p{Lu}\p{M}'’.-]").expect("valid");
    let samples: Vec<char> = (0..128u8).map(char::from).chain(['É', 'ß', 'Ω', '\u{301}', '’', '東', 'ǅ']).collect();
    for &first in &samples {
        for &second in &samples {
            let start: String = [first, second].iter().collect();
            if wire_start.is_match(&start) {
                assert!(may_open_with_wire_dateline(&start), "{start:?}");
            }
        }
    }
}

#[test]
fn promo_line_reporters_names_repeated_caption_and_more_links_are_not_the_story() {
    let text = "Morning briefing ☀️ Top stories Weather Puzzles\n\
                Ferry Service Resumes After Storm\n\
                Ana Lima and Joe Park\n\
                The ferry left the harbour at dawn on Tuesday, the first crossing in a week.\n\
                Passengers board the ferry at the north pier\n\
                Passengers board the ferry at the north pier Credit: Harbour Gazette/Ana Lima\n\
                More: Storm closes the harbour for a week\n\
                The operator said the timetable is back to normal.";
    assert_eq!(
        kinds(text),
        [
            (ZoneKind::Boilerplate, "Morning briefing ☀️ Top stories Weather Puzzles"),
            (ZoneKind::Title, "Ferry Service Resumes After Storm"),
            (ZoneKind::Byline, "Ana Lima and Joe Park"),
            (ZoneKind::Body, "The ferry left the harbour at dawn on Tuesday, the first crossing in a week."),
            (ZoneKind::Boilerplate, "Passengers board the ferry at the north pier"),
            (ZoneKind::Boilerplate, "Passengers board the ferry at the north pier Credit: Harbour Gazette/Ana Lima"),
            (ZoneKind::Boilerplate, "More: Storm closes the harbour for a week"),
            (ZoneKind::Body, "The operator said the timetable is back to normal."),
        ]
    );
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    assert_eq!(zoning.byline.as_deref(), Some("Ana Lima and Joe Park"));
    assert_eq!(zoning.title.as_deref(), Some("Ferry Service Resumes After Storm"));
}

#[test]
fn names_joined_by_a_capitalised_and_are_a_headline_not_reporters() {
    assert!(names_line("Ana Lima and Joe Park"));
    assert!(names_line("Ana Lima, Joe Park & Kim Cho"));
    assert!(!names_line("Harbour Gazette And Ferry Lines"), "Title Case writes And");
    assert!(!names_line("Ana Lima"), "one name is not told from a kicker");
    assert!(!names_line("The ferry and the pier"));
}

#[test]
fn credit_lines_their_captions_and_listed_headlines_are_chrome() {
    let text = "Ferry Service Resumes After Storm\n\
                Operator hails the first full week of crossings since January\n\
                The ferry left the harbour at dawn on Tuesday, the first crossing in a week.\n\
                The north pier at dawn\n\
                Ana Lima/Harbour Gazette/Getty Images\n\
                Passengers boarded at noon. The pier reopened at one.\n\
                The harbour office at the north pier. Reuters\n\
                JUST IN: Storm warning issued for the coast\n\
                The operator said the timetable is back to normal.\n\
                Read also:\n\
                Harbour fees rise for a third year\n\
                Ferry crews vote on a new contract\n\
                The next crossing leaves at six.\n\
                Follow our social media accounts here on facebook.com/HarbourGazette";
    assert_eq!(
        kinds(text),
        [
            (ZoneKind::Title, "Ferry Service Resumes After Storm"),
            (ZoneKind::Body, "Operator hails the first full week of crossings since January"),
            (ZoneKind::Body, "The ferry left the harbour at dawn on Tuesday, the first crossing in a week."),
            (ZoneKind::Boilerplate, "The north pier at dawn"),
            (ZoneKind::Boilerplate, "Ana Lima/Harbour Gazette/Getty Images"),
            (ZoneKind::Body, "Passengers boarded at noon. The pier reopened at one."),
            (ZoneKind::Boilerplate, "The harbour office at the north pier. Reuters"),
            (ZoneKind::Boilerplate, "JUST IN: Storm warning issued for the coast"),
            (ZoneKind::Body, "The operator said the timetable is back to normal."),
            (ZoneKind::Boilerplate, "Read also:"),
            (ZoneKind::Boilerplate, "Harbour fees rise for a third year"),
            (ZoneKind::Boilerplate, "Ferry crews vote on a new contract"),
            (ZoneKind::Body, "The next crossing leaves at six."),
            (ZoneKind::Boilerplate, "Follow our social media accounts here on facebook.com/HarbourGazette"),
        ]
    );
    assert!(slashed_credit("EPA/Jose Mendez"));
    assert!(!slashed_credit("The 24/7 service runs from Monday"), "a slash in prose is no credit");
    assert!(!credit_line("Shares rose, according to Reuters."), "a sentence citing an agency is prose");
}

#[test]
fn a_lead_sentence_that_opens_with_by_is_body_not_a_byline() {
    for lead in [
        "By Thursday the storm had killed 126 people on the coast, the rescue service said.",
        "By March, the bank had lost most of its deposits.",
        "By Apple’s own count, sales rose in every region.",
    ] {
        let text = format!("Storm Toll Rises\n{lead}\nFerries stayed in port.");
        let zoning = zone_text(&text, ZoneRules::builtin(), None, None);
        let zones: Vec<_> = zoning.zones.iter().map(|zone| (zone.kind, zone.span.of(&text))).collect();
        assert_eq!(zones[1], (ZoneKind::Body, lead), "{zones:?}");
        assert_eq!(zoning.byline, None);
    }
    for (byline, name) in [
        ("By May Jeong", "May Jeong"),
        ("By Ana Lima in Lisbon", "Ana Lima"),
        ("By Ana Lima and Tom Reed", "Ana Lima and Tom Reed"),
        ("By Ana Lima, staff writer", "Ana Lima"),
    ] {
        let text = format!("Storm Toll Rises\n{byline}\nThe storm killed 126 people on the coast.");
        let zoning = zone_text(&text, ZoneRules::builtin(), None, None);
        assert_eq!(zoning.byline.as_deref(), Some(name), "{byline}");
    }
}

#[test]
fn a_time_zone_after_the_time_of_a_date_line_is_part_of_it() {
    for line in ["Updated 2024-01-03 06:40 GMT", "2024-01-03 06:40 UTC", "Published 2024-01-03 06:40 (JST)"] {
        let text = format!("Quake Toll Rises\n{line}\nThe toll rose to 62 on Wednesday.");
        let zones: Vec<_> = zone_text(&text, ZoneRules::builtin(), None, None)
            .zones
            .iter()
            .map(|zone| (zone.kind, zone.span.of(&text).to_owned()))
            .collect();
        assert_eq!(zones[1], (ZoneKind::Dateline, line.to_owned()), "{zones:?}");
        assert_eq!(zones[2], (ZoneKind::Body, "The toll rose to 62 on Wednesday.".to_owned()), "{zones:?}");
    }
}

#[test]
fn a_page_s_controls_sections_reading_time_and_most_read_list_are_chrome() {
    let text = "Skip to main content\nMenu Search Sign in\n\nWorld | Business | Tech\n\n\
                Harbour bridge reopens after repairs\n\nUpdated 3:45 PM EST, Tue March 4, 2025\n5 min read\n\n\
                ALMENA, Portugal (Harbour Wire) — The bridge reopened on Tuesday.\n\n\
                Most Read\n1. Ferry fares rise again\n2. Union elects new leader\n\nComments (12)";
    assert_eq!(
        kinds(text),
        [
            (ZoneKind::Boilerplate, "Skip to main content"),
            (ZoneKind::Boilerplate, "Menu Search Sign in"),
            (ZoneKind::Boilerplate, "World | Business | Tech"),
            (ZoneKind::Title, "Harbour bridge reopens after repairs"),
            (ZoneKind::Dateline, "Updated 3:45 PM EST, Tue March 4, 2025"),
            (ZoneKind::Boilerplate, "5 min read"),
            (ZoneKind::Dateline, "ALMENA, Portugal (Harbour Wire) —"),
            (ZoneKind::Body, "The bridge reopened on Tuesday."),
            (ZoneKind::Boilerplate, "Most Read"),
            (ZoneKind::Boilerplate, "1. Ferry fares rise again"),
            (ZoneKind::Boilerplate, "2. Union elects new leader"),
            (ZoneKind::Boilerplate, "Comments (12)"),
        ]
    );
    assert_eq!(zone_text(text, ZoneRules::builtin(), None, None).date, NaiveDate::from_ymd_opt(2025, 3, 4));
    // Prose with separators is no row of sections.
    let text = "Bridge reopens\n\nTolls rose 5% / 7% / 9% over three years, officials said on Tuesday.";
    assert_eq!(kinds(text)[1].0, ZoneKind::Body);
}

#[test]
fn wire_captions_with_bracketed_credits_and_contributor_lines_are_chrome() {
    let text = "Harbour Bridge Reopens\n\n\
                ALMENA (AP) — The bridge reopened on Tuesday.\n\n\
                FILE - Commuters cross the bridge on Jan. 3, 2025. (AP Photo/Ana Lima, File)\n\n\
                Crews worked for six weeks. (Photo by Ana Lima/Getty Images)\n\n\
                EXCLUSIVE - The toll will stay.\n\n\
                Associated Press writer Ana Lima in Tervik contributed to this report.\n\n\
                (Reporting by Ana Lima; Editing by Ben Ode)";
    assert_eq!(
        kinds(text),
        [
            (ZoneKind::Title, "Harbour Bridge Reopens"),
            (ZoneKind::Dateline, "ALMENA (AP) —"),
            (ZoneKind::Body, "The bridge reopened on Tuesday."),
            (ZoneKind::Boilerplate, "FILE - Commuters cross the bridge on Jan. 3, 2025. (AP Photo/Ana Lima, File)"),
            (ZoneKind::Boilerplate, "Crews worked for six weeks. (Photo by Ana Lima/Getty Images)"),
            (ZoneKind::Body, "EXCLUSIVE - The toll will stay."),
            (ZoneKind::Boilerplate, "Associated Press writer Ana Lima in Tervik contributed to this report."),
            (ZoneKind::Boilerplate, "(Reporting by Ana Lima; Editing by Ben Ode)"),
        ]
    );
}

#[test]
fn colon_datelines_bracketed_captions_topic_lists_and_amendment_notes() {
    let text = "Harbour Bridge Reopens\n\n\
                Updated 6 February 2024 · 4 min read\n\n\
                NEW DELHI: The bridge reopened on Tuesday.\n\n\
                [Caption: Commuters cross the bridge. Photograph: Ana Lima/AFP]\n\n\
                ALSO READ | Ferry fees rise for a third year\n\n\
                Crews worked for six weeks.\n\n\
                (With inputs from PTI)\n\n\
                This article was amended on 7 February 2024 to correct a name.\n\n\
                Related Topics: Bridges, Harbours\n\n\
                Follow Ana on Twitter @AnaLima";
    assert_eq!(
        kinds(text),
        [
            (ZoneKind::Title, "Harbour Bridge Reopens"),
            (ZoneKind::Dateline, "Updated 6 February 2024"),
            (ZoneKind::Boilerplate, "· 4 min read"),
            (ZoneKind::Dateline, "NEW DELHI:"),
            (ZoneKind::Body, "The bridge reopened on Tuesday."),
            (ZoneKind::Boilerplate, "[Caption: Commuters cross the bridge. Photograph: Ana Lima/AFP]"),
            (ZoneKind::Boilerplate, "ALSO READ | Ferry fees rise for a third year"),
            (ZoneKind::Body, "Crews worked for six weeks."),
            (ZoneKind::Boilerplate, "(With inputs from PTI)"),
            (ZoneKind::Boilerplate, "This article was amended on 7 February 2024 to correct a name."),
            (ZoneKind::Boilerplate, "Related Topics: Bridges, Harbours"),
            (ZoneKind::Boilerplate, "Follow Ana on Twitter @AnaLima"),
        ]
    );
}

#[test]
fn a_copyright_line_names_the_outlet_without_its_year() {
    let text = "Harbour Bridge Reopens\n\nThe bridge reopened on Tuesday.\n\n© Harbour Wire 2024. All rights reserved.";
    assert_eq!(zone_text(text, ZoneRules::builtin(), None, None).outlet.as_deref(), Some("Harbour Wire"));
}
