//! Tests of value parsing, near and slot terms, and when two values agree.

use super::*;

#[test]
fn close_counts_of_one_thing_share_a_near_term_and_distant_ones_do_not() {
    let count = |amount: f64, unit: &str| Value::Count { amount, decimals: 0, unit: unit.to_owned() };
    let meet = |a: &Value, b: &Value| a.near_terms().iter().any(|term| b.near_terms().contains(term));
    assert!(meet(&count(273.0, "peopl"), &count(217.0, "peopl")));
    assert!(!meet(&count(273.0, "peopl"), &count(217.0, "build")), "another unit is another thing");
    assert!(!meet(&count(273.0, "peopl"), &count(100.0, "peopl")));
    for low in (10..3000).step_by(7) {
        let low = f64::from(low);
        for (high, near) in [(low * 1.25, true), ((low * 1.5626).ceil(), false)] {
            if high.fract() == 0.0 {
                assert_eq!(meet(&count(low, "dead"), &count(high, "dead")), near, "{low} and {high}");
            }
        }
    }
    assert!(count(7.0, "dead").near_terms().is_empty(), "small counts are too common");
    assert!(count(12.5, "metr").near_terms().is_empty());
    assert!(count(150.0, "").near_terms().is_empty(), "a bare number is too common");
    let percent = |amount: f64| Value::Percent { amount, decimals: 1 };
    assert!(meet(&percent(63.4), &percent(64.1)), "turnout 63.4% and 64.1%");
    assert!(!meet(&percent(6.5), &percent(9.0)));
    assert!(percent(0.3).near_terms().is_empty(), "a fraction of a point is too common");
}

#[test]
fn counts_of_one_named_thing_share_a_slot_whatever_their_figures_and_spans_of_time_name_none() {
    let count = |amount: f64, unit: &str| Value::Count { amount, decimals: 0, unit: unit.to_owned() };
    assert_eq!(count(273.0, "dead").slot_term(), count(40.0, "dead").slot_term());
    assert!(count(273.0, "dead").slot_term().is_some());
    assert_ne!(count(40.0, "dead").slot_term(), count(40.0, "build").slot_term());
    assert_eq!(count(150.0, "").slot_term(), None, "a bare number counts nothing named");
    assert_eq!(count(5.0, "year").slot_term(), None, "'five-year term' and '55-year-old' are spans and ages");
    assert_eq!(count(2.0, "week").slot_term(), None);
    assert_eq!(Value::Percent { amount: 40.0, decimals: 0 }.slot_term(), None);
}

#[test]
fn money_normalizes_scale_and_currency() {
    let a = parse_value(EntityType::Money, "$14.9bn").unwrap();
    let b = parse_value(EntityType::Money, "US$14.9 billion").unwrap();
    assert_eq!(a.term(), b.term());
    let c = parse_value(EntityType::Money, "$14.1 billion").unwrap();
    assert_eq!(a.conflicts(&c, false), Some(true));
    let d = parse_value(EntityType::Money, "14 billion dollars").unwrap();
    assert_eq!(d.conflicts(&c, true), Some(false), "hedged amounts tolerate 10%");
    assert_eq!(d.conflicts(&c, false), Some(false), "14 billion is 14.1 billion rounded");
    let hk = parse_value(EntityType::Money, "HK$121").unwrap();
    assert_eq!(hk.conflicts(&c, false), None, "different currencies do not compare");
    let hk_words = parse_value(EntityType::Money, "121 Hong Kong dollars").unwrap();
    assert_eq!(hk_words.term(), hk.term(), "a dollar named by its issuer is that issuer's");
    let francs = parse_value(EntityType::Money, "3.4 billion Swiss francs").unwrap();
    assert_eq!(francs.term(), parse_value(EntityType::Money, "CHF 3.4bn").unwrap().term());
    let crore = parse_value(EntityType::Money, "Rs 1.34 lakh crore").unwrap();
    assert_eq!(crore.term(), parse_value(EntityType::Money, "₹1,34,000 crore").unwrap().term());
    let euros = parse_value(EntityType::Money, "310-million-euro").unwrap();
    assert_eq!(euros.term(), parse_value(EntityType::Money, "€310m").unwrap().term());
    let bln = parse_value(EntityType::Money, "$15.6 bln").unwrap();
    assert_eq!(bln.term(), parse_value(EntityType::Money, "$15.6 billion").unwrap().term());
}

#[test]
fn percents_and_dates() {
    let bp = |text: &str| parse_value(EntityType::Percent, text).unwrap();
    assert_eq!(bp("25 basis points").term(), bp("0.25 percentage point").term());
    assert_eq!(bp("25bp").conflicts(&bp("50 bps"), false), Some(true));
    assert_eq!(bp("25-basis-point").conflicts(&bp("25 bps"), false), Some(false));
    let a = parse_value(EntityType::Percent, "11.1%").unwrap();
    let b = parse_value(EntityType::Percent, "11.1 percent").unwrap();
    assert_eq!(a.conflicts(&b, false), Some(false));
    let feb12 = parse_value(EntityType::Date, "Feb. 12, 2025").unwrap();
    let feb13 = parse_value(EntityType::Date, "February 13").unwrap();
    assert_eq!(feb12.conflicts(&feb13, false), Some(true));
    assert_eq!(parse_value(EntityType::Date, "12 February").unwrap().term(), feb12.term());
    let year = parse_value(EntityType::Date, "2023").unwrap();
    assert_eq!(year.conflicts(&feb12, false), None, "a year and a day are different grains");
    assert_eq!(parse_value(EntityType::Date, "Q1 2025").unwrap().term(), "@2025Q1");
    let second = parse_value(EntityType::Date, "second quarter of 2027").unwrap();
    assert_eq!(second.term(), "@2027Q2");
    assert_eq!(second.conflicts(&parse_value(EntityType::Date, "third quarter of 2027").unwrap(), false), Some(true));
    let year = parse_value(EntityType::Date, "2026").unwrap();
    assert_eq!(year.conflicts(&parse_value(EntityType::Date, "Q1 2027").unwrap(), false), Some(true));
}

#[test]
fn a_hedge_tolerates_rounding_to_its_own_precision_not_another_figure() {
    let agree = |a: f64, b: f64| amounts_agree(a, 0, b, 0, true);
    assert!(agree(14e9, 14.1e9), "about 14 billion is 14.1 billion rounded");
    assert!(agree(400_000.0, 386_000.0), "nearly 400,000");
    assert!(agree(390_000.0, 386_000.0), "close to 390,000");
    assert!(agree(680.0, 700.0), "some 680 and more than 700 are 3% apart");
    assert!(!agree(4_200.0, 4_500.0), "about 4,200 and about 4,500 are two estimates");
    assert!(!agree(40.0, 48.0));
    assert!(!agree(1_100.0, 1_250.0), "more than 1,100 flights and 1,250 flights");
    assert!(amounts_agree(14.1e9, 1, 14e9, 0, true));
    assert!(!amounts_agree(14.9e9, 1, 14.1e9, 1, true));
    assert!(amounts_agree(18e9, 0, 18e9, 0, true));
    assert!(!amounts_agree(2.8, 1, 3.0, 1, true), "2.8% and about 3.0% differ in their written precision");
}

#[test]
fn figures_without_a_hedge_agree_only_when_one_is_the_other_rounded() {
    let agree = |a: f64, a_decimals: u32, b: f64, b_decimals: u32| amounts_agree(a, a_decimals, b, b_decimals, false);
    assert!(!agree(1_143.0, 0, 1_134.0, 0), "1,143 and 1,134 drivers");
    assert!(!agree(1_184.0, 0, 1_450.0, 0));
    assert!(!agree(500.0, 0, 520.0, 0));
    assert!(agree(14e9, 0, 14.1e9, 1), "$14bn is $14.1bn rounded");
    assert!(!agree(14.9e9, 1, 14.1e9, 1));
    assert!(agree(1_200_000.0, 0, 1.2e6, 1), "1,200,000 and 1.2 million");
    assert!(!agree(2.8, 1, 3.0, 1));
    assert!(agree(3.0, 0, 3.4, 1), "3% is 3.4% rounded");
}

#[test]
fn earlier_figures_are_seen() {
    assert!(baseline("operating profit fell to ¥412.6 billion, down from ", " a year earlier."));
    assert!(baseline("the toll rose to 62 from ", "."));
    assert!(baseline("sales of ", " a year earlier"));
    assert!(baseline("up 4%, compared with ", " in 2024"));
    assert!(!baseline("operating profit fell to ", ", down from ¥450 billion"));
    assert!(!baseline("a drop of ", " from a year earlier"), "'from a year earlier' follows the change itself");
}

#[test]
fn hedges_are_seen() {
    assert!(hedged("worth about "));
    assert!(hedged("more than "));
    assert!(!hedged("posted "));
}
