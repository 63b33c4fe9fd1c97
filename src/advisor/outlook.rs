//! The chance of an invitation within a few months, from the rounds before
//! a date (`../shared/spec/outlook.md`). Pure: the rounds are given.
//!
//! The model, in plain words. For each kind of round the person can be in:
//! - how often such rounds come: the rounds of that kind in the last
//!   `window_months` months, per month, faded when the last one is much
//!   older than the usual gap between them;
//! - how likely one reaches the score: where recent cut-offs fall, as a
//!   bell curve around their recent average (recent rounds weigh more; a
//!   few points of spread at least), read at the score;
//! - rounds that reach the score then come as a Poisson process: the chance
//!   of at least one within H months is 1 - exp(-rate x reach x H), and the
//!   kinds add up for the overall chance.
//!
//! The parameters are data (`rules/outlook.json`), fitted on the history by
//! `crs-planner outlook --fit`.

use serde::{Deserialize, Serialize};

use crate::engine::eligibility::{Answer, Report};
use crate::engine::Date;

/// A round held before the forecast's day, as the outlook reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastRound {
    pub date: Date,
    /// The kind's key (`all`, `pnp`, `cec`, `french`, ...).
    pub kind: String,
    pub cutoff: u16,
}

/// Who is asking: the score, and the kinds of round they can be in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asker {
    /// With a nomination, the 600 is in it.
    pub score: u16,
    /// Programs (`fsw`, `cec`, `fst`) and categories they are eligible for.
    pub eligible: Vec<String>,
    pub nominated: bool,
}

const PROGRAMS: [&str; 3] = ["fsw", "cec", "fst"];

/// What an eligibility report leaves open, kept apart so a caller can say it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unsure {
    /// Programs counted as open though not known (no work history yet).
    pub assumed: Vec<String>,
    /// Categories left out because the answer is not known.
    pub unknown: Vec<String>,
}

impl Asker {
    /// Who the outlook is for, from the score and the eligibility report: a
    /// program not known (no work history yet) is counted as open, and said;
    /// a category must be known.
    pub fn from_report(score: u16, report: &Report, nominated: bool) -> (Asker, Unsure) {
        let mut eligible = Vec::new();
        let mut unsure = Unsure::default();
        for program in &report.programs {
            let key = program.program.key().to_string();
            match program.answer {
                Answer::Yes => eligible.push(key),
                Answer::Unknown => {
                    eligible.push(key.clone());
                    unsure.assumed.push(key);
                }
                Answer::No => {}
            }
        }
        for category in report.categories.iter().flat_map(|c| &c.categories) {
            match category.answer {
                Answer::Yes => eligible.push(category.id.clone()),
                Answer::Unknown => unsure.unknown.push(category.id.clone()),
                Answer::No => {}
            }
        }
        let asker = Asker {
            score,
            eligible,
            nominated,
        };
        (asker, unsure)
    }

    /// Whether a round of `kind` is open to them (the spec's table).
    pub fn can_be_in(&self, kind: &str) -> bool {
        let in_pool = self.eligible.iter().any(|k| PROGRAMS.contains(&k.as_str()));
        match kind {
            "all" => in_pool,
            "pnp" => in_pool && self.nominated,
            kind => self.eligible.iter().any(|k| k == kind),
        }
    }
}

/// The model's parameters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// How far back rounds count for how often they come.
    pub window_months: u16,
    /// Recent cut-offs weigh more: a round this many rounds older weighs half.
    pub half_life_rounds: f64,
    /// How many of the latest rounds the cut-off curve reads.
    pub recent_rounds: usize,
    /// The least spread of cut-offs, in points.
    pub min_spread: f64,
    /// How much a kind fades per usual gap beyond the usual since its last round.
    pub fade: f64,
    /// Rounds the recent pace does not foresee (a new category, a sudden
    /// drop), per month, for anyone in a round at all.
    pub surprise_per_month: f64,
    /// The chance the recent pace breaks altogether (a pause in rounds).
    pub doubt: f64,
}

const SHIPPED_PARAMS: &str = include_str!("../../rules/outlook.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamsFile {
    format: String,
    #[allow(dead_code)]
    fitted: String,
    params: Params,
    backtest: Option<Backtested>,
}

/// How the fitted parameters did on the 6-month backtest.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backtested {
    pub model: f64,
    pub persistence: f64,
    pub frequency: f64,
}

/// The backtest figures the shipped parameters were fitted with.
pub fn shipped_backtest() -> Option<Backtested> {
    serde_json::from_str::<ParamsFile>(SHIPPED_PARAMS).ok()?.backtest
}

impl Params {
    pub fn shipped() -> Params {
        let file: ParamsFile = serde_json::from_str(SHIPPED_PARAMS)
            .unwrap_or_else(|e| panic!("rules/outlook.json is shipped broken: {e}"));
        assert_eq!(file.format, "crs-outlook/1", "rules/outlook.json format");
        file.params
    }
}

/// One kind's forecast.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindOutlook {
    pub kind: String,
    /// The chance within each horizon, in order.
    pub p: Vec<f64>,
    /// Such rounds per month that reach the score (the model's rate).
    #[serde(skip)]
    pub reaching_per_month: f64,
    pub rounds_last_12_months: u32,
    pub last_cutoff: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlook {
    pub horizons: Vec<u16>,
    /// The chance that at least one open round reaches the score.
    pub any: Vec<f64>,
    /// Months, when rounds reaching the score come at all.
    pub expected_wait_months: Option<f64>,
    pub by_kind: Vec<KindOutlook>,
}

/// The standard normal distribution function (Abramowitz-Stegun 7.1.26,
/// error under 1.5e-7): plenty for a chance given to a person.
fn normal_cdf(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.327_591_1 * x.abs() / std::f64::consts::SQRT_2);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-(x * x) / 2.0).exp();
    if x >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

fn months_between(earlier: Date, later: Date) -> f64 {
    (later.days_since_unix_epoch() - earlier.days_since_unix_epoch()) as f64 / 30.44
}

/// How old the newest round may be before a forecast says it knows nothing newer.
pub const STALE_DAYS: i64 = 56;

/// The longest expected wait worth giving, in months.
const MAX_WAIT_MONTHS: f64 = 600.0;

/// What the rounds before a day say of one kind of round, whatever the
/// score: worked out once, so a forecast for a new score costs a few
/// multiplications (the planner asks on every key).
#[derive(Debug, Clone, PartialEq)]
pub struct KindPace {
    pub kind: String,
    /// Such rounds per month (faded when they seem to have stopped).
    pub per_month: f64,
    /// Where recent cut-offs fall: their weighted mean and spread.
    pub mean: f64,
    pub spread: f64,
    pub rounds_last_12_months: u32,
    pub last_cutoff: Option<u16>,
}

/// Every kind's pace as of a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub as_of: Date,
    surprise_per_month: f64,
    doubt: f64,
    /// The newest round read (the last one before `as_of`).
    pub newest: Option<Date>,
    pub kinds: Vec<KindPace>,
}

impl Prepared {
    /// From `rounds` (any order; only those dated strictly before `as_of`).
    pub fn new(rounds: &[PastRound], as_of: Date, params: &Params) -> Prepared {
        let window_start = as_of.plus_months(-i32::from(params.window_months));
        let year_ago = as_of.plus_months(-12);
        // A kind's silence is measured to the newest round of any kind: with
        // data that stops early, every kind would otherwise seem to stop.
        let newest = rounds.iter().map(|r| r.date).filter(|&d| d < as_of).max();
        let heard_until = newest.unwrap_or(as_of);
        // Each kind's rounds, gathered in one pass (a feed may name as many
        // kinds as it has rounds).
        let mut by_kind: std::collections::BTreeMap<&str, Vec<&PastRound>> =
            std::collections::BTreeMap::new();
        for round in rounds.iter().filter(|r| r.date < as_of) {
            by_kind.entry(round.kind.as_str()).or_default().push(round);
        }
        let kinds = by_kind
            .into_iter()
            .map(|(kind, mut past)| {
                // Newest first.
                past.sort_by_key(|r| std::cmp::Reverse(r.date));
                let in_window = past.iter().filter(|r| r.date >= window_start).count();
                let mut per_month = in_window as f64 / f64::from(params.window_months.max(1));
                // Fading: when the last round is older than the usual gap,
                // the kind may have stopped.
                if let Some(last) = past.first() {
                    let usual_gap = if in_window > 1 {
                        f64::from(params.window_months) / in_window as f64
                    } else {
                        f64::from(params.window_months)
                    };
                    let since = months_between(last.date, heard_until);
                    if since > usual_gap {
                        per_month *= (-(params.fade * (since - usual_gap) / usual_gap.max(0.5))).exp();
                    }
                }
                let recent: Vec<&&PastRound> = past.iter().take(params.recent_rounds.max(1)).collect();
                let weights: Vec<f64> = (0..recent.len())
                    .map(|age| 0.5f64.powf(age as f64 / params.half_life_rounds.max(0.1)))
                    .collect();
                let total_weight: f64 = weights.iter().sum();
                let mean = recent
                    .iter()
                    .zip(&weights)
                    .map(|(r, w)| f64::from(r.cutoff) * w)
                    .sum::<f64>()
                    / total_weight.max(f64::MIN_POSITIVE);
                let variance = recent
                    .iter()
                    .zip(&weights)
                    .map(|(r, w)| w * (f64::from(r.cutoff) - mean).powi(2))
                    .sum::<f64>()
                    / total_weight.max(f64::MIN_POSITIVE);
                KindPace {
                    kind: kind.to_string(),
                    per_month,
                    mean,
                    spread: variance.sqrt().max(params.min_spread),
                    rounds_last_12_months: past.iter().filter(|r| r.date >= year_ago).count() as u32,
                    last_cutoff: past.first().map(|r| r.cutoff),
                }
            })
            .collect();
        Prepared {
            as_of,
            surprise_per_month: params.surprise_per_month,
            doubt: params.doubt,
            newest,
            kinds,
        }
    }

    /// Whether the newest round read is more than eight weeks before the
    /// day: the forecast knows nothing newer.
    pub fn stale(&self) -> bool {
        self.newest.is_none_or(|newest| {
            self.as_of.days_since_unix_epoch() - newest.days_since_unix_epoch() > STALE_DAYS
        })
    }

    /// The forecast for one person.
    pub fn forecast(&self, asker: &Asker, horizons: &[u16]) -> Outlook {
        let by_kind: Vec<KindOutlook> = self
            .kinds
            .iter()
            .filter(|pace| asker.can_be_in(&pace.kind))
            .map(|pace| {
                // Ties are invited: a score equal to the cut-off reaches it.
                let reach = normal_cdf((f64::from(asker.score) + 0.5 - pace.mean) / pace.spread);
                let reaching = pace.per_month * reach;
                KindOutlook {
                    kind: pace.kind.clone(),
                    p: horizons
                        .iter()
                        .map(|&h| (1.0 - self.doubt) * (1.0 - (-reaching * f64::from(h)).exp()))
                        .collect(),
                    reaching_per_month: reaching,
                    rounds_last_12_months: pace.rounds_last_12_months,
                    last_cutoff: pace.last_cutoff,
                }
            })
            .collect();
        let surprise = if by_kind.is_empty() {
            0.0
        } else {
            self.surprise_per_month
        };
        let total: f64 = by_kind.iter().map(|k| k.reaching_per_month).sum::<f64>() + surprise;
        Outlook {
            horizons: horizons.to_vec(),
            any: horizons
                .iter()
                .map(|&h| (1.0 - self.doubt) * (1.0 - (-total * f64::from(h)).exp()))
                .collect(),
            // Past fifty years the pace says nothing: no wait is given.
            expected_wait_months: (total * MAX_WAIT_MONTHS > 1.0).then(|| 1.0 / total),
            by_kind,
        }
    }
}

impl Outlook {
    /// The kind most likely to reach the score first.
    pub fn best_kind(&self) -> Option<&KindOutlook> {
        self.by_kind
            .iter()
            .filter(|k| k.reaching_per_month > 0.0)
            .max_by(|a, b| a.reaching_per_month.total_cmp(&b.reaching_per_month))
    }
}

/// The forecast as of `as_of`, from `rounds` (any order; only those dated
/// strictly before `as_of` are read).
pub fn forecast(
    rounds: &[PastRound],
    asker: &Asker,
    as_of: Date,
    horizons: &[u16],
    params: &Params,
) -> Outlook {
    Prepared::new(rounds, as_of, params).forecast(asker, horizons)
}

/// Whether an open round in `[from, from + months)` reached the score.
pub fn happened(rounds: &[PastRound], asker: &Asker, from: Date, months: u16) -> bool {
    let until = from.plus_months(i32::from(months));
    rounds
        .iter()
        .any(|r| r.date >= from && r.date < until && asker.can_be_in(&r.kind) && r.cutoff <= asker.score)
}

/// The naive forecasts the model must beat.
pub mod naive {
    use super::{happened, Asker, PastRound};
    use crate::engine::Date;

    /// 1 if an open round reached the score in the `months` before `as_of`.
    pub fn persistence(rounds: &[PastRound], asker: &Asker, as_of: Date, months: u16) -> f64 {
        let from = as_of.plus_months(-i32::from(months));
        if happened(rounds, asker, from, months) {
            1.0
        } else {
            0.0
        }
    }

    /// The share of the `months`-long windows starting each month of the two
    /// years before `as_of` (and ending before it) in which one did.
    pub fn frequency(rounds: &[PastRound], asker: &Asker, as_of: Date, months: u16) -> f64 {
        let starts: Vec<Date> = (0..24)
            .map(|back| as_of.plus_months(-24 + back))
            .filter(|start| start.plus_months(i32::from(months)) <= as_of)
            .collect();
        if starts.is_empty() {
            return 0.0;
        }
        let hits = starts
            .iter()
            .filter(|&&start| happened(rounds, asker, start, months))
            .count();
        hits as f64 / starts.len() as f64
    }
}

/// A backtest's result for one forecaster.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    pub brier: f64,
    /// Per tenth of the forecast: (forecasts, mean forecast, observed rate).
    pub reliability: Vec<(usize, f64, f64)>,
}

pub fn score(pairs: &[(f64, bool)]) -> Scored {
    let brier = if pairs.is_empty() {
        0.0
    } else {
        pairs
            .iter()
            .map(|&(p, o)| (p - if o { 1.0 } else { 0.0 }).powi(2))
            .sum::<f64>()
            / pairs.len() as f64
    };
    let mut bins = vec![(0usize, 0.0f64, 0usize); 10];
    for &(p, o) in pairs {
        let bin = ((p * 10.0) as usize).min(9);
        bins[bin].0 += 1;
        bins[bin].1 += p;
        bins[bin].2 += usize::from(o);
    }
    Scored {
        brier,
        reliability: bins
            .into_iter()
            .map(|(n, sum, hits)| {
                if n == 0 {
                    (0, 0.0, 0.0)
                } else {
                    (n, sum / n as f64, hits as f64 / n as f64)
                }
            })
            .collect(),
    }
}

/// The backtest's grid: scores and eligibility sets people have.
pub fn grid() -> Vec<Asker> {
    let sets: [(&[&str], bool); 8] = [
        (&["fsw"], false),
        (&["cec"], false),
        (&["fst", "trades"], false),
        (&["fsw", "french"], false),
        (&["cec", "healthcare"], false),
        (&["fsw", "stem"], false),
        (&["cec", "french"], false),
        (&["cec"], true),
    ];
    let mut askers = Vec::new();
    for (eligible, nominated) in sets {
        for base in (300..=600).step_by(20) {
            let score = if nominated { base + 600 } else { base };
            askers.push(Asker {
                score,
                eligible: eligible.iter().map(|k| k.to_string()).collect(),
                nominated,
            });
        }
    }
    askers
}

/// Model, persistence and frequency over every month from `from` to `to`
/// (forecast horizon `months`; only months whose outcome is known).
pub fn backtest(
    rounds: &[PastRound],
    from: Date,
    to: Date,
    months: u16,
    params: &Params,
    data_until: Date,
) -> (Scored, Scored, Scored) {
    backtest_on(rounds, &grid(), from, to, months, params, data_until)
}

/// The backtest over any grid of askers.
pub fn backtest_on(
    rounds: &[PastRound],
    askers: &[Asker],
    from: Date,
    to: Date,
    months: u16,
    params: &Params,
    data_until: Date,
) -> (Scored, Scored, Scored) {
    let mut model = Vec::new();
    let mut persistence = Vec::new();
    let mut frequency = Vec::new();
    let mut day = from;
    while day <= to && day.plus_months(i32::from(months)) <= data_until {
        let prepared = Prepared::new(rounds, day, params);
        for asker in askers {
            let outcome = happened(rounds, asker, day, months);
            let forecast = prepared.forecast(asker, &[months]);
            model.push((forecast.any[0], outcome));
            persistence.push((naive::persistence(rounds, asker, day, months), outcome));
            frequency.push((naive::frequency(rounds, asker, day, months), outcome));
        }
        day = day.plus_months(1);
    }
    (score(&model), score(&persistence), score(&frequency))
}
