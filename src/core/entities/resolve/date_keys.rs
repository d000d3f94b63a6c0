//! One entity for one calendar date however it is written: "May 3", "3 May", "2024-05-03" and "5月3日" are
//! one day, and a day named without its year joins the one dated form of it the story has ("January 1"
//! and "1 January 2024"). Periods that are not a plain date keep their own wording: "late April" is not
//! April, "fiscal 2024" not 2024, "2021–2023" not 2023, "the 1990s" not 1990.

use crate::core::entities::EntityType;
use crate::core::links::values::{Value, parse_value};
use foldhash::HashMap;

/// The group keys of a story's dates.
#[derive(Debug, Default)]
pub struct DateKeys {
    /// Per (month, day): the years the story gives that day, sorted, without repeats.
    years_of_day: HashMap<(u32, u32), Vec<i32>>,
}

impl DateKeys {
    /// Learns the dated days of a story from the surfaces of its date mentions.
    pub fn new<'s>(surfaces: impl IntoIterator<Item = &'s str>) -> Self {
        let mut years_of_day: HashMap<(u32, u32), Vec<i32>> = HashMap::default();
        for surface in surfaces {
            if let Some(Calendar { year: Some(year), month, day: Some(day) }) = calendar(surface) {
                let years = years_of_day.entry((month, day)).or_default();
                if !years.contains(&year) {
                    years.push(year);
                    years.sort_unstable();
                }
            }
        }
        DateKeys { years_of_day }
    }

    /// The group key of a date written as `surface`; `None` when it is no plain calendar date (its wording
    /// is then its key).
    pub fn key(&self, surface: &str) -> Option<String> {
        let Calendar { year, month, day } = calendar(surface)?;
        let year = year.or_else(|| {
            let day = day?;
            match self.years_of_day.get(&(month, day))?.as_slice() {
                [only] => Some(*only),
                _ => None,
            }
        });
        let year = year.map_or(String::new(), |year| year.to_string());
        Some(match day {
            Some(day) => format!("DATE:{year}-{month}-{day}"),
            None => format!("DATE:{year}-{month}"),
        })
    }
}

/// A plain calendar date: a month, with or without its day and year.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Calendar {
    year: Option<i32>,
    month: u32,
    day: Option<u32>,
}

/// Words that make a date a period of its own.
const PERIOD_WORDS: [&str; 5] = ["early", "mid", "late", "fiscal", "fy"];

fn calendar(surface: &str) -> Option<Calendar> {
    let lower = surface.to_lowercase();
    let qualified = lower.split(|c: char| !c.is_alphanumeric()).any(|word| PERIOD_WORDS.contains(&word));
    // A span of years ("2021–2023") or a decade ("1990s").
    let span_or_decade = lower.contains(['–', '—']) || lower.ends_with("0s");
    if qualified || span_or_decade {
        return None;
    }
    match parse_value(EntityType::Date, surface)? {
        Value::Date { year, month: Some(month), day, quarter: None } => Some(Calendar { year, month, day }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_day_written_many_ways_has_one_key() {
        let keys = DateKeys::new(["3 May", "May 3", "2024-05-03", "Friday"]);
        let key = keys.key("May 3");
        assert_eq!(key.as_deref(), Some("DATE:2024-5-3"));
        for surface in ["3 May", "2024-05-03", "May 3rd", "5月3日", "03.05.2024"] {
            assert_eq!(keys.key(surface), key, "{surface}");
        }
        assert_ne!(keys.key("May 4"), key);
    }

    #[test]
    fn a_day_without_its_year_joins_only_an_unambiguous_dated_form() {
        let one_year = DateKeys::new(["January 1", "1 January 2024"]);
        assert_eq!(one_year.key("January 1"), one_year.key("1 January 2024"));
        let two_years = DateKeys::new(["January 1", "1 January 2024", "Jan. 1, 2011"]);
        assert_eq!(two_years.key("January 1").as_deref(), Some("DATE:-1-1"));
        assert_ne!(two_years.key("1 January 2024"), two_years.key("Jan. 1, 2011"));
    }

    #[test]
    fn months_join_across_spellings_but_periods_keep_their_wording() {
        let keys = DateKeys::new([]);
        assert_eq!(keys.key("Mar. 2019"), keys.key("March 2019"));
        assert_ne!(keys.key("March 2019"), keys.key("March"));
        for period in ["late April", "mid-May", "fiscal 2024", "2021–2023", "the 1990s", "Q1 2025", "2023", "11th"] {
            assert_eq!(keys.key(period), None, "{period}");
        }
    }
}
