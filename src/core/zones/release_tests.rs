//! Unit tests of zoning on press releases, wire variants, paywalls and pasted newsletters: newswire
//! datelines, a dateline without a city, a date line whose time zone has an offset, the sections that
//! close a press release, a paywall's offer and an e-mail's headers and footer (texts written for these
//! tests).

use super::tests::kinds;
use super::*;

fn zoned(text: &str) -> Zoning {
    zone_text(text, ZoneRules::builtin(), None, None)
}

#[test]
fn a_newswire_dateline_gives_the_date_and_names_the_wire() {
    for (line, wire) in [
        ("OSLO, Norway, March 4, 2026 /PRNewswire/ -- ", "PRNewswire"),
        ("TORONTO, March 4, 2026 /CNW/ - ", "CNW"),
        ("AUSTIN, Texas--(BUSINESS WIRE)--", "BUSINESS WIRE"),
        ("DUBLIN, March 4, 2026 (GLOBE NEWSWIRE) -- ", "GLOBE NEWSWIRE"),
    ] {
        let text =
            format!("Fjord Labs Reports Record Quarter\n\n{line}Fjord Labs today reported revenue of $12 million.");
        let zoning = zoned(&text);
        let zones = kinds(&text);
        assert_eq!(zones[1], (ZoneKind::Dateline, line.trim_end()), "{zones:?}");
        assert_eq!(zones[2], (ZoneKind::Body, "Fjord Labs today reported revenue of $12 million."), "{zones:?}");
        assert_eq!(zoning.outlet.as_deref(), Some(wire), "{line}");
        if line.contains("2026") {
            assert_eq!(zoning.date, NaiveDate::from_ymd_opt(2026, 3, 4), "{line}");
        }
    }
    // A headline in capitals with a dash and no wire is no dateline.
    let text = "U.S.-CHINA TALKS--What comes next\n\nThe talks resume on Monday.";
    assert!(kinds(text).iter().all(|(kind, _)| *kind != ZoneKind::Dateline), "{:?}", kinds(text));
}

#[test]
fn a_dateline_without_a_city_credits_its_agency() {
    let text = "Pill succeeds in trial\n\nJune 9 (Harbour Wire) - Kestrel said on Tuesday its pill worked.\n\n\
                Shares rose 21%.";
    let zoning = zoned(text);
    let zones = kinds(text);
    assert_eq!(zones[1], (ZoneKind::Dateline, "June 9 (Harbour Wire) -"), "{zones:?}");
    assert_eq!(zones[2], (ZoneKind::Body, "Kestrel said on Tuesday its pill worked."), "{zones:?}");
    assert_eq!(zoning.outlet.as_deref(), Some("Harbour Wire"));
    // A sentence that opens with a date and a bracket stays body.
    let text = "Pill succeeds\n\nThe trial ran for a year.\n\nJune 9 (a Tuesday) - the day of the filing - was busy.";
    assert_eq!(kinds(text).last().map(|zone| zone.0), Some(ZoneKind::Body), "{:?}", kinds(text));
}

#[test]
fn a_time_zone_with_an_offset_keeps_the_date() {
    for line in ["March 3, 2026 1:27 PM GMT+5:30 | Indus Wire", "Updated 2026-03-03 13:27 UTC+05:30"] {
        let text = format!("Court fines startup\n\n{line}\n\nA court fined the startup on Tuesday.");
        assert_eq!(zoned(&text).date, NaiveDate::from_ymd_opt(2026, 3, 3), "{line}: {:?}", kinds(&text));
    }
    // The outlet after the date's bar is no sentence of the story.
    let text = "Court fines startup\n\nMarch 3, 2026 1:27 PM GMT+5:30 | Indus Wire\n\nA court fined the startup.";
    let zoning = zoned(text);
    assert_eq!(zoning.outlet.as_deref(), Some("Indus Wire"), "{:?}", kinds(text));
    assert_eq!(zoning.paragraphs.len(), 1, "{:?}", kinds(text));
}

#[test]
fn the_sections_that_close_a_press_release_are_chrome() {
    let text = "Fjord Labs Reports Record Quarter\n\n\
                OSLO, March 4, 2026 /PRNewswire/ -- Fjord Labs today reported revenue of $12 million.\n\n\
                The company expects growth to continue in 2027.\n\n\
                About Fjord Labs\n\n\
                Fjord Labs is a maker of marine sensors based in Oslo. For more information, visit fjordlabs.example.\n\n\
                Forward-Looking Statements\n\n\
                This press release contains forward-looking statements. Fjord Labs undertakes no obligation to \
                update them.\n\n\
                Media Contact:\n\nIngrid Berg\n\npress@fjordlabs.example\n\n\
                SOURCE Fjord Labs AS";
    let body: Vec<&str> = kinds(text).into_iter().filter(|(kind, _)| *kind == ZoneKind::Body).map(|z| z.1).collect();
    assert_eq!(
        body,
        ["Fjord Labs today reported revenue of $12 million.", "The company expects growth to continue in 2027."]
    );
    // Each closing section is told on its own, whichever comes first.
    for closing in [
        "Safe Harbor Statement\n\nThis release contains statements about the future.",
        "Investor Contacts:\n\nIngrid Berg, +47 555 0100",
        "About Fjord Labs\n\nFounded in 2011, Fjord Labs is a maker of marine sensors.",
        "About Fjord Labs, Inc.\n\nFjord Labs, Inc. (Nasdaq: FJRD) develops marine sensors.",
    ] {
        let text =
            format!("Fjord Labs Reports Record Quarter\n\nFjord Labs reported revenue of $12 million.\n\n{closing}");
        let body = kinds(&text).into_iter().filter(|(kind, _)| *kind == ZoneKind::Body).count();
        assert_eq!(body, 1, "{closing}: {:?}", kinds(&text));
    }
    // The "About" sections of a product or a study, before the company's, tell facts of the news.
    let text = "Fjord Labs Reports Trial Results\n\nFjord Labs reported results of its sensor trial.\n\n\
                About the SEA-2 Trial\n\nSEA-2 is a 12-month trial that enrolled 410 vessels.\n\n\
                About Fjord Labs\n\nFjord Labs is a maker of marine sensors.";
    let body: Vec<&str> = kinds(text).into_iter().filter(|(kind, _)| *kind == ZoneKind::Body).map(|z| z.1).collect();
    assert_eq!(body[1..], ["About the SEA-2 Trial", "SEA-2 is a 12-month trial that enrolled 410 vessels."]);
    // A news story's heading that opens with "About" is a section of the story.
    let text = "Court fines startup\n\nA court fined the startup on Tuesday.\n\nAbout the ruling\n\n\
                The judges said the firm had ignored two warnings.";
    let body = kinds(text).into_iter().filter(|(kind, _)| *kind == ZoneKind::Body).count();
    assert_eq!(body, 3, "{:?}", kinds(text));
}

#[test]
fn a_paywall_and_the_topic_list_under_a_story_are_chrome() {
    let text = "Cloud outage exposes dependence\n\n\
                A six-hour outage at Corvid Cloud knocked out banking apps on Monday.\n\n\
                Subscribe to continue reading\n\
                Get unlimited access to Harbour Ledger journalism from €1 for 4 weeks. Then €69 per month.\n\
                Start your trial\n\
                Already a subscriber? Sign in\n\n\
                Corvid said it would offer €11 million in service credits.\n\n\
                Follow the topics in this article\n\
                Corvid Systems Inc\n\
                Cloud computing";
    let body: Vec<&str> = kinds(text).into_iter().filter(|(kind, _)| *kind == ZoneKind::Body).map(|z| z.1).collect();
    assert_eq!(
        body,
        [
            "A six-hour outage at Corvid Cloud knocked out banking apps on Monday.",
            "Corvid said it would offer €11 million in service credits."
        ]
    );
}

#[test]
fn a_pasted_newsletter_takes_its_title_date_and_outlet_from_its_headers() {
    let text = "From: Stack Weekly <news@stackweekly.example>\n\
                Subject: Stack Weekly: the six-hour meltdown, explained\n\
                Date: Tue, 17 Mar 2026 06:02:11 -0400\n\n\
                View in browser | Forward to a friend\n\n\
                Good morning, builders!\n\n\
                Corvid Cloud went down at 14:32 UTC on Monday.\n\n\
                That's it for today. Hit reply and tell us how your Monday went.\n\n\
                Stack Weekly, 500 Harbour St., Suite 300, Portland\n\
                You are receiving this email because you subscribed.\n\
                Unsubscribe | Update your preferences";
    let zoning = zoned(text);
    assert_eq!(zoning.title.as_deref(), Some("Stack Weekly: the six-hour meltdown, explained"));
    assert_eq!(zoning.date, NaiveDate::from_ymd_opt(2026, 3, 17));
    assert_eq!(zoning.outlet.as_deref(), Some("Stack Weekly"));
    let body: Vec<&str> = kinds(text).into_iter().filter(|(kind, _)| *kind == ZoneKind::Body).map(|z| z.1).collect();
    assert_eq!(body, ["Corvid Cloud went down at 14:32 UTC on Monday."]);
    // Lines that merely open with a header's name are a story's text.
    let text = "Harbour news\n\nFrom: the harbour office, a note to ships.\nDate: to be set.\n\nShips wait.";
    assert!(zoned(text).title.as_deref() == Some("Harbour news"), "{:?}", kinds(text));
}
