//! What the linker knows about one passage: its terms (content stems, synonym groups, canonical entities,
//! normalized values), its comparable details, the names it gives, and how firmly it states its fact.

use super::codes::codes_and_times;
use super::counts::{count_at, number_at, written_span};
use super::values::{Detail, Value, baseline, hedged, parse_value};
use super::words::{Vocabulary, Word, content_terms, words};
use crate::core::article::{Article, Span};
use crate::core::entities::{EntityType, Mention};

/// How firmly a passage states its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// "reportedly", "sources say", "is said to".
    Reported,
    /// "confirmed", "officially", "announced".
    Confirmed,
}

/// A name the passage gives: the entity it resolves to, its type, how it is written, and the words written
/// right before and after it (lowercased; empty at the passage's edges), which tell its slot ("defender …
/// was sent off").
#[derive(Debug, Clone, PartialEq)]
pub struct NameUse {
    pub entity: usize,
    pub kind: EntityType,
    pub text: String,
    pub before: String,
    pub after: String,
}

/// The linker's view of one passage.
#[derive(Debug, Clone, Default)]
pub struct PassageFeatures {
    pub terms: Vec<String>,
    /// Where each term is written in the article (same order as `terms`), to explain a link.
    pub written: Vec<Span>,
    pub details: Vec<Detail>,
    pub names: Vec<NameUse>,
    /// How firmly it states its fact, and the word that says so.
    pub strength: Option<(Strength, String)>,
}

const REPORTED: [&str; 8] =
    ["reportedly", "allegedly", "rumored", "rumoured", "purportedly", "apparently", "unconfirmed", "sources"];
const CONFIRMED: [&str; 5] = ["confirmed", "confirms", "officially", "announced", "confirm"];

fn strength_of(words: &[Word<'_>]) -> Option<(Strength, String)> {
    let find = |list: &[&str]| words.iter().find(|word| list.contains(&word.text.to_lowercase().as_str()));
    match (find(&REPORTED), find(&CONFIRMED)) {
        (Some(word), None) => Some((Strength::Reported, word.text.to_owned())),
        (None, Some(word)) => Some((Strength::Confirmed, word.text.to_owned())),
        _ => None,
    }
}

impl PassageFeatures {
    fn push(&mut self, term: String, written: Span) {
        self.terms.push(term);
        self.written.push(written);
    }

    fn extend(&mut self, terms: Vec<(String, Span)>) {
        for (term, written) in terms {
            self.push(term, written);
        }
    }

    /// Puts the terms in the order the passage writes them (names were added after the words), so
    /// that terms written close together can be paired.
    fn put_in_reading_order(&mut self) {
        let mut both: Vec<(Span, String)> = self.written.iter().copied().zip(std::mem::take(&mut self.terms)).collect();
        both.sort_by_key(|(span, _)| span.start);
        (self.written, self.terms) = both.into_iter().unzip();
    }
}

/// The features of passage `span` of `article`, given the article's mentions in text order.
pub fn passage_features(
    article: &Article,
    span: Span,
    mentions: &[Mention],
    vocabulary: &Vocabulary,
) -> PassageFeatures {
    let text = &article.text;
    let all_words = words(span.of(text), span.start);
    let first = mentions.partition_point(|mention| mention.span.end <= span.start);
    let inside: Vec<&Mention> = mentions[first..].iter().take_while(|mention| mention.span.start < span.end).collect();
    let codes = codes_and_times(text, span);
    let in_code = |offset: usize| codes.iter().any(|code| code.span.contains(offset));
    let covered = |offset: usize| inside.iter().any(|mention| mention.span.contains(offset)) || in_code(offset);

    let mut features = PassageFeatures { strength: strength_of(&all_words), ..PassageFeatures::default() };
    // Content words between mentions, run by run, so phrases never straddle a name.
    let mut run: Vec<Word<'_>> = Vec::new();
    let mut index = 0;
    // Where the last number read ends: "a million" inside "half a million" is no second number.
    let mut number_end = 0;
    while index < all_words.len() {
        let word = &all_words[index];
        if covered(word.start) {
            features.extend(content_terms(&run, vocabulary));
            run.clear();
        } else if let Some(number) = number_at(text, word).filter(|_| word.start >= number_end) {
            let detail = count_at(text, word, number, &all_words[index + 1..], vocabulary);
            if detail.is_none() && number.spelled {
                // "four in Guerrero": a number word that counts nothing named stays a word.
                run.push(word.clone());
                index += 1;
                continue;
            }
            features.extend(content_terms(&run, vocabulary));
            run.clear();
            number_end = word.start + number.used;
            if let Some(detail) = detail {
                let written = written_span(text, word.start, &detail);
                features.push(detail.value.term(), written);
                for near in detail.value.near_terms() {
                    features.push(near, written);
                }
                if let Some(slot) = detail.value.slot_term() {
                    features.push(slot, written);
                }
                features.details.push(detail);
            }
        } else {
            run.push(word.clone());
        }
        index += 1;
    }
    features.extend(content_terms(&run, vocabulary));

    for code in codes.iter().cloned() {
        // A time of day is compared, never matched on: outlets give one event's time in different zones
        // and to different precision, and a story's other events happen at other times.
        if matches!(code.detail.value, Value::Time { .. }) {
            features.details.push(code.detail);
            continue;
        }
        features.push(code.detail.value.term(), code.span);
        for near in code.detail.value.near_terms() {
            features.push(near, code.span);
        }
        if let Some(slot) = code.detail.value.slot_term() {
            features.push(slot, code.span);
        }
        features.details.push(code.detail);
    }
    for mention in inside {
        let surface = mention.span.of(text);
        if in_code(mention.span.start) || in_code(mention.span.end - 1) {
            // The year of "CVE-2026-21337" and the hour of "2 p.m. ET" belong to the code, and a name
            // recognized in a code is the code itself, compared as one.
            continue;
        }
        if mention.kind.is_value() {
            if let Some(value) = parse_value(mention.kind, surface) {
                features.push(value.term(), mention.span);
                for near in value.near_terms() {
                    features.push(near, mention.span);
                }
                let (before, after) = (&text[span.start..mention.span.start], &text[mention.span.end..span.end]);
                let (hedged, baseline) = (hedged(before), baseline(before, after));
                features.details.push(Detail { value, text: surface.to_owned(), hedged, baseline });
            }
        } else {
            features.push(format!("={}", mention.entity), mention.span);
            let before = words(&text[span.start..mention.span.start], 0).pop().map(|word| word.text.to_lowercase());
            let after = words(&text[mention.span.end..span.end], 0).first().map(|word| word.text.to_lowercase());
            features.names.push(NameUse {
                entity: mention.entity,
                kind: mention.kind,
                text: surface.to_owned(),
                before: before.unwrap_or_default(),
                after: after.unwrap_or_default(),
            });
        }
    }
    features.put_in_reading_order();
    features
}
