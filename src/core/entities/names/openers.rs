//! Whether a name starts at a capitalised token: not at a sentence's opening word right before a known
//! name ("Since COVID-19 …") nor at a politician's party tag ("(R-Fla.)"); at a given name before a
//! surname even in a headline, where common words are otherwise skipped ("Reporting by Maria Okafor").

use super::known::longest_known;
use super::runs::chunk_end;
use super::{Sentence, sentence_initial};
use crate::core::entities::tokens::Shape;
use crate::core::entities::vocabulary::Vocabulary;

/// Is token `index` a common word opening the sentence ("Since", "After") right before a known name, in a
/// run that is no institution's name ("National Bank of Greece" keeps its first word)?
pub(super) fn opens_sentence_before_known(
    sentence: &Sentence<'_>,
    index: usize,
    segment_start: usize,
    taken: &[bool],
    vocabulary: &Vocabulary<'_>,
) -> bool {
    let word = sentence.word(index);
    let next = index + 1;
    next < sentence.tokens.len()
        && !taken[next]
        && sentence.adjacent(index, next)
        && vocabulary.is_common(word)
        && !vocabulary.is_given_name(word)
        && sentence_initial(sentence, index, segment_start)
        && longest_known(sentence, next, vocabulary).is_some()
        && !(next..=chunk_end(sentence, index, taken, vocabulary)).any(|at| vocabulary.is_org_suffix(sentence.word(at)))
}

/// Is token `index` a given name right before a capitalised word that is no common word ("Reporting by
/// Maria Okafor", "Mark Zuckerberg Says …")? In a headline it opens a name however common it is.
pub(super) fn opens_full_name(sentence: &Sentence<'_>, index: usize, vocabulary: &Vocabulary<'_>) -> bool {
    let next = index + 1;
    vocabulary.is_any_given_name(sentence.word(index))
        && next < sentence.tokens.len()
        && sentence.adjacent(index, next)
        && sentence.tokens[next].shape == Shape::Capitalized
        && !vocabulary.is_common(sentence.word(next))
}

/// Is token `index` a US politician's party and state in parentheses ("(R-Fla.)", "(D-N.Y.)")? It is
/// no name of its own.
pub(super) fn party_tag(sentence: &Sentence<'_>, index: usize) -> bool {
    let token = sentence.tokens[index];
    let word = sentence.word(index);
    let tag = word.strip_prefix(['R', 'D', 'I']).and_then(|rest| rest.strip_prefix('-'));
    sentence.text[..token.span.start].ends_with('(')
        && tag.is_some_and(|state| {
            state.starts_with(char::is_uppercase) && state.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}
