//! What follows a known name: the organisation it heads ("Seoul Central District Court"), a name of its
//! own that a place merely begins ("Washington Mutual", "Texas Instruments"), or the rest of a name it
//! opens through a Romance particle ("Santiago de Compostela").

use super::Sentence;
use super::runs::chunk_end;
use crate::core::entities::EntityType;
use crate::core::entities::tokens::Shape;
use crate::core::entities::vocabulary::Vocabulary;

/// If the known name ending at `end` is followed by capitalised words that end in an organisation's head
/// word ("Seoul Central District Court", "Pacific Rim Times") or by a code like "C&T", the last token of
/// that organisation's name.
pub(super) fn organisation_after(
    sentence: &Sentence<'_>,
    start: usize,
    end: usize,
    taken: &[bool],
    vocabulary: &Vocabulary<'_>,
) -> Option<usize> {
    let mut last = end;
    let mut found = None;
    while last + 1 < sentence.tokens.len() && sentence.adjacent(last, last + 1) && !taken[last + 1] && last - start < 6
    {
        let next = sentence.tokens[last + 1];
        let word = next.text(sentence.text);
        if !next.shape.is_name_like() || vocabulary.is_not_name(word) || vocabulary.is_role(word) {
            break;
        }
        last += 1;
        if vocabulary.is_org_head(word) || (word.contains('&') && next.shape == Shape::AllCaps) {
            found = Some(last);
        }
    }
    found
}

/// If the known place ending at `end` is followed by one more capitalised word that ends the run and is
/// no place, event, role, surname or known name of its own, the last token of the name the two make: a
/// company or title named after a place ("Washington Mutual", "China Mobile", "India Today").
pub(super) fn named_after_place(
    sentence: &Sentence<'_>,
    end: usize,
    taken: &[bool],
    vocabulary: &Vocabulary<'_>,
) -> Option<usize> {
    let tokens = sentence.tokens;
    let next = *tokens.get(end + 1)?;
    if !sentence.adjacent(end, end + 1) || taken[end + 1] || next.shape != Shape::Capitalized {
        return None;
    }
    let word = next.text(sentence.text);
    // "Texas Gov. Greg Abbott": a short word with a stop is a title's abbreviation.
    let abbreviation = word.len() <= 4 && sentence.text[next.span.end..].starts_with('.');
    let describes_the_place = abbreviation
        || vocabulary.is_place_suffix(word)
        || vocabulary.is_place_prefix(word)
        || vocabulary.is_event_suffix(word)
        || vocabulary.is_role(word)
        || vocabulary.is_not_name(word)
        // "Jordan Peterson", "Paris Hilton": a place's name is also a given name.
        || vocabulary.is_surname(word);
    if describes_the_place || super::known::longest_known(sentence, end + 1, vocabulary).is_some() {
        return None;
    }
    let run_goes_on =
        tokens.get(end + 2).is_some_and(|after| sentence.adjacent(end + 1, end + 2) && after.shape.is_name_like());
    (!run_goes_on).then_some(end + 1)
}

/// Particles that join the parts of a Spanish, Portuguese, Italian or French name ("Santiago de
/// Compostela", "Serra da Lousã", "Universidad Carlos III de Madrid"); not "do", an English verb too ("will
/// China do Apple's bidding").
const ROMANCE_PARTICLES: [&str; 8] = ["de", "da", "dos", "das", "del", "della", "di", "du"];

/// The end of a name that goes on past a known place or organisation ending at `end` through a
/// particle and a capitalised word that is no common one ("Santiago" + "de Compostela"), if any.
pub(super) fn romance_name_after(
    sentence: &Sentence<'_>,
    end: usize,
    kind: EntityType,
    taken: &[bool],
    vocabulary: &Vocabulary<'_>,
) -> Option<usize> {
    let next = end + 2;
    let goes_on = matches!(kind, EntityType::Place | EntityType::Org)
        && next < sentence.tokens.len()
        && ROMANCE_PARTICLES.contains(&sentence.word(end + 1))
        && sentence.adjacent(end, end + 1)
        && sentence.adjacent(end + 1, next)
        && !taken[next]
        && sentence.tokens[next].shape.is_name_like()
        && !vocabulary.is_common(sentence.word(next));
    goes_on.then(|| chunk_end(sentence, next, taken, vocabulary))
}
