//! One person written in two name orders. Korean, Chinese and Japanese write the family name first
//! ("Lee Jae-yong", "Xi Jinping", "Son Masayoshi"); outlets that write for Western readers often put it
//! last, in full or with initials ("Jae-yong Lee", "Jinping Xi", "Jay Y. Lee", "J.Y. Lee").

use super::resolve::fold_accents;

/// Do two full names, `a` and `b`, name one person, one written family name first and the other family
/// name last?
///
/// The family name must be the same word; the given names must be the same words reversed, or, when the
/// family-last form abbreviates them ("Jay Y. Lee"), open with the same letters part by part: a hyphen
/// parts a given name ("Jae-yong" opens with J and Y). Different people of one family keep apart
/// ("Lee Kun-hee" is not "Jay Y. Lee").
pub fn one_person_in_two_orders(a: &str, b: &str) -> bool {
    family_first_and_last(a, b) || family_first_and_last(b, a)
}

/// Is `family_first` the name `family_last` with its family name moved to the front?
fn family_first_and_last(family_first: &str, family_last: &str) -> bool {
    let first: Vec<&str> = family_first.split_whitespace().collect();
    let last: Vec<&str> = family_last.split_whitespace().collect();
    let (Some((family, given_after)), Some((family_at_end, given_before))) = (first.split_first(), last.split_last())
    else {
        return false;
    };
    if given_after.is_empty() || given_before.is_empty() || !same_word(family, family_at_end) {
        return false;
    }
    let reversed =
        given_after.len() == given_before.len() && given_after.iter().zip(given_before).all(|(x, y)| same_word(x, y));
    if reversed {
        return true;
    }
    // "Jay Y. Lee": an abbreviated rendering agrees on the opening letters only.
    let abbreviated = given_before.iter().any(|part| is_initials(part));
    abbreviated && opening_letters(given_after) == opening_letters(given_before)
}

/// "Y.", "J.Y.", "JY": a given name written as its initials.
fn is_initials(part: &str) -> bool {
    let letters: Vec<char> = part.chars().filter(|c| *c != '.').collect();
    let dotted = part.ends_with('.') && letters.iter().all(|c| c.is_uppercase());
    let capitals = (1..=3).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase());
    !letters.is_empty() && (dotted || capitals)
}

/// The letter each given name opens with, a hyphen or a dot starting a new one ("Jae-yong" → j, y;
/// "J.Y." and "JY" → j, y), case and accents folded.
fn opening_letters(given: &[&str]) -> Vec<char> {
    let mut letters = Vec::new();
    for part in given {
        let folded = folded(part);
        if is_initials(part) {
            letters.extend(folded.chars().filter(|c| c.is_alphabetic()));
        } else {
            letters.extend(folded.split(['-', '‐']).filter_map(|piece| piece.chars().next()));
        }
    }
    letters
}

/// A word in lowercase without its accents.
fn folded(word: &str) -> String {
    fold_accents(&word.to_lowercase())
}

/// The same word, case and accents aside.
fn same_word(a: &str, b: &str) -> bool {
    folded(a) == folded(b)
}

#[cfg(test)]
mod tests {
    use super::one_person_in_two_orders as same;

    #[test]
    fn a_name_written_family_name_last_is_the_name_written_family_name_first() {
        assert!(same("Lee Jae-yong", "Jay Y. Lee"));
        assert!(same("Jay Y. Lee", "Lee Jae-yong"));
        assert!(same("Lee Jae-yong", "Jae-yong Lee"));
        assert!(same("Lee Jae-yong", "J.Y. Lee"));
        assert!(same("Lee Jae-yong", "JY Lee"));
        assert!(same("Xi Jinping", "Jinping Xi"));
        assert!(same("Son Masayoshi", "Masayoshi Son"));
        assert!(!same("Ōtani Shōhei", "Shohei Ohtani"), "a different spelling is no reordering");
    }

    #[test]
    fn relatives_and_namesakes_stay_apart() {
        assert!(!same("Lee Kun-hee", "Jay Y. Lee"));
        assert!(!same("Lee Jae-myung", "Jay Y. Lee"));
        assert!(!same("Lee Jae-yong", "Jay Lee"), "one given name against two, none abbreviated");
        assert!(!same("Lee Jae-yong", "Lee Jae-yong"), "the same order is not a reordering");
        assert!(!same("Kim Jong-un", "Kim Jong-il"));
        assert!(!same("Lee", "Lee"));
    }
}
