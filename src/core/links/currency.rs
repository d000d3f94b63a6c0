//! Currencies: the one an amount is written in, whether as a symbol ("₩500 million"), a name after the
//! figure ("500 million won") or an ISO code ("KRW 500m"), so that two outlets' amounts compare.

use super::numbers::scale_factor;

/// Currency marks written before an amount, and the currency each stands for. A mark that contains
/// another comes first ("us$" before "s$", "ca$" before "a$"), so the first one found is the one written.
const CURRENCY_SYMBOLS: [(&str, &str); 21] = [
    ("us$", "$"),
    ("hk$", "HKD"),
    ("nt$", "TWD"),
    ("nz$", "NZD"),
    ("ca$", "CAD"),
    ("au$", "AUD"),
    ("ar$", "ARS"),
    ("mex$", "MXN"),
    ("a$", "AUD"),
    ("c$", "CAD"),
    ("s$", "SGD"),
    ("r$", "BRL"),
    ("€", "EUR"),
    ("£", "GBP"),
    // Yen: English-language outlets write the yuan as "yuan", "RMB" or "CNY".
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₱", "PHP"),
];

/// Currency names written after an amount (singular, or plural where it is not the singular and "s") and
/// ISO codes written before one, and the currency each stands for.
const CURRENCY_NAMES: [(&str, &str); 68] = [
    ("rupiah", "IDR"),
    ("rp", "IDR"),
    ("idr", "IDR"),
    ("dollar", "$"),
    ("usd", "$"),
    ("euro", "EUR"),
    ("eur", "EUR"),
    ("pound", "GBP"),
    ("sterling", "GBP"),
    ("gbp", "GBP"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("hkd", "HKD"),
    ("won", "KRW"),
    ("krw", "KRW"),
    ("rupee", "INR"),
    ("rs", "INR"),
    ("inr", "INR"),
    ("naira", "NGN"),
    ("ngn", "NGN"),
    ("real", "BRL"),
    ("reais", "BRL"),
    ("brl", "BRL"),
    ("franc", "CHF"),
    ("chf", "CHF"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("lira", "TRY"),
    ("peso", "PESO"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("dong", "VND"),
    ("rand", "ZAR"),
    ("dirham", "AED"),
    ("riyal", "SAR"),
    ("zloty", "PLN"),
    ("krona", "SEK"),
    ("kronor", "SEK"),
    ("zlotych", "PLN"),
    ("forint", "HUF"),
    ("shekel", "ILS"),
    ("hryvnia", "UAH"),
    // Pence are hundredths of a pound ("412p" is £4.12); cents are a hundredth of a currency not named.
    ("pence", PENCE),
    ("penny", PENCE),
    ("p", PENCE),
    ("cent", "¢"),
    ("c", "¢"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("pln", "PLN"),
    ("czk", "CZK"),
    ("huf", "HUF"),
    ("aud", "AUD"),
    ("cad", "CAD"),
    ("nzd", "NZD"),
    ("sgd", "SGD"),
    ("zar", "ZAR"),
    ("mxn", "MXN"),
    ("try", "TRY"),
    ("rub", "RUB"),
    ("aed", "AED"),
    ("sar", "SAR"),
    ("twd", "TWD"),
];

/// The code [`currency_of`] gives pence, which [`in_pounds`] turns into pounds.
pub const PENCE: &str = "GBp";

/// An amount in pence as pounds, with two decimals more; any other amount as it is.
pub fn in_pounds(currency: String, amount: f64, decimals: u32) -> (String, f64, u32) {
    if currency == PENCE { ("GBP".to_owned(), amount / 100.0, decimals + 2) } else { (currency, amount, decimals) }
}

/// Dollars that are not US dollars, by who issues them ("3.4 billion Hong Kong dollars").
const OTHER_DOLLARS: [(&str, &str); 6] = [
    ("hong kong", "HKD"),
    ("australian", "AUD"),
    ("canadian", "CAD"),
    ("singapore", "SGD"),
    ("new zealand", "NZD"),
    ("taiwan", "TWD"),
];

/// The currency of an amount as written ("₩500 million", "500 million won", "KRW 500m" are all "KRW");
/// `"$"` for plain and US dollars. A name the tables do not know stands for itself.
pub fn currency_of(text: &str) -> String {
    let lower = text.to_lowercase();
    if let Some((_, code)) = CURRENCY_SYMBOLS.iter().find(|(mark, _)| lower.contains(mark)) {
        return (*code).to_owned();
    }
    if lower.contains("dollar")
        && let Some((_, code)) = OTHER_DOLLARS.iter().find(|(issuer, _)| lower.contains(issuer))
    {
        return (*code).to_owned();
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|word| !word.is_empty()).collect();
    let name = words.iter().rev().find(|word| scale_factor(word).is_none()).copied();
    let code = |word: &str| CURRENCY_NAMES.iter().find(|(name, _)| *name == word).map(|(_, code)| *code);
    match name {
        // Nigerian outlets write naira as a plain "N" before the figure ("N1,600").
        Some("n") if text.starts_with('N') => "NGN".to_owned(),
        Some(word) => {
            let singular = word.strip_suffix('s').unwrap_or(word);
            code(word).or_else(|| code(singular)).unwrap_or(singular).to_owned()
        }
        None if lower.contains('$') => "$".to_owned(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::core::entities::EntityType;
    use crate::core::links::values::parse_value;

    #[test]
    fn a_currency_is_one_whether_written_as_a_symbol_a_name_or_a_code() {
        let term = |text: &str| parse_value(EntityType::Money, text).unwrap().term();
        for (one, other) in [
            ("₩500 million", "500 million won"),
            ("KRW 500m", "500 million won"),
            ("€2.4bn", "2.4 billion euros"),
            ("£3m", "3 million pounds sterling"),
            ("₹120 million", "120 million rupees"),
            ("N1,600", "1,600 naira"),
            ("R$10bn", "10 billion reais"),
            ("US$14.9bn", "14.9 billion dollars"),
            ("Rs 500 crore", "5 billion rupees"),
            ("Rs. 2 lakh", "₹200,000"),
            ("Rs 4.2 Cr", "Rs 4,20,00,000"),
            ("Rs. 25 Lakhs", "2.5 million rupees"),
            ("Rp 7.1 trillion", "7.1 trillion rupiah"),
            ("₹1,260-crore", "Rs 1,260 crore"),
            ("¥18 billion", "18 billion yen"),
            ("R$ 340 million", "R$340m"),
            ("412p", "412 pence"),
            ("412p", "£4.12"),
            ("NOK 187.50", "NOK187.5"),
            ("PLN 400,000", "400,000 zlotys"),
            ("87c", "87 cents"),
        ] {
            assert_eq!(term(one), term(other), "{one} and {other}");
        }
        for (one, other) in [
            ("₩500 million", "¥500 million"),
            ("A$5m", "$5m"),
            ("C$5m", "S$5m"),
            ("R$5m", "$5m"),
            ("87c", "$0.87"),
            ("412p", "412 cents"),
        ] {
            assert_ne!(term(one), term(other), "{one} and {other}");
        }
    }
}
