//! Numbers as news text writes them: in digits with separators and a scale word ("1,200", "14.9bn",
//! "3.5 million") or in words ("nineteen", "twenty-one", "three million").

/// Parses the leading number of `text` ("1,200", "14.9bn", "3.5 million"): value, decimals, bytes used. A
/// one-letter scale counts only written against the figure ("2.5m people"): apart from it, "5.3 m" is a
/// length in metres and "4 k" nothing.
pub fn parse_number(text: &str) -> Option<(f64, u32, usize)> {
    parse_figure(text, false)
}

/// Parses the leading figure of an amount of money ("14.9bn", "5 m" after a currency sign): as
/// [`parse_number`], but a one-letter scale may stand apart, since the currency says it is no unit.
pub fn parse_amount(text: &str) -> Option<(f64, u32, usize)> {
    parse_figure(text, true)
}

fn parse_figure(text: &str, letters_apart: bool) -> Option<(f64, u32, usize)> {
    let digits_end = text.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(text.len());
    let raw = text[..digits_end].trim_end_matches([',', '.']);
    if raw.is_empty() || !raw.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let plain: String = raw.chars().filter(|&c| c != ',').collect();
    let mut amount: f64 = plain.parse().ok()?;
    let decimals = plain.split_once('.').map_or(0, |(_, fraction)| fraction.len() as u32);
    let (scale, scale_used) = scale_after(&text[raw.len()..], letters_apart);
    amount *= scale;
    Some((amount, decimals, raw.len() + scale_used))
}

/// The scale word right after a number ("14.9bn", "3.5 million"): its factor and the bytes it takes. A
/// one-letter scale ("m", "k", "b") is read apart from the number only when `letters_apart`.
/// A hyphen may join them ("a 310-million-euro deal"), and "lakh crore" is one scale (10^12).
fn scale_after(rest: &str, letters_apart: bool) -> (f64, usize) {
    let hyphened = rest.strip_prefix('-').filter(|after| after.starts_with(|c: char| c.is_ascii_alphabetic()));
    let start = hyphened.unwrap_or_else(|| rest.trim_start());
    let scale_word = start.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    if scale_word.len() == 1 && !letters_apart && rest.starts_with(char::is_whitespace) {
        return (1.0, 0);
    }
    let Some(mut scale) = scale_factor(&scale_word.to_ascii_lowercase()) else {
        return (1.0, 0);
    };
    let mut used = rest.len() - start.len() + scale_word.len();
    let after = &rest[used..];
    if scale_word.eq_ignore_ascii_case("lakh") && after.starts_with(' ') {
        let next = after.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        if next.eq_ignore_ascii_case("crore") || next.eq_ignore_ascii_case("crores") {
            scale *= 1e7;
            used += after.len() - after.trim_start().len() + next.len();
        }
    }
    (scale, used)
}

/// The factor a lowercase scale word gives an amount ("bn" 1e9, "crore" 1e7), or `None` for any
/// other word.
pub(super) fn scale_factor(word: &str) -> Option<f64> {
    Some(match word {
        "trillion" | "tn" | "trn" => 1e12,
        "billion" | "bn" | "bln" | "b" => 1e9,
        "million" | "mn" | "mln" | "m" => 1e6,
        "crore" | "crores" | "cr" => 1e7,
        "lakh" | "lakhs" => 1e5,
        "thousand" | "k" => 1e3,
        _ => return None,
    })
}

/// Numbers written as words, as style guides have them below ten and at the start of a sentence.
const NUMBER_WORDS: [&str; 27] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// Is a word with a number an age ("seven-year-old", "21-year-old")? An age is no count.
pub fn is_age(word: &str) -> bool {
    word.ends_with("-old")
}

/// The value of one number word ("seven", "Forty").
fn number_word(word: &str) -> Option<f64> {
    let index = NUMBER_WORDS.iter().position(|number| number.eq_ignore_ascii_case(word))? as f64;
    Some(if index < 19.0 { index + 1.0 } else { (index - 17.0) * 10.0 })
}

/// Parses a number written in words at the start of `text` ("nineteen", "Twenty-one", "three million"):
/// value and bytes used; also "a million" and "half a million". "one" alone is not read: it is far more
/// often a pronoun ("one of the buildings", "one mother"); nor are "dozens" or "hundreds", which say "many".
pub fn parse_spelled_number(text: &str) -> Option<(f64, usize)> {
    let word_end = text.find(|c: char| !(c.is_ascii_alphabetic() || c == '-')).unwrap_or(text.len());
    let word = &text[..word_end];
    let (first, rest) = word.split_once('-').unwrap_or((word, ""));
    let second = rest.split('-').next().unwrap_or(rest);
    if second.is_empty() && ["a", "one", "half"].iter().any(|article| article.eq_ignore_ascii_case(first)) {
        return parse_scale_alone(text, word_end);
    }
    let (amount, used) = match (number_word(first)?, number_word(second)) {
        (tens, Some(unit)) if tens >= 20.0 && unit < 10.0 => (tens + unit, first.len() + 1 + second.len()),
        (_, Some(_)) => return None,
        // An age ("a seven-year-old") is no count.
        (_, None) if is_age(word) => return None,
        // "a six-hour outage": the number ends at the hyphen that joins it to what it counts.
        (amount, None) => (amount, first.len()),
    };
    let (scale, scale_used) = scale_after(&text[used..], false);
    Some((amount * scale, used + scale_used))
}

/// "a million", "one billion", "half a million": a scale word after "a", "one" or "half a", whose
/// first word ends at `word_end`. None without a scale word: "one" alone is mostly a pronoun.
fn parse_scale_alone(text: &str, word_end: usize) -> Option<(f64, usize)> {
    let mut factor_end = word_end;
    let mut factor = 1.0;
    if text[..word_end].eq_ignore_ascii_case("half") {
        let rest = &text[word_end..];
        let article = rest.trim_start();
        let article_len = article.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(article.len());
        if !article[..article_len].eq_ignore_ascii_case("a") || !rest.starts_with(char::is_whitespace) {
            return None;
        }
        factor = 0.5;
        factor_end = text.len() - article.len() + article_len;
    }
    match scale_after(&text[factor_end..], false) {
        (_, 0) => None,
        (scale, used) => Some((factor * scale, factor_end + used)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse_with_scale() {
        assert_eq!(parse_number("1,200 staff"), Some((1200.0, 0, 5)));
        assert_eq!(parse_number("3.5 million people").map(|(a, d, _)| (a, d)), Some((3.5e6, 1)));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("2.5m people").map(|(a, _, used)| (a, used)), Some((2.5e6, 4)));
        assert_eq!(parse_number("5.3 m in the capital"), Some((5.3, 1, 3)), "a length, not millions");
        assert_eq!(parse_amount("5 m on Monday").map(|(a, _, used)| (a, used)), Some((5e6, 3)));
    }

    #[test]
    fn numbers_written_in_words_parse_and_pronouns_do_not() {
        assert_eq!(parse_spelled_number("Nineteen children"), Some((19.0, 8)));
        assert_eq!(parse_spelled_number("twelve more"), Some((12.0, 6)));
        assert_eq!(parse_spelled_number("twenty-one dead"), Some((21.0, 10)));
        assert_eq!(parse_spelled_number("Ninety"), Some((90.0, 6)));
        assert_eq!(parse_spelled_number("three million people"), Some((3e6, 13)));
        assert_eq!(parse_spelled_number("one mother"), None, "'one' alone is mostly a pronoun");
        assert_eq!(parse_spelled_number("one million homes"), Some((1e6, 11)));
        assert_eq!(parse_spelled_number("a million people"), Some((1e6, 9)));
        assert_eq!(parse_spelled_number("half a million people"), Some((5e5, 14)));
        assert_eq!(parse_spelled_number("Half a billion"), Some((5e8, 14)));
        assert_eq!(parse_spelled_number("a millionaire"), None);
        assert_eq!(parse_spelled_number("half a day"), None);
        assert_eq!(parse_spelled_number("a few"), None);
        assert_eq!(parse_spelled_number("halfway"), None);
        assert_eq!(parse_spelled_number("seven-year-old"), None, "an age written with hyphens is no count");
        assert_eq!(parse_spelled_number("twelve-ninety"), None);
        assert_eq!(parse_spelled_number("six-hour outage"), Some((6.0, 3)), "the number ends at the hyphen");
        assert_eq!(parse_spelled_number("three-million-euro deal"), Some((3e6, 13)));
        assert_eq!(parse_spelled_number("dozens"), None);
        assert_eq!(parse_spelled_number("tenth"), None);
    }
}
