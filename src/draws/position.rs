//! Where a score stands: against each category's recent cut-offs, and in the
//! pool as IRCC last published it.

use serde::Serialize;

use super::category::Category;
use super::entry::Person;
use super::feed::{Distribution, Feed, Round, BANDS};
use crate::engine::eligibility::Answer;
use crate::engine::Date;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PoolPosition {
    /// The date of the distribution used.
    pub as_on: String,
    pub round: String,
    /// Candidates with a higher score, interpolating within the score's band.
    pub ahead: u32,
    pub total: u32,
    /// `ahead` as a share of the pool: "top 12.3%".
    pub top_percent: f64,
}

/// Candidates ahead of `score` in a distribution, assuming candidates spread
/// evenly over the scores of their band.
pub fn pool_position(round: &str, distribution: &Distribution, score: u16) -> PoolPosition {
    let mut ahead = 0.0f64;
    for (&(_, low, high), &count) in BANDS.iter().zip(distribution.bands.iter()) {
        let count = f64::from(count);
        if score < low {
            ahead += count;
        } else if score <= high {
            let scores_above = f64::from(high - score);
            let band_width = f64::from(high - low + 1);
            ahead += count * scores_above / band_width;
        }
    }
    let total = distribution.total();
    let ahead = ahead.round() as u32;
    PoolPosition {
        as_on: distribution.as_on.to_string(),
        round: round.to_string(),
        ahead,
        total,
        top_percent: if total == 0 {
            0.0
        } else {
            (f64::from(ahead) / f64::from(total) * 1000.0).round() / 10.0
        },
    }
}

/// How a score fares against one category's recent rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    #[serde(rename = "category")]
    pub key: String,
    pub label: String,
    #[serde(skip)]
    pub category: Category,
    /// Rounds looked at: the category's most recent ones.
    pub rounds: usize,
    /// Of those, how many had a cut-off at or below the score.
    pub invited_in: usize,
    pub latest_cutoff: u16,
    pub latest_date: String,
    pub latest_round: String,
    /// The score minus the latest cut-off: negative is points short.
    pub gap: i32,
    /// With a person: their way into the latest round of the category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<StandingEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandingEntry {
    pub eligible: Option<bool>,
    pub unmet: Vec<crate::engine::eligibility::Reason>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list_version: Option<String>,
}

/// For each category with rounds on or after `since`, the last `last_rounds`
/// of them against `score`. With a person, a round counts as one they would
/// have been invited in only when they could be in it.
pub fn standings(
    feed: &Feed,
    score: u16,
    since: Option<Date>,
    last_rounds: usize,
    person: Option<&Person>,
) -> Vec<Standing> {
    let mut found = Vec::new();
    for category in feed.categories() {
        let recent: Vec<_> = feed
            .rounds
            .iter()
            .filter(|round| round.category == category && since.is_none_or(|date| round.date >= date))
            .take(last_rounds)
            .collect();
        let Some(latest) = recent.first() else {
            continue;
        };
        let open = |round: &Round| person.is_none_or(|p| p.entry_to(round).answer == Answer::Yes);
        // Past rounds count as the person stood on each one's day; whether
        // they can be in the next one is judged on their own day, by the
        // lists in force then, as `eligibility` judges it.
        let entry = person.map(|p| {
            let entry = p.entry(&category, p.report.as_of);
            StandingEntry {
                eligible: entry.answer.as_option(),
                unmet: entry.reasons,
                list_version: entry.version,
            }
        });
        found.push(Standing {
            key: category.key(),
            label: category.label().to_string(),
            rounds: recent.len(),
            invited_in: recent
                .iter()
                .filter(|round| round.cutoff <= score && open(round))
                .count(),
            entry,
            latest_cutoff: latest.cutoff,
            latest_date: latest.date.to_string(),
            latest_round: latest.number.clone(),
            gap: i32::from(score) - i32::from(latest.cutoff),
            category,
        });
    }
    found.sort_by(|a, b| b.latest_date.cmp(&a.latest_date).then(a.label.cmp(&b.label)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distribution() -> Distribution {
        Distribution {
            as_on: "2026-08-03".parse().unwrap(),
            // 601+, 501-600, 491-500, 481-490, 471-480, 461-470, 451-460, 441-450, ..., 0-300
            bands: [
                500, 19_705, 12_939, 12_890, 16_368, 16_057, 14_845, 13_595, 13_267, 11_942, 11_326, 10_775,
                50_107, 17_101, 7_683,
            ],
            published_total: 229_100,
        }
    }

    #[test]
    fn a_score_at_the_top_of_a_band_has_the_bands_above_ahead() {
        let position = pool_position("434", &distribution(), 470);
        assert_eq!(position.ahead, 500 + 19_705 + 12_939 + 12_890 + 16_368);
        assert_eq!(position.total, 229_100);
    }

    #[test]
    fn within_a_band_candidates_spread_evenly() {
        // 465 in 461-470: five of the band's ten scores are higher.
        let position = pool_position("434", &distribution(), 465);
        assert_eq!(position.ahead, 62_402 + 8_029); // 16,057 / 2 = 8,028.5, rounded
        assert_eq!(position.top_percent, 30.7);
        // 1200 has nobody ahead; 0 has everyone but those at 0.
        assert_eq!(pool_position("434", &distribution(), 1200).ahead, 0);
        let bottom = pool_position("434", &distribution(), 0);
        assert_eq!(
            bottom.ahead,
            229_100 - 7_683 + (7_683.0f64 * 300.0 / 301.0).round() as u32
        );
    }
}
