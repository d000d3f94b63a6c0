//! Keyword scans that decide which boilerplate rules are worth running on a block: the keywords of
//! anchored rules are looked up where the block starts; those of the other rules are found in one
//! pass over the whole text, and only the blocks in which that pass finds one are searched on their own.

use super::RuleError;
use crate::core::article::Span;
use aho_corasick::AhoCorasick;
use aho_corasick::packed;
use foldhash::HashMap;

/// An anchored rule's keyword must start within this many bytes of a block's start (room for an
/// opening bracket, dash or quote); only that much of the block is searched for such keywords.
pub const ANCHOR_SLACK: usize = 4;

/// The start of a block where the keywords of anchored rules may begin.
pub fn leading(block: &str) -> &str {
    let mut end = block.len().min(ANCHOR_SLACK + 40);
    while !block.is_char_boundary(end) {
        end -= 1;
    }
    &block[..end]
}

/// A keyword (as listed; compared in any ASCII case) and the rule it belongs to.
type Keyword = (Box<[u8]>, usize);

/// The first two bytes of a keyword or text, ASCII-lowercased, as a number.
fn prefix_key(first: u8, second: u8) -> u16 {
    u16::from_be_bytes([first.to_ascii_lowercase(), second.to_ascii_lowercase()])
}

/// The keywords of anchored rules, by their first two bytes: the few that can start at a given
/// offset are compared there directly.
#[derive(Debug, Clone)]
pub struct LeadingKeywords {
    /// A bit for each two-byte prefix some keyword starts with: most offsets are ruled out by it.
    prefixes: Box<[u64]>,
    /// Keywords of two bytes or more, by their prefix.
    by_prefix: HashMap<u16, Vec<Keyword>>,
    /// Keywords shorter than two bytes.
    short: Vec<Keyword>,
}

impl LeadingKeywords {
    pub fn new<'k>(keywords: impl IntoIterator<Item = (&'k str, usize)>) -> Self {
        let mut index = Self { prefixes: vec![0; 1 << 10].into(), by_prefix: HashMap::default(), short: Vec::new() };
        for (word, rule) in keywords {
            let bytes: Box<[u8]> = word.as_bytes().into();
            match *bytes {
                [first, second, ..] => {
                    let key = prefix_key(first, second);
                    index.prefixes[usize::from(key >> 6)] |= 1 << (key & 63);
                    index.by_prefix.entry(key).or_default().push((bytes, rule));
                }
                _ => index.short.push((bytes, rule)),
            }
        }
        index
    }

    /// Calls `found` with the rule of every keyword that occurs (in any ASCII case) in `text`
    /// starting within [`ANCHOR_SLACK`] bytes of its start.
    pub fn at_start(&self, text: &str, mut found: impl FnMut(usize)) {
        let bytes = text.as_bytes();
        let occurs_at = |start: usize, word: &[u8]| {
            bytes.get(start..start + word.len()).is_some_and(|there| there.eq_ignore_ascii_case(word))
        };
        for start in 0..=ANCHOR_SLACK.min(bytes.len()) {
            for (word, rule) in &self.short {
                if occurs_at(start, word) {
                    found(*rule);
                }
            }
            let Some(&[first, second]) = bytes.get(start..start + 2) else { continue };
            let key = prefix_key(first, second);
            if self.prefixes[usize::from(key >> 6)] & (1 << (key & 63)) == 0 {
                continue;
            }
            let Some(words) = self.by_prefix.get(&key) else { continue };
            for (word, rule) in words {
                if occurs_at(start, word) {
                    found(*rule);
                }
            }
        }
    }
}

/// The keywords of unanchored rules, which may occur anywhere in a block.
#[derive(Debug, Clone)]
pub struct InnerKeywords {
    /// The keywords (lowercase) for a block's own search, over the block lowercased.
    searcher: AhoCorasick,
    /// The same keywords for one fast pass over a whole lowercased text (when the CPU allows it).
    whole_text: Option<packed::Searcher>,
    /// The rule each keyword belongs to.
    rules: Vec<usize>,
}

/// What one pass of [`InnerKeywords::scan`] finds in a whole text.
#[derive(Debug, Clone)]
pub struct TextScan<'t> {
    text: &'t str,
    /// The text ASCII-lowercased (same byte offsets); empty when there are no keywords to search.
    lowered: String,
    /// The non-overlapping keyword matches of the whole text, in text order; `None` when the pass
    /// could not be made, and every block is searched.
    matches: Option<Vec<(usize, usize)>>,
}

impl<'t> TextScan<'t> {
    /// The block at `span` of the text.
    pub fn block(&self, span: Span) -> &'t str {
        span.of(self.text)
    }

    /// Can a keyword occur inside `span`? A keyword the whole-text pass skipped overlaps a match it
    /// reported, so a block that no reported match touches has no keyword in it.
    fn may_have_keyword(&self, span: Span) -> bool {
        let Some(matches) = &self.matches else { return true };
        let first = matches.partition_point(|&(_, end)| end < span.start);
        matches.get(first).is_some_and(|&(start, _)| start <= span.end)
    }
}

impl InnerKeywords {
    /// Indexes lowercase keywords and their rules.
    pub fn new(keywords: Vec<(String, usize)>) -> Result<Self, RuleError> {
        let (words, rules): (Vec<String>, Vec<usize>) = keywords.into_iter().unzip();
        // Case-sensitive over a lowercased text: keeps the literal prefilter that a case-insensitive
        // automaton would lose.
        let searcher = AhoCorasick::new(&words).map_err(|error| RuleError::Keywords(error.to_string()))?;
        let whole_text = if words.iter().any(String::is_empty) {
            None
        } else {
            packed::Config::new().builder().extend(&words).build()
        };
        Ok(Self { searcher, whole_text, rules })
    }

    /// Makes the whole-text pass over `text`.
    pub fn scan<'t>(&self, text: &'t str) -> TextScan<'t> {
        if self.rules.is_empty() {
            return TextScan { text, lowered: String::new(), matches: Some(Vec::new()) };
        }
        let lowered = text.to_ascii_lowercase();
        let matches =
            self.whole_text.as_ref().map(|pass| pass.find_iter(&lowered).map(|hit| (hit.start(), hit.end())).collect());
        TextScan { text, lowered, matches }
    }

    /// Calls `found` with the rule of every keyword match in the block at `span`. Matches may overlap:
    /// two rules may share a keyword ("reuters"), and one keyword may hold another ("photo", "ap").
    pub fn in_block(&self, scan: &TextScan<'_>, span: Span, mut found: impl FnMut(usize)) {
        if !self.rules.is_empty() && scan.may_have_keyword(span) {
            for hit in self.searcher.find_overlapping_iter(span.of(&scan.lowered)) {
                found(self.rules[hit.pattern().as_usize()]);
            }
        }
    }
}
