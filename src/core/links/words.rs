//! Turning a passage into the terms the linker compares: content words stemmed (English Snowball), function
//! words and reporting verbs dropped, wording variants folded onto one term by the curated synonym table
//! (`assets/links/synonyms.toml`), and CJK runs cut into character bigrams.

use crate::core::article::Span;
use crate::core::segment::is_cjk;
use foldhash::{HashMap, HashMapExt};
use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Words that carry no fact: function words, reporting verbs and vague story words.
const STOPWORDS: &str = include_str!("../../../assets/links/stopwords.txt");

/// How the synonym table reads.
#[derive(Debug, Deserialize)]
struct SynonymFile {
    groups: Vec<Vec<String>>,
}

/// The curated synonym table, stemmed: phrases keyed by their first stem.
#[derive(Debug, Default)]
pub struct Vocabulary {
    stopwords: foldhash::HashSet<&'static str>,
    /// First stem of a phrase → (the phrase's stems, its group).
    phrases: HashMap<String, Vec<(Vec<String>, u32)>>,
    /// Groups whose first word is a stopword: hedges and quantifiers.
    hedge_groups: Vec<u32>,
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The most words [`stem`] remembers per thread before it starts afresh.
const REMEMBERED_STEMS: usize = 1 << 16;

/// Lower-cases and stems one word. A story writes the same words again and again, so each thread
/// remembers the stems it has found (up to `REMEMBERED_STEMS` words).
pub fn stem(word: &str) -> String {
    thread_local! {
        static STEMS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }
    STEMS.with_borrow_mut(|stems| {
        if let Some(found) = stems.get(word) {
            return found.clone();
        }
        let found = stem_afresh(word);
        if stems.len() >= REMEMBERED_STEMS {
            stems.clear();
        }
        stems.insert(word.to_owned(), found.clone());
        found
    })
}

fn stem_afresh(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches(['’', '\'']).trim_end_matches("’s").trim_end_matches("'s");
    stemmer().stem(lower).into_owned()
}

/// The ways a phrase of the table may be written: its words apart, or any neighbours joined by a hyphen,
/// which the text keeps as one word ("all time high" is also "all-time high"; "self driving",
/// "self-driving").
fn hyphenations(phrase: &str) -> Vec<Vec<String>> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some(first) = words.first() else { return Vec::new() };
    // The table's phrases have two to four words; past that, only the joints of the first four vary.
    let joints = (words.len() - 1).min(4);
    (0..1u32 << joints)
        .map(|hyphened| {
            let mut written = vec![(*first).to_owned()];
            for (joint, word) in words.iter().skip(1).enumerate() {
                match written.last_mut() {
                    Some(last) if hyphened & (1 << joint) != 0 => {
                        last.push('-');
                        last.push_str(word);
                    }
                    _ => written.push((*word).to_owned()),
                }
            }
            written
        })
        .collect()
}

impl Vocabulary {
    /// The vocabulary built into the binary.
    pub fn builtin() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| {
            let text = include_str!("../../../assets/links/synonyms.toml");
            // The table is part of the binary and checked by a test; a broken one only costs the variants.
            let groups = toml::from_str::<SynonymFile>(text).map(|file| file.groups).unwrap_or_default();
            Vocabulary::new(&groups)
        })
    }

    /// A vocabulary over the given synonym groups.
    pub fn new(groups: &[Vec<String>]) -> Self {
        let mut phrases: HashMap<String, Vec<(Vec<String>, u32)>> = HashMap::new();
        for (group, words) in groups.iter().enumerate() {
            for phrase in words {
                for written in hyphenations(phrase) {
                    let stems: Vec<String> = written.iter().map(|word| stem(word)).collect();
                    if let Some(first) = stems.first() {
                        phrases.entry(first.clone()).or_default().push((stems, group as u32));
                    }
                }
            }
        }
        // Longest phrase first, so "turn down" wins over "turn".
        for candidates in phrases.values_mut() {
            candidates.sort_by_key(|candidate| std::cmp::Reverse(candidate.0.len()));
        }
        let stopwords: foldhash::HashSet<&'static str> =
            STOPWORDS.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect();
        let hedge_groups = groups
            .iter()
            .enumerate()
            .filter(|(_, words)| words.first().is_some_and(|first| stopwords.contains(first.as_str())))
            .map(|(group, _)| group as u32)
            .collect();
        Vocabulary { stopwords, phrases, hedge_groups }
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// The synonym group of the phrase starting at `stems[at]`, with its length in words.
    fn phrase_at(&self, stems: &[String], at: usize) -> Option<(u32, usize)> {
        let candidates = self.phrases.get(&stems[at])?;
        candidates
            .iter()
            .find(|(phrase, _)| stems[at..].len() >= phrase.len() && stems[at..at + phrase.len()] == phrase[..])
            .map(|(phrase, group)| (*group, phrase.len()))
    }
}

/// A word of a passage, as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Word<'a> {
    pub start: usize,
    pub text: &'a str,
}

/// The words of `text` (letters and digits, with inner apostrophes, hyphens, dots and commas in numbers).
pub fn words(text: &str, offset: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let inner = matches!(c, '\'' | '’' | '-' | '.' | ',') && start.is_some() && next_is_word;
        let numeric_only = matches!(c, '.' | ',');
        let keeps = c.is_alphanumeric() && !is_cjk(c)
            || inner && (!numeric_only || text[start.unwrap_or(index)..index].bytes().all(|b| b.is_ascii_digit()));
        match (keeps, start) {
            (true, None) => start = Some(index),
            (false, Some(begin)) => {
                out.push(Word { start: offset + begin, text: &text[begin..index] });
                start = None;
            }
            _ => {}
        }
        if is_cjk(c) {
            out.push(Word { start: offset + index, text: &text[index..index + c.len_utf8()] });
        }
    }
    if let Some(begin) = start {
        out.push(Word { start: offset + begin, text: &text[begin..] });
    }
    out
}

/// Is a word a contracted function word ("didn't", "they’re", "we'll")? Its parts are stopwords
/// ("did not" carries no term), so it carries none either, however its apostrophe is written.
fn is_contraction(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    ["n't", "'re", "'ve", "'ll", "'d", "'m"].iter().any(|ending| lower.ends_with(ending))
}

/// The content terms of a run of words, each with where it is written: stems and synonym groups,
/// stopwords dropped, CJK as bigrams.
pub fn content_terms(words: &[Word<'_>], vocabulary: &Vocabulary) -> Vec<(String, Span)> {
    let stems: Vec<String> = words.iter().map(|word| stem(word.text)).collect();
    let covering =
        |from: usize, to: usize| Span { start: words[from].start, end: words[to].start + words[to].text.len() };
    let mut terms = Vec::new();
    let mut at = 0;
    while at < stems.len() {
        if let Some((group, len)) = vocabulary.phrase_at(&stems, at) {
            // A group of function words (the hedges "about", "more than") is consumed but says nothing.
            if !vocabulary.hedge_groups.contains(&group) {
                terms.push((format!("~{group}"), covering(at, at + len - 1)));
            }
            at += len;
            continue;
        }
        let word = words[at].text;
        let first = word.chars().next().unwrap_or(' ');
        if is_cjk(first) {
            if let Some(next) = words.get(at + 1).filter(|next| next.text.chars().next().is_some_and(is_cjk)) {
                terms.push((format!("{word}{}", next.text), covering(at, at + 1)));
            }
        } else if !vocabulary.is_stopword(&word.to_lowercase())
            && !is_contraction(word)
            && stems[at].chars().count() > 1
        {
            terms.push((stems[at].clone(), covering(at, at)));
        }
        at += 1;
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, vocabulary: &Vocabulary) -> Vec<String> {
        content_terms(&words(text, 0), vocabulary).into_iter().map(|(term, _)| term).collect()
    }

    #[test]
    fn every_term_knows_where_it_is_written() {
        let vocabulary = Vocabulary::new(&[vec!["reject".into(), "rule out".into()]]);
        let text = "Regulators ruled out the bid";
        let found = content_terms(&words(text, 0), &vocabulary);
        let written: Vec<&str> = found.iter().map(|(_, span)| span.of(text)).collect();
        assert_eq!(written, ["Regulators", "ruled out", "bid"]);
    }

    #[test]
    fn contractions_carry_no_term_whichever_apostrophe_they_use() {
        let vocabulary = Vocabulary::builtin();
        assert_eq!(terms("Apple didn’t respond", vocabulary), terms("Apple did not respond", vocabulary));
        assert_eq!(terms("they're sure we'll see, it hasn't", vocabulary), ["sure", "see"]);
        assert_eq!(terms("Apple's shops", vocabulary), ["appl", "shop"]);
    }

    #[test]
    fn builtin_synonym_table_parses() {
        let text = include_str!("../../../assets/links/synonyms.toml");
        let file: SynonymFile = toml::from_str(text).unwrap();
        assert!(file.groups.len() > 50);
        assert!(file.groups.iter().all(|group| group.len() > 1));
    }

    #[test]
    fn variants_fold_onto_one_term() {
        let vocabulary = Vocabulary::new(&[vec!["reject".into(), "rule out".into(), "turn down".into()]]);
        assert_eq!(terms("The bid was rejected", &vocabulary), ["bid", "~0"]);
        assert_eq!(terms("Regulators ruled out the bid", &vocabulary), ["regul", "~0", "bid"]);
        assert_eq!(terms("They turned it down", &vocabulary), ["turn", "down"]);
        assert_eq!(terms("They turned down the offer", &vocabulary), ["~0", "offer"]);
    }

    #[test]
    fn the_builtin_table_folds_common_news_paraphrases() {
        let vocabulary = Vocabulary::builtin();
        let same = |a: &str, b: &str| assert_eq!(terms(a, vocabulary), terms(b, vocabulary), "{a} / {b}");
        same("sales declined", "sales fell");
        same("Apple declined to comment", "Apple refused to comment");
        same("the two firms will cooperate", "the two firms will team up");
        same("the startup lacked staff", "the startup had insufficient staff");
        same("a vast amount of data", "a huge amount of data");
        same("Apple originally chose Baidu", "Apple initially chose Baidu");
        same("local rivals", "local competition");
        same("rain began in April", "rain started in April");
        same("a fire broke out", "a fire started");
        same("Spotify complained", "Spotify made a complaint");
        same("troops were dispatched", "troops were deployed");
        same("the river reached a record level", "the river reached an all-time high");
        // A phrase of the table matches its hyphenated spelling too.
        same("a self-driving car", "an autonomous car");
        same("a cease-fire", "a truce");
        // "declined" alone is a fall, "declined to" a refusal: the two never meet.
        assert_ne!(terms("sales declined", vocabulary)[1], terms("Apple declined to comment", vocabulary)[1]);
    }

    #[test]
    fn words_keep_numbers_and_inner_marks() {
        let found: Vec<&str> =
            words("US$14.9bn, up 11.1% — state-owned firm's 1,200 staff.", 0).into_iter().map(|w| w.text).collect();
        assert_eq!(found, ["US", "14.9bn", "up", "11.1", "state-owned", "firm's", "1,200", "staff"]);
    }

    #[test]
    fn cjk_becomes_bigrams() {
        assert_eq!(terms("苹果公司", &Vocabulary::default()), ["苹果", "果公", "公司"]);
    }
}
