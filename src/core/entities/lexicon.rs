//! The lexicons shipped in `assets/lexicons/` (general world knowledge; see its README for sources),
//! compiled into the binary and turned into lookup tables once, on first use.

use super::EntityType;
use foldhash::{HashMap, HashSet};
use std::sync::LazyLock;

macro_rules! lexicon_file {
    ($name:literal) => {
        include_str!(concat!("../../../assets/lexicons/", $name))
    };
}

/// Where a cue word stands relative to the name it marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CuePosition {
    Prefix,
    Suffix,
    Both,
}

impl CuePosition {
    pub fn allows_suffix(self) -> bool {
        matches!(self, Self::Suffix | Self::Both)
    }

    pub fn allows_prefix(self) -> bool {
        matches!(self, Self::Prefix | Self::Both)
    }
}

/// A known name: its type and the canonical name it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub kind: EntityType,
    pub canonical: String,
    /// Written in capitals in the lexicon (an acronym): never matched by a capitalised word.
    pub acronym: bool,
}

/// All lexicon lookups the recognizer needs.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Known names by exact surface.
    pub names: HashMap<String, Known>,
    /// Known names by lowercased surface, for case variants ("Deepseek").
    pub names_folded: HashMap<String, Known>,
    /// First words of known names (as listed, lowercase and capitalised) → the most tokens a name starting
    /// with it has: most
    /// capitalised words start no known name, and need no lookup at all.
    pub name_heads: HashMap<String, usize>,
    pub given_names: HashSet<String>,
    pub given_names_ambiguous: HashSet<String>,
    pub surnames: HashSet<String>,
    /// Frequent English words, lowercase.
    pub common_words: HashSet<String>,
    /// Demonym → place ("Chinese" → "China").
    pub demonyms: HashMap<String, String>,
    /// Organisation head words ("Group", "Ministry"), as written.
    pub org_suffixes: HashSet<String>,
    /// Role and title words ("CEO", "chairman"), lowercase, capitalised and as listed.
    pub roles: HashSet<String>,
    pub place_cues: HashMap<String, CuePosition>,
    pub product_cues: HashMap<String, CuePosition>,
    pub event_cues: HashMap<String, CuePosition>,
}

/// A set of words from a list in the source, for lists too long to scan one by one.
pub type WordSet = HashSet<&'static str>;

pub fn word_set(words: &[&'static str]) -> WordSet {
    words.iter().copied().collect()
}

/// Calls `f` with `word` lowercased: in a buffer on the stack for short ASCII words (most words),
/// so that a lookup need not allocate.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const BUFFER: usize = 48;
    let mut buffer = [0u8; BUFFER];
    if let Some(lowered) = buffer.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        if let Ok(lowered) = std::str::from_utf8(lowered) {
            return f(lowered);
        }
    }
    f(&word.to_lowercase())
}

/// Lines of a lexicon file without comments and blank lines.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// "word" → "Word".
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Number of word tokens in a name, as the recognizer counts them.
pub fn token_count(name: &str) -> usize {
    name.split(|c: char| c.is_whitespace()).filter(|part| !part.is_empty()).count()
}

impl Lexicon {
    fn add_names(&mut self, text: &str, kind: EntityType) {
        for line in entries(text) {
            let mut forms = line.split(" | ").map(str::trim).filter(|form| !form.is_empty());
            let Some(canonical) = forms.next() else { continue };
            for form in std::iter::once(canonical).chain(forms) {
                let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
                let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
                let known = Known { kind, canonical: canonical.to_owned(), acronym };
                // Text is looked up with straight apostrophes ("Cox’s Bazar" → "Cox's Bazar").
                let form = &form.replace('’', "'");
                let tokens = token_count(form);
                let head = form.split_whitespace().next().unwrap_or(form);
                // The tokenizer leaves a possessive ending and most periods out of its tokens: "McDonald's"
                // starts at "McDonald", "Fla." at "Fla" ("N.Y." keeps its period).
                let bare = head.strip_suffix("'s").or_else(|| head.strip_suffix('.')).unwrap_or(head);
                for head in [head, bare] {
                    for key in [head.to_lowercase(), capitalised(&head.to_lowercase()), head.to_owned()] {
                        let longest = self.name_heads.entry(key).or_insert(0);
                        *longest = (*longest).max(tokens);
                    }
                }
                self.names.entry(form.to_owned()).or_insert_with(|| known.clone());
                self.names_folded.entry(form.to_lowercase()).or_insert(known);
            }
        }
    }

    fn cues(text: &str) -> HashMap<String, CuePosition> {
        entries(text)
            .map(|line| {
                let (word, position) = line.split_once('\t').unwrap_or((line, "both"));
                let position = match position.trim() {
                    "prefix" => CuePosition::Prefix,
                    "suffix" => CuePosition::Suffix,
                    _ => CuePosition::Both,
                };
                (word.trim().to_lowercase(), position)
            })
            .collect()
    }

    /// The first form of each line: the `*_ambiguous.txt` lists follow a form with the names it may stand
    /// for, and those are in the main lists.
    fn words(text: &str) -> HashSet<String> {
        entries(text).map(|line| line.split(" | ").next().unwrap_or(line).trim().to_owned()).collect()
    }

    /// Every form of each line: a name and its spellings ("Maria | María | Mária").
    fn all_forms(text: &str) -> HashSet<String> {
        entries(text).flat_map(|line| line.split(" | ")).map(|form| form.trim().to_owned()).collect()
    }

    /// Builds the tables from the lexicon files.
    fn load() -> Self {
        let mut lexicon = Self::default();
        // Order matters: the first list to name a surface gives its type. The `*_ambiguous.txt` lists of
        // places, organisations and products (names that are also common words: "Reading", "Target")
        // are deliberately not loaded: without context they cost more false names than they find.
        lexicon.add_names(lexicon_file!("places_countries.txt"), EntityType::Place);
        // Named laws are listed with the events for lack of a type of their own; they are not events.
        let events = lexicon_file!("events.txt");
        let events = events.find("# == Named laws").map_or(events, |end| &events[..end]);
        lexicon.add_names(events, EntityType::Event);
        lexicon.add_names(lexicon_file!("orgs.txt"), EntityType::Org);
        lexicon.add_names(lexicon_file!("products.txt"), EntityType::Product);
        lexicon.add_names(lexicon_file!("places_regions.txt"), EntityType::Place);
        lexicon.add_names(lexicon_file!("places_cities.txt"), EntityType::Place);
        lexicon.given_names = Self::all_forms(lexicon_file!("given_names.txt"));
        lexicon.given_names_ambiguous = Self::words(lexicon_file!("given_names_ambiguous.txt"));
        lexicon.surnames = Self::all_forms(lexicon_file!("surnames.txt"));
        lexicon.surnames.extend(Self::words(lexicon_file!("surnames_ambiguous.txt")));
        // Stored lowercase and capitalised, the two ways words are looked up, so that no lookup has to
        // allocate a lowercased copy.
        lexicon.common_words = entries(lexicon_file!("common_words.txt"))
            .flat_map(|word| [word.to_lowercase(), capitalised(word)])
            .collect();
        lexicon.demonyms = entries(lexicon_file!("demonyms.txt"))
            .filter_map(|line| {
                line.split_once('=').map(|(demonym, place)| (demonym.trim().to_owned(), place.trim().to_owned()))
            })
            .collect();
        lexicon.org_suffixes = Self::words(lexicon_file!("org_suffixes.txt"));
        lexicon.roles = Self::words(lexicon_file!("role_cues.txt"))
            .into_iter()
            // An abbreviation counts only in capitals: "DA" is a role, "da" in "Maria da Silva" is not.
            .flat_map(|role| {
                let abbreviation = role.len() > 1 && role.chars().all(|c| c.is_ascii_uppercase());
                if abbreviation { vec![role] } else { vec![role.to_lowercase(), capitalised(&role), role] }
            })
            .collect();
        lexicon.place_cues = Self::cues(lexicon_file!("place_cues.txt"));
        lexicon.product_cues = Self::cues(lexicon_file!("product_cues.txt"));
        lexicon.event_cues = Self::cues(lexicon_file!("event_cues.txt"));
        lexicon
    }

    /// The shared lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);
        &LEXICON
    }

    /// Is this word (any case) a frequent English word?
    pub fn is_common(&self, word: &str) -> bool {
        // Lowercase and capitalised forms are stored; only other spellings ("HOWEVER") need folding.
        self.common_words.contains(word)
            || (word.chars().skip(1).any(char::is_uppercase)
                && with_lowercase(word, |lower| self.common_words.contains(lower)))
            || self.is_contraction(word)
            || (word.ends_with('s') && self.is_agent_compound(word))
    }

    /// A closed compound naming whoever does something by what they do: a common word of three letters
    /// or more, then a common agent noun made from a common verb ("Chipmaker", "Dockworkers",
    /// "Bondholders", "Homeowners"). In the plural it names a group of people, which is a common word
    /// ([`Lexicon::is_common`]); in the singular it describes the name after it ("Chipmaker Nvidia").
    pub fn is_agent_compound(&self, word: &str) -> bool {
        if !word.is_ascii() || word.len() < 7 {
            return false;
        }
        let lower = word.to_ascii_lowercase();
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        // "worker" from "working", "maker" from "making": a verb the word list also has in "-ing"
        // ("water" and "corner" have none).
        let from_verb = |head: &str| {
            head.strip_suffix("er")
                .or_else(|| head.strip_suffix("or"))
                .is_some_and(|stem| self.common_words.contains(&format!("{stem}ing")))
        };
        (3..=singular.len().saturating_sub(4)).any(|cut| {
            let (modifier, head) = singular.split_at(cut);
            self.common_words.contains(modifier) && self.common_words.contains(head) && from_verb(head)
        })
    }

    /// A common word with a contracted verb or negation ("I’m", "We've", "Don’t", "They’ll"): quotes
    /// are full of them, and none is a name. A possessive ("Apple’s") is not one.
    fn is_contraction(&self, word: &str) -> bool {
        const ENDINGS: [&str; 6] = ["m", "re", "ve", "ll", "d", "t"];
        let Some((base, ending)) = word.split_once(['\'', '’']) else {
            return false;
        };
        if base.is_empty() || !ENDINGS.iter().any(|known| known.eq_ignore_ascii_case(ending)) {
            return false;
        }
        // "Can’t" and "Won’t" keep a common base; "Didn’t" and "Isn’t" do once the "n" is dropped.
        let negated = ending.eq_ignore_ascii_case("t").then(|| base.strip_suffix(['n', 'N'])).flatten();
        self.is_common(base) || negated.is_some_and(|verb| !verb.is_empty() && self.is_common(verb))
    }

    /// Is this word (lowercase, capitalised or as listed) a role or title?
    pub fn is_role(&self, word: &str) -> bool {
        let listed = |word: &str| {
            self.roles.contains(word)
                || (word.chars().skip(1).any(char::is_uppercase)
                    && with_lowercase(word, |lower| self.roles.contains(lower)))
        };
        // A role made general is a role: "Prosecutor-General", "Attorney-General", "Inspector-General".
        let general = word
            .rsplit_once(['-', '\u{2010}', '\u{2011}'])
            .filter(|(_, tail)| tail.eq_ignore_ascii_case("general"))
            .is_some_and(|(role, _)| listed(role));
        listed(word) || general
    }

    /// The most tokens a known name starting with `word` has (0: none starts with it).
    pub fn name_length_from(&self, word: &str) -> usize {
        match self.name_heads.get(word) {
            Some(&length) => length,
            None if word.chars().skip(1).any(char::is_uppercase) => {
                with_lowercase(word, |lower| self.name_heads.get(lower).copied().unwrap_or(0))
            }
            None => 0,
        }
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::Lexicon;

    #[test]
    fn an_agent_compound_is_a_common_word_and_its_verb_and_modifier_are() {
        let lexicon = Lexicon::get();
        for word in ["Chipmaker", "Dockworkers", "Bondholders", "Shipbuilders", "Automakers"] {
            assert!(lexicon.is_agent_compound(word), "{word}");
        }
        // Only the plural, a group of people, is a common word.
        assert!(lexicon.is_common("Dockworkers") && !lexicon.is_common("Chipmaker"));
        // Names whose last part is no agent noun, or whose first is no word.
        for word in ["Fairweather", "Bridgewater", "Sanders", "Westminster", "Rogers", "Waters"] {
            assert!(!lexicon.is_agent_compound(word), "{word}");
        }
    }
}
