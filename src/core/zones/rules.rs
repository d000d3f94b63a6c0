//! Zone rules: the boilerplate, byline and outlet patterns of `assets/zone_rules.toml` (plus the
//! user's extra boilerplate patterns), compiled once and tried cheaply: keyword scans decide which
//! patterns are worth running on a block.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

const BUILTIN_RULES: &str = include_str!("../../../assets/zone_rules.toml");

/// A compiled pattern that only applies to blocks of at most `max_chars` characters.
#[derive(Debug, Clone)]
struct Rule {
    regex: Regex,
    max_chars: usize,
    keywords: Vec<String>,
    /// The pattern starts with `^`: its keywords can only occur near the start of a block.
    anchored: bool,
}

impl Rule {
    /// Captures only after a match is known: the DFA answers "no" far faster than capture engines.
    fn captures<'t>(&self, block: &'t str, chars: usize) -> Option<regex::Captures<'t>> {
        if self.is_match(block, chars) { self.regex.captures(block) } else { None }
    }

    fn is_match(&self, block: &str, chars: usize) -> bool {
        chars <= self.max_chars && self.regex.is_match(block)
    }
}

/// An anchored rule's keyword must start within this many bytes of a block's start (room for an
/// opening bracket, dash or quote); only that much of the block is searched for such keywords.
const ANCHOR_SLACK: usize = 4;

/// The start of a block where the keywords of anchored rules may begin.
fn leading(block: &str) -> &str {
    let mut end = block.len().min(ANCHOR_SLACK + 40);
    while !block.is_char_boundary(end) {
        end -= 1;
    }
    &block[..end]
}

/// A literal scan for the keywords of anchored rules: which of them are worth trying on a block.
#[derive(Debug, Clone)]
struct KeywordIndex {
    searcher: AhoCorasick,
    /// The rule each keyword belongs to.
    rules: Vec<usize>,
}

impl KeywordIndex {
    fn new(rules: &[Rule]) -> Result<Self, RuleError> {
        let (mut words, mut owners) = (Vec::new(), Vec::new());
        for (index, rule) in rules.iter().enumerate().filter(|(_, rule)| rule.anchored) {
            for word in &rule.keywords {
                words.push(word.as_str());
                owners.push(index);
            }
        }
        // Keywords may overlap ("read", "read more") and are searched in short prefixes: a DFA walks
        // them fastest.
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .map_err(|error| RuleError::Keywords(error.to_string()))?;
        Ok(Self { searcher, rules: owners })
    }

    /// Marks the rules whose keywords occur at the start of `text`.
    fn mark(&self, text: &str, candidate: &mut [bool]) {
        for hit in self.searcher.find_overlapping_iter(text) {
            if hit.start() <= ANCHOR_SLACK {
                candidate[self.rules[hit.pattern().as_usize()]] = true;
            }
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    pattern: String,
    #[serde(default = "default_max_chars")]
    max_chars: usize,
    /// Words of which one must occur in a block for the rule to be tried (none: always tried).
    #[serde(default)]
    keywords: Vec<String>,
}

fn default_max_chars() -> usize {
    300
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    boilerplate: Vec<RuleSpec>,
    #[serde(default)]
    byline: Vec<RuleSpec>,
    #[serde(default)]
    outlet: Vec<RuleSpec>,
}

/// An error in zone rules: the file does not parse, or a pattern is not a valid regular expression.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("zone rules: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("boilerplate keywords: {0}")]
    Keywords(String),
    #[error("pattern {pattern:?} is not a valid regular expression: {source}")]
    Pattern { pattern: String, source: regex::Error },
}

/// The rules that classify blocks: boilerplate, byline and outlet patterns.
#[derive(Debug, Clone)]
pub struct ZoneRules {
    boilerplate: Vec<Rule>,
    /// Keywords of anchored rules, searched at a block's start.
    leading_keywords: KeywordIndex,
    /// Keywords of unanchored rules (lowercase), searched anywhere in a lowercased block.
    inner_keywords: AhoCorasick,
    /// The rule each inner keyword belongs to.
    inner_rules: Vec<usize>,
    /// Boilerplate rules without keywords: tried on every block.
    unguarded_rules: Vec<usize>,
    /// No boilerplate rule applies to a block longer than this.
    longest_boilerplate: usize,
    byline: Vec<Rule>,
    outlet: Vec<Rule>,
}

/// Word boundaries are matched ASCII-style: Unicode `\b` keeps the regex engine off its fast path
/// on non-ASCII text, and chrome patterns gain nothing from it.
fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(next) => {
                    out.push(c);
                    out.push(next);
                }
                None => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn compile(specs: Vec<RuleSpec>, case_insensitive: bool) -> Result<Vec<Rule>, RuleError> {
    specs
        .into_iter()
        .map(|spec| {
            let pattern = ascii_word_boundaries(&spec.pattern);
            let source = if case_insensitive { format!("(?i){pattern}") } else { pattern };
            Regex::new(&source)
                .map(|regex| Rule {
                    regex,
                    max_chars: spec.max_chars,
                    keywords: spec.keywords,
                    anchored: spec.pattern.starts_with('^'),
                })
                .map_err(|source| RuleError::Pattern { pattern: spec.pattern, source })
        })
        .collect()
}

static BUILTIN: LazyLock<ZoneRules> =
    LazyLock::new(|| ZoneRules::parse(BUILTIN_RULES).expect("the built-in zone rules are valid"));

impl ZoneRules {
    /// Parses rules in the format of `assets/zone_rules.toml`.
    pub fn parse(toml_text: &str) -> Result<Self, RuleError> {
        let file: RuleFile = toml::from_str(toml_text)?;
        Self::from_rules(compile(file.boilerplate, true)?, compile(file.byline, false)?, compile(file.outlet, false)?)
    }

    fn from_rules(boilerplate: Vec<Rule>, byline: Vec<Rule>, outlet: Vec<Rule>) -> Result<Self, RuleError> {
        let unguarded_rules = (0..boilerplate.len()).filter(|&index| boilerplate[index].keywords.is_empty()).collect();
        let leading_keywords = KeywordIndex::new(&boilerplate)?;
        let (mut inner_words, mut inner_rules) = (Vec::new(), Vec::new());
        for (index, rule) in boilerplate.iter().enumerate().filter(|(_, rule)| !rule.anchored) {
            for word in &rule.keywords {
                inner_words.push(word.to_ascii_lowercase());
                inner_rules.push(index);
            }
        }
        // Case-sensitive over a lowercased block: keeps the literal prefilter that a case-insensitive
        // automaton would lose.
        let inner_keywords = AhoCorasick::new(&inner_words).map_err(|error| RuleError::Keywords(error.to_string()))?;
        let longest_boilerplate = boilerplate.iter().map(|rule| rule.max_chars).max().unwrap_or(0);
        Ok(Self {
            boilerplate,
            leading_keywords,
            inner_keywords,
            inner_rules,
            unguarded_rules,
            longest_boilerplate,
            byline,
            outlet,
        })
    }

    /// If a byline pattern matches this block of `chars` characters: the name it names, if it does.
    pub(super) fn byline_name(&self, block: &str, chars: usize) -> Option<Option<String>> {
        let caps = self.byline.iter().find_map(|rule| rule.captures(block, chars))?;
        Some(caps.name("name").map(|m| m.as_str().trim().trim_end_matches(" and").trim_end_matches(" &").to_owned()))
    }

    /// The outlet an outlet pattern finds in this block, if any.
    pub(super) fn outlet_name(&self, block: &str, chars: usize) -> Option<String> {
        self.outlet
            .iter()
            .find_map(|rule| rule.captures(block, chars)?.name("outlet").map(|m| m.as_str().trim().to_owned()))
    }

    /// Does a boilerplate pattern match this block of `chars` characters?
    pub(super) fn is_boilerplate(&self, block: &str, chars: usize) -> bool {
        if chars > self.longest_boilerplate {
            return false;
        }
        let mut candidate = vec![false; self.boilerplate.len()];
        self.leading_keywords.mark(leading(block), &mut candidate);
        if !self.inner_rules.is_empty() {
            for hit in self.inner_keywords.find_iter(&block.to_ascii_lowercase()) {
                candidate[self.inner_rules[hit.pattern().as_usize()]] = true;
            }
        }
        for &index in &self.unguarded_rules {
            candidate[index] = true;
        }
        candidate.iter().enumerate().any(|(index, &try_it)| try_it && self.boilerplate[index].is_match(block, chars))
    }

    /// The built-in rules.
    pub fn builtin() -> &'static ZoneRules {
        &BUILTIN
    }

    /// These rules plus extra case-insensitive boilerplate patterns (from the user's config).
    pub fn with_extra_boilerplate(&self, patterns: &[String]) -> Result<Self, RuleError> {
        let extra = patterns
            .iter()
            .map(|pattern| RuleSpec { pattern: pattern.clone(), max_chars: 1000, keywords: Vec::new() })
            .collect();
        let mut boilerplate = self.boilerplate.clone();
        boilerplate.extend(compile(extra, true)?);
        Self::from_rules(boilerplate, self.byline.clone(), self.outlet.clone())
    }
}
