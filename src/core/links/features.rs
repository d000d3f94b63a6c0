//! What the linker knows about one passage: its terms (content stems, synonym groups, canonical entities,
//! normalized values), its comparable details, the names it gives, and how firmly it states its fact.

use super::numbers::{parse_number, parse_spelled_number};
use super::values::{Detail, Value, hedged, parse_value};
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
        } else if let Some(number) = number_at(text, word) {
            let detail = count_at(text, word, number, &all_words[index + 1..], vocabulary);
            if detail.is_none() && number.spelled {
                // "four in Guerrero": a number word that counts nothing named stays a word.
                run.push(word.clone());
                index += 1;
                continue;
            }
            features.extend(content_terms(&run, vocabulary));
            run.clear();
            if let Some(detail) = detail {
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

/// A number that names no unit and whose clause speaks of a toll or of deaths before it ("the death toll
/// rose to 62", "put the toll at 150", "the number of people killed rose to 48") counts the dead: the unit
/// of "48 dead" and "62 killed".
fn toll_before(text: &str, start: usize, vocabulary: &Vocabulary) -> Option<String> {
    let clause = clause_start(text, start);
    let dead = content_terms(&words("dead", 0), vocabulary).into_iter().next().map(|(term, _)| term)?;
    let before = words(&text[clause..start], clause);
    let speaks_of_toll = before.iter().any(|word| word.text.eq_ignore_ascii_case("toll"))
        || content_terms(&before, vocabulary).iter().any(|(term, _)| *term == dead);
    speaks_of_toll.then_some(dead)
}

/// Where the clause holding `at` begins: after the last stop, comma, colon, dash or parenthesis before it.
fn clause_start(text: &str, at: usize) -> usize {
    const CLAUSE_MARKS: [char; 7] = ['.', ',', ';', ':', '(', '—', '\n'];
    text[..at].rfind(CLAUSE_MARKS).map_or(0, |mark| mark + text[mark..].chars().next().map_or(1, char::len_utf8))
}

/// Where the clause holding `at` ends.
fn clause_end(text: &str, at: usize) -> usize {
    text[at..].find(['.', ',', ';', ':', ')', '—', '\n']).map_or(text.len(), |mark| at + mark)
}

/// Words that count people without saying what befell them.
const PEOPLE: [&str; 5] = ["people", "persons", "person", "individuals", "residents"];

/// What befell the people a count counts, when a verb of the synonym table stands beside it: "killed at
/// least 217 people" and "217 people died" count the dead, as "217 dead" does; "evacuated 5,000 people"
/// and "5,000 residents were displaced" count the evacuated. Only the word right before the number (past
/// hedges such as "at least") or the verb in the next four words after the unit ("217 people were
/// confirmed dead"), in the same clause and before any preposition, is read.
fn fate_of(text: &str, number: usize, unit_end: Option<usize>, vocabulary: &Vocabulary) -> Option<String> {
    let clause = clause_start(text, number);
    let before = words(&text[clause..number], clause);
    let last_words = &before[before.len().saturating_sub(4)..];
    let verb_before = content_terms(last_words, vocabulary).pop().filter(|(term, written)| {
        let between = words(&text[written.end..number], written.end);
        term.starts_with('~') && content_terms(&between, vocabulary).is_empty()
    });
    if let Some((term, _)) = verb_before {
        return Some(term);
    }
    let unit_end = unit_end?;
    let after = words(&text[unit_end..clause_end(text, unit_end)], unit_end);
    let before_preposition =
        after.iter().take(4).take_while(|word| !NOT_BEFORE_A_UNIT.contains(&word.text.to_lowercase().as_str()));
    let near_words: Vec<Word<'_>> = before_preposition.cloned().collect();
    content_terms(&near_words, vocabulary).into_iter().map(|(term, _)| term).find(|term| term.starts_with('~'))
}

/// Prepositions that part a number from the next noun: what follows them is not what the number counts.
const NOT_BEFORE_A_UNIT: [&str; 14] =
    ["on", "in", "at", "by", "from", "since", "to", "for", "until", "after", "before", "per", "as", "than"];

/// A number at the start of a word, in digits or in words.
#[derive(Debug, Clone, Copy)]
struct Number {
    amount: f64,
    decimals: u32,
    /// Bytes of text it takes, a scale word included ("3.5 million").
    used: usize,
    /// Written in words ("nineteen").
    spelled: bool,
}

fn number_at(text: &str, word: &Word<'_>) -> Option<Number> {
    if word.text.starts_with(|c: char| c.is_ascii_digit()) {
        let (amount, decimals, used) = parse_number(&text[word.start..])?;
        return Some(Number { amount, decimals, used, spelled: false });
    }
    let (amount, used) = parse_spelled_number(&text[word.start..])?;
    Some(Number { amount, decimals: 0, used, spelled: true })
}

/// A count written as a number followed by what it counts ("48 dead", "1,200 staff", "3 million people"),
/// or a number that stands alone ("the toll rose to 62 on Wednesday"), which counts what the text names
/// elsewhere.
fn count_at(
    text: &str,
    word: &Word<'_>,
    number: Number,
    after: &[Word<'_>],
    vocabulary: &Vocabulary,
) -> Option<Detail> {
    let Number { amount, decimals, used, spelled } = number;
    let end = word.start + used;
    let hedged = hedged(&text[..word.start]);
    let unnamed = || {
        // Only a whole word: "4:10pm" and "2.5-Max" are not counts; nor is a number word alone.
        if used < word.text.len() || spelled {
            return None;
        }
        // A number that ends its clause ("…, killing at least 217") counts what the verb before it did.
        let ends_clause = text[end..clause_end(text, end)].trim().is_empty();
        let unit = toll_before(text, word.start, vocabulary)
            .or_else(|| ends_clause.then(|| fate_of(text, word.start, None, vocabulary)).flatten())
            .unwrap_or_default();
        Some(Detail { value: Value::Count { amount, decimals, unit }, text: text[word.start..end].to_owned(), hedged })
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
    let unit_end = unit_word.start + unit_word.text.len();
    let counts_people = PEOPLE.contains(&unit_word.text.to_lowercase().as_str());
    let fate = counts_people.then(|| fate_of(text, word.start, Some(unit_end), vocabulary)).flatten();
    let unit = fate.unwrap_or_else(|| {
        content_terms(std::slice::from_ref(unit_word), vocabulary)
            .into_iter()
            .next()
            .map_or_else(|| stem(unit_word.text), |(term, _)| term)
    });
    Some(Detail { value: Value::Count { amount, decimals, unit }, text: text[word.start..unit_end].to_owned(), hedged })
}
