//! One company under its several names: "Nordvik Energy ASA", "Nordvik Energy" and "Nordvik" in one
//! story are one company when nothing else the story names could be meant. A legal form ("ASA", "Inc.",
//! "GmbH") or a holding word ("Group", "Holding") at the end of a name is dropped when the story also
//! writes the name without it; a first word written alone is the one longer name the story gives it whose
//! other words are all company words ("Energy", "Renewables", a legal form).

use crate::core::entities::EntityType;
use foldhash::{HashMap, HashSet};

/// Legal forms and holding words, folded (lowercase, without stops), as the last word or two of a name.
const COMPANY_FORMS: [&str; 36] = [
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "spa",
    "se",
    "nv",
    "bv",
    "asa",
    "as",
    "ab",
    "oyj",
    "oy",
    "kk",
    "bhd",
    "tbk",
    "sl",
    "srl",
    "sas",
    "ltda",
    "pty ltd",
    "pvt ltd",
    "co ltd",
    "sp z oo",
    "doo",
    "sro",
    "corp",
    "holding",
    "holdings",
    "group",
];

/// A word folded for comparison with [`COMPANY_FORMS`]: lowercase without stops or commas ("N.V." → "nv").
fn folded_form(word: &str) -> String {
    word.chars().filter(|c| !matches!(c, '.' | ',')).collect()
}

/// `folded` (a folded name) without the legal form or holding word at its end, if it has one and keeps a
/// word of its own.
pub fn without_company_form(folded: &str) -> Option<&str> {
    let name = folded.trim_end();
    let spaces: Vec<usize> = name.match_indices(char::is_whitespace).map(|(at, _)| at).collect();
    for taken in [3, 2, 1] {
        let Some(&cut) = spaces.len().checked_sub(taken).and_then(|first| spaces.get(first)) else { continue };
        let tail: Vec<String> = name[cut..].split_whitespace().map(folded_form).collect();
        let rest = name[..cut].trim_end().trim_end_matches(',').trim_end();
        if COMPANY_FORMS.contains(&tail.join(" ").as_str()) && !rest.is_empty() {
            return Some(rest);
        }
    }
    None
}

/// Words of a business's name after its own ("Nordvik Energy", "Hanbit Aerospace", "Brennock
/// Laboratories"). Institutions ("Coimbra University Hospital") and outlets ("Washington Post") are left
/// out: the word before theirs is mostly a place's, written alone for the place.
const BUSINESS_WORDS: [&str; 64] = [
    "energy",
    "renewables",
    "power",
    "oil",
    "gas",
    "petroleum",
    "mining",
    "resources",
    "minerals",
    "steel",
    "chemicals",
    "motor",
    "motors",
    "automotive",
    "airlines",
    "airways",
    "aviation",
    "aerospace",
    "shipping",
    "logistics",
    "lines",
    "bank",
    "banking",
    "capital",
    "partners",
    "investments",
    "securities",
    "insurance",
    "ventures",
    "properties",
    "technologies",
    "technology",
    "tech",
    "systems",
    "software",
    "labs",
    "laboratories",
    "pharmaceuticals",
    "pharma",
    "therapeutics",
    "biologics",
    "biotech",
    "biosciences",
    "foods",
    "beverages",
    "brewing",
    "telecom",
    "communications",
    "networks",
    "electronics",
    "semiconductor",
    "robotics",
    "games",
    "studios",
    "entertainment",
    "industries",
    "cloud",
    "payments",
    "mobility",
    "wireless",
    "retail",
    "brands",
    "solar",
    "construction",
];

/// Is a folded word one that only says a name is a business's ("energy", "renewables", "asa")?
fn is_company_word(word: &str) -> bool {
    let folded = folded_form(word);
    COMPANY_FORMS.contains(&folded.as_str()) || BUSINESS_WORDS.contains(&folded.as_str())
}

/// The longer company names of a story by their first word, for names whose other words are all
/// company words: "nordvik" → {"nordvik energy", "nordvik energy asa"}.
pub struct LongerNames<'k> {
    by_first_word: HashMap<&'k str, HashSet<&'k str>>,
    /// Keys the story also gives a person, a place or anything else but a company or a value ("Coimbra").
    named_otherwise: HashSet<&'k str>,
}

impl<'k> LongerNames<'k> {
    /// From the story's folded keys, each with the type of a mention written so.
    pub fn new(typed_keys: impl Iterator<Item = (EntityType, &'k str)>) -> Self {
        let mut by_first_word: HashMap<&str, HashSet<&str>> = HashMap::default();
        let mut named_otherwise = HashSet::default();
        for (kind, key) in typed_keys {
            if kind != EntityType::Org {
                if !kind.is_value() {
                    named_otherwise.insert(key);
                }
                continue;
            }
            let mut words = key.split_whitespace();
            let Some(first) = words.next() else { continue };
            let rest: Vec<&str> = words.collect();
            if !rest.is_empty() && rest.iter().all(|word| is_company_word(word)) {
                by_first_word.entry(first).or_default().insert(key);
            }
        }
        LongerNames { by_first_word, named_otherwise }
    }

    /// Does the story also name something other than a company by `key`?
    pub fn names_otherwise(&self, key: &str) -> bool {
        self.named_otherwise.contains(key)
    }

    /// The name a one-word company name is short for: the story's one longer name of it, once the
    /// longer names are taken without their legal forms ("Nordvik Energy" and "Nordvik Energy ASA" are
    /// one). `None` when there is none, or two different ones ("Nordvik Energy", "Nordvik Bank").
    pub fn of(&self, short: &str, keys: &HashSet<&str>) -> Option<&'k str> {
        let longer = self.by_first_word.get(short)?;
        let mut bases: Vec<&str> = longer.iter().map(|name| shortest_known(name, keys)).collect();
        bases.sort_unstable();
        bases.dedup();
        match bases.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }
}

/// `folded` less every legal form and holding word at its end whose shorter name the story also uses:
/// "alibaba group holding" is "alibaba group" when the story writes that.
pub fn shortest_known<'n>(folded: &'n str, keys: &HashSet<&str>) -> &'n str {
    let mut name = folded;
    let mut shorter = folded;
    while let Some(less) = without_company_form(shorter) {
        shorter = less;
        if keys.contains(shorter) {
            name = shorter;
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_and_holding_words_come_off_the_end() {
        assert_eq!(without_company_form("nordvik energy asa"), Some("nordvik energy"));
        assert_eq!(without_company_form("harbour media ltd."), Some("harbour media"));
        assert_eq!(without_company_form("acme, inc."), Some("acme"));
        assert_eq!(without_company_form("sakuraba india pvt ltd"), Some("sakuraba india"));
        assert_eq!(without_company_form("philips n.v."), Some("philips"));
        assert_eq!(without_company_form("group"), None, "a name keeps a word of its own");
        assert_eq!(without_company_form("nordvik energy"), None);
        let keys: HashSet<&str> = ["alibaba", "alibaba group holding"].into_iter().collect();
        assert_eq!(shortest_known("alibaba group holding", &keys), "alibaba");
    }

    #[test]
    fn a_first_word_alone_is_the_one_longer_company_name() {
        let keys: HashSet<&str> =
            ["nordvik", "nordvik energy", "nordvik energy asa", "greyhaven"].into_iter().collect();
        let org = |key| (EntityType::Org, key);
        let longer = LongerNames::new(["nordvik energy", "nordvik energy asa"].into_iter().map(org));
        assert_eq!(longer.of("nordvik", &keys), Some("nordvik energy"));
        assert_eq!(longer.of("greyhaven", &keys), None);
        let longer = LongerNames::new(["nordvik energy", "nordvik bank"].into_iter().map(org));
        assert_eq!(longer.of("nordvik", &keys), None, "two companies start with the word");
        let longer = LongerNames::new([org("coimbra university hospital"), (EntityType::Place, "coimbra")].into_iter());
        assert_eq!(longer.of("coimbra", &keys), None, "an institution's place is no business");
        assert!(longer.names_otherwise("coimbra"));
    }
}
