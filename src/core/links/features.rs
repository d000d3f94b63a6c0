//! What the linker knows about one passage: its terms (content stems, synonym groups, canonical entities,
//! normalized values), its comparable details, the names it gives, and how firmly it states its fact.

use super::values::{Detail, Value, hedged, parse_number, parse_value};
use super::words::{Vocabulary, Word, content_terms, stem, words};
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

/// A name the passage gives: the entity it resolves to, its type, and how it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct NameUse {
    pub entity: usize,
    pub kind: EntityType,
    pub text: String,
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
    let covered = |offset: usize| inside.iter().any(|mention| mention.span.contains(offset));

    let mut features = PassageFeatures { strength: strength_of(&all_words), ..PassageFeatures::default() };
    // Content words between mentions, run by run, so phrases never straddle a name.
    let mut run: Vec<Word<'_>> = Vec::new();
    let mut index = 0;
    while index < all_words.len() {
        let word = &all_words[index];
        if covered(word.start) {
            features.extend(content_terms(&run, vocabulary));
            run.clear();
        } else if word.text.starts_with(|c: char| c.is_ascii_digit()) {
            features.extend(content_terms(&run, vocabulary));
            run.clear();
            if let Some(detail) = count_at(text, word, &all_words[index + 1..], vocabulary) {
                let written = Span { start: word.start, end: word.start + detail.text.len() };
                features.push(detail.value.term(), written);
                for near in detail.value.near_terms() {
                    features.push(near, written);
                }
                features.details.push(detail);
            }
        } else {
            run.push(word.clone());
        }
        index += 1;
    }
    features.extend(content_terms(&run, vocabulary));

    for mention in inside {
        let surface = mention.span.of(text);
        if mention.kind.is_value() {
            if let Some(value) = parse_value(mention.kind, surface) {
                features.push(value.term(), mention.span);
                let before = &text[span.start..mention.span.start];
                features.details.push(Detail { value, text: surface.to_owned(), hedged: hedged(before) });
            }
        } else {
            features.push(format!("={}", mention.entity), mention.span);
            features.names.push(NameUse { entity: mention.entity, kind: mention.kind, text: surface.to_owned() });
        }
    }
    features.put_in_reading_order();
    features
}

/// A number whose clause speaks of a toll before it ("the death toll rose to 62", "put the toll at 150")
/// counts the dead, whatever word follows it: the unit of "48 dead" and "62 killed".
fn toll_before(text: &str, start: usize, vocabulary: &Vocabulary) -> Option<String> {
    let clause = text[..start]
        .rfind(['.', ',', ';', ':', '(', '—', '\n'])
        .map_or(0, |at| at + text[at..].chars().next().map_or(1, char::len_utf8));
    let speaks_of_toll = words(&text[clause..start], clause).iter().any(|word| word.text.eq_ignore_ascii_case("toll"));
    speaks_of_toll.then(|| content_terms(&words("dead", 0), vocabulary).into_iter().next().map(|(term, _)| term))?
}

/// Prepositions that part a number from the next noun: what follows them is not what the number counts.
const NOT_BEFORE_A_UNIT: [&str; 14] =
    ["on", "in", "at", "by", "from", "since", "to", "for", "until", "after", "before", "per", "as", "than"];

/// A count written as a number followed by what it counts ("48 dead", "1,200 staff", "3 million people"),
/// or a number that stands alone ("the toll rose to 62 on Wednesday"), which counts what the text names
/// elsewhere.
fn count_at(text: &str, word: &Word<'_>, after: &[Word<'_>], vocabulary: &Vocabulary) -> Option<Detail> {
    let (amount, decimals, used) = parse_number(&text[word.start..])?;
    let end = word.start + used;
    let hedged = hedged(&text[..word.start]);
    let unnamed = || {
        // Only a whole word: "4:10pm" and "2.5-Max" are not counts.
        (used >= word.text.len()).then(|| Detail {
            value: Value::Count {
                amount,
                decimals,
                unit: toll_before(text, word.start, vocabulary).unwrap_or_default(),
            },
            text: text[word.start..end].to_owned(),
            hedged,
        })
    };
    let Some(unit_word) = after.iter().filter(|next| next.start >= end).take(3).find(|next| {
        !vocabulary.is_stopword(&next.text.to_lowercase()) && !next.text.starts_with(|c: char| c.is_ascii_digit())
    }) else {
        return unnamed();
    };
    // Only the word right after the number (or after one filler word) counts as its unit, and not across a
    // preposition: "150 on Thursday" counts no Thursdays ("1,200 of its staff" does count staff).
    let gap = &text[end..unit_word.start];
    if gap.chars().filter(|c| c.is_alphanumeric()).count() > 12 || gap.contains(['.', ';', ':']) {
        return unnamed();
    }
    if gap.split_whitespace().any(|filler| NOT_BEFORE_A_UNIT.contains(&filler.to_lowercase().as_str())) {
        return unnamed();
    }
    // The unit as the linker indexes it, so that "48 dead" and "62 killed" count the same thing.
    let unit = content_terms(std::slice::from_ref(unit_word), vocabulary)
        .into_iter()
        .next()
        .map_or_else(|| stem(unit_word.text), |(term, _)| term);
    Some(Detail {
        value: Value::Count { amount, decimals, unit },
        text: text[word.start..unit_word.start + unit_word.text.len()].to_owned(),
        hedged,
    })
}
