//! Unit tests of zoning on the chrome of article pages: captions with their credits, share buttons,
//! breadcrumbs, update stamps, sign-offs, author bios and mastheads (texts written for these tests).

use super::tests::kinds;
use super::*;

/// The kind of the block that `block` is, in a story around it.
fn kind_in_story(block: &str) -> ZoneKind {
    let text =
        format!("Harbour bridge reopens\n\nThe bridge reopened on Tuesday.\n\n{block}\n\nCrews worked for weeks.");
    let zones = kinds(&text);
    zones.iter().find(|(_, span)| *span == block).unwrap_or_else(|| panic!("{block}: {zones:?}")).0
}

#[test]
fn captions_that_end_in_their_credit_are_chrome() {
    for caption in [
        "A logo is seen at the company's headquarters in Zurich, March 3, 2025. REUTERS/Jane Doe/File Photo",
        "Players walk on the pitch in Valencia, May 24, 2025. REUTERS/Jon Roe Purchase Licensing Rights",
        "The plant on the outskirts of the city. (Photo: Company handout)",
        "The campus in the old ward. Photo: Harbour Labs / handout",
        "Rescuers search the river below the bridge on Saturday. (Wire Photo/Ana Lima)",
        "Radar image at 04:00 on Friday showing the rain band. Image: Met Office / Storm Desk",
    ] {
        assert_eq!(kind_in_story(caption), ZoneKind::Boilerplate, "{caption}");
    }
    for prose in [
        "The photo: a bridge in the rain, which the agency sold to many outlets.",
        "Officials said the image showed the collapse. It was taken at dawn.",
    ] {
        assert_eq!(kind_in_story(prose), ZoneKind::Body, "{prose}");
    }
}

#[test]
fn share_buttons_alone_breadcrumbs_and_update_stamps_are_chrome() {
    for chrome in [
        "Facebook",
        "Linkedin",
        "Email",
        "Purchase Licensing Rights",
        "Share: Facebook · X · KakaoTalk",
        "[Like] [Comment] [Restack]",
        "Home › Companies › Pharma",
        "| Last updated 18/10/2025 22:40",
        "Storm Desk · Analysis · Sunday 19 October 2025, 10:30 WEST",
        "Disclosure: I hold no positions in any company mentioned.",
        "Contact: ana.lima@example.com",
        "Lima reported from Coimbra. Wire writer Tom Hale contributed from Madrid.",
        "($1 = 83.0000 Indian rupees)",
        "(£1 = $1.2710)",
        "Editor's note: This story was updated at 11:47 a.m. ET to add comment from the operator.",
        "Listen to this article 5 min",
    ] {
        assert_eq!(kind_in_story(chrome), ZoneKind::Boilerplate, "{chrome}");
    }
    for prose in
        ["The fare rose to $1 = half a day's pay for a porter, the union said.", "Listen to this: the bridge is open."]
    {
        assert_eq!(kind_in_story(prose), ZoneKind::Body, "{prose}");
    }
    // A byline with a time is still a byline; a sentence with a clock time is still prose.
    assert_eq!(kind_in_story("By Ana Lima | 10:30 GMT"), ZoneKind::Byline);
    assert_eq!(kind_in_story("The quake struck at 10:30 local time · officials said."), ZoneKind::Body);
}

#[test]
fn a_date_line_may_end_in_when_the_page_was_updated() {
    let text = "Harbour bridge reopens\nJuly 16, 2025 8:47 AM GMT+2 Updated 3 hours ago\n\nThe bridge reopened.";
    assert_eq!(
        kinds(text)[1..3],
        [(ZoneKind::Dateline, "July 16, 2025 8:47 AM GMT+2"), (ZoneKind::Boilerplate, "Updated 3 hours ago")]
    );
    let zoning =
        zone_text("Bridge reopens\n16-07-2025 14:32\n\nThe bridge reopened.", ZoneRules::builtin(), None, None);
    assert_eq!(zoning.date, NaiveDate::from_ymd_opt(2025, 7, 16), "a date in figures, the day first");
    for byline in ["By Ana Lima | Updated: 17-07-2025 09:15 KST", "By Ana Lima · 17.07.2025 · 7 min read"] {
        let text = format!("Bridge reopens\n{byline}\n\nThe bridge reopened.");
        let zoning = zone_text(&text, ZoneRules::builtin(), None, None);
        assert_eq!(zoning.date, NaiveDate::from_ymd_opt(2025, 7, 17), "{byline}");
        assert_eq!(zoning.byline.as_deref(), Some("Ana Lima"), "{byline}");
    }
}

#[test]
fn an_author_bio_is_part_of_the_byline_wherever_it_stands() {
    let text = "Harbour bridge reopens\nBy Ana Lima and Tom Hale\n\nThe bridge reopened on Tuesday.\n\n\
                ANA LIMA covers transport for the Gazette. She is based in Lisbon.\n\n\
                Crews worked for weeks.\n\nTom Hale is a former engineer who writes on infrastructure.";
    let zones = kinds(text);
    assert_eq!(zones[3], (ZoneKind::Byline, "ANA LIMA covers transport for the Gazette. She is based in Lisbon."));
    assert_eq!(zones[4], (ZoneKind::Body, "Crews worked for weeks."));
    assert_eq!(zones[5].0, ZoneKind::Byline);
    // The byline may come from the page's metadata.
    let text = "Harbour bridge reopens\n\nThe bridge reopened.\n\nAna Lima is a reporter in Lisbon.";
    let zoning = zone_text(text, ZoneRules::builtin(), None, Some("Ana Lima"));
    assert_eq!(zoning.zones.last().map(|zone| zone.kind), Some(ZoneKind::Byline));
    // The author quoted in the story is still the story.
    let text = "Harbour bridge reopens\nBy Ana Lima\n\nThe bridge reopened.\n\nAna Lima said the deck held.";
    assert_eq!(kinds(text).last().map(|zone| zone.0), Some(ZoneKind::Body));
}

#[test]
fn a_masthead_names_the_outlet_and_its_tagline_is_no_headline() {
    let text = "THE HARBOUR COURIER\n\nThe coast's English-language news\n\n\
                Bridge collapse: 14 dead as storm floods the valley\n\nAt least 14 people were killed on Saturday.";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    assert_eq!(zoning.title.as_deref(), Some("Bridge collapse: 14 dead as storm floods the valley"));
    assert_eq!(zoning.outlet.as_deref(), Some("The Harbour Courier"));
    let kinds: Vec<ZoneKind> = zoning.zones.iter().map(|zone| zone.kind).collect();
    assert_eq!(kinds, [ZoneKind::Byline, ZoneKind::Boilerplate, ZoneKind::Title, ZoneKind::Body]);
}

#[test]
fn a_copyright_line_names_the_outlet_without_its_legal_form() {
    for line in [
        "© 2025 Harbour Media Ltd. All rights reserved.",
        "Copyright 2025 Harbour Media, Inc.",
        "© 2026 Harbour Media d.o.o. Split. All rights reserved.",
    ] {
        let text = format!("Bridge reopens\n\nThe bridge reopened on Tuesday.\n\n{line}");
        let zoning = zone_text(&text, ZoneRules::builtin(), None, None);
        assert_eq!(zoning.outlet.as_deref(), Some("Harbour Media"), "{line}");
    }
}

#[test]
fn a_stacked_page_header_is_masthead_section_dateline_and_breadcrumb_not_the_headline() {
    let text = "THE TERVIK POST\nHyderabad | Tuesday, March 4, 2025\nHome > Telangana > Irrigation\n\n\
                Tervik Post · Tamil Nadu · Water & Farming\n\n\
                Ferry service resumes after the storm\n\nBy Swathi Rangarajan\n\n\
                The ferry resumed service on Monday after repairs to its hull.\n\n\
                Related Articles / 関連記事\nHow to read a ferry timetable\nVolunteers clear the harbour";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    assert_eq!(zoning.title.as_deref(), Some("Ferry service resumes after the storm"));
    assert_eq!(zoning.date, chrono::NaiveDate::from_ymd_opt(2025, 3, 4));
    assert_eq!(zoning.outlet.as_deref(), Some("The Tervik Post"));
    let zones = kinds(text);
    assert!(zones.contains(&(ZoneKind::Dateline, "Hyderabad | Tuesday, March 4, 2025")), "{zones:?}");
    let body: Vec<&str> = zones.iter().filter(|(kind, _)| *kind == ZoneKind::Body).map(|(_, text)| *text).collect();
    assert_eq!(body, ["The ferry resumed service on Monday after repairs to its hull."]);
}

#[test]
fn a_copyright_line_in_ascii_names_the_outlet_before_the_wire_agency_of_its_dateline() {
    let text = "Pilots to strike\n\nFRANKFURT, Oct 17 (Reuters) - Pilots will strike on Monday.\n\n\
                Copyright (c) 2025 Meridian Markets. All rights reserved.";
    assert_eq!(zone_text(text, ZoneRules::builtin(), None, None).outlet.as_deref(), Some("Meridian Markets"));
    let wire_only = "Pilots to strike\n\nFRANKFURT, Oct 17 (Reuters) - Pilots will strike on Monday.";
    assert_eq!(zone_text(wire_only, ZoneRules::builtin(), None, None).outlet.as_deref(), Some("Reuters"));
}

#[test]
fn share_rows_comment_prompts_market_footers_and_an_outlet_speaking_of_itself_are_chrome() {
    for chrome in [
        "Share on Facebook   Share on X   Share on Viber   Copy link",
        "Share   Tweet   Pin   Email   Comments (48)",
        "Search...",
        "Sign in to join the conversation.",
        "All quotes delayed a minimum of 15 minutes.",
        "The Harbour Sentinel is an independent, reader-funded newsroom. Support our journalism.",
        "Harbour Report — Independent journalism about the coast, in English.",
        "PUBLICIDADE",
        "Anzeige",
        "Suggested Topics:",
        "— With reports from Ana Lima",
        "With reporting by Tom Hale in Porto.",
        "The ferry docks at the old pier on Sunday. Foto: Ana Lima/Harbour Report",
        "Crews clear the road near the bridge on Thursday. (Harbour Daily/Tom Hale)",
    ] {
        assert_eq!(kind_in_story(chrome), ZoneKind::Boilerplate, "{chrome}");
    }
    for prose in [
        "Reporters with the paper said the quotes were accurate.",
        "The union said it would support independent journalism in the region.",
        "Prices rose 3% in the year to June (month-on-month figures were flat).",
        "Officials said the bridge would reopen on Monday (and/or Tuesday).",
    ] {
        assert_eq!(kind_in_story(prose), ZoneKind::Body, "{prose}");
    }
}

#[test]
fn a_section_label_over_the_headline_and_a_masthead_the_page_names_elsewhere_are_no_title() {
    let zoning = |text: &str| zone_text(text, ZoneRules::builtin(), None, None);
    let labelled = "Americas\n\nHarbour court puts ex-minister on trial over dredging scheme\n\n\
                    The court agreed on Wednesday to try the former minister.";
    assert_eq!(zoning(labelled).title.as_deref(), Some("Harbour court puts ex-minister on trial over dredging scheme"));
    let masthead = "Coastal Bulletin Service\n\nFerry disaster kills at least 31, coast guard says\n\n\
                    A ferry capsized on Sunday.\n\n(c) Coastal Bulletin Service 2025. All rights reserved.";
    let found = zoning(masthead);
    assert_eq!(found.title.as_deref(), Some("Ferry disaster kills at least 31, coast guard says"));
    assert_eq!(found.outlet.as_deref(), Some("Coastal Bulletin Service"));
    let caps = "HARBOURBEAT\n\nRecalls\n\nHarbour Motors recalls 390,000 cars over a brake software glitch\n\n\
                Harbour Motors is recalling cars.\n\nAna Lima is HarbourBeat's senior news editor.";
    let found = zoning(caps);
    assert_eq!(found.title.as_deref(), Some("Harbour Motors recalls 390,000 cars over a brake software glitch"));
    assert_eq!(found.outlet.as_deref(), Some("HarbourBeat"));
}

#[test]
fn a_header_strip_of_outlet_place_date_and_writers_gives_the_date_and_the_byline() {
    let zoning = |text: &str| zone_text(text, ZoneRules::builtin(), None, None);
    let strip = "Harbour recall reaches Europe\n\n\
                 Harbour Digital (English edition) · Porto · 7 November 2025 · by Ana Lima and Tom Hale\n\n\
                 The recall also covers 41,500 cars in Europe, the authority said on Friday.";
    let found = zoning(strip);
    assert_eq!(found.date, chrono::NaiveDate::from_ymd_opt(2025, 11, 7));
    assert_eq!(found.byline.as_deref(), Some("Ana Lima and Tom Hale"));
    let comma = "Court opens trial\n\nBrasília, October 22, 2025\n\nThe court agreed on Wednesday to try him.";
    assert_eq!(zoning(comma).date, chrono::NaiveDate::from_ymd_opt(2025, 10, 22));
    let zones = kinds(comma);
    assert!(zones.contains(&(ZoneKind::Dateline, "Brasília, October 22, 2025")), "{zones:?}");
}

#[test]
fn a_date_under_a_headline_as_wide_as_a_wrapped_line_is_its_own_line_and_a_dotted_date_is_no_time() {
    let text = "Regulator fines the harbour authority over its crane contracts, vows review\nPublished: 4 March 2024\n\
                By Tomas Rell | Senior Reporter, Harbour and Maritime Affairs\n\nThe regulator fined the authority on Monday.";
    let zoning = zone_text(text, ZoneRules::builtin(), None, None);
    assert_eq!(
        zoning.title.as_deref(),
        Some("Regulator fines the harbour authority over its crane contracts, vows review")
    );
    assert_eq!(zoning.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 4));
    let strip = "Crane deal\n\nBy Tomas Rell | Munich | Published 17.10.2025, 18:30 | Updated 18.10.2025, 09:15\n\n\
                 The regulator fined the authority on Monday.";
    let zoning = zone_text(strip, ZoneRules::builtin(), None, None);
    assert_eq!(zoning.date, chrono::NaiveDate::from_ymd_opt(2025, 10, 17), "17.10 is the day, not a time");
}

#[test]
fn an_agency_credit_how_long_ago_a_page_was_published_and_social_plugs_are_chrome() {
    for chrome in [
        "The central bank's headquarters in Valmara, February 12, 2026. Harbour Wire/Jane Doe/File Photo \
         Purchase Licensing Rights",
        "The plant at dusk on Monday. Harbour Wire/Jon Roe/File Photo",
        "Published 5 hours ago",
        "Posted an hour ago",
        "1 day ago",
        "| Updated: 02.03.2026 14:05",
        "Like Harbour Business Times on Facebook",
        "All content © Harbour Business Times AS 2026",
    ] {
        assert_eq!(kind_in_story(chrome), ZoneKind::Boilerplate, "{chrome}");
    }
    for prose in ["The governor resigned two days ago.", "Like many rivals, the bank moved its staff on Monday."] {
        assert_eq!(kind_in_story(prose), ZoneKind::Body, "{prose}");
    }
}
