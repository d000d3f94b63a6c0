//! Names in Chinese, Japanese and Korean text, which has no capitals and often no spaces: found by
//! their suffixes (県, 市, 省 for places; 庁, 銀行, 大学, 전자 for organisations) and by the titles that
//! follow personal names (首相, 氏, 회장).

use super::{Confidence, EntityType, RawMention};
use crate::core::article::Span;
use regex::Regex;
use std::sync::LazyLock;

static PATTERNS: LazyLock<Vec<(Regex, EntityType)>> = LazyLock::new(|| {
    [
        (r"(\p{Han}{2,4})(?:首相|総理|大臣|知事|市長|長官|氏|さん|会長|社長|主席|总统|總統)", EntityType::Person),
        (r"([가-힣]{2,4})\s?(?:대통령|회장|총리|장관|대표|의원)", EntityType::Person),
        (
            r"(\p{Han}{1,8}(?:株式会社|銀行|大学|新聞|放送|協会|委員会|気象庁|庁|省|局|公司|集团|集團|银行))",
            EntityType::Org,
        ),
        (r"([가-힣]{2,8}(?:전자|물산|모직|그룹|은행|법원|검찰청|검찰|위원회|일보|신문|방송))", EntityType::Org),
        (r"(\p{Han}{1,3}(?:県|府|都|道|市|町|村|区|省|州|島|半島))", EntityType::Place),
        (r"([가-힣]{1,4}(?:시|도|군|구))(?:\s|에|의|에서)", EntityType::Place),
    ]
    .into_iter()
    .map(|(pattern, kind)| (Regex::new(pattern).expect("valid CJK pattern"), kind))
    .collect()
});

/// Finds CJK names in `range` of `text`; the first pattern to claim a stretch of text wins.
pub fn find_cjk(text: &str, range: Span) -> Vec<RawMention> {
    let slice = range.of(text);
    // CJK characters are encoded in three bytes led by 0xE3 to 0xEF: most text has none of those.
    let may_have_cjk = !slice.is_ascii() && slice.bytes().any(|byte| (0xe3..=0xef).contains(&byte));
    if !may_have_cjk || !slice.chars().any(crate::core::segment::is_cjk) {
        return Vec::new();
    }
    let mut found: Vec<RawMention> = Vec::new();
    for (pattern, kind) in PATTERNS.iter() {
        for caps in pattern.captures_iter(slice) {
            let Some(name) = caps.get(1) else { continue };
            let span = Span::new(range.start + name.start(), range.start + name.end());
            if found.iter().all(|m| span.end <= m.span.start || span.start >= m.span.end) {
                found.push(RawMention { span, kind: *kind, canonical: None, confidence: Confidence::Cue });
            }
        }
    }
    found.sort_by_key(|m| m.span.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_and_korean_names() {
        let text = "石川県輪島市で地震。岸田文雄首相は気象庁に指示した。삼성전자 이재용 회장";
        let found: Vec<(&str, EntityType)> =
            find_cjk(text, Span::new(0, text.len())).into_iter().map(|m| (m.span.of(text), m.kind)).collect();
        assert!(found.contains(&("石川県", EntityType::Place)), "{found:?}");
        assert!(found.contains(&("輪島市", EntityType::Place)), "{found:?}");
        assert!(found.contains(&("岸田文雄", EntityType::Person)), "{found:?}");
        assert!(found.contains(&("気象庁", EntityType::Org)), "{found:?}");
        assert!(found.contains(&("삼성전자", EntityType::Org)), "{found:?}");
        assert!(found.contains(&("이재용", EntityType::Person)), "{found:?}");
    }
}
