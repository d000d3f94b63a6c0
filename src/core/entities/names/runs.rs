//! How far a capitalised run goes: through "of", "for" or "on" after an institution's head word
//! ("Bank of Japan", "Agency for International Development"), a second field joined by "and", an
//! ampersand ("Procter & Gamble"), name particles, and a product's version ("Qwen 2.5-Max").

use super::{CONNECTORS, Sentence, known};
use crate::core::entities::EntityType;
use crate::core::entities::classify::is_initial;
use crate::core::entities::tokens::Shape;
use crate::core::entities::vocabulary::Vocabulary;

/// A match score ("2-1", "3–0"): it follows a team's name ("beat Jadran 2-1") and is no version of it.
fn is_score(word: &str) -> bool {
    word.split_once(['-', '–']).is_some_and(|(home, away)| {
        [home, away].iter().all(|side| (1..=2).contains(&side.len()) && side.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Product names go on with a version or a model tail: "Grok 3", "Qwen 2.5-Max", "Mate 60 Pro".
pub(super) fn absorb_version(sentence: &Sentence<'_>, end: usize, kind: EntityType, taken: &[bool]) -> usize {
    const TAILS: &[&str] = &["Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "SE", "Air", "Turbo", "Flash"];
    if kind != EntityType::Product {
        return end;
    }
    let mut end = end;
    while end + 1 < sentence.tokens.len() && sentence.adjacent(end, end + 1) && !taken[end + 1] {
        let next = sentence.tokens[end + 1];
        let word = next.text(sentence.text);
        let version = next.shape == Shape::Number || (word.len() <= 4 && word.chars().any(|c| c.is_ascii_digit()));
        if !(version || TAILS.contains(&word)) || is_score(word) {
            break;
        }
        end += 1;
    }
    end
}

/// The last token of the capitalised run that starts at `start`.
pub(super) fn chunk_end(sentence: &Sentence<'_>, start: usize, taken: &[bool], vocabulary: &Vocabulary<'_>) -> usize {
    let tokens = sentence.tokens;
    let word_at = |index: usize| tokens[index].text(sentence.text);
    let mut end = start;
    // Past "of" after an institution's head word, the run names what the institution is of: common words
    // belong to it ("Department of Financial Protection"), and so does a second field after "and"
    // ("… Protection and Innovation"), unless that is a name of its own.
    let mut institution_of = false;
    while end + 1 < tokens.len()
        && (sentence.adjacent(end, end + 1)
            || sentence.plural_possessive_between(end, end + 1, vocabulary)
            || sentence.joined_by_ampersand(end, end + 1))
        && !taken[end + 1]
    {
        let next = tokens[end + 1];
        let word = next.text(sentence.text);
        let continues = end + 2 < tokens.len()
            && sentence.adjacent(end + 1, end + 2)
            && tokens[end + 2].shape.is_name_like()
            && !taken[end + 2];
        // In a headline a common word ends the name, unless a middle initial stands before it ("Jay Y. Lee")
        // or it is a surname after a given name ("By Hannah Smith").
        let headline_word = sentence.title_case
            && vocabulary.is_common(word)
            && !is_initial(word_at(end))
            && !(vocabulary.is_any_given_name(word_at(end)) && vocabulary.is_surname(word));
        if next.shape.is_name_like() && !headline_word {
            end += 1;
        } else if (next.shape == Shape::Number || (word.chars().any(|c| c.is_ascii_digit()) && word.len() <= 5))
            && !is_score(word)
        {
            // A version number continues a name ("Lamar 3.1"), never starts one.
            end += 1;
        } else if word == "of" && vocabulary.is_org_head(word_at(end)) && continues && !sentence.title_case {
            institution_of = true;
            end += 2;
        } else if matches!(word, "for" | "on")
            && vocabulary.is_org_head(word_at(end))
            && continues
            && !sentence.title_case
            && what_an_institution_is_for(sentence, end + 2, vocabulary)
        {
            // "Agency for International Development", "Panel on Climate Change".
            institution_of = true;
            end += 2;
        } else if word == "and"
            && continues
            && !sentence.title_case
            && fields_before_institution(sentence, start, end, vocabulary)
        {
            // "the Disaster and Emergency Management Authority", "the Food and Drug Administration".
            end += 2;
        } else if word == "and"
            && institution_of
            && continues
            && !vocabulary.is_any_given_name(word_at(end + 2))
            && known::longest_known(sentence, end + 2, vocabulary).is_none()
        {
            institution_of = false;
            end += 2;
        } else if CONNECTORS.contains(&word)
            && (word != "of" || is_place_head(word_at(end), vocabulary))
            && continues
            && (!vocabulary.is_common(word_at(end + 2)) || word != "of" && vocabulary.is_any_given_name(word_at(end)))
        {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// Does token `index`, after an institution's head word and "for" or "on", name what the institution is
/// for ("Office for National Statistics")? A common word that no known name starts with: "the
/// Commission for Apple" and "the Ministry on Monday" are no such names.
fn what_an_institution_is_for(sentence: &Sentence<'_>, index: usize, vocabulary: &Vocabulary<'_>) -> bool {
    let word = sentence.word(index);
    vocabulary.is_common(word)
        && !vocabulary.is_not_name(word)
        && known::longest_known(sentence, index, vocabulary).is_none()
}

/// Is the run `start..=end` a field of an institution named after "and" ("Disaster" in "the Disaster and
/// Emergency Management Authority")? Its words are common ones, and the run after "and" ends in an
/// institution's head word ("Authority", "Administration"); "Apple and Alibaba Group" are two names.
fn fields_before_institution(sentence: &Sentence<'_>, start: usize, end: usize, vocabulary: &Vocabulary<'_>) -> bool {
    let tokens = sentence.tokens;
    if !(start..=end).all(|index| vocabulary.is_common(sentence.word(index))) {
        return false;
    }
    let mut last = end + 2;
    while last + 1 < tokens.len() && sentence.adjacent(last, last + 1) && tokens[last + 1].shape.is_name_like() {
        last += 1;
    }
    last > end + 2 && vocabulary.is_org_suffix(sentence.word(last))
}

/// A word that heads a place name before "of" ("City of", "Gulf of", "Republic of").
fn is_place_head(word: &str, vocabulary: &Vocabulary<'_>) -> bool {
    vocabulary.is_place_prefix(word) || word == "Republic"
}
