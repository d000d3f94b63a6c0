//! Counts: a number and what it counts ("48 dead", "1,200 of its staff", "Thirteen other current and former
//! Samsung executives"), read so that two outlets' counts of one thing get one unit whatever their wording:
//! what befell the people counted, the group they form, the noun past its modifiers, or the toll the clause
//! speaks of.

use super::codes::rank_label;
use super::numbers::{is_age, parse_number, parse_spelled_number};
use super::values::{Detail, Value, baseline, hedged};
use super::words::{Vocabulary, Word, content_terms, stem, words};
use crate::core::article::Span;

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

/// Words that count one group of people ("21 children", "12 adults"): what befell them joins the group
/// rather than replacing it, so "killed 21 children" and "22 dead children" count the dead children, and
/// neither is compared with the 217 dead of the whole story.
const GROUPS: [&str; 12] = [
    "children",
    "child",
    "adults",
    "students",
    "pupils",
    "civilians",
    "passengers",
    "tourists",
    "miners",
    "migrants",
    "patients",
    "workers",
];

/// Does a word count one group of people ([`GROUPS`])?
fn is_group(word: &str) -> bool {
    GROUPS.contains(&word.to_lowercase().as_str())
}

/// Forms of "to be" and "to have" between a number and a word: the number is the subject ("94 are known
/// dead"), so the word is no unit; what the clause says of it is.
const LINKING_VERBS: [&str; 6] = ["are", "were", "is", "was", "have", "had"];

/// What befell the people a count counts, when a verb of the synonym table stands beside it: "killed at
/// least 217 people" and "217 people died" count the dead, as "217 dead" does; "evacuated 5,000 people"
/// and "5,000 residents were displaced" count the evacuated. Only the word right before the number (past
/// hedges such as "at least") or a verb among the next three content words after the unit ("217 people
/// were confirmed dead"), in the same clause and before any preposition, is read. A second count joined by
/// "and" shares the verb ("30 children and 12 adults were missing").
fn fate_of(text: &str, number: usize, unit_end: Option<usize>, vocabulary: &Vocabulary) -> Option<String> {
    let clause = clause_start(text, number);
    let before = words(&text[clause..number], clause);
    let last_words = &before[before.len().saturating_sub(4)..];
    let verb_before = content_terms(last_words, vocabulary).pop().filter(|(term, written)| {
        let between = words(&text[written.end..number], written.end);
        is_fate(term, &text[written.start..written.end]) && content_terms(&between, vocabulary).is_empty()
    });
    if let Some((term, _)) = verb_before {
        return Some(term);
    }
    let unit_end = unit_end?;
    let mut after = words(&text[unit_end..clause_end(text, unit_end)], unit_end);
    // "30 children and 12 adults were missing": both counts share the verb after the second.
    let coordinated = after.len() > 3
        && matches!(after[0].text, "and" | "or")
        && (after[1].text.starts_with(|c: char| c.is_ascii_digit()) || parse_spelled_number(after[1].text).is_some());
    if coordinated {
        after.drain(..3);
    }
    // Up to the first preposition, but "to" in "crushed to death" and "are thought to have died" leads to
    // the fate rather than away from it.
    let lowercase: Vec<String> = after.iter().map(|word| word.text.to_lowercase()).collect();
    let parts_the_clause = |at: usize| {
        let infinitive =
            lowercase[at] == "to" && lowercase.get(at + 1).is_some_and(|next| INFINITIVE.contains(&next.as_str()));
        NOT_BEFORE_A_UNIT.contains(&lowercase[at].as_str()) && !infinitive
    };
    // Terms are read over the whole rest of the clause, so that a phrase ending in a preposition
    // ("unaccounted for") is whole, and kept when they start before the first preposition.
    let cut = (0..after.len()).find(|&at| parts_the_clause(at)).map_or(usize::MAX, |at| after[at].start);
    content_terms(&after, vocabulary)
        .into_iter()
        .take_while(|(_, written)| written.start < cut)
        .take(3)
        .find(|(term, written)| is_fate(term, &text[written.start..written.end]))
        .map(|(term, _)| term)
}

/// Is a term of the synonym table what befell people ("killed", "missing") rather than who they are
/// ("children" is in the table too)?
fn is_fate(term: &str, written: &str) -> bool {
    let who = written.to_lowercase();
    term.starts_with('~') && !PEOPLE.contains(&who.as_str()) && !is_group(written)
}

/// The fate of a group counted just before, joined by "and": in "22 dead children and four adults" the
/// adults are dead too.
fn fate_of_the_group_before(text: &str, number: usize, vocabulary: &Vocabulary) -> Option<String> {
    let clause = clause_start(text, number);
    let before = words(&text[clause..number], clause);
    let [.., fate, group, joint] = before.as_slice() else { return None };
    let joined = matches!(joint.text, "and" | "or") && is_group(group.text);
    let term = content_terms(std::slice::from_ref(fate), vocabulary).pop().map(|(term, _)| term);
    term.filter(|term| joined && is_fate(term, fate.text))
}

/// Words after "to" that make it part of a verb ("to have died", "to be dead") or of a fate ("to death").
const INFINITIVE: [&str; 3] = ["have", "be", "death"];

/// Prepositions that part a number from the next noun: what follows them is not what the number counts.
const NOT_BEFORE_A_UNIT: [&str; 14] =
    ["on", "in", "at", "by", "from", "since", "to", "for", "until", "after", "before", "per", "as", "than"];

/// A number at the start of a word, in digits or in words.
#[derive(Debug, Clone, Copy)]
pub struct Number {
    amount: f64,
    decimals: u32,
    /// Bytes of text it takes, a scale word included ("3.5 million").
    pub used: usize,
    /// Written in words ("nineteen").
    pub spelled: bool,
}

/// Words that qualify the noun a count counts without being it ("13 current and former executives").
const MODIFIERS: [&str; 24] = [
    "current",
    "former",
    "senior",
    "junior",
    "top",
    "retired",
    "serving",
    "additional",
    "existing",
    "remaining",
    "local",
    "foreign",
    "young",
    "elderly",
    "full-time",
    "part-time",
    "suspected",
    "alleged",
    "unidentified",
    "unnamed",
    "confirmed",
    "registered",
    "active",
    "ex",
];

/// The most words [`head_noun`] looks past.
const MAX_MODIFIERS: usize = 6;

/// The noun a count counts, from its first word `after[at]` past the modifiers written before the noun:
/// "Thirteen other current and former Samsung executives" counts executives, not "current". A capitalized
/// word is a modifier only before a plural ("3 Samsung executives", not "48 Americans died").
fn head_noun<'t, 'w>(text: &str, after: &'w [Word<'t>], at: usize) -> &'w Word<'t> {
    let adjoining = |i: usize| match (after.get(i), after.get(i + 1)) {
        (Some(word), Some(next)) => text[word.start + word.text.len()..next.start].trim().is_empty(),
        _ => false,
    };
    let is_modifier = |i: usize| MODIFIERS.contains(&after[i].text.to_lowercase().as_str());
    let capitalized = |i: usize| after.get(i).is_some_and(|word| word.text.starts_with(char::is_uppercase));
    let lowercase_plural = |i: usize| {
        after.get(i).is_some_and(|word| {
            word.text.starts_with(char::is_lowercase) && word.text.ends_with('s') && !word.text.ends_with("ss")
        })
    };
    // Is word `i` a modifier of a noun that follows it: a modifier word, or a name of up to four words
    // right before a plural?
    let qualifies = |i: usize| {
        if !adjoining(i) {
            return false;
        }
        if is_modifier(i) {
            let next = after[i + 1].text;
            return !matches!(next, "and" | "or") && !next.starts_with(|c: char| c.is_ascii_digit());
        }
        let mut last = i;
        while capitalized(last) && last - i < 4 && adjoining(last) {
            if lowercase_plural(last + 1) {
                return true;
            }
            last += 1;
        }
        false
    };
    let mut head = at;
    while head - at < MAX_MODIFIERS {
        let conjunction = after.get(head + 1).is_some_and(|next| matches!(next.text, "and" | "or"));
        if conjunction && is_modifier(head) && adjoining(head) && adjoining(head + 1) && qualifies(head + 2) {
            head += 2;
        } else if qualifies(head) {
            head += 1;
        } else {
            break;
        }
    }
    &after[head]
}

/// Is the number at `start..end` the hours or the minutes of a clock time ("5:40 a.m.", "12:15 WEST")?
fn in_clock_time(text: &str, start: usize, end: usize) -> bool {
    /// Words that make the number before them a time of day: "2 p.m.", "1400 GMT", "0900 local time".
    const TIME_OF_DAY: [&str; 14] =
        ["a.m", "am", "p.m", "pm", "gmt", "utc", "cet", "cest", "et", "edt", "est", "bst", "jst", "ist"];
    let digit = |c: char| c.is_ascii_digit();
    let minutes = text[..start].strip_suffix(':').is_some_and(|before| before.ends_with(digit));
    let hours = text[end..].strip_prefix(':').is_some_and(|after| after.starts_with(digit));
    let rest = text[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let next = rest.split(|c: char| !(c.is_alphanumeric() || c == '.')).next().unwrap_or("");
    let next = next.trim_end_matches('.').to_lowercase();
    // "hours", "hrs" and "local time" make a time of day only after four figures ("1400 hrs"), not after
    // "48" ("48 hrs" is a span).
    let military = end - start == 4 && (next == "hours" || next == "hrs" || rest.starts_with("local time"));
    let zoned = TIME_OF_DAY.contains(&next.as_str()) || military;
    minutes || hours || zoned
}

/// Where a detail read at the number starting at `number_start` is written: from the number on, or from
/// the rank label before it ("Category 3").
pub fn written_span(text: &str, number_start: usize, detail: &Detail) -> Span {
    let start = if text[number_start..].starts_with(detail.text.as_str()) {
        number_start
    } else {
        text[..number_start].rfind(detail.text.split(' ').next().unwrap_or_default()).unwrap_or(number_start)
    };
    Span { start, end: start + detail.text.len() }
}

/// The second half of a compound unit written right after the first: the "h" of "km/h", the "s" of "m/s".
fn per_unit(text: &str, unit_end: usize) -> Option<&str> {
    let rest = text.get(unit_end..)?.strip_prefix('/')?;
    let per = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    (!per.is_empty() && per.chars().count() <= 4).then_some(per)
}

pub fn number_at(text: &str, word: &Word<'_>) -> Option<Number> {
    if word.text.starts_with(|c: char| c.is_ascii_digit()) {
        let (amount, decimals, used) = parse_number(&text[word.start..])?;
        return Some(Number { amount, decimals, used, spelled: false });
    }
    let (amount, used) = parse_spelled_number(&text[word.start..])?;
    Some(Number { amount, decimals: 0, used, spelled: true })
}

/// What a number counts when a hyphen joins it to the number's word: "six-hour", "72-hour", "a
/// 3-million-euro deal" (what follows the scale). An age ("a 21-year-old") is left to the words after it.
fn hyphened_unit<'t>(text: &'t str, word: &Word<'t>, end: usize) -> Option<Word<'t>> {
    let word_end = word.start + word.text.len();
    let rest = text.get(end..word_end)?.strip_prefix('-')?;
    let unit = rest.split('-').next().filter(|unit| !unit.is_empty() && unit.chars().all(char::is_alphabetic))?;
    (!is_age(word.text)).then_some(Word { start: end + 1, text: &text[end + 1..end + 1 + unit.len()] })
}

/// A count written as a number followed by what it counts ("48 dead", "1,200 staff", "3 million people"),
/// or a number that stands alone ("the toll rose to 62 on Wednesday"), which counts what the text names
/// elsewhere.
pub fn count_at(
    text: &str,
    word: &Word<'_>,
    number: Number,
    after: &[Word<'_>],
    vocabulary: &Vocabulary,
) -> Option<Detail> {
    let Number { amount, decimals, used, spelled } = number;
    let end = word.start + used;
    if in_clock_time(text, word.start, end) {
        return None;
    }
    let hedged = hedged(&text[..word.start]);
    let baseline = baseline(&text[..word.start], &text[end..clause_end(text, end)]);
    if let Some(label) = rank_label(text, word.start).filter(|_| used == word.text.len() && !spelled) {
        // "a Category 3 hurricane" ranks the storm: it counts no hurricanes.
        let value = Value::Code { series: stem(&label.to_lowercase()), code: text[word.start..end].to_owned() };
        let written = text[word.start - label.len() - 1..end].to_owned();
        return Some(Detail { value, text: written, hedged, baseline });
    }
    if let Some(unit) = hyphened_unit(text, word, end) {
        let term = content_terms(std::slice::from_ref(&unit), vocabulary).into_iter().next().map(|(term, _)| term);
        let value = Value::Count { amount, decimals, unit: term.unwrap_or_else(|| stem(unit.text)) };
        let text = text[word.start..unit.start + unit.text.len()].to_owned();
        return Some(Detail { value, text, hedged, baseline });
    }
    let unnamed = || {
        // Only a whole word: "4:10pm" and "2.5-Max" are not counts; nor is a number word alone.
        if used < word.text.len() || spelled {
            return None;
        }
        // A number that ends its clause ("…, killing at least 217") counts what the verb before it did; one
        // that is the subject of "to be" ("120 others are still missing") counts what the clause says of it.
        let clause_stop = clause_end(text, end);
        let ends_clause = text[end..clause_stop].trim().is_empty();
        let subject = after
            .iter()
            .filter(|next| next.start >= end && next.start < clause_stop)
            .take(3)
            .map(|next| next.text.to_lowercase())
            .take_while(|next| !NOT_BEFORE_A_UNIT.contains(&next.as_str()))
            .any(|next| LINKING_VERBS.contains(&next.as_str()));
        let unit = toll_before(text, word.start, vocabulary)
            .or_else(|| ends_clause.then(|| fate_of(text, word.start, None, vocabulary)).flatten())
            .or_else(|| subject.then(|| fate_of(text, word.start, Some(end), vocabulary)).flatten())
            .unwrap_or_default();
        Some(Detail {
            value: Value::Count { amount, decimals, unit },
            text: text[word.start..end].to_owned(),
            hedged,
            baseline,
        })
    };
    let Some((unit_at, unit_word)) =
        after.iter().enumerate().filter(|(_, next)| next.start >= end).take(3).find(|(_, next)| {
            !vocabulary.is_stopword(&next.text.to_lowercase()) && !next.text.starts_with(|c: char| c.is_ascii_digit())
        })
    else {
        return unnamed();
    };
    // Only the word right after the number (or after one filler word) counts as its unit, and not across a
    // preposition: "150 on Thursday" counts no Thursdays ("1,200 of its staff" does count staff).
    let gap = &text[end..unit_word.start];
    if gap.chars().filter(|c| c.is_alphanumeric()).count() > 12 || gap.contains(['.', ',', ';', ':']) {
        return unnamed();
    }
    if gap.split_whitespace().any(|filler| NOT_BEFORE_A_UNIT.contains(&filler.to_lowercase().as_str())) {
        return unnamed();
    }
    if gap.split_whitespace().any(|filler| LINKING_VERBS.contains(&filler.to_lowercase().as_str())) {
        let fate = fate_of(text, word.start, Some(end), vocabulary).unwrap_or_default();
        let value = Value::Count { amount, decimals, unit: fate };
        return Some(Detail { value, text: text[word.start..end].to_owned(), hedged, baseline });
    }
    let unit_word = head_noun(text, after, unit_at);
    // The unit as the linker indexes it, so that "48 dead" and "62 killed" count the same thing.
    let term_of = |written: &Word<'_>| {
        content_terms(std::slice::from_ref(written), vocabulary)
            .into_iter()
            .next()
            .map_or_else(|| stem(written.text), |(term, _)| term)
    };
    let mut unit_end = unit_word.start + unit_word.text.len();
    if let Some(per) = per_unit(text, unit_end) {
        // "195 km/h" is a speed, not a distance of 195 km.
        let unit = format!("{}/{}", term_of(unit_word), per.to_lowercase());
        let written = text[word.start..unit_end + 1 + per.len()].to_owned();
        return Some(Detail { value: Value::Count { amount, decimals, unit }, text: written, hedged, baseline });
    }
    let lowercase = unit_word.text.to_lowercase();
    let unit = if PEOPLE.contains(&lowercase.as_str()) {
        fate_of(text, word.start, Some(unit_end), vocabulary).unwrap_or_else(|| term_of(unit_word))
    } else if is_group(unit_word.text) {
        let group = term_of(unit_word);
        let fate = fate_of(text, word.start, Some(unit_end), vocabulary)
            .or_else(|| fate_of_the_group_before(text, word.start, vocabulary));
        match fate {
            Some(fate) => format!("{fate} {group}"),
            None => group,
        }
    } else {
        let unit = term_of(unit_word);
        // "22 dead children": a fate before a group joins it.
        let next = after.iter().find(|next| next.start >= unit_end);
        match next.filter(|next| {
            is_fate(&unit, unit_word.text) && is_group(next.text) && text[unit_end..next.start].trim().is_empty()
        }) {
            Some(group) => {
                unit_end = group.start + group.text.len();
                format!("{unit} {}", term_of(group))
            }
            None => unit,
        }
    };
    Some(Detail {
        value: Value::Count { amount, decimals, unit },
        text: text[word.start..unit_end].to_owned(),
        hedged,
        baseline,
    })
}
