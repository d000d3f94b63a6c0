//! Why two passages are linked: the terms they share, rarest first, each as the two outlets write it
//! ("DeepSeek" and "DeepSeek", "ruled out" and "passed over"), so the reader can judge a link at a glance.

use super::features::PassageFeatures;
use super::index::TermIndex;
use crate::core::article::Article;

/// One shared term of a link: `from` is how `a` writes it, `to` how `b` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedTerm {
    pub from: String,
    pub to: String,
}

/// The most shared terms a link lists.
pub const MAX_SHARED: usize = 5;

/// Where passage `passage` writes each of its terms, in the order of its term list.
struct Written<'a> {
    terms: &'a [String],
    features: &'a PassageFeatures,
    article: &'a Article,
}

impl Written<'_> {
    fn surface_of(&self, term: &str) -> Option<String> {
        let position = self.terms.iter().position(|own| own == term)?;
        let span = self.features.written.get(position)?;
        Some(span.of(&self.article.text).split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// The terms passages `a` and `b` share, rarest first, at most [`MAX_SHARED`].
pub fn shared_terms(
    index: &TermIndex,
    terms: (&[String], &[String]),
    features: (&PassageFeatures, &PassageFeatures),
    articles: (&Article, &Article),
) -> Vec<SharedTerm> {
    let from = Written { terms: terms.0, features: features.0, article: articles.0 };
    let to = Written { terms: terms.1, features: features.1, article: articles.1 };
    let mut shared: Vec<(f32, &str)> = Vec::new();
    for term in terms.0 {
        if terms.1.contains(term) && !shared.iter().any(|&(_, seen)| seen == term) {
            shared.push((index.weight(term), term));
        }
    }
    shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
    shared
        .into_iter()
        .filter_map(|(_, term)| Some(SharedTerm { from: from.surface_of(term)?, to: to.surface_of(term)? }))
        .take(MAX_SHARED)
        .collect()
}
