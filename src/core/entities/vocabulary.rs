//! What the lexicons say about the words of one story, looked up once per distinct word.
//!
//! Recognizing names asks many questions of each capitalised word (a common word? a role? a given
//! name? the head of a known name?), and a story repeats its words: the same names and function
//! words in every article. The lexicon tables are large, so each lookup tends to miss the CPU
//! caches; the answers for the story's own few thousand words are kept in a small table instead.

use super::classify::{cue_at, is_org_head};
use super::lexicon::Lexicon;
use super::names::is_not_name;
use foldhash::HashMap;
use std::cell::RefCell;

/// A yes-or-no question about a word, answered by [`Vocabulary::fact`].
#[derive(Debug, Clone, Copy)]
enum Fact {
    Common,
    Role,
    GivenName,
    /// A given name, from the main or the ambiguous list.
    AnyGivenName,
    Surname,
    Demonym,
    OrgSuffix,
    OrgHead,
    NotName,
    EventSuffix,
    EventPrefix,
    PlaceSuffix,
    PlacePrefix,
    ProductSuffix,
}

/// The answers known so far about one word.
#[derive(Debug, Clone, Copy, Default)]
struct Facts {
    /// A bit per [`Fact`] already looked up.
    known: u16,
    /// A bit per [`Fact`] that holds.
    holds: u16,
    /// The most tokens a known name starting with the word has, once looked up.
    name_length: Option<usize>,
}

/// The lexicon, with a cache of its answers about the words of a story.
#[derive(Debug)]
pub struct Vocabulary<'l> {
    pub lexicon: &'l Lexicon,
    facts: RefCell<HashMap<Box<str>, Facts>>,
}

impl<'l> Vocabulary<'l> {
    pub fn new(lexicon: &'l Lexicon) -> Self {
        Self { lexicon, facts: RefCell::new(HashMap::default()) }
    }

    /// Calls `f` with the cached facts about `word`, adding an entry for a word not seen yet.
    fn with_facts<R>(&self, word: &str, f: impl FnOnce(&mut Facts) -> R) -> R {
        let mut table = self.facts.borrow_mut();
        if let Some(facts) = table.get_mut(word) {
            return f(facts);
        }
        f(table.entry(word.into()).or_default())
    }

    fn fact(&self, word: &str, fact: Fact) -> bool {
        let bit = 1u16 << fact as u16;
        let known = self.with_facts(word, |facts| (facts.known & bit != 0).then_some(facts.holds & bit != 0));
        if let Some(holds) = known {
            return holds;
        }
        let holds = self.look_up(word, fact);
        self.with_facts(word, |facts| {
            facts.known |= bit;
            if holds {
                facts.holds |= bit;
            }
        });
        holds
    }

    fn look_up(&self, word: &str, fact: Fact) -> bool {
        let lexicon = self.lexicon;
        match fact {
            Fact::Common => lexicon.is_common(word),
            Fact::Role => lexicon.is_role(word),
            Fact::GivenName => lexicon.is_given_name(word),
            Fact::AnyGivenName => lexicon.is_given_name(word) || lexicon.given_names_ambiguous.contains(word),
            Fact::Surname => lexicon.surnames.contains(word),
            Fact::Demonym => lexicon.demonyms.contains_key(word),
            Fact::OrgSuffix => lexicon.org_suffixes.contains(word),
            Fact::OrgHead => is_org_head(word, lexicon),
            Fact::NotName => is_not_name(word),
            Fact::EventSuffix => cue_at(&lexicon.event_cues, word, true),
            Fact::EventPrefix => cue_at(&lexicon.event_cues, word, false),
            Fact::PlaceSuffix => cue_at(&lexicon.place_cues, word, true),
            Fact::PlacePrefix => cue_at(&lexicon.place_cues, word, false),
            Fact::ProductSuffix => cue_at(&lexicon.product_cues, word, true),
        }
    }

    /// The most tokens a known name starting with `word` has (0: none starts with it).
    pub fn name_length_from(&self, word: &str) -> usize {
        if let Some(length) = self.with_facts(word, |facts| facts.name_length) {
            return length;
        }
        let length = self.lexicon.name_length_from(word);
        self.with_facts(word, |facts| facts.name_length = Some(length));
        length
    }

    pub fn is_common(&self, word: &str) -> bool {
        self.fact(word, Fact::Common)
    }

    pub fn is_role(&self, word: &str) -> bool {
        self.fact(word, Fact::Role)
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.fact(word, Fact::GivenName)
    }

    /// Is `word` a given name of the main or the ambiguous list?
    pub fn is_any_given_name(&self, word: &str) -> bool {
        self.fact(word, Fact::AnyGivenName)
    }

    pub fn is_surname(&self, word: &str) -> bool {
        self.fact(word, Fact::Surname)
    }

    pub fn is_demonym(&self, word: &str) -> bool {
        self.fact(word, Fact::Demonym)
    }

    /// Is `word` an organisation suffix of the lexicon ("Group", "Ministry")?
    pub fn is_org_suffix(&self, word: &str) -> bool {
        self.fact(word, Fact::OrgSuffix)
    }

    /// Does `word` head an organisation's name (a suffix or an outlet's head word)?
    pub fn is_org_head(&self, word: &str) -> bool {
        self.fact(word, Fact::OrgHead)
    }

    pub fn is_not_name(&self, word: &str) -> bool {
        self.fact(word, Fact::NotName)
    }

    /// Is `word` (any case) an event cue that may end a name?
    pub fn is_event_suffix(&self, word: &str) -> bool {
        self.fact(word, Fact::EventSuffix)
    }

    /// Does the name made of `words` open with an event cue and go on past it ("Hurricane Delia",
    /// "Tropical Storm Alberto", "Siege of Mariupol")?
    pub fn opens_with_event_cue(&self, words: &[&str]) -> bool {
        match words {
            [first, _, ..] if self.fact(first, Fact::EventPrefix) => true,
            [first, second, _, ..] => cue_at(&self.lexicon.event_cues, &format!("{first} {second}"), false),
            _ => false,
        }
    }

    /// Is `word` (any case) a place cue that may end a name?
    pub fn is_place_suffix(&self, word: &str) -> bool {
        self.fact(word, Fact::PlaceSuffix)
    }

    /// Is `word` (any case) a place cue that may open a name?
    pub fn is_place_prefix(&self, word: &str) -> bool {
        self.fact(word, Fact::PlacePrefix)
    }

    /// Is `word` (any case) a product cue that may end a name?
    pub fn is_product_suffix(&self, word: &str) -> bool {
        self.fact(word, Fact::ProductSuffix)
    }
}
