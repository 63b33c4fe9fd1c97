//! IRCC's announcements that change which kinds of round run: a category
//! list published before its first round, a pause or a resumption. The
//! feed of rounds cannot say these until the first round comes; the
//! outlook reads only those dated before the day it forecasts
//! (`rules/announcements.json`, each with its sources).

use serde::Deserialize;

use crate::engine::Date;

/// What an announcement says of the kinds it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Rounds of a kind not held before (or not under this list) will come.
    Start,
    /// Rounds of a kind that stopped will come again.
    Resume,
    /// Rounds of the kind stop for a while.
    Pause,
    /// The kind is retired.
    End,
}

impl Change {
    /// Whether rounds are to come after it.
    pub fn opens(self) -> bool {
        matches!(self, Change::Start | Change::Resume)
    }

    /// Its name in the file and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Change::Start => "start",
            Change::Resume => "resume",
            Change::Pause => "pause",
            Change::End => "end",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    pub date: Date,
    pub change: Change,
    /// The outlook's keys of the kinds it names.
    pub kinds: Vec<String>,
    /// The first round's day when the announcement gives one.
    pub first_round: Option<Date>,
    pub what: String,
}

/// What the latest announcement before a day says of one kind, when the
/// rounds have not yet said otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub said_on: Date,
    pub change: Change,
    /// For a start or a resumption: rounds are not expected before this day.
    pub not_before: Date,
}

impl Standing {
    /// The day a start or a resumption gave, when later than the saying.
    pub fn first_round(&self) -> Option<Date> {
        (self.change.opens() && self.not_before > self.said_on).then_some(self.not_before)
    }

    /// "IRCC said on 2026-02-18 that these rounds would start (, not before …)".
    pub fn describe(&self) -> String {
        let change = self.change.key();
        match self.first_round() {
            Some(from) => crate::t!(
                "outlook-announced-from",
                date = self.said_on,
                change = change,
                from = from
            ),
            None => crate::t!("outlook-announced", date = self.said_on, change = change),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: String,
    #[allow(dead_code)]
    about: String,
    announcements: Vec<RawAnnouncement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnnouncement {
    date: String,
    change: Change,
    kinds: Vec<String>,
    #[serde(default)]
    first_round: Option<String>,
    what: String,
    sources: Vec<String>,
}

pub const FORMAT: &str = "crs-announcements/1";

const SHIPPED: &str = include_str!("../../rules/announcements.json");

/// Why an announcements file was refused: the key path and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub path: String,
    pub problem: String,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Reads a `crs-announcements/1` text: dates are days, kinds are kinds of
/// round, a first round only for what opens and not before the announcement,
/// every announcement with a source; sorted by date.
pub fn parse(text: &str) -> Result<Vec<Announcement>, Refused> {
    let raw: RawFile = serde_json::from_str(text).map_err(|error| Refused {
        path: format!("line {}", error.line()),
        problem: error.to_string(),
    })?;
    if raw.format != FORMAT {
        return Err(Refused {
            path: "format".into(),
            problem: format!("expected \"{FORMAT}\""),
        });
    }
    let mut announcements = Vec::new();
    for (index, item) in raw.announcements.into_iter().enumerate() {
        let at = |key: &str| format!("announcements[{index}].{key}");
        let day = |text: &str, key: &str| {
            text.parse::<Date>().map_err(|_| Refused {
                path: at(key),
                problem: "expected a day as YYYY-MM-DD".into(),
            })
        };
        let date = day(&item.date, "date")?;
        let first_round = match &item.first_round {
            None => None,
            Some(text) => {
                let first = day(text, "first_round")?;
                if !item.change.opens() {
                    return Err(Refused {
                        path: at("first_round"),
                        problem: "expected only for a start or a resumption".into(),
                    });
                }
                if first < date {
                    return Err(Refused {
                        path: at("first_round"),
                        problem: "expected on or after the announcement's date".into(),
                    });
                }
                Some(first)
            }
        };
        if item.kinds.is_empty() {
            return Err(Refused {
                path: at("kinds"),
                problem: "expected at least one kind of round".into(),
            });
        }
        for (k, kind) in item.kinds.iter().enumerate() {
            if crate::draws::Category::from_key(kind).is_none() {
                return Err(Refused {
                    path: format!("announcements[{index}].kinds[{k}]"),
                    problem: format!("expected a kind of round (all, cec, french, ...), found \"{kind}\""),
                });
            }
        }
        if item.sources.iter().all(|s| s.trim().is_empty()) {
            return Err(Refused {
                path: at("sources"),
                problem: "expected where it was said".into(),
            });
        }
        announcements.push(Announcement {
            date,
            change: item.change,
            kinds: item.kinds,
            first_round,
            what: item.what,
        });
    }
    announcements.sort_by_key(|a| a.date);
    Ok(announcements)
}

/// The shipped announcements (checked by a test; read once).
pub fn shipped() -> &'static [Announcement] {
    static SHIPPED_LIST: std::sync::OnceLock<Vec<Announcement>> = std::sync::OnceLock::new();
    SHIPPED_LIST.get_or_init(|| parse(SHIPPED).unwrap_or_default())
}

/// What the announcements dated before `as_of` say of `kind`, unless a
/// round of it on or after the latest one's day (and before `as_of`) has
/// said more: `last_round` is the kind's newest round before `as_of`.
pub fn standing(
    announced: &[Announcement],
    kind: &str,
    as_of: Date,
    last_round: Option<Date>,
) -> Option<Standing> {
    let latest = announced
        .iter()
        .filter(|a| a.date < as_of && a.kinds.iter().any(|k| k == kind))
        .max_by_key(|a| a.date)?;
    if last_round.is_some_and(|day| day >= latest.date) {
        return None;
    }
    Some(Standing {
        said_on: latest.date,
        change: latest.change,
        not_before: latest.first_round.unwrap_or(latest.date),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_reads() {
        let list = parse(SHIPPED).expect("the shipped announcements");
        assert_eq!(list.len(), 7);
        assert!(list.windows(2).all(|w| w[0].date <= w[1].date));
    }
}
