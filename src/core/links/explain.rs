//! Why two passages are linked: the terms they share, rarest first, each as the two outlets write it
//! ("DeepSeek" and "DeepSeek", "ruled out" and "passed over"), so the reader can judge a link at a glance.
//! Worked out on demand from what the index kept, so a story with many links pays only for those shown.

use super::PassageRef;
use super::features::PassageFeatures;
use super::index::TermIndex;
use super::sorted::for_each_common;
use super::words::stem;
use crate::core::article::{Article, Span};

/// The most shared terms an explanation lists.
pub const MAX_SHARED: usize = 5;

/// What the linker keeps to explain its links: every passage's term ids in sorted and in written order,
/// where each is written, and each term's weight.
#[derive(Debug, Clone, Default)]
pub struct Explainer {
    /// Per article: the flat index of its first passage.
    first_passage: Vec<usize>,
    sorted: Vec<Vec<u32>>,
    in_order: Vec<Vec<u32>>,
    spans: Vec<Vec<Span>>,
    weights: Vec<f32>,
}

impl Explainer {
    /// Takes what it needs from the index and the passages' features (in the same flat order).
    pub fn new(index: TermIndex, features: Vec<PassageFeatures>, passages: &[PassageRef]) -> Self {
        let mut first_passage = Vec::new();
        for (flat, passage) in passages.iter().enumerate() {
            if first_passage.len() <= passage.article {
                first_passage.resize(passage.article + 1, flat);
            }
        }
        let spans = features.into_iter().map(|f| f.written).collect();
        Explainer { first_passage, sorted: index.terms, in_order: index.written, spans, weights: index.weights }
    }

    fn flat(&self, passage: PassageRef) -> Option<usize> {
        let flat = self.first_passage.get(passage.article)? + passage.passage;
        (flat < self.sorted.len()).then_some(flat)
    }

    /// Where passage `flat` first writes term `term`.
    fn written_at(&self, flat: usize, term: u32) -> Option<Span> {
        let position = self.in_order[flat].iter().position(|&own| own == term)?;
        self.spans[flat].get(position).copied()
    }

    /// The terms `a` and `b` share, rarest first, at most [`MAX_SHARED`]: where each writes it.
    pub fn shared(&self, a: PassageRef, b: PassageRef) -> Vec<(Span, Span)> {
        let (Some(x), Some(y)) = (self.flat(a), self.flat(b)) else { return Vec::new() };
        let mut shared = Vec::new();
        for_each_common(
            &self.sorted[x],
            &self.sorted[y],
            |&term| term,
            |&term, _| {
                shared.push(term);
                true
            },
        );
        shared.sort_by(|&p, &q| self.weights[q as usize].total_cmp(&self.weights[p as usize]).then(p.cmp(&q)));
        let mut spans: Vec<(Span, Span)> = Vec::new();
        for term in shared {
            // A count and its near terms are written at one place: listed once.
            if let (Some(at_x), Some(at_y)) = (self.written_at(x, term), self.written_at(y, term))
                && !spans.contains(&(at_x, at_y))
            {
                spans.push((at_x, at_y));
            }
        }
        spans.truncate(MAX_SHARED);
        spans
    }

    /// The shared terms as the two passages write them: `(a's words, b's words)`, rarest first.
    pub fn shared_words(&self, a: PassageRef, b: PassageRef, articles: &[Article]) -> Vec<(String, String)> {
        let text = |passage: PassageRef| articles.get(passage.article).map_or("", |article| article.text.as_str());
        self.shared(a, b).into_iter().map(|(x, y)| (words_of(x, text(a)), words_of(y, text(b)))).collect()
    }

    /// Why `passage` and `other` are linked, seen from `passage`: each shared term as written there,
    /// followed by the other's wording when it is another word ("ruled out ~ passed over"), not merely
    /// another form of it ("iPhone" and "iPhones").
    pub fn shared_from(&self, passage: PassageRef, other: PassageRef, articles: &[Article]) -> Vec<String> {
        self.shared_words(passage, other, articles)
            .into_iter()
            .map(|(own, theirs)| if same_word(&own, &theirs) { own } else { format!("{own} ~ {theirs}") })
            .collect()
    }
}

/// Are two wordings the same words, up to case and inflection?
fn same_word(own: &str, theirs: &str) -> bool {
    let stems = |text: &str| text.split_whitespace().map(stem).collect::<Vec<_>>();
    own.eq_ignore_ascii_case(theirs) || stems(own) == stems(theirs)
}

/// A span's words with whitespace folded (a term may straddle a line break).
fn words_of(span: Span, text: &str) -> String {
    span.of(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_form_of_a_word_is_the_same_word_and_a_variant_is_not() {
        assert!(same_word("iPhones", "iPhone"));
        assert!(same_word("partnered", "Partnering"));
        assert!(!same_word("ruled out", "passed over"));
        assert!(!same_word("Alibaba", "Alibaba Group"));
        assert!(!same_word("$18.51 billion", "US$18.5bn"));
    }
}
