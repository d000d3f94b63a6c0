//! Names listed together are things of one kind: in "the districts of Nalgonda, Suryapet and Khammam" the
//! cue that makes Nalgonda a place makes the two unknown names after it places too.

use super::{Confidence, EntityType, RawMention};

/// What may stand between two names of one list.
const LIST_SEPARATORS: [&str; 6] = [", ", " and ", ", and ", " or ", ", or ", " & "];

/// Gives the names of each list (mentions in text order, apart only by commas and "and"/"or") that are
/// only guessed the type of a place the list names on a cue.
pub fn share_place_in_lists(text: &str, mentions: &mut [RawMention]) {
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start;
        while end + 1 < mentions.len() && listed_together(text, &mentions[end], &mentions[end + 1]) {
            end += 1;
        }
        let list = &mut mentions[start..=end];
        let names_a_place = list.iter().any(|m| m.kind == EntityType::Place && m.confidence >= Confidence::Cue);
        if list.len() > 1 && names_a_place {
            for mention in list.iter_mut().filter(|m| m.confidence == Confidence::Guess && !m.kind.is_value()) {
                mention.kind = EntityType::Place;
                mention.confidence = Confidence::Cue;
            }
        }
        start = end + 1;
    }
}

fn listed_together(text: &str, first: &RawMention, next: &RawMention) -> bool {
    !first.kind.is_value()
        && !next.kind.is_value()
        && text.get(first.span.end..next.span.start).is_some_and(|between| LIST_SEPARATORS.contains(&between))
}
