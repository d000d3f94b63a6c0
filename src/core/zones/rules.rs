//! Zone rules: the boilerplate, byline and outlet patterns of `assets/zone_rules.toml` (plus the
//! user's extra boilerplate patterns), compiled once and tried cheaply: keyword scans decide which
//! patterns are worth running on a block.

mod keywords;

pub use keywords::TextScan;

use crate::core::article::Span;
use crate::core::dates::month_number;
use keywords::{InnerKeywords, LeadingKeywords, leading};
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
    fn is_match(&self, block: &str, chars: usize) -> bool {
        chars <= self.max_chars && self.regex.is_match(block)
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
    /// Keywords of anchored rules, looked up at a block's start.
    leading_keywords: LeadingKeywords,
    /// Keywords of unanchored rules, searched anywhere in a text.
    inner_keywords: InnerKeywords,
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

/// Legal forms that end a publisher's company name ("© 2025 Harbour Media Ltd."): the outlet is named
/// without them.
const LEGAL_FORMS: [&str; 24] = [
    " Pvt. Ltd.",
    " Pvt Ltd",
    " Ltd.",
    " Ltd",
    " Limited",
    " Inc.",
    " Inc",
    " LLC",
    " LLP",
    " plc",
    " GmbH",
    " AG",
    " S.A.",
    " SA",
    " S.p.A.",
    " d.o.o.",
    " d.d.",
    " s.r.o.",
    " Sp. z o.o.",
    " N.V.",
    " B.V.",
    " S.L.",
    " Pty Ltd",
    " Corp.",
];

/// `name` without a legal form at its end ("Pharma Dispatch Ltd" → "Pharma Dispatch").
fn without_legal_form(name: &str) -> &str {
    // A copyright line's name may have lost the last stop of its form ("Adriatic Sport d.o.o").
    let form_of = |form: &str| name.strip_suffix(form).or_else(|| name.strip_suffix(form.trim_end_matches('.')));
    LEGAL_FORMS.iter().find_map(|form| form_of(form)).map_or(name, |short| short.trim_end_matches(','))
}

impl ZoneRules {
    /// Parses rules in the format of `assets/zone_rules.toml`.
    pub fn parse(toml_text: &str) -> Result<Self, RuleError> {
        let file: RuleFile = toml::from_str(toml_text)?;
        Self::from_rules(compile(file.boilerplate, true)?, compile(file.byline, false)?, compile(file.outlet, false)?)
    }

    fn from_rules(boilerplate: Vec<Rule>, byline: Vec<Rule>, outlet: Vec<Rule>) -> Result<Self, RuleError> {
        let unguarded_rules = (0..boilerplate.len()).filter(|&index| boilerplate[index].keywords.is_empty()).collect();
        let keywords = |anchored: bool| {
            boilerplate
                .iter()
                .enumerate()
                .filter(move |(_, rule)| rule.anchored == anchored)
                .flat_map(|(index, rule)| rule.keywords.iter().map(move |word| (word.as_str(), index)))
        };
        let leading_keywords = LeadingKeywords::new(keywords(true));
        let inner_keywords =
            InnerKeywords::new(keywords(false).map(|(word, index)| (word.to_ascii_lowercase(), index)).collect())?;
        let longest_boilerplate = boilerplate.iter().map(|rule| rule.max_chars).max().unwrap_or(0);
        Ok(Self { boilerplate, leading_keywords, inner_keywords, unguarded_rules, longest_boilerplate, byline, outlet })
    }

    /// Scans a whole text once for what [`Self::is_boilerplate`] asks about its blocks.
    pub(super) fn scan_text<'t>(&self, text: &'t str) -> TextScan<'t> {
        self.inner_keywords.scan(text)
    }

    /// If a byline pattern matches this block of `chars` characters: the name it names, if it does and
    /// `want_name` asks for it. A "By …" pattern that stops at the name only matches if the name reads as a
    /// writer's (see [`names_someone`]).
    pub(super) fn byline_name(&self, block: &str, chars: usize, want_name: bool) -> Option<Option<String>> {
        self.byline.iter().filter(|rule| rule.is_match(block, chars)).find_map(|rule| {
            // Sign-off patterns name no one.
            if !rule.regex.capture_names().any(|name| name == Some("name")) {
                return Some(None);
            }
            let caps = rule.regex.captures(block)?;
            let name = caps.name("name")?;
            // A pattern that stops at the name leaves open what follows it.
            let open_ended = caps.get(0).is_some_and(|whole| whole.end() == name.end());
            let rest_of_line = block[name.end()..].lines().next().unwrap_or_default();
            if open_ended && !names_someone(name.as_str(), rest_of_line) {
                return None;
            }
            Some(want_name.then(|| name.as_str().trim().trim_end_matches(" and").trim_end_matches(" &").to_owned()))
        })
    }

    /// The outlet an outlet pattern finds in this block, if any.
    pub(super) fn outlet_name(&self, block: &str, chars: usize) -> Option<String> {
        // Captures only after a match is known: the DFA answers "no" far faster than capture engines.
        self.outlet.iter().find_map(|rule| {
            let caps = rule.is_match(block, chars).then(|| rule.regex.captures(block))??;
            caps.name("outlet").map(|m| without_legal_form(m.as_str().trim()).to_owned())
        })
    }

    /// Does a boilerplate pattern match the block at `span` (of `chars` characters) of the text that
    /// `scan` was made of?
    pub(super) fn is_boilerplate(&self, scan: &TextScan<'_>, span: Span, chars: usize) -> bool {
        if chars > self.longest_boilerplate {
            return false;
        }
        let block = scan.block(span);
        // Which rules are worth trying; left empty (no allocation) while there are none, as for most blocks.
        let mut candidate: Vec<bool> = Vec::new();
        let mut mark = |index: usize| {
            if candidate.is_empty() {
                candidate.resize(self.boilerplate.len(), false);
            }
            candidate[index] = true;
        };
        self.leading_keywords.at_start(leading(block), &mut mark);
        self.inner_keywords.in_block(scan, span, &mut mark);
        for &index in &self.unguarded_rules {
            mark(index);
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

#[cfg(test)]
mod tests;

/// Lowercase words that may follow the name in a byline ("By Ana Lima in Lisbon", "… for Harbour Wire").
const AFTER_A_BYLINE_NAME: [&str; 9] = ["for", "at", "in", "of", "and", "with", "from", "via", "on"];

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Does the name a "By …" pattern found, followed by `rest`, name a writer? A lead sentence can open the
/// same way: "By Thursday the storm had killed 126 people", "By March, the bank had lost its deposits".
pub(super) fn names_someone(name: &str, rest: &str) -> bool {
    let name = name.trim();
    let one_word = !name.contains(char::is_whitespace);
    let word = name.trim_end_matches('.').to_lowercase();
    if one_word && (month_number(&word).is_some() || WEEKDAYS.contains(&word.as_str())) {
        return false;
    }
    // Prose goes on after the name in lowercase words; a byline ends, or names a place or an outlet.
    let next = rest.strip_prefix(char::is_whitespace).and_then(|rest| rest.split_whitespace().next());
    next.is_none_or(|next| {
        !next.starts_with(char::is_lowercase) || AFTER_A_BYLINE_NAME.contains(&next.to_lowercase().as_str())
    })
}
