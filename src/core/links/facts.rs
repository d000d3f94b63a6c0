//! Facts: linked passages grouped across articles, strongest links first, one passage per article; then
//! groups that are linked to each other more often than not join, since an article that states a fact
//! twice (a headline and its lead, a recap) splits it otherwise; then a passage left out of every fact
//! joins the fact whose statements it matches in several other outlets. Per article: the facts it
//! reports, adds (alone) and omits (most others report).

use super::features::PassageFeatures;
use super::through::{FactMatch, join_matching};
use super::{Link, PassageRef};
use crate::core::article::{Article, ZoneKind};

/// One fact of the story, as reported by several articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Its passages in story order: one per article, or more where an article states the fact again.
    pub passages: Vec<PassageRef>,
}

impl Fact {
    pub fn articles(&self) -> impl Iterator<Item = usize> + '_ {
        self.passages.iter().map(|p| p.article)
    }

    /// The (first) passage of `article` that reports this fact.
    pub fn passage_in(&self, article: usize) -> Option<PassageRef> {
        self.passages.iter().copied().find(|p| p.article == article)
    }

    /// How many articles report it.
    pub fn sources(&self) -> usize {
        let mut articles: Vec<usize> = self.articles().collect();
        articles.dedup();
        articles.len()
    }
}

/// The facts of a story and what each article contributes to them.
#[derive(Debug, Clone, Default)]
pub struct Grouped {
    pub facts: Vec<Fact>,
    pub articles: Vec<ArticleFacts>,
    /// The passages that joined a fact by matching it (see [`FactMatch`]), in story order.
    pub matched: Vec<FactMatch>,
}

/// What one article contributes to the story.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleFacts {
    /// The facts it reports.
    pub facts: Vec<usize>,
    /// Its passages that no other article reports and that carry a checkable detail or name.
    pub adds: Vec<usize>,
    /// Facts that most other articles report and it does not.
    pub omits: Vec<usize>,
    /// The share of the story's facts it reports, in [0, 1].
    pub coverage: f64,
}

impl ArticleFacts {
    /// How many passages it adds, in words for a summary line: "1 passage", "13 passages".
    pub fn added_passages(&self) -> String {
        let count = self.adds.len();
        format!("{count} passage{}", if count == 1 { "" } else { "s" })
    }
}

/// Are two groups linked by more than half of their cross pairs? Without this, a chain of links that
/// each drift a little would join facts that have nothing in common. `in_y` tells membership of `y`.
/// The count is the same from either side, so pass the smaller group as `x`: a story of hundreds of
/// outlets has facts of hundreds of passages.
fn dense(
    x: &[PassageRef],
    y_len: usize,
    in_y: impl Fn(PassageRef) -> bool,
    links: &[Link],
    by_passage: &[Vec<Vec<usize>>],
    direct: &impl Fn(&Link) -> bool,
) -> bool {
    let joined: usize = x
        .iter()
        .map(|&p| {
            by_passage[p.article][p.passage].iter().filter(|&&l| direct(&links[l]) && in_y(links[l].other(p))).count()
        })
        .sum();
    joined * 2 > x.len() * y_len
}

/// Groups links into facts; returns the facts, each article's contribution and the passages that joined
/// a fact by matching it. `similar` holds, per passage in story order, its candidates in other articles
/// (story-order indexes, ascending) with their similarity; a passage matches a statement at `threshold`.
pub fn group_facts(
    articles: &[Article],
    links: &[Link],
    by_passage: &[Vec<Vec<usize>>],
    features: &[PassageFeatures],
    direct: impl Fn(&Link) -> bool,
    (similar, threshold): (&[Vec<(u32, f32)>], f32),
) -> Grouped {
    let offsets: Vec<usize> = articles
        .iter()
        .scan(0, |total, article| {
            let start = *total;
            *total += article.passages.len();
            Some(start)
        })
        .collect();
    let flat = |p: PassageRef| offsets[p.article] + p.passage;
    let total = offsets.last().map_or(0, |&last| last + articles.last().map_or(0, |a| a.passages.len()));

    // Each cluster: its passages. `cluster_of` maps a passage to its cluster.
    let mut cluster_of: Vec<Option<usize>> = vec![None; total];
    let mut clusters: Vec<Vec<PassageRef>> = Vec::new();
    // The articles of each cluster, for the one-passage-per-article rule.
    let mut cluster_articles: Vec<foldhash::HashSet<usize>> = Vec::new();
    let mut order: Vec<&Link> = links.iter().filter(|link| direct(link)).collect();
    order.sort_by(|x, y| y.score.total_cmp(&x.score).then((x.a, x.b).cmp(&(y.a, y.b))));
    for link in order {
        let (a, b) = (cluster_of[flat(link.a)], cluster_of[flat(link.b)]);
        match (a, b) {
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y)) => {
                let disjoint = cluster_articles[y].is_disjoint(&cluster_articles[x]);
                let (smaller, larger) = if clusters[x].len() <= clusters[y].len() { (x, y) } else { (y, x) };
                let in_larger = |p: PassageRef| cluster_of[flat(p)] == Some(larger);
                let larger_len = clusters[larger].len();
                if disjoint && dense(&clusters[smaller], larger_len, in_larger, links, by_passage, &direct) {
                    let moved = std::mem::take(&mut clusters[y]);
                    for p in &moved {
                        cluster_of[flat(*p)] = Some(x);
                    }
                    clusters[x].extend(moved);
                    let articles = std::mem::take(&mut cluster_articles[y]);
                    cluster_articles[x].extend(articles);
                }
            }
            (Some(x), None) | (None, Some(x)) => {
                let loose = if a.is_none() { link.a } else { link.b };
                let in_x = |p: PassageRef| cluster_of[flat(p)] == Some(x);
                if !cluster_articles[x].contains(&loose.article)
                    && dense(&[loose], clusters[x].len(), in_x, links, by_passage, &direct)
                {
                    clusters[x].push(loose);
                    cluster_articles[x].insert(loose.article);
                    cluster_of[flat(loose)] = Some(x);
                }
            }
            (None, None) => {
                cluster_of[flat(link.a)] = Some(clusters.len());
                cluster_of[flat(link.b)] = Some(clusters.len());
                clusters.push(vec![link.a, link.b]);
                cluster_articles.push([link.a.article, link.b.article].into_iter().collect());
            }
        }
    }
    join_restated(&mut clusters, &mut cluster_of, flat, links);
    let refs: Vec<PassageRef> = articles
        .iter()
        .enumerate()
        .flat_map(|(article, a)| (0..a.passages.len()).map(move |passage| PassageRef { article, passage }))
        .collect();
    let matched = join_matching(&mut clusters, &mut cluster_of, &refs, similar, threshold);
    join_linked_to_all(&mut clusters, &mut cluster_of, &refs, flat, links, by_passage);
    let mut facts: Vec<Fact> = clusters
        .into_iter()
        .filter(|members| members.len() > 1)
        .map(|mut passages| {
            passages.sort();
            Fact { passages }
        })
        .collect();
    facts.sort_by(|x, y| x.passages[0].cmp(&y.passages[0]));

    let mut per_article: Vec<ArticleFacts> = vec![ArticleFacts::default(); articles.len()];
    for (index, fact) in facts.iter().enumerate() {
        for p in &fact.passages {
            per_article[p.article].facts.push(index);
        }
    }
    let mut linked = vec![false; total];
    for link in links {
        linked[flat(link.a)] = true;
        linked[flat(link.b)] = true;
    }
    for (article_index, (article, contribution)) in articles.iter().zip(&mut per_article).enumerate() {
        contribution.facts.sort_unstable();
        contribution.facts.dedup();
        contribution.coverage =
            if facts.is_empty() { 0.0 } else { contribution.facts.len() as f64 / facts.len() as f64 };
        contribution.adds = (0..article.passages.len())
            .filter(|&passage| {
                let at = offsets[article_index] + passage;
                let carries = !features[at].details.is_empty() || !features[at].names.is_empty();
                !linked[at] && carries && article.zone_at(article.passages[passage].start) != Some(ZoneKind::Title)
            })
            .collect();
        let others = articles.len().saturating_sub(1);
        contribution.omits = facts
            .iter()
            .enumerate()
            .filter(|(_, fact)| {
                // Only a fact the article lacks: every source reporting it is another one.
                let reporting = fact.sources();
                fact.passage_in(article_index).is_none() && reporting * 2 > others && reporting >= 2
            })
            .map(|(index, _)| index)
            .collect();
    }
    Grouped { facts, articles: per_article, matched }
}

/// A passage left out of every fact that is linked to every statement of one fact, in two articles or
/// more, reports it: it joins that fact (the one whose links to it score highest, if several qualify).
/// Its links alone may have been too weak, or corroborated, to grow the fact on their own; linked to
/// all of it, it is no drift.
fn join_linked_to_all(
    clusters: &mut [Vec<PassageRef>],
    cluster_of: &mut [Option<usize>],
    refs: &[PassageRef],
    flat: impl Fn(PassageRef) -> usize,
    links: &[Link],
    by_passage: &[Vec<Vec<usize>>],
) {
    for &p in refs {
        if cluster_of[flat(p)].is_some() {
            continue;
        }
        let mut linked: foldhash::HashMap<usize, (usize, f64)> = foldhash::HashMap::default();
        for &index in &by_passage[p.article][p.passage] {
            let link = &links[index];
            if let Some(cluster) = cluster_of[flat(link.other(p))] {
                let entry = linked.entry(cluster).or_default();
                *entry = (entry.0 + 1, entry.1 + link.score);
            }
        }
        let best = linked
            .into_iter()
            .filter(|&(cluster, (count, _))| {
                let members = &clusters[cluster];
                let articles: foldhash::HashSet<usize> = members.iter().map(|q| q.article).collect();
                count == members.len() && articles.len() >= 2 && !articles.contains(&p.article)
            })
            .max_by(|x, y| x.1.1.total_cmp(&y.1.1).then(y.0.cmp(&x.0)));
        if let Some((cluster, _)) = best {
            clusters[cluster].push(p);
            cluster_of[flat(p)] = Some(cluster);
        }
    }
}

/// Joins facts whose passages are linked to each other more often than not, and at least three times,
/// although some articles report both: such an article states one fact twice, and each statement drew the
/// links of some outlets. Any link counts here, corroborated ones too: a join needs many of them, where
/// growing a fact one link at a time needs only one. Densest pairs first, until no pair qualifies.
fn join_restated(
    clusters: &mut [Vec<PassageRef>],
    cluster_of: &mut [Option<usize>],
    flat: impl Fn(PassageRef) -> usize,
    links: &[Link],
) {
    loop {
        let mut joined = foldhash::HashMap::<(usize, usize), usize>::default();
        for link in links {
            if let (Some(x), Some(y)) = (cluster_of[flat(link.a)], cluster_of[flat(link.b)])
                && x != y
            {
                *joined.entry((x.min(y), x.max(y))).or_default() += 1;
            }
        }
        // Pairs of passages of different articles across two groups.
        let cross = |x: &[PassageRef], y: &[PassageRef]| {
            let mut in_x = foldhash::HashMap::<usize, usize>::default();
            for p in x {
                *in_x.entry(p.article).or_default() += 1;
            }
            let same: usize = y.iter().map(|q| in_x.get(&q.article).copied().unwrap_or(0)).sum();
            x.len() * y.len() - same
        };
        let mut pairs: Vec<(f64, (usize, usize))> = joined
            .into_iter()
            .filter(|&(_, count)| count >= 3)
            .filter_map(|((x, y), count)| {
                let possible = cross(&clusters[x], &clusters[y]);
                (count * 2 > possible).then(|| (count as f64 / possible as f64, (x, y)))
            })
            .collect();
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut touched = vec![false; clusters.len()];
        let mut any = false;
        for (_, (x, y)) in pairs {
            if touched[x] || touched[y] {
                continue;
            }
            (touched[x], touched[y], any) = (true, true, true);
            let moved = std::mem::take(&mut clusters[y]);
            for p in &moved {
                cluster_of[flat(*p)] = Some(x);
            }
            clusters[x].extend(moved);
        }
        if !any {
            return;
        }
    }
}
