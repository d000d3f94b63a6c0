//! Names in one sentence: known names by longest match against the lexicons, then runs of capitalised
//! tokens cleaned of what is not a name (sentence-initial common words, roles, demonyms, Title-Case
//! headline words) and typed by [`classify`](super::classify).

pub(super) mod after_known;
pub(super) mod known;
mod not_names;
mod openers;
mod runs;

use super::classify::{Context, classify, title_case};
use super::context_words::FUNCTION_OPENERS;
use super::lexicon::Lexicon;
use super::tokens::{Shape, Token, in_web_address};
use super::vocabulary::Vocabulary;
use super::{Confidence, EntityType, RawMention};
use crate::core::article::Span;
use after_known::{named_after_place, organisation_after, romance_name_after};
use known::{longest_known, lookup};
pub(super) use not_names::is_not_name;
use openers::{opens_full_name, opens_sentence_before_known, party_tag};
use runs::{absorb_version, chunk_end};

/// Lowercase words that may join capitalised tokens inside a name ("Bank of Japan", "Luiz Inácio
/// Lula da Silva").
pub(super) const CONNECTORS: &[&str] = &[
    "of", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "al", "el",
    "la", "le", "y",
];

/// A sentence (or line) to scan, with what is known of how it is written.
pub struct Sentence<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Most words capitalised (a headline or heading): capitalised common words are not names.
    pub title_case: bool,
    /// Every word in capitals (a signature line such as "JANE DOE").
    pub all_caps: bool,
    /// Its lines are items of their own (a list of headlines in site chrome), not the wrapped lines of a
    /// paragraph: a line opens like a sentence.
    pub lines_apart: bool,
    /// A byline, where "By" and "and" stand before the writers' names ("By Swathi Rangarajan and Arul
    /// Prakash") as a role word does before a person's.
    pub byline: bool,
}

impl Sentence<'_> {
    /// Does token `index` of a byline stand before a writer's name ("By", "and")?
    pub fn introduces_writer(&self, index: usize) -> bool {
        self.byline && matches!(self.word(index), "By" | "by" | "BY" | "and" | "AND" | "&")
    }

    /// The byte length of the possessive ending ("'s", "’s") right after token `index`, which the tokenizer
    /// leaves out of tokens; 0 when there is none.
    pub(super) fn possessive_after(&self, index: usize) -> usize {
        let rest = &self.text[self.tokens[index].span.end..];
        ["'s", "’s"].into_iter().find(|ending| rest.starts_with(ending)).map_or(0, str::len)
    }

    fn word(&self, index: usize) -> &str {
        self.tokens[index].text(self.text)
    }

    /// Is token `index` a role or title, as written ("Minister") or abbreviated with the period the
    /// token leaves out ("Sen.", "Gov.")?
    fn is_role(&self, index: usize, vocabulary: &Vocabulary<'_>) -> bool {
        let word = self.word(index);
        let abbreviated = self.text[self.tokens[index].span.end..].starts_with('.');
        vocabulary.is_role(word) || abbreviated && vocabulary.is_role(&format!("{word}."))
    }

    fn adjacent(&self, left: usize, right: usize) -> bool {
        let gap = &self.text[self.tokens[left].span.end..self.tokens[right].span.start];
        gap.chars().all(|c| c == ' ' || c == '\u{a0}') && !gap.is_empty()
    }

    /// Does the run `start..=end` open with an event cue and go on past it ("Hurricane Delia", "Tropical
    /// Storm Alberto")?
    pub(super) fn opens_with_event_cue(&self, start: usize, end: usize, vocabulary: &Vocabulary<'_>) -> bool {
        let mut words = [""; 3];
        let count = (end + 1 - start).min(words.len());
        for (slot, index) in words.iter_mut().zip(start..start + count) {
            *slot = self.word(index);
        }
        vocabulary.opens_with_event_cue(&words[..count])
    }

    /// Do capitalised tokens `left` and `right` stand apart by an ampersand inside a name ("Procter &
    /// Gamble", "Alvarez & Marsal")?
    fn joined_by_ampersand(&self, left: usize, right: usize) -> bool {
        let gap = &self.text[self.tokens[left].span.end..self.tokens[right].span.start];
        gap == " & " && [left, right].iter().all(|&index| self.tokens[index].shape == Shape::Capitalized)
    }

    /// Do tokens `left` and `right` stand apart by a plural possessive inside a name ("Transport
    /// Workers' Federation", "Farmers’ Union")? The word before it must be a common plural and no given
    /// name: "Texas' Governor", "Paris’ Louvre" and "Charles’ Office" are a name's possessive, not one name.
    fn plural_possessive_between(&self, left: usize, right: usize, vocabulary: &Vocabulary<'_>) -> bool {
        let gap = &self.text[self.tokens[left].span.end..self.tokens[right].span.start];
        let word = self.word(left);
        matches!(gap, "' " | "’ ")
            && word.ends_with('s')
            && vocabulary.is_common(word)
            && !vocabulary.lexicon.is_given_name(word)
    }
}

/// Does token `index` of `sentence` open the sentence or a clause set off like one ("Read more: What
/// …", "Share | Copy link", "— How …")?
fn sentence_initial(sentence: &Sentence<'_>, index: usize, segment_start: usize) -> bool {
    let from = if index == 0 { segment_start } else { sentence.tokens[index - 1].span.end };
    let gap = &sentence.text[from..sentence.tokens[index].span.start];
    (index == 0 && gap.chars().all(|c| !c.is_alphanumeric()))
        || gap.contains([':', '|', '—', '–', '“', '"', '•', '·', '(', '['])
        || sentence.lines_apart && gap.contains('\n')
}

/// Finds the names in one sentence whose tokens are not already taken (by amounts and dates), and
/// adds them to `mentions`.
pub fn find_names(
    sentence: &Sentence<'_>,
    segment_start: usize,
    taken: &[bool],
    vocabulary: &Vocabulary<'_>,
    mentions: &mut Vec<RawMention>,
) {
    let tokens = sentence.tokens;
    if sentence.all_caps {
        mentions.extend(signature_line(sentence, vocabulary.lexicon));
        return;
    }
    let mut index = 0;
    while index < tokens.len() {
        if taken[index] || !tokens[index].shape.is_name_like() || in_web_address(sentence.text, tokens[index].span) {
            index += 1;
            continue;
        }
        // Known names are trusted anywhere: names that are also common words live in the lexicons'
        // ambiguous lists, which are not used here.
        // "Rafael Tavares" is a person although "Rafael" alone names a company: a one-word known name
        // that is also a given name, right before a surname, opens the person's name.
        let known = longest_known(sentence, index, vocabulary).filter(|&(end, known)| {
            end > index
                || known.kind == EntityType::Person
                || !opens_full_name(sentence, index, vocabulary)
                || longest_known(sentence, index + 1, vocabulary).is_some()
        });
        if let Some((end, known)) = known {
            // A known name heading an organisation's name ("Han River Press", "Samsung C&T"), or a place
            // that only begins another name ("Washington Mutual"); never in a headline, where every word is
            // capitalised ("Apple Partners With …").
            let own_name = if sentence.title_case {
                None
            } else if let Some(org_end) = organisation_after(sentence, index, end, taken, vocabulary) {
                // "California Department of Financial Protection and Innovation" goes on past its head.
                Some((chunk_end(sentence, org_end, taken, vocabulary), Confidence::Cue))
            } else if known.kind == EntityType::Place {
                named_after_place(sentence, end, taken, vocabulary).map(|name_end| (name_end, Confidence::Guess))
            } else {
                None
            };
            if let Some((name_end, confidence)) = own_name {
                // "The National" is an outlet, but "The National Weather Service" is no outlet's.
                let first = if sentence.word(index) == "The" { index + 1 } else { index };
                let span = Span::new(tokens[first].span.start, tokens[name_end].span.end);
                mentions.push(RawMention { span, kind: EntityType::Org, canonical: None, confidence });
                index = name_end + 1;
                continue;
            }
            let end = absorb_version(sentence, end, known.kind, taken);
            if let Some(name_end) = romance_name_after(sentence, end, known.kind, taken, vocabulary) {
                // "Santiago de Compostela", "Serra da Lousã": a known place or body that only begins the name.
                let span = Span::new(tokens[index].span.start, tokens[name_end].span.end);
                mentions.push(RawMention { span, kind: known.kind, canonical: None, confidence: Confidence::Cue });
                index = name_end + 1;
                continue;
            }
            let possessive = known::own_possessive(sentence, end, &known.canonical);
            let span = Span::new(tokens[index].span.start, tokens[end].span.end + possessive);
            mentions.push(RawMention {
                span,
                kind: known.kind,
                canonical: Some(known.canonical.clone()),
                confidence: Confidence::Known,
            });
            index = end + 1;
            continue;
        }
        if party_tag(sentence, index) {
            index += 1;
            continue;
        }
        if sentence.word(index) == "The"
            || opens_sentence_before_known(sentence, index, segment_start, taken, vocabulary)
        {
            // Not a name's first word once no known name starts with it; a known name may start right
            // after it ("The People's Bank of China", "Since COVID-19 …").
            index += 1;
            continue;
        }
        if sentence.title_case
            && vocabulary.is_common(sentence.word(index))
            && !opens_full_name(sentence, index, vocabulary)
        {
            // Headline words ("Chose", "With", "In") are capitalised by style, not because they name.
            index += 1;
            continue;
        }
        let end = chunk_end(sentence, index, taken, vocabulary);
        clean_chunk(sentence, index, end, segment_start, vocabulary, mentions);
        index = end + 1;
    }
}

/// Verbs that open a site's call to action ("Get Tervik Wire's briefing", "Join Harbour News on …") and
/// no organisation's name, so they are dropped before a name even when it ends in an institution's word.
const CALLS_TO_ACTION: [&str; 10] =
    ["Get", "Read", "Join", "Follow", "Subscribe", "Sign", "Watch", "Listen", "Download", "Email"];

/// Turns a capitalised run into mentions (added to `mentions`): splits it at role words, drops what
/// is not a name.
fn clean_chunk(
    sentence: &Sentence<'_>,
    start: usize,
    end: usize,
    segment_start: usize,
    vocabulary: &Vocabulary<'_>,
    mentions: &mut Vec<RawMention>,
) {
    let mut part_start = start;
    let mut role_before = preceding_role(sentence, start, vocabulary);
    for index in start..=end + 1 {
        let is_role = index <= end && sentence.is_role(index, vocabulary);
        if index <= end && !is_role {
            continue;
        }
        // Common words right before a role qualify it ("Senior Tech Reporter", "Foreign Affairs Minister").
        let qualifies_role = is_role
            && (part_start..index).all(|at| vocabulary.is_common(sentence.word(at)) || sentence.word(at) == "of");
        if part_start < index && !qualifies_role {
            let context = Context { role_before, initial: sentence_initial(sentence, part_start, segment_start) };
            mentions.extend(name_part(sentence, part_start, index - 1, context, vocabulary));
        }
        role_before = is_role;
        part_start = index + 1;
    }
}

/// Is the word before token `start` a role or title ("analyst Lucas Zhong", "Mr. Lee")?
fn preceding_role(sentence: &Sentence<'_>, start: usize, vocabulary: &Vocabulary<'_>) -> bool {
    start > 0 && (sentence.is_role(start - 1, vocabulary) || sentence.introduces_writer(start - 1))
}

/// One part of a run, trimmed of leading non-name words, typed.
fn name_part(
    sentence: &Sentence<'_>,
    start: usize,
    end: usize,
    context: Context,
    vocabulary: &Vocabulary<'_>,
) -> Option<RawMention> {
    let part_start = start;
    let mut start = start;
    let word = |index: usize| sentence.word(index);
    // "The" and sentence-initial common words ("Investors", "Local") are not part of a name.
    // A run with an institution's head word after its first keeps a common first word ("National Bank
    // of Greece", "Central Bank", but not "Follow Pampa Post"); one ending in any organisation head keeps
    // a demonym ("Icelandic Meteorological Office", "Nordic Wire").
    let institution = (start + 1..=end).any(|at| vocabulary.is_org_suffix(word(at)));
    let organisation = end > start && vocabulary.is_org_head(word(end));
    // "Hurricane Delia" keeps its cue even at the start of a sentence.
    let event = sentence.opens_with_event_cue(start, end, vocabulary);
    // "Minister of Trade and Industry Kari Nygaard", "Head of Research Tom Baker": after "of" or "and", the
    // common words of a title run on up to the given name that opens the person's name.
    if start > 0 && matches!(word(start - 1), "of" | "and" | "for" | "&") {
        let given = (start + 1..end).find(|&at| vocabulary.is_given_name(word(at)));
        let title = |at: usize| vocabulary.is_common(word(at)) && !vocabulary.is_given_name(word(at));
        if let Some(given) = given.filter(|&given| (start..given).all(title)) {
            start = given;
        }
    }
    while start <= end {
        let w = word(start);
        let initial = context.initial && start == part_start;
        let leading_common = initial
            && (CALLS_TO_ACTION.contains(&w)
                || FUNCTION_OPENERS.contains(&w)
                || !institution
                    && !event
                    && vocabulary.is_common(w)
                    && !vocabulary.is_given_name(w)
                    && !opens_full_name(sentence, start, vocabulary)
                || start < end && vocabulary.lexicon.is_agent_compound(w));
        let loose_demonym = vocabulary.is_demonym(w) && !organisation;
        // A particle never opens a name ("de Madrid" after "Carlos III").
        let particle = CONNECTORS.contains(&w);
        let droppable = vocabulary.is_not_name(w) || loose_demonym || leading_common || particle || w == "The";
        if !droppable || sentence.tokens[start].shape == Shape::Number {
            break;
        }
        start += 1;
    }
    // "W.P. No. 20117", "Court Hall No. 1": the number sign belongs to the number, not to a name.
    let mut end = end;
    while end >= start
        && sentence.tokens.get(end + 1).is_some_and(|next| next.shape == Shape::Number)
        && ["No", "Nos", "Number"].contains(&word(end))
    {
        if end == start {
            return None;
        }
        end -= 1;
    }
    if start > end || sentence.tokens[start].shape == Shape::Number {
        return None;
    }
    if start == end && vocabulary.is_not_name(word(start)) {
        return None;
    }
    if start > part_start
        && let Some((known_end, known)) = longest_known(sentence, start, vocabulary)
        && known_end == end
    {
        // What is left once the words before it are dropped is a known name ("III de Madrid").
        let span = Span::new(sentence.tokens[start].span.start, sentence.tokens[end].span.end);
        return Some(RawMention {
            span,
            kind: known.kind,
            canonical: Some(known.canonical.clone()),
            confidence: Confidence::Known,
        });
    }
    // "By Swathi Rangarajan": the byline's "By" was dropped from the run; it stands before the name.
    let writer = start > part_start && sentence.introduces_writer(start - 1);
    let context =
        Context { initial: context.initial && start == part_start, role_before: context.role_before || writer };
    let (kind, confidence) = classify(sentence, start, end, context, vocabulary)?;
    let span = Span::new(sentence.tokens[start].span.start, sentence.tokens[end].span.end);
    Some(RawMention { span, kind, canonical: None, confidence })
}

/// A line in capitals ("JANE DOE", "THE DAILY WIRE"): a person when it opens with a given name, else
/// an organisation (the outlet).
fn signature_line(sentence: &Sentence<'_>, lexicon: &Lexicon) -> Option<RawMention> {
    // "CHIDINMA NWOSU, ABUJA BUREAU": the name ends at a comma.
    let before_comma =
        sentence.tokens.windows(2).position(|pair| sentence.text[pair[0].span.end..pair[1].span.start].contains(','));
    let tokens = &sentence.tokens[..before_comma.map_or(sentence.tokens.len(), |at| at + 1)];
    let (first, last) = (tokens.first()?, tokens.last()?);
    if tokens.len() > 6 {
        return None;
    }
    let span = Span::new(first.span.start, last.span.end);
    let opener = title_case(first.text(sentence.text));
    // "THE CHARMINAR POST": an article opens no one's name ("The" is also a given name).
    let article = matches!(opener.as_str(), "The" | "A" | "An");
    let kind = if tokens.len() <= 4
        && !article
        && (lexicon.is_given_name(&opener) || lexicon.given_names_ambiguous.contains(&opener))
    {
        EntityType::Person
    } else if tokens.len() == 1 {
        let known = lookup(lexicon, &opener, true)?;
        return Some(RawMention {
            span,
            kind: known.kind,
            canonical: Some(known.canonical.clone()),
            confidence: Confidence::Known,
        });
    } else {
        EntityType::Org
    };
    Some(RawMention { span, kind, canonical: None, confidence: Confidence::Cue })
}
