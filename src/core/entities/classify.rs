//! Typing a capitalised name that no lexicon knows, from its own words (suffixes such as "Group" or
//! "Prefecture", versions, given names) and its neighbours ("startup X", "X said", "analyst X").

use super::context_words::{
    NAMED_AFTER_ORG, NAMED_AFTER_PLACE, NUMBERED_DESIGNATIONS, ORG_NOUNS, OUTLET_HEADS, PLACE_NOUNS,
    PLACE_NOUNS_BEFORE_OF, PLACE_PREPOSITIONS, PRODUCT_NOUNS, PRODUCT_NOUNS_BEFORE, SPEECH_VERBS,
};
use super::lexicon::{CuePosition, Lexicon, WordSet, with_lowercase, word_set};
use super::names::known::longest_known;
use super::names::{CONNECTORS, Sentence};
use super::tokens::Shape;
use super::vocabulary::Vocabulary;
use super::{Confidence, EntityType};
use foldhash::HashMap;
use std::sync::LazyLock;

/// What is known about a name's position.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// A role or title word stands right before it ("chairman", "Dr.").
    pub role_before: bool,
    /// It opens its sentence.
    pub initial: bool,
}

/// Does this word head an organisation's name ("Group", "Ministry", "Times", "Court")?
pub fn is_org_head(word: &str, lexicon: &Lexicon) -> bool {
    static OUTLET_HEAD_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(OUTLET_HEADS));
    let head = |word: &str| lexicon.org_suffixes.contains(word) || OUTLET_HEAD_SET.contains(word);
    // "NIHON BRIDGE DAILY": a masthead in capitals.
    let shouted = word.len() > 1 && word.chars().all(|c| !c.is_lowercase());
    head(word) || shouted && head(&title_case(word))
}

pub(super) fn cue_at(cues: &HashMap<String, CuePosition>, word: &str, suffix: bool) -> bool {
    with_lowercase(word, |lower| cues.get(lower))
        .is_some_and(|position| if suffix { position.allows_suffix() } else { position.allows_prefix() })
}

/// Is `word`, lowercased, one of `words`?
fn lowercase_in(word: &str, words: &WordSet) -> bool {
    with_lowercase(word, |lower| words.contains(lower))
}

/// Types the name made of tokens `start..=end` of `sentence`, or says it is not a name.
/// Head words of places that are often named after a person with a title ("General Rafael Buelna
/// International Airport", "President Kennedy Stadium") and are never anyone's surname.
const PLACES_NAMED_AFTER_PEOPLE: [&str; 8] =
    ["Airport", "Stadium", "Bridge", "Avenue", "Boulevard", "Highway", "Square", "Station"];

pub fn classify(
    sentence: &Sentence<'_>,
    start: usize,
    end: usize,
    context: Context,
    vocabulary: &Vocabulary<'_>,
) -> Option<(EntityType, Confidence)> {
    static ORG_NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(ORG_NOUNS));
    static NUMBERED_DESIGNATION_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(NUMBERED_DESIGNATIONS));
    static PRODUCT_NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(PRODUCT_NOUNS));
    static PLACE_NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(PLACE_NOUNS));
    static PLACE_NOUN_BEFORE_OF_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(PLACE_NOUNS_BEFORE_OF));
    static PLACE_PREPOSITION_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(PLACE_PREPOSITIONS));
    let word = |index: usize| sentence.tokens[index].text(sentence.text);
    let shape = |index: usize| sentence.tokens[index].shape;
    let count = end - start + 1;
    let (first, last) = (word(start), word(end));
    let words = || (start..=end).map(word);
    let before = (start > 0).then(|| word(start - 1));
    let after = (end + 1 < sentence.tokens.len()).then(|| word(end + 1));

    // "Hurricane Delia", "Flight MH17", but not "Storm Ready app".
    if sentence.opens_with_event_cue(start, end, vocabulary) && !after.is_some_and(|w| PRODUCT_NOUNS.contains(&w)) {
        return Some((EntityType::Event, Confidence::Cue));
    }
    // "Category 3", "Phase 2": a designation, not a product with its version.
    if count == 2 && shape(end) == Shape::Number && lowercase_in(first, &NUMBERED_DESIGNATION_SET) {
        return None;
    }
    let has_version =
        (start + 1..=end).any(|i| shape(i) == Shape::Number || word(i).chars().any(|c| c.is_ascii_digit()));
    if has_version || first.chars().any(|c| c.is_ascii_digit()) {
        return Some((EntityType::Product, Confidence::Cue));
    }
    // "Min J. Park", "George W. Bush": a middle initial right before the last word makes a person, whatever
    // that word closes otherwise ("Park" closes place names); "John F. Kennedy Airport" is still a place.
    let middle_initial = count >= 3 && is_initial(word(end - 1)) && shape(end) == Shape::Capitalized;
    if middle_initial && shape(start) == Shape::Capitalized {
        return Some((EntityType::Person, Confidence::Cue));
    }
    if count == 1 && vocabulary.is_org_head(first) {
        // "the Commission", "the Ministry": a reference, not a name.
        return None;
    }
    let given = |w: &str| {
        if w.chars().all(|c| !c.is_lowercase()) {
            let lexicon = vocabulary.lexicon;
            let w = title_case(w);
            lexicon.is_given_name(&w) || lexicon.given_names_ambiguous.contains(&w)
        } else {
            vocabulary.is_any_given_name(w)
        }
    };
    // "Pieter de Vries", "Luiz Inácio Lula da Silva": a name particle may stand between the names.
    let capitalised = |i: usize| matches!(shape(i), Shape::Capitalized | Shape::AllCaps);
    let particle = |i: usize| word(i) != "of" && CONNECTORS.contains(&word(i));
    let particles = (start + 1..end).filter(|&i| particle(i)).count();
    let person_shaped = (2..=4).contains(&(count - particles))
        && capitalised(start)
        && capitalised(end)
        && (start + 1..end).all(|i| capitalised(i) || particle(i));
    // "Reporter Jo Park", "Governor Ana Lima": a role right before makes a person of a name of two to
    // four words, whatever its last word closes otherwise ("Park" closes place names), unless that word is
    // no one's name ("General Rafael Buelna International Airport").
    let named_after_someone = PLACES_NAMED_AFTER_PEOPLE.contains(&last);
    if person_shaped && context.role_before && !vocabulary.is_org_head(last) && !named_after_someone {
        return Some((EntityType::Person, Confidence::Cue));
    }
    if count > 1 || !vocabulary.is_common(last) {
        // "Bank of Japan", "United States Agency for International Development".
        let head_before_connector =
            (start..end).any(|i| vocabulary.is_org_head(word(i)) && matches!(word(i + 1), "of" | "for" | "on"));
        if vocabulary.is_org_head(last) || (count > 2 && head_before_connector) {
            return Some((EntityType::Org, Confidence::Cue));
        }
        if count > 1 && vocabulary.is_event_suffix(last) {
            return Some((EntityType::Event, Confidence::Cue));
        }
        if count > 1 && (vocabulary.is_place_suffix(last) || vocabulary.is_place_prefix(first)) {
            return Some((EntityType::Place, Confidence::Cue));
        }
        if count > 1 && vocabulary.is_product_suffix(last) {
            return Some((EntityType::Product, Confidence::Cue));
        }
    }
    if after.is_some_and(|w| NAMED_AFTER_ORG.contains(&w)) {
        return Some((EntityType::Org, Confidence::Cue));
    }
    if after.is_some_and(|w| NAMED_AFTER_PLACE.contains(&w)) {
        return Some((EntityType::Place, Confidence::Cue));
    }
    if person_shaped && (given(first) || context.role_before) {
        return Some((EntityType::Person, Confidence::Cue));
    }
    if context.role_before && count == 1 {
        return Some((EntityType::Person, Confidence::Cue));
    }
    // "the lender Tervik", but not "… State Bank, Almena": a comma parts the noun from the name.
    let right_before = start > 0
        && sentence.text[sentence.tokens[start - 1].span.end..sentence.tokens[start].span.start].trim().is_empty();
    if right_before && before.is_some_and(|w| lowercase_in(w, &ORG_NOUN_SET)) {
        return Some((EntityType::Org, Confidence::Cue));
    }
    if right_before && before.is_some_and(|w| PRODUCT_NOUNS_BEFORE.contains(&w)) {
        return Some((EntityType::Product, Confidence::Cue));
    }
    if after.is_some_and(|w| PRODUCT_NOUN_SET.contains(w)) {
        return Some((EntityType::Product, Confidence::Cue));
    }
    // "in Veridane's guidance": the preposition places the guidance, not its owner.
    let possessive_after = sentence.possessive_after(end) > 0;
    let located = start >= 2 && word(start - 1) == "of" && lowercase_in(word(start - 2), &PLACE_NOUN_BEFORE_OF_SET);
    if located
        || after.is_some_and(|w| PLACE_NOUN_SET.contains(w))
        || before.is_some_and(|w| lowercase_in(w, &PLACE_PREPOSITION_SET)) && !possessive_after
    {
        return Some((EntityType::Place, Confidence::Cue));
    }
    let speaks =
        after.is_some_and(|w| SPEECH_VERBS.contains(&w)) || (start > 0 && SPEECH_VERBS.contains(&word(start - 1)));
    if speaks && (person_shaped || (count == 1 && vocabulary.is_surname(first))) {
        return Some((EntityType::Person, Confidence::Cue));
    }
    if person_shaped && role_in_apposition(sentence, end, vocabulary) {
        return Some((EntityType::Person, Confidence::Cue));
    }
    if person_shaped && words().all(|w| given(w) || vocabulary.is_surname(w)) {
        return Some((EntityType::Person, Confidence::Guess));
    }
    // "Almena, Kansas": a name followed by a comma and a known region or country is a place in it.
    let in_region = end + 1 < sentence.tokens.len()
        && sentence.text[sentence.tokens[end].span.end..sentence.tokens[end + 1].span.start].trim() == ","
        && longest_known(sentence, end + 1, vocabulary).is_some_and(|(_, known)| known.kind == EntityType::Place);
    if in_region {
        return Some((EntityType::Place, Confidence::Cue));
    }
    // What is left: a capitalised name of unknown kind.
    // A site's notices in title case are no names: a run of common words closing on a participle
    // ("All Rights Reserved") or holding a negation or a pronoun ("Do Not Sell My Personal Information").
    let notice = words().all(|w| vocabulary.is_common(w))
        && (last.len() > 4 && last.ends_with("ed") || words().any(|w| NOTICE_WORDS.contains(&w)));
    if notice {
        return None;
    }
    if count == 1 && vocabulary.is_common(first) {
        // A lone capitalised common word with no cue ("Maker", "Popular") is not worth a guess.
        return None;
    }
    Some((EntityType::Org, Confidence::Guess))
}

/// Negations and pronouns: words of a site's notices ("Do Not Sell My Personal Information"), not of names.
const NOTICE_WORDS: [&str; 8] = ["Not", "My", "Your", "Our", "You", "We", "Me", "Us"];

/// "J.": one capital letter and a period.
pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(letter), Some('.'), None) if letter.is_uppercase())
}

/// "Tunde Afolabi, an economist at …": a role word within a few words after a comma.
fn role_in_apposition(sentence: &Sentence<'_>, end: usize, vocabulary: &Vocabulary<'_>) -> bool {
    let Some(next) = sentence.tokens.get(end + 1) else { return false };
    let gap = &sentence.text[sentence.tokens[end].span.end..next.span.start];
    gap.trim_start().starts_with(',')
        && sentence.tokens[end + 1..].iter().take(4).any(|token| vocabulary.is_role(token.text(sentence.text)))
}

/// `word` with its first letter in capitals and the rest in lowercase ("JENNIFER" → "Jennifer").
pub(super) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
}
