//! Named entities, fully offline: people, organisations, places, products, events, amounts,
//! percentages and dates, with byte ranges, resolved to one canonical name and one type per entity
//! across the whole story.
//!
//! Per article: numeric patterns (`numeric`), known names from the [`lexicon`], capitalised runs typed
//! by `classify`, and CJK patterns. Per story: `resolve` links surnames to full names, acronyms to
//! their long forms, case variants, plurals and user aliases.

mod cjk;
mod classify;
mod context_words;
mod coordination;
pub mod lexicon;
mod name_order;
mod names;
mod numeric;
mod resolve;
mod tokens;
mod vocabulary;

use crate::core::article::{Article, Span, ZoneKind};
use crate::core::segment;
use lexicon::Lexicon;
use names::{Sentence, find_names};
use serde::Serialize;
use std::collections::HashMap;
use tokens::{Shape, Token, tokenize};
use vocabulary::Vocabulary;

/// The types of entities (see the analysis-json contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Place,
    Product,
    Event,
    Money,
    Percent,
    Date,
}

impl EntityType {
    pub const ALL: [EntityType; 8] =
        [Self::Person, Self::Org, Self::Place, Self::Product, Self::Event, Self::Money, Self::Percent, Self::Date];

    /// The contract's name of the type (`"PERSON"`, `"ORG"` …).
    pub fn label(self) -> &'static str {
        match self {
            Self::Person => "PERSON",
            Self::Org => "ORG",
            Self::Place => "PLACE",
            Self::Product => "PRODUCT",
            Self::Event => "EVENT",
            Self::Money => "MONEY",
            Self::Percent => "PERCENT",
            Self::Date => "DATE",
        }
    }

    /// Amounts, percentages and dates: values rather than names.
    pub fn is_value(self) -> bool {
        matches!(self, Self::Money | Self::Percent | Self::Date)
    }
}

/// How sure the recognizer is of a mention's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Only the default for an unknown capitalised name.
    Guess,
    /// A cue: a suffix, a role word, a neighbouring noun, a pattern.
    Cue,
    /// A lexicon entry or a user alias.
    Known,
}

/// A mention before story-level resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMention {
    pub span: Span,
    pub kind: EntityType,
    /// The canonical name a lexicon gives, if any.
    pub canonical: Option<String>,
    pub confidence: Confidence,
}

/// A resolved mention: where it is and which entity it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityType,
    /// Index into [`StoryEntities::entities`].
    pub entity: usize,
}

/// An entity of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub kind: EntityType,
    /// Every surface form it is written as in the story.
    pub aliases: Vec<String>,
    /// Indexes of the articles that name it.
    pub articles: Vec<usize>,
    pub mentions: usize,
}

/// The entities of a story and their mentions in each article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryEntities {
    pub entities: Vec<Entity>,
    /// Per article (same order as the articles), mentions in text order.
    pub mentions: Vec<Vec<Mention>>,
}

/// What the user can tell the recognizer.
#[derive(Debug, Clone, Default)]
pub struct EntityOptions {
    /// Surface form → canonical name ("Dipsyk" → "DeepSeek"), from the config's `[aliases]`.
    pub aliases: HashMap<String, String>,
}

/// The stretches of an article scanned for names: its passages, and the sentences of its other zones.
fn segments(article: &Article) -> Vec<(Span, ZoneKind)> {
    let mut out = Vec::new();
    for zone in &article.zones {
        match zone.kind {
            ZoneKind::Title | ZoneKind::Body => {
                out.extend(article.passages.iter().filter(|p| zone.span.contains(p.start)).map(|&p| (p, zone.kind)))
            }
            kind => {
                out.extend(segment::sentences(&article.text, zone.span, &article.glue).into_iter().map(|s| (s, kind)))
            }
        }
    }
    out
}

/// Is this sentence written in Title Case (a headline or heading)?
fn is_title_case(text: &str, tokens: &[Token], zone: ZoneKind) -> bool {
    match zone {
        ZoneKind::Title => return true,
        // A byline is names, each word capitalised because it names: "By Hannah Kessler"; so is a
        // dateline's place and agency: "WARSAW (Vistula Wire) -".
        ZoneKind::Byline | ZoneKind::Dateline => return false,
        _ => {}
    }
    let words = tokens.iter().filter(|t| t.shape != Shape::Number).count();
    let capitalised = tokens.iter().filter(|t| t.shape.is_name_like()).count();
    let unpunctuated = !text.trim_end().ends_with(['.', '!', '?', '"', '”']);
    words >= 3 && capitalised * 10 >= words * 7 && unpunctuated
}

/// What the first pass finds in one article: its raw mentions, and the capitalised tokens the second
/// pass ([`propagate`]) looks at again.
struct Scan {
    mentions: Vec<RawMention>,
    capitalised: Vec<Token>,
}

fn is_capitalised(token: &Token) -> bool {
    matches!(token.shape, Shape::Capitalized | Shape::AllCaps | Shape::LowerBrand)
}

/// Finds the raw mentions of one article.
fn scan_article(article: &Article, vocabulary: &Vocabulary<'_>) -> Scan {
    let text = &article.text;
    // Sized for a typical article, so that they seldom grow.
    let mut mentions = Vec::with_capacity(text.len() / 32);
    let mut capitalised = Vec::with_capacity(text.len() / 16);
    // Buffers reused from sentence to sentence.
    let (mut tokens, mut numeric, mut taken) = (Vec::new(), Vec::new(), Vec::new());
    for (segment, zone) in segments(article) {
        tokenize(text, segment, &article.glue, vocabulary.lexicon, &mut tokens);
        capitalised.extend(tokens.iter().filter(|token| is_capitalised(token)));
        numeric::find_numeric(text, segment, &mut numeric);
        taken.clear();
        taken.extend(
            tokens.iter().map(|t| numeric.iter().any(|(span, _)| t.span.start < span.end && span.start < t.span.end)),
        );
        let words = tokens.iter().filter(|t| t.shape != Shape::Number).count();
        let all_caps = zone == ZoneKind::Byline
            && words > 0
            && tokens.iter().all(|t| matches!(t.shape, Shape::AllCaps | Shape::Number));
        let sentence = Sentence {
            text,
            tokens: &tokens,
            title_case: is_title_case(segment.of(text), &tokens, zone),
            all_caps,
            lines_apart: !matches!(zone, ZoneKind::Title | ZoneKind::Body),
            byline: zone == ZoneKind::Byline,
        };
        mentions.extend(numeric.iter().map(|&(span, kind)| RawMention {
            span,
            kind,
            canonical: None,
            confidence: Confidence::Known,
        }));
        find_names(&sentence, segment.start, &taken, vocabulary, &mut mentions);
        mentions.extend(cjk::find_cjk(text, segment));
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by(|later, earlier| later.span.start < earlier.span.end);
    coordination::share_place_in_lists(text, &mut mentions);
    Scan { mentions, capitalised }
}

/// Names the story knows from confident or mid-sentence mentions, by surface: a capitalised word
/// skipped elsewhere (at a sentence start, in a headline) is the same name.
fn story_names(articles: &[Article], scans: &[Scan]) -> foldhash::HashMap<String, RawMention> {
    let mut names = foldhash::HashMap::default();
    for (article, scan) in articles.iter().zip(scans) {
        for mention in scan.mentions.iter().filter(|m| !m.kind.is_value()) {
            let surface = mention.span.of(&article.text);
            if !names.contains_key(surface) {
                names.insert(surface.to_owned(), mention.clone());
            }
        }
    }
    names
}

/// Adds mentions of names the story knows where the first pass passed over them, and of a person's first
/// or last name alone after the article has named the person in full.
fn propagate(article: &Article, scan: &mut Scan, known: &foldhash::HashMap<String, RawMention>) {
    // The mentions are sorted and do not overlap (so their ends are sorted too): only the first one
    // ending after a span starts can overlap it.
    let covered = |span: Span, mentions: &[RawMention]| {
        let first = mentions.partition_point(|m| m.span.end <= span.start);
        mentions.get(first).is_some_and(|m| m.span.start < span.end)
    };
    let text = article.text.as_str();
    // A report names a person in full, then by one part of the name: "Lee", "Tsai", even when the part is
    // also a common word that alone would not be taken for a name.
    let named_in_full: Vec<(usize, &str)> = scan
        .mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .flat_map(|m| {
            let name = m.span.of(text);
            let mut words = name.split_whitespace();
            let (first, last) = (words.next(), words.next_back());
            // A name of one word (no last word once the first is taken) is no full name.
            let parts = if last.is_some() { [first, last] } else { [None, None] };
            parts.into_iter().flatten().map(move |part| (m.span.end, part))
        })
        .filter(|(_, part)| part.chars().count() >= 2 && part.chars().all(char::is_alphabetic))
        .collect();
    let part_of_earlier_name = |token: &Token| {
        let word = token.text(text);
        named_in_full.iter().any(|&(end, part)| end <= token.span.start && part == word)
    };
    let added: Vec<RawMention> = scan
        .capitalised
        .iter()
        .filter(|token| !covered(token.span, &scan.mentions))
        .filter_map(|token| {
            if let Some(found) = known.get(token.text(text)).filter(|m| m.span.len() == token.span.len()) {
                return Some(RawMention { span: token.span, ..found.clone() });
            }
            part_of_earlier_name(token).then_some(RawMention {
                span: token.span,
                kind: EntityType::Person,
                canonical: None,
                confidence: Confidence::Cue,
            })
        })
        .collect();
    scan.mentions.extend(added);
    scan.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Drops the single words that only a guess made names ("Rescuers race to …" after a colon, a headline's
/// "Floodwaters") when the story also writes them in lowercase: a word the outlets write "rescuers" in
/// running text is a common word whatever the lexicon lacks.
fn drop_words_seen_lowercase(articles: &[Article], scans: &mut [Scan]) {
    let guessed_word = |mention: &RawMention, text: &str| {
        let surface = mention.span.of(text);
        mention.confidence == Confidence::Guess
            && !mention.kind.is_value()
            && surface.chars().next().is_some_and(char::is_uppercase)
            && surface.chars().all(char::is_alphabetic)
    };
    let mut lowered: Vec<String> = articles
        .iter()
        .zip(scans.iter())
        .flat_map(|(article, scan)| {
            scan.mentions
                .iter()
                .filter(|m| guessed_word(m, &article.text))
                .map(|m| m.span.of(&article.text).to_lowercase())
        })
        .collect();
    lowered.sort_unstable();
    lowered.dedup();
    if lowered.is_empty() {
        return;
    }
    let Ok(finder) = aho_corasick::AhoCorasick::new(&lowered) else {
        return;
    };
    let mut seen = vec![false; lowered.len()];
    for article in articles {
        let text = article.text.as_str();
        for found in finder.find_overlapping_iter(text) {
            let before = text[..found.start()].chars().next_back();
            let after = text[found.end()..].chars().next();
            if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
                seen[found.pattern().as_usize()] = true;
            }
        }
    }
    for (article, scan) in articles.iter().zip(scans.iter_mut()) {
        scan.mentions.retain(|mention| {
            !guessed_word(mention, &article.text) || {
                let lower = mention.span.of(&article.text).to_lowercase();
                lowered.binary_search(&lower).map_or(true, |index| !seen[index])
            }
        });
    }
}

/// Recognizes and resolves the entities of a whole story.
pub fn recognize_story(articles: &[Article], options: &EntityOptions) -> StoryEntities {
    let vocabulary = Vocabulary::new(Lexicon::get());
    let mut scans: Vec<Scan> = articles.iter().map(|article| scan_article(article, &vocabulary)).collect();
    let known = story_names(articles, &scans);
    for (article, scan) in articles.iter().zip(scans.iter_mut()) {
        propagate(article, scan, &known);
    }
    drop_words_seen_lowercase(articles, &mut scans);
    resolve::resolve(articles, scans.into_iter().map(|scan| scan.mentions).collect(), options)
}
