//! IRCC's feed of rounds of invitations (`ee_rounds_123_en.json`), read into
//! typed rounds. Pure: text in, rounds or a precise error out.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::category::Category;
use crate::engine::Date;
use crate::said::Said;

/// Pool bands in the feed: field number and CRS range, highest first. The
/// subtotal fields dd3 and dd9 and the total dd18 are not bands.
pub const BANDS: [(usize, u16, u16); 15] = [
    (1, 601, 1200),
    (2, 501, 600),
    (4, 491, 500),
    (5, 481, 490),
    (6, 471, 480),
    (7, 461, 470),
    (8, 451, 460),
    (10, 441, 450),
    (11, 431, 440),
    (12, 421, 430),
    (13, 411, 420),
    (14, 401, 410),
    (15, 351, 400),
    (16, 301, 350),
    (17, 0, 300),
];

/// Candidates in the pool by CRS band on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    pub as_on: Date,
    /// Candidates per band, in the order of `BANDS`.
    pub bands: [u32; 15],
    /// The total IRCC published (dd18).
    pub published_total: u32,
}

impl Distribution {
    /// The candidates counted in the bands.
    pub fn total(&self) -> u32 {
        self.bands.iter().sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// As published: "434", "91a".
    pub number: String,
    pub date: Date,
    /// The round's name as IRCC wrote it.
    pub name: String,
    pub category: Category,
    pub size: u32,
    /// The lowest score invited.
    pub cutoff: u16,
    /// The tie-breaking rule, as published ("October 11, 2025 at 14:55:49 UTC").
    pub tie_break: String,
    pub programs: String,
    pub distribution: Option<Distribution>,
}

/// Every round, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub rounds: Vec<Round>,
}

/// A feed that cannot be used: the round and field at fault ("round 91a:
/// drawCRS") as its path.
pub use crate::error::InputError as FeedError;

#[derive(Deserialize)]
struct RawFeed {
    rounds: Vec<BTreeMap<String, serde_json::Value>>,
}

/// A round's fields as read: by key, a text, or what was found instead.
trait RoundFields {
    /// `None` when the key is absent; `Err` with the value found when it is
    /// not a string.
    fn field(&self, key: &str) -> Option<Result<&str, String>>;
}

impl RoundFields for BTreeMap<String, serde_json::Value> {
    fn field(&self, key: &str) -> Option<Result<&str, String>> {
        self.get(key).map(|value| match value {
            serde_json::Value::String(text) => Ok(text.as_str()),
            other => Err(other.to_string()),
        })
    }
}

/// The feed read at full speed: every field the rounds are read by, as
/// borrowed text. Anything unusual (a value that is not a string, null, a
/// key given twice) fails it, and the feed is read again as a map of
/// values, which says what is wrong where.
#[derive(Deserialize)]
struct FastFeed<'a> {
    #[serde(borrow)]
    rounds: Vec<FastRound<'a>>,
}

/// A string and only a string (not null).
fn some_text<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<std::borrow::Cow<'de, str>>, D::Error> {
    <std::borrow::Cow<'de, str> as Deserialize>::deserialize(deserializer).map(Some)
}

macro_rules! fast_round {
    ($($field:ident = $key:literal),* $(,)?) => {
        #[derive(Deserialize)]
        struct FastRound<'a> {
            $(
                #[serde(rename = $key, borrow, default, deserialize_with = "some_text")]
                $field: Option<std::borrow::Cow<'a, str>>,
            )*
        }

        impl RoundFields for FastRound<'_> {
            fn field(&self, key: &str) -> Option<Result<&str, String>> {
                let value = match key {
                    $($key => &self.$field,)*
                    _ => &None,
                };
                value.as_deref().map(Ok)
            }
        }
    };
}

fast_round! {
    number = "drawNumber",
    date = "drawDate",
    name = "drawName",
    size = "drawSize",
    crs = "drawCRS",
    cut_off = "drawCutOff",
    text_2 = "drawText2",
    distribution_as_on = "drawDistributionAsOn",
    dd1 = "dd1",
    dd2 = "dd2",
    dd3 = "dd3",
    dd4 = "dd4",
    dd5 = "dd5",
    dd6 = "dd6",
    dd7 = "dd7",
    dd8 = "dd8",
    dd9 = "dd9",
    dd10 = "dd10",
    dd11 = "dd11",
    dd12 = "dd12",
    dd13 = "dd13",
    dd14 = "dd14",
    dd15 = "dd15",
    dd16 = "dd16",
    dd17 = "dd17",
    dd18 = "dd18",
}

impl Feed {
    /// Reads the feed as IRCC publishes it: every value a string, numbers
    /// with thousands separators, HTML in link fields, all-zero distributions
    /// meaning none was published.
    pub fn parse(text: &str) -> Result<Feed, FeedError> {
        let text = crate::files::without_bom(text);
        if let Ok(fast) = serde_json::from_str::<FastFeed>(text) {
            return Self::from_rounds(&fast.rounds);
        }
        let raw: RawFeed = serde_json::from_str(text).map_err(|e| FeedError {
            file: String::new(),
            path: String::new(),
            problem: if e.is_data() {
                crate::said!(
                    "feed-expected-rounds",
                    problem = crate::error::without_position(&e.to_string())
                )
            } else {
                crate::error::broken_json(&e)
            }
            .at(crate::said!("feed-whole")),
        })?;
        Self::from_rounds(&raw.rounds)
    }

    /// The rounds checked one by one, then in order, newest first.
    fn from_rounds(raw: &[impl RoundFields]) -> Result<Feed, FeedError> {
        if raw.is_empty() {
            return Err(FeedError {
                file: String::new(),
                path: "rounds".into(),
                problem: crate::said!("feed-no-rounds"),
            });
        }
        let mut rounds = Vec::with_capacity(raw.len());
        // Where each round number was first listed: one look-up a round.
        let mut listed: std::collections::HashMap<String, usize> =
            std::collections::HashMap::with_capacity(raw.len());
        for (index, fields) in raw.iter().enumerate() {
            let round = parse_round(index, fields)?;
            if let Some(&earlier) = listed.get(&round.number) {
                return Err(FeedError {
                    file: String::new(),
                    path: String::new(),
                    problem: crate::said!(
                        "feed-round-twice",
                        earlier = earlier.to_string(),
                        index = index.to_string()
                    )
                    .at(crate::said!("feed-round", number = &round.number)),
                });
            }
            listed.insert(round.number.clone(), index);
            rounds.push(round);
        }
        // Newest first; each round's order key made once, not per comparison.
        rounds.sort_by_cached_key(|round| std::cmp::Reverse((round.date, number_order(&round.number))));
        Ok(Feed { rounds })
    }

    /// Refuses rounds dated after `today`: a round is published once held,
    /// so a later date is a mistake in the file (9999-12-31 was seen).
    pub fn check_dates(&self, today: Date) -> Result<(), FeedError> {
        match self.rounds.iter().find(|round| round.date > today) {
            Some(round) => Err(refused(
                &crate::said!("feed-round", number = &round.number),
                "drawDate",
                crate::said!("feed-after-today", date = round.date, today = today),
            )),
            None => Ok(()),
        }
    }

    pub fn newest(&self) -> &Round {
        &self.rounds[0]
    }

    /// The newest round that came with a pool distribution.
    pub fn latest_distribution(&self) -> Option<(&Round, &Distribution)> {
        self.rounds
            .iter()
            .find_map(|round| round.distribution.as_ref().map(|d| (round, d)))
    }

    /// Every category that has rounds, in a stable order.
    pub fn categories(&self) -> Vec<Category> {
        let mut found: Vec<Category> = Vec::new();
        for round in &self.rounds {
            if !found.contains(&round.category) {
                found.push(round.category.clone());
            }
        }
        found.sort();
        found
    }
}

/// "91a" sorts after "91" and before "91b".
fn number_order(number: &str) -> (u32, String) {
    let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(0), number[digits.len()..].to_string())
}

/// A refusal at a round's field ("round 91a: drawDate: ..."), its round
/// named when shown, in the language then in use.
fn refused(round: &Said, key: &str, problem: Said) -> FeedError {
    FeedError {
        file: String::new(),
        path: String::new(),
        problem: problem.at(key).at(round.clone()),
    }
}

fn text<'a>(fields: &'a impl RoundFields, key: &str, round: &Said) -> Result<&'a str, FeedError> {
    match fields.field(key) {
        Some(Ok(value)) => Ok(value),
        Some(Err(found)) => Err(refused(
            round,
            key,
            crate::error::expected_found(crate::said!("input-string"), found),
        )),
        None => Err(refused(round, key, crate::said!("input-absent"))),
    }
}

/// "5,000" -> 5000. An empty field counts as zero only where `empty_is_zero`.
fn count(value: &str, location: impl Fn(Said) -> FeedError, empty_is_zero: bool) -> Result<u32, FeedError> {
    let cleaned: String = value.trim().chars().filter(|&c| c != ',' && c != ' ').collect();
    if cleaned.is_empty() && empty_is_zero {
        return Ok(0);
    }
    if cleaned.is_empty() || !cleaned.bytes().all(|b| b.is_ascii_digit()) {
        return Err(location(crate::error::expected_found(
            crate::said!("input-whole-number"),
            format!("{value:?}"),
        )));
    }
    cleaned
        .parse()
        .ok()
        .filter(|&number| number <= MAX_COUNT)
        .ok_or_else(|| {
            location(crate::said!(
                "feed-too-large",
                value = format!("{value:?}"),
                max = MAX_COUNT
            ))
        })
}

/// The most candidates a round or a pool band may count: far above any real
/// pool (about 250,000), far below where sums of counts could overflow.
pub const MAX_COUNT: u32 = 10_000_000;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "August 3, 2026" -> 2026-08-03.
pub fn parse_long_date(text: &str) -> Option<Date> {
    let cleaned = text.replace(',', " ");
    let mut parts = cleaned.split_whitespace();
    let month = parts.next()?.to_lowercase();
    let day: u8 = parts.next()?.parse().ok()?;
    let year: u16 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    let month = MONTHS.iter().position(|&name| name == month)? as u8 + 1;
    Date::new(year, month, day)
}

fn parse_round(index: usize, fields: &impl RoundFields) -> Result<Round, FeedError> {
    let position = Said::Verbatim(format!("rounds[{index}]"));
    let number = text(fields, "drawNumber", &position)?.trim().to_string();
    if number.is_empty() {
        return Err(refused(
            &position,
            "drawNumber",
            crate::error::expected_found(
                crate::said!("feed-round-number"),
                crate::said!("found-empty-text"),
            ),
        ));
    }
    let round = crate::said!("feed-round", number = &number);
    fn at_field<'a>(round: &'a Said, key: &'a str) -> impl Fn(Said) -> FeedError + 'a {
        move |problem| refused(round, key, problem)
    }
    let at = |key| at_field(&round, key);
    let date_text = text(fields, "drawDate", &round)?;
    let date: Date = date_text.trim().parse().map_err(|_| {
        at("drawDate")(crate::error::expected_found(
            crate::said!("input-date"),
            format!("{date_text:?}"),
        ))
    })?;
    let name = text(fields, "drawName", &round)?.trim().to_string();
    if name.is_empty() {
        return Err(at("drawName")(crate::error::expected_found(
            crate::said!("feed-round-name"),
            crate::said!("found-empty-text"),
        )));
    }
    let size = count(text(fields, "drawSize", &round)?, at("drawSize"), false)?;
    let cutoff_count = count(text(fields, "drawCRS", &round)?, at("drawCRS"), false)?;
    let cutoff = u16::try_from(cutoff_count)
        .ok()
        .filter(|&score| score <= 1200)
        .ok_or_else(|| {
            at("drawCRS")(crate::error::expected_found(
                crate::said!("feed-crs-score"),
                cutoff_count.to_string(),
            ))
        })?;
    let optional_text = |key: &str| -> Result<String, FeedError> {
        match fields.field(key) {
            None => Ok(String::new()),
            Some(_) => text(fields, key, &round).map(|value| value.trim().to_string()),
        }
    };
    let tie_break = optional_text("drawCutOff")?;
    let programs = optional_text("drawText2")?;

    let mut values = [0u32; 18];
    for (slot, value) in values.iter_mut().enumerate() {
        let key = format!("dd{}", slot + 1);
        *value = match fields.field(&key) {
            None => 0,
            Some(_) => count(text(fields, &key, &round)?, at_field(&round, &key), true)?,
        };
    }
    let distribution = if values.iter().all(|&value| value == 0) {
        None
    } else {
        let as_on_text = optional_text("drawDistributionAsOn")?;
        let as_on = parse_long_date(&as_on_text).ok_or_else(|| {
            at("drawDistributionAsOn")(crate::error::expected_found(
                crate::said!("feed-long-date"),
                format!("{as_on_text:?}"),
            ))
        })?;
        Some(Distribution {
            as_on,
            bands: BANDS.map(|(field, _, _)| values[field - 1]),
            published_total: values[17],
        })
    };
    Ok(Round {
        number,
        date,
        name,
        category: Category::of_round_name(fields.field("drawName").and_then(Result::ok).unwrap_or("")),
        size,
        cutoff,
        tie_break,
        programs,
        distribution,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast reading and the map of values read every feed alike.
    fn both_ways(text: &str) -> (Result<Feed, FeedError>, Result<Feed, FeedError>) {
        let fast: FastFeed = serde_json::from_str(text).expect("plain enough for the fast reading");
        let slow: RawFeed = serde_json::from_str(text).expect("a feed");
        (Feed::from_rounds(&fast.rounds), Feed::from_rounds(&slow.rounds))
    }

    #[test]
    fn the_fast_reading_reads_as_the_map_of_values_does() {
        let (fast, slow) = both_ways(crate::draws::SHIPPED_FEED);
        assert_eq!(fast.unwrap(), slow.unwrap());
        // Escapes (not borrowed), a missing optional field, a bad one.
        let round = |name: &str, crs: &str| {
            format!(
                r#"{{"drawNumber":"1","drawDate":"2020-01-08","drawName":"{name}","drawSize":"3,400","drawCRS":"{crs}","dd18":"0","extra":"x"}}"#
            )
        };
        for (name, crs) in [
            (r"Fran\u00e7ais \/ French", "472"),
            ("No Program Specified", "47x"),
        ] {
            let text = format!(r#"{{"rounds":[{}]}}"#, round(name, crs));
            let (fast, slow) = both_ways(&text);
            assert_eq!(fast.map_err(|e| e.to_string()), slow.map_err(|e| e.to_string()));
        }
        // What the fast reading cannot take is read the slow way, said as before.
        let null = r#"{"rounds":[{"drawNumber":"1","drawDate":null}]}"#;
        assert!(serde_json::from_str::<FastFeed>(null).is_err());
        let said = Feed::parse(null).unwrap_err().to_string();
        assert!(said.contains("drawDate") && said.contains("null"), "{said}");
    }

    #[test]
    fn long_dates() {
        assert_eq!(
            parse_long_date("August 3, 2026").unwrap().to_string(),
            "2026-08-03"
        );
        assert_eq!(
            parse_long_date("January 31, 2015").unwrap().to_string(),
            "2015-01-31"
        );
        assert!(parse_long_date("Smarch 3, 2026").is_none());
        assert!(parse_long_date("").is_none());
    }

    #[test]
    fn round_numbers_order() {
        assert!(number_order("91a") < number_order("91b"));
        assert!(number_order("91b") < number_order("92"));
        assert!(number_order("9") < number_order("10"));
    }
}
