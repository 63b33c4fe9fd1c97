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

use super::announced::{self, Announcement};
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asker {
    /// With a nomination, the 600 is in it.
    pub score: u16,
    /// Programs (`fsw`, `cec`, `fst`) and categories they are eligible for.
    pub eligible: Vec<String>,
    pub nominated: bool,
}

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
                Answer::Yes => eligible.push(category.id.to_string()),
                Answer::Unknown => unsure.unknown.push(category.id.to_string()),
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

    /// Makes them eligible for `keys` and nothing else, reusing the memory
    /// of the keys they had.
    pub fn set_eligible<'a>(&mut self, keys: impl Iterator<Item = &'a str>) {
        set_strings(&mut self.eligible, keys);
    }

    /// Every kind of round open to them, by key.
    pub fn open_kinds(&self) -> Vec<String> {
        self.open_kind_keys().map(str::to_string).collect()
    }

    /// `open_kinds`, each key once, borrowed: the general rounds (and the
    /// provincial ones with a nomination) when a program is open, then
    /// the kinds they named, in their order.
    pub fn open_kind_keys(&self) -> impl Iterator<Item = &str> {
        self.kinds_asked().map(|(key, _)| key)
    }

    /// `open_kind_keys`, each with whether its rounds are open to them
    /// (`can_be_in`): the pool's are, and a kind they named is unless it
    /// is `all` or `pnp`, which only the pool opens (so a forecast need not
    /// look through what they named again).
    fn kinds_asked(&self) -> impl Iterator<Item = (&str, bool)> {
        let in_pool = self.in_pool();
        let nominated = in_pool && self.nominated;
        let pool = [in_pool.then_some("all"), nominated.then_some("pnp")];
        let named = self.eligible.iter().enumerate().filter_map(move |(index, kind)| {
            let first = !self.eligible[..index].contains(kind);
            let (in_pool_already, open) = match kind.as_str() {
                "all" => (in_pool, false),
                "pnp" => (nominated, false),
                _ => (false, true),
            };
            (first && !in_pool_already).then_some((kind.as_str(), open))
        });
        pool.into_iter().flatten().map(|key| (key, true)).chain(named)
    }

    /// Whether a program is open to them: the general rounds then are.
    fn in_pool(&self) -> bool {
        self.eligible
            .iter()
            .any(|k| matches!(k.as_str(), "fsw" | "cec" | "fst"))
    }

    /// Whether a round of `kind` is open to them (the spec's table).
    pub fn can_be_in(&self, kind: &str) -> bool {
        match kind {
            "all" => self.in_pool(),
            "pnp" => self.in_pool() && self.nominated,
            kind => self.eligible.iter().any(|k| k == kind),
        }
    }
}

/// Makes `target` hold `items`, reusing its strings' memory: a batch
/// answers thousands of forecasts with the same few keys.
fn set_strings<'a>(target: &mut Vec<String>, items: impl Iterator<Item = &'a str>) {
    let mut count = 0;
    for item in items {
        put_string(target, count, item);
        count += 1;
    }
    target.truncate(count);
}

/// Makes `target[at]` hold `item`, reusing its memory when it is there
/// (`at` is at most the length).
fn put_string(target: &mut Vec<String>, at: usize, item: &str) {
    match target.get_mut(at) {
        Some(kept) => {
            kept.clear();
            kept.push_str(item);
        }
        None => target.push(item.to_string()),
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

/// A parameters file (`crs-outlook/1`): the model's parameters, the
/// recalibration of its chances, and how it did out of sample.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamsFile {
    pub format: String,
    pub fitted: String,
    pub params: Params,
    /// Per horizon in months (as a string), the map from the model's chance
    /// to what happened, fitted on past forecasts only.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub calibration: std::collections::BTreeMap<String, Calibration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backtest: Option<Backtested>,
}

pub const PARAMS_FORMAT: &str = "crs-outlook/1";

/// How the model did in the rolling-origin backtest (parameters and
/// calibration refitted each January on what was known then): Brier scores
/// at 6 months and the ratio to persistence with its 95% interval over
/// resampled years.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backtested {
    pub model: f64,
    pub persistence: f64,
    pub frequency: f64,
    #[serde(default)]
    pub ratio: f64,
    #[serde(default)]
    pub ratio_low: f64,
    #[serde(default)]
    pub ratio_high: f64,
}

/// The shipped parameters file.
pub fn shipped_file() -> ParamsFile {
    let file: ParamsFile = serde_json::from_str(SHIPPED_PARAMS)
        .unwrap_or_else(|e| panic!("rules/outlook.json is shipped broken: {e}"));
    assert_eq!(file.format, PARAMS_FORMAT, "rules/outlook.json format");
    file
}

/// The backtest figures the shipped parameters carry.
pub fn shipped_backtest() -> Option<Backtested> {
    shipped_file().backtest
}

impl Params {
    pub fn shipped() -> Params {
        shipped_file().params
    }
}

/// A monotone map from the model's chance to the chance that came true
/// (isotonic regression, pooled adjacent violators), read between its knots
/// by straight lines. The identity when it has no knots.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Calibration {
    /// (forecast, observed) at the middle of each pooled block, rising.
    pub knots: Vec<(f64, f64)>,
}

impl Calibration {
    /// Fits the map on (forecast, came true) pairs. Blocks with fewer than
    /// `MIN_BLOCK` forecasts are pooled with a neighbour, so no knot rests on
    /// a handful of cases.
    pub fn fit(pairs: &[(f64, bool)]) -> Calibration {
        if pairs.len() < MIN_BLOCK {
            return Calibration::default();
        }
        let mut sorted: Vec<(f64, f64)> = pairs
            .iter()
            .map(|&(p, o)| (p, if o { 1.0 } else { 0.0 }))
            .collect();
        sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
        // Each block: (sum of forecasts, sum of outcomes, count).
        let mut blocks: Vec<(f64, f64, usize)> = Vec::new();
        for (p, o) in sorted {
            blocks.push((p, o, 1));
            loop {
                let n = blocks.len();
                if n < 2 {
                    break;
                }
                let (last, before) = (blocks[n - 1], blocks[n - 2]);
                let violates = before.1 / before.2 as f64 >= last.1 / last.2 as f64;
                if !violates {
                    break;
                }
                blocks.pop();
                blocks[n - 2] = (before.0 + last.0, before.1 + last.1, before.2 + last.2);
            }
        }
        // Small blocks join their neighbour (the map stays monotone).
        let mut merged: Vec<(f64, f64, usize)> = Vec::new();
        for block in blocks {
            match merged.last_mut() {
                Some(last) if last.2 < MIN_BLOCK => {
                    *last = (last.0 + block.0, last.1 + block.1, last.2 + block.2)
                }
                _ => merged.push(block),
            }
        }
        if merged.len() > 1 && merged.last().is_some_and(|last| last.2 < MIN_BLOCK) {
            let last = merged.pop().expect("two blocks");
            let before = merged.last_mut().expect("one block left");
            *before = (before.0 + last.0, before.1 + last.1, before.2 + last.2);
        }
        Calibration {
            knots: merged
                .into_iter()
                .map(|(p, o, n)| (round4(p / n as f64), round4(o / n as f64)))
                .collect(),
        }
    }

    /// Logistic recalibration (Platt): `p' = 1 / (1 + exp(-(a + b logit p)))`
    /// with `a` and `b` fitted by maximum likelihood on (forecast, came
    /// true) pairs, kept as knots so that it is read like any other map.
    /// Two numbers bend the whole curve: it carries over from one period to
    /// the next better than a map that follows every bump.
    pub fn logistic(pairs: &[(f64, bool)]) -> Calibration {
        if pairs.len() < MIN_BLOCK {
            return Calibration::default();
        }
        let logit = |p: f64| {
            let p = p.clamp(1e-4, 1.0 - 1e-4);
            (p / (1.0 - p)).ln()
        };
        let sigmoid = |z: f64| 1.0 / (1.0 + (-z).exp());
        let (mut a, mut b) = (0.0f64, 1.0f64);
        // Newton's method on the log-likelihood, from the identity.
        for _ in 0..50 {
            let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 0.0, 0.0, 0.0);
            for &(p, o) in pairs {
                let x = logit(p);
                let q = sigmoid(a + b * x);
                let err = q - if o { 1.0 } else { 0.0 };
                let w = (q * (1.0 - q)).max(1e-9);
                ga += err;
                gb += err * x;
                haa += w;
                hab += w * x;
                hbb += w * x * x;
            }
            let det = haa * hbb - hab * hab;
            if det.abs() < 1e-12 {
                break;
            }
            let (da, db) = ((hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det);
            a -= da;
            b -= db;
            if da.abs() + db.abs() < 1e-9 {
                break;
            }
        }
        if !(a.is_finite() && b.is_finite()) || b <= 0.0 {
            return Calibration::default();
        }
        let knots = (0..=50)
            .map(|step| {
                let x = f64::from(step) / 50.0;
                let y = match step {
                    0 => sigmoid(a + b * logit(1e-4)),
                    50 => sigmoid(a + b * logit(1.0 - 1e-4)),
                    _ => sigmoid(a + b * logit(x)),
                };
                (round4(x), round4(y))
            })
            .collect();
        Calibration { knots }
    }

    /// The calibrated chance for the model's `p`.
    pub fn apply(&self, p: f64) -> f64 {
        let knots = &self.knots;
        let (Some(first), Some(last)) = (knots.first(), knots.last()) else {
            return p;
        };
        if p <= first.0 {
            return first.1;
        }
        if p >= last.0 {
            return last.1;
        }
        // Fitted knots are evenly spaced from 0 to 1, so the knot below is
        // guessed from `p` and the guess checked (any other knots are halved).
        let guess = (p * (knots.len() - 1) as f64) as usize;
        let at = match (knots.get(guess), knots.get(guess + 1)) {
            (Some(below), Some(above)) if below.0 <= p && p < above.0 => guess + 1,
            _ => knots.partition_point(|knot| knot.0 <= p),
        };
        let (a, b) = (knots[at - 1], knots[at]);
        if b.0 - a.0 <= f64::EPSILON {
            return b.1;
        }
        a.1 + (b.1 - a.1) * (p - a.0) / (b.0 - a.0)
    }
}

/// The fewest forecasts a calibration knot rests on.
const MIN_BLOCK: usize = 50;

fn round4(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// One kind's forecast.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KindOutlook {
    pub kind: String,
    /// The chance within each horizon, in order.
    pub p: Vec<f64>,
    /// Such rounds per month that reach the score (the model's rate).
    #[serde(skip)]
    pub reaching_per_month: f64,
    /// Months before an announced kind's rounds are to come.
    #[serde(skip)]
    pub waiting_months: f64,
    /// What IRCC last said of the kind, when no round has said more since.
    #[serde(skip)]
    pub announced: Option<announced::Standing>,
    pub rounds_last_12_months: u32,
    pub last_cutoff: Option<u16>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Outlook {
    pub horizons: Vec<u16>,
    /// The chance that at least one open round reaches the score,
    /// recalibrated on past forecasts.
    pub any: Vec<f64>,
    /// The same before recalibration (what the backtest recalibrates).
    #[serde(skip)]
    pub raw_any: Vec<f64>,
    /// The part that comes from rounds the pace does not foresee, alone.
    pub unforeseen: Vec<f64>,
    /// Kinds of round they could be in that have never been held: the
    /// rounds say nothing of them.
    pub never_held: Vec<String>,
    /// Months, when rounds reaching the score come at all.
    pub expected_wait_months: Option<f64>,
    pub by_kind: Vec<KindOutlook>,
    /// Kinds' forecasts left from forecasts made over this one before,
    /// kept for their memory (a batch's askers are open to two kinds, then
    /// four, then three): not part of the forecast.
    #[serde(skip)]
    spare: Vec<KindOutlook>,
}

/// Two forecasts are the same when they say the same: what memory they
/// keep for the next one is not compared.
impl PartialEq for Outlook {
    fn eq(&self, other: &Outlook) -> bool {
        let Outlook {
            horizons,
            any,
            raw_any,
            unforeseen,
            never_held,
            expected_wait_months,
            by_kind,
            spare: _,
        } = self;
        *horizons == other.horizons
            && *any == other.any
            && *raw_any == other.raw_any
            && *unforeseen == other.unforeseen
            && *never_held == other.never_held
            && *expected_wait_months == other.expected_wait_months
            && *by_kind == other.by_kind
    }
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
    /// Shared by every day's pace (a batch or a backtest keeps thousands).
    pub kind: std::sync::Arc<str>,
    /// Such rounds per month (faded when they seem to have stopped).
    pub per_month: f64,
    /// Where recent cut-offs fall: their weighted mean and spread.
    pub mean: f64,
    pub spread: f64,
    pub rounds_last_12_months: u32,
    pub last_cutoff: Option<u16>,
    /// Whether the kind still runs: a round within `ALIVE_MONTHS` of the
    /// newest round known. A kind silent longer gets no share of the
    /// unforeseen rounds either.
    pub alive: bool,
    /// An announced kind's rounds are not expected before this day.
    pub starts: Option<Date>,
    /// What IRCC last said of the kind, when the rounds have not said more.
    pub announced: Option<announced::Standing>,
}

/// An announced kind never held: a round every two months, its cut-offs
/// near the general rounds' but wide (chosen by no data: nothing in the
/// feed speaks for a kind before its first round).
const NEW_KIND_PER_MONTH: f64 = 0.5;
const NEW_KIND_SPREAD: f64 = 40.0;

/// How long a kind may be silent and still count as running.
pub const ALIVE_MONTHS: u16 = 18;

/// Every kind's pace as of a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub as_of: Date,
    surprise_per_month: f64,
    doubt: f64,
    /// The newest round read (the last one before `as_of`).
    pub newest: Option<Date>,
    pub kinds: Vec<KindPace>,
    /// For each of `Category::KNOWN`, where its pace is in `kinds`, if it
    /// has one: a known kind is found without comparing keys. Two bytes a
    /// place keep the table in one cache line (a batch reads thousands of
    /// days' tables in turn); a feed naming more kinds than that is halved.
    known: [Option<u16>; KNOWN_KINDS],
    /// Per horizon, how the model's overall chance is recalibrated
    /// (shared: every day of a batch or a backtest has the same maps).
    calibration: std::sync::Arc<CalibrationByHorizon>,
}

const KNOWN_KINDS: usize = crate::draws::Category::KNOWN.len();

/// Recalibration maps by horizon in months.
pub type CalibrationByHorizon = std::collections::BTreeMap<u16, Calibration>;

/// How much of a kind's pace is left `since` months after its last round
/// (or the day its announced rounds were to come): all of it within the
/// usual gap, then fading per gap beyond it, as a kind that stopped.
fn faded(since: f64, gap: f64, fade: f64) -> f64 {
    if since > gap {
        (-(fade * (since - gap) / gap.max(0.5))).exp()
    } else {
        1.0
    }
}

/// `faded` for an announced kind, counted from the day its rounds were to come.
fn coming_fade(said: announced::Standing, heard_until: Date, gap: f64, fade: f64) -> f64 {
    faded(months_between(said.not_before, heard_until), gap, fade)
}

/// Kinds announced before `as_of` and never held: paced as a new kind
/// (`NEW_KIND_PER_MONTH`), their cut-offs read as the general rounds'
/// with a wide spread.
fn add_announced_kinds(
    kinds: &mut Vec<KindPace>,
    announced: &[Announcement],
    as_of: Date,
    heard_until: Date,
    params: &Params,
) {
    let general = kinds
        .iter()
        .find(|pace| &*pace.kind == "all")
        .map(|pace| (pace.mean, pace.spread));
    let Some((mean, spread)) = general else {
        return;
    };
    let mut named: Vec<&str> = announced
        .iter()
        .filter(|a| a.date < as_of)
        .flat_map(|a| a.kinds.iter().map(String::as_str))
        .filter(|kind| !kinds.iter().any(|pace| &*pace.kind == *kind))
        .collect();
    named.sort_unstable();
    named.dedup();
    for kind in named {
        let Some(said) = announced::standing(announced, kind, as_of, None) else {
            continue;
        };
        if !said.change.opens() {
            continue;
        }
        let gap = 1.0 / NEW_KIND_PER_MONTH;
        kinds.push(KindPace {
            kind: kind.into(),
            per_month: NEW_KIND_PER_MONTH * coming_fade(said, heard_until, gap, params.fade),
            mean,
            spread: spread.max(NEW_KIND_SPREAD),
            rounds_last_12_months: 0,
            last_cutoff: None,
            alive: true,
            starts: (said.not_before > as_of).then_some(said.not_before),
            announced: Some(said),
        });
    }
    kinds.sort_by(|a, b| a.kind.cmp(&b.kind));
}

impl Prepared {
    /// From `rounds` (any order; only those dated strictly before `as_of`).
    pub fn new(rounds: &[PastRound], as_of: Date, params: &Params, announced: &[Announcement]) -> Prepared {
        Prepared::from_kinds(&RoundsByKind::new(rounds), as_of, params, announced)
    }

    /// `new`, from rounds gathered by kind once for many days (a batch, a
    /// backtest): each day then takes the rounds before it by halving.
    pub fn from_kinds(
        gathered: &RoundsByKind,
        as_of: Date,
        params: &Params,
        announced: &[Announcement],
    ) -> Prepared {
        let window_start = as_of.plus_months(-i32::from(params.window_months));
        let year_ago = as_of.plus_months(-12);
        // A kind's silence is measured to the newest round of any kind: with
        // data that stops early, every kind would otherwise seem to stop.
        let newest = gathered.newest_before(as_of);
        let heard_until = newest.unwrap_or(as_of);
        // The weight of each recent round by its age, the same for every kind.
        let weights: Vec<f64> = (0..params.recent_rounds.max(1))
            .map(|age| 0.5f64.powf(age as f64 / params.half_life_rounds.max(0.1)))
            .collect();
        let kinds = gathered
            .before(as_of)
            .map(|(kind, past)| {
                // Newest first: the rounds since a day are a prefix.
                let since = |day: Date| past.partition_point(|r| r.date >= day);
                let in_window = since(window_start);
                let mut per_month = in_window as f64 / f64::from(params.window_months.max(1));
                // Fading: when the last round is older than the usual gap,
                // the kind may have stopped.
                if let Some(last) = past.first() {
                    let usual_gap = if in_window > 1 {
                        f64::from(params.window_months) / in_window as f64
                    } else {
                        f64::from(params.window_months)
                    };
                    per_month *= faded(months_between(last.date, heard_until), usual_gap, params.fade);
                }
                let recent = &past[..past.len().min(weights.len())];
                let weights = &weights[..recent.len()];
                let total_weight: f64 = weights.iter().sum();
                let mean = recent
                    .iter()
                    .zip(weights)
                    .map(|(r, w)| f64::from(r.cutoff) * w)
                    .sum::<f64>()
                    / total_weight.max(f64::MIN_POSITIVE);
                let variance = recent
                    .iter()
                    .zip(weights)
                    .map(|(r, w)| w * (f64::from(r.cutoff) - mean).powi(2))
                    .sum::<f64>()
                    / total_weight.max(f64::MIN_POSITIVE);
                let mut alive = past
                    .first()
                    .is_some_and(|last| months_between(last.date, heard_until) <= f64::from(ALIVE_MONTHS));
                let standing = announced::standing(announced, kind, as_of, past.first().map(|r| r.date));
                let mut starts = None;
                match standing {
                    Some(said) if said.change.opens() => {
                        // Coming again: at the pace it had when it last ran,
                        // fading if the rounds do not come when said.
                        let last = past.first().map_or(as_of, |r| r.date);
                        let from = last.plus_months(-i32::from(params.window_months));
                        let before = past.iter().filter(|r| r.date > from).count();
                        let gap = f64::from(params.window_months) / before.max(1) as f64;
                        per_month = before as f64 / f64::from(params.window_months.max(1));
                        per_month *= coming_fade(said, heard_until, gap, params.fade);
                        alive = true;
                        starts = (said.not_before > as_of).then_some(said.not_before);
                    }
                    Some(_) => {
                        per_month = 0.0;
                        alive = false;
                    }
                    None => {}
                }
                KindPace {
                    starts,
                    announced: standing,
                    alive,
                    kind: kind.clone(),
                    per_month,
                    mean,
                    spread: variance.sqrt().max(params.min_spread),
                    rounds_last_12_months: since(year_ago) as u32,
                    last_cutoff: past.first().map(|r| r.cutoff),
                }
            })
            .collect::<Vec<KindPace>>();
        let mut kinds = kinds;
        add_announced_kinds(&mut kinds, announced, as_of, heard_until, params);
        // `forecast_into` finds other kinds by halving, and gives kinds in
        // the order of their keys by the order of their places.
        debug_assert!(kinds.is_sorted_by(|a, b| a.kind < b.kind));
        let mut known = [None; KNOWN_KINDS];
        for (place, pace) in kinds.iter().enumerate() {
            if let Some(index) = crate::draws::Category::known_index(&pace.kind) {
                known[index] = u16::try_from(place).ok();
            }
        }
        Prepared {
            as_of,
            surprise_per_month: params.surprise_per_month,
            doubt: params.doubt,
            newest,
            kinds,
            known,
            calibration: std::sync::Arc::default(),
        }
    }

    /// Whether the newest round read is more than eight weeks before the
    /// day: the forecast knows nothing newer.
    pub fn stale(&self) -> bool {
        self.newest.is_none_or(|newest| {
            self.as_of.days_since_unix_epoch() - newest.days_since_unix_epoch() > STALE_DAYS
        })
    }

    /// The same, with the overall chance recalibrated by these maps
    /// (`Model::calibration_by_horizon`, shared by many days).
    pub fn calibrated(mut self, maps: std::sync::Arc<CalibrationByHorizon>) -> Prepared {
        self.calibration = maps;
        self
    }

    /// Where the pace of the kind with this key is in `kinds`: a known
    /// kind's from its table, another's by halving (the paces are in the
    /// order of their keys).
    fn place(&self, key: &str) -> Option<usize> {
        match crate::draws::Category::known_index(key) {
            Some(index) if self.kinds.len() <= usize::from(u16::MAX) => self.known[index].map(usize::from),
            _ => self.kinds.binary_search_by(|pace| (*pace.kind).cmp(key)).ok(),
        }
    }

    /// The forecast for one person.
    pub fn forecast(&self, asker: &Asker, horizons: &[u16]) -> Outlook {
        let mut outlook = Outlook::default();
        self.forecast_into(asker, horizons, &mut outlook);
        outlook
    }

    /// `forecast`, written over `outlook`, whose memory is reused: a batch
    /// or a backtest makes one forecast after another.
    pub fn forecast_into(&self, asker: &Asker, horizons: &[u16], outlook: &mut Outlook) {
        outlook.horizons.clear();
        outlook.horizons.extend_from_slice(horizons);
        // Each kind open to them looked up, not every pace read: a batch
        // reads each day's paces from memory it has not touched for a
        // while, so the fewer the faster. Kinds they could be in that
        // have never run are said: there is nothing to read.
        let mut places: smallvec::SmallVec<[usize; 8]> = smallvec::SmallVec::new();
        let mut never_held = 0;
        for (key, open) in asker.kinds_asked() {
            match self.place(key) {
                // Named by them but closed (`pnp` without a nomination).
                Some(place) => {
                    if open {
                        places.push(place);
                    }
                }
                None => {
                    put_string(&mut outlook.never_held, never_held, key);
                    never_held += 1;
                }
            }
        }
        outlook.never_held.truncate(never_held);
        // In the order of their keys, as the paces are (each once).
        places.sort_unstable();
        while outlook.by_kind.len() > places.len() {
            outlook.spare.extend(outlook.by_kind.pop());
        }
        while outlook.by_kind.len() < places.len() {
            outlook.by_kind.push(outlook.spare.pop().unwrap_or_default());
        }
        let mut any_alive = false;
        for (kind, &place) in outlook.by_kind.iter_mut().zip(&places) {
            let pace = &self.kinds[place];
            any_alive |= pace.alive;
            // Ties are invited: a score equal to the cut-off reaches it.
            let reach = normal_cdf((f64::from(asker.score) + 0.5 - pace.mean) / pace.spread);
            let reaching = pace.per_month * reach;
            // An announced kind's rounds come only from the day said.
            let waiting = pace.starts.map_or(0.0, |day| months_between(self.as_of, day));
            kind.kind.clear();
            kind.kind.push_str(&pace.kind);
            kind.p.clear();
            kind.p.extend(horizons.iter().map(|&h| {
                let open_months = (f64::from(h) - waiting).max(0.0);
                (1.0 - self.doubt) * (1.0 - (-reaching * open_months).exp())
            }));
            kind.reaching_per_month = reaching;
            kind.waiting_months = waiting;
            kind.announced = pace.announced;
            kind.rounds_last_12_months = pace.rounds_last_12_months;
            kind.last_cutoff = pace.last_cutoff;
        }
        let by_kind = &outlook.by_kind;
        // Rounds nobody foresaw come to those in a kind that still runs;
        // a kind silent for years has no such share.
        let surprise = if any_alive { self.surprise_per_month } else { 0.0 };
        let foreseen: f64 = by_kind.iter().map(|k| k.reaching_per_month).sum::<f64>();
        let total = foreseen + surprise;
        let chance = |rate: f64, h: u16| (1.0 - self.doubt) * (1.0 - (-rate * f64::from(h)).exp());
        // Rounds expected within each horizon, each kind from its start.
        let expected = |h: u16| {
            let months = f64::from(h);
            surprise * months
                + by_kind
                    .iter()
                    .map(|k| k.reaching_per_month * (months - k.waiting_months).max(0.0))
                    .sum::<f64>()
        };
        outlook.raw_any.clear();
        outlook.raw_any.extend(
            horizons
                .iter()
                .map(|&h| (1.0 - self.doubt) * (1.0 - (-expected(h)).exp())),
        );
        outlook.any.clear();
        outlook.any.extend(
            horizons
                .iter()
                .zip(&outlook.raw_any)
                .map(|(h, &p)| self.calibration.get(h).map_or(p, |map| map.apply(p))),
        );
        // Each horizon has its own map: a longer horizon never says less
        // than a shorter one for all that.
        let any = &mut outlook.any;
        let mut floor = 0.0f64;
        if horizons.is_sorted() {
            for p in any.iter_mut() {
                *p = p.max(floor);
                floor = *p;
            }
        } else {
            let mut order: Vec<usize> = (0..horizons.len()).collect();
            order.sort_by_key(|&i| horizons[i]);
            for i in order {
                any[i] = any[i].max(floor);
                floor = any[i];
            }
        }
        outlook.unforeseen.clear();
        outlook
            .unforeseen
            .extend(horizons.iter().map(|&h| chance(surprise, h)));
        // Past fifty years the pace says nothing: no wait is given.
        outlook.expected_wait_months = (total * MAX_WAIT_MONTHS > 1.0).then(|| 1.0 / total);
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

/// What forecasts are made with: the parameters and the recalibration.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub params: Params,
    pub calibration: std::collections::BTreeMap<String, Calibration>,
    /// IRCC's announcements the forecasts may read (those before their day).
    pub announced: Vec<Announcement>,
}

impl Model {
    /// The shipped model (`rules/outlook.json`).
    pub fn shipped() -> Model {
        Model::from_file(shipped_file())
    }

    pub fn from_file(file: ParamsFile) -> Model {
        Model {
            params: file.params,
            calibration: file.calibration,
            announced: announced::shipped().to_vec(),
        }
    }

    /// Every kind's pace as of `as_of`, ready for forecasts.
    pub fn prepare(&self, rounds: &[PastRound], as_of: Date) -> Prepared {
        self.prepare_shared(&RoundsByKind::new(rounds), as_of, &self.calibration_by_horizon())
    }

    /// `prepare`, from rounds gathered once and maps keyed by horizon once
    /// (`calibration_by_horizon`) for many days.
    pub fn prepare_shared(
        &self,
        gathered: &RoundsByKind,
        as_of: Date,
        maps: &std::sync::Arc<CalibrationByHorizon>,
    ) -> Prepared {
        Prepared::from_kinds(gathered, as_of, &self.params, &self.announced).calibrated(maps.clone())
    }

    /// The recalibration maps keyed by horizon in months, to share.
    pub fn calibration_by_horizon(&self) -> std::sync::Arc<CalibrationByHorizon> {
        std::sync::Arc::new(by_horizon(&self.calibration))
    }
}

/// Maps keyed by horizon as in a parameters file ("6"), by months; a key
/// that is no number of months is not a horizon and is left out.
fn by_horizon(maps: &std::collections::BTreeMap<String, Calibration>) -> CalibrationByHorizon {
    maps.iter()
        .filter_map(|(months, map)| Some((months.parse::<u16>().ok()?, map.clone())))
        .collect()
}

/// Rounds gathered by kind (in the order of their keys), each kind's newest
/// first (rounds of one day in the order given), with every date in order:
/// what `Prepared` reads of the rounds before a day, built once.
pub struct RoundsByKind<'r> {
    kinds: Vec<(std::sync::Arc<str>, Vec<&'r PastRound>)>,
    dates: Vec<Date>,
}

impl<'r> RoundsByKind<'r> {
    pub fn new(rounds: &'r [PastRound]) -> Self {
        // One pass (a feed may name as many kinds as it has rounds).
        let mut by_kind: std::collections::BTreeMap<&str, Vec<&PastRound>> =
            std::collections::BTreeMap::new();
        for round in rounds {
            by_kind.entry(round.kind.as_str()).or_default().push(round);
        }
        let kinds = by_kind
            .into_iter()
            .map(|(kind, mut past)| {
                past.sort_by_key(|r| std::cmp::Reverse(r.date));
                (kind.into(), past)
            })
            .collect();
        let mut dates: Vec<Date> = rounds.iter().map(|r| r.date).collect();
        dates.sort_unstable();
        RoundsByKind { kinds, dates }
    }

    /// The newest day with a round strictly before `day`.
    fn newest_before(&self, day: Date) -> Option<Date> {
        let before = self.dates.partition_point(|&d| d < day);
        before.checked_sub(1).map(|last| self.dates[last])
    }

    /// Each kind with a round strictly before `day`, with those rounds,
    /// newest first.
    fn before(&self, day: Date) -> impl Iterator<Item = (&std::sync::Arc<str>, &[&'r PastRound])> + '_ {
        self.kinds.iter().filter_map(move |(kind, past)| {
            let from = past.partition_point(|r| r.date >= day);
            (from < past.len()).then(|| (kind, &past[from..]))
        })
    }
}

/// A neutral start for the fit, chosen by no data: the rolling backtest
/// starts its first year's search here, so nothing fitted on later years
/// leaks into it.
pub const STARTING_PARAMS: Params = Params {
    window_months: 12,
    half_life_rounds: 3.0,
    recent_rounds: 8,
    min_spread: 10.0,
    fade: 1.5,
    surprise_per_month: 0.01,
    doubt: 0.02,
};

/// The forecast as of `as_of`, from `rounds` (any order; only those dated
/// strictly before `as_of` are read).
pub fn forecast(
    rounds: &[PastRound],
    asker: &Asker,
    as_of: Date,
    horizons: &[u16],
    model: &Model,
) -> Outlook {
    model.prepare(rounds, as_of).forecast(asker, horizons)
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

/// The backtest's grid: scores and eligibility sets people have (the
/// fitting grid).
pub fn grid() -> Vec<Asker> {
    askers(
        &[
            (&["fsw"], false),
            (&["cec"], false),
            (&["fst", "trades"], false),
            (&["fsw", "french"], false),
            (&["cec", "healthcare"], false),
            (&["fsw", "stem"], false),
            (&["cec", "french"], false),
            (&["cec"], true),
        ],
        300,
    )
}

/// Every set of kinds at every 20 points from `lowest` to 300 above it (600
/// more with a nomination).
fn askers(sets: &[(&[&str], bool)], lowest: u16) -> Vec<Asker> {
    let mut askers = Vec::new();
    for &(eligible, nominated) in sets {
        for base in (lowest..=lowest + 300).step_by(20) {
            askers.push(Asker {
                score: if nominated { base + 600 } else { base },
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
    announced: &[Announcement],
    from: Date,
    to: Date,
    months: u16,
    params: &Params,
    data_until: Date,
) -> (Scored, Scored, Scored) {
    backtest_on(rounds, announced, &grid(), from, to, months, params, data_until)
}

/// The backtest over any grid of askers.
#[allow(clippy::too_many_arguments)]
pub fn backtest_on(
    rounds: &[PastRound],
    announced: &[Announcement],
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
    let gathered = RoundsByKind::new(rounds);
    while day <= to && day.plus_months(i32::from(months)) <= data_until {
        let prepared = Prepared::from_kinds(&gathered, day, params, announced);
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

/// The grid the rolling backtest is scored on: other scores (ten points off
/// the fitting grid's) and other sets of kinds, so that no figure is read
/// on the cases the parameters were chosen on.
pub fn evaluation_grid() -> Vec<Asker> {
    askers(
        &[
            (&["fsw"], false),
            (&["cec"], false),
            (&["fst", "trades"], false),
            (&["fsw", "healthcare"], false),
            (&["cec", "stem"], false),
            (&["fsw", "french"], false),
            (&["cec", "transport"], false),
            (&["fsw"], true),
        ],
        310,
    )
}

/// Each month from `from` whose `months`-month outcome is known by
/// `known_by`, and not after `to`.
fn forecast_months(from: Date, to: Date, months: u16, known_by: Date) -> Vec<Date> {
    let mut days = Vec::new();
    let mut day = from;
    while day <= to && day.plus_months(i32::from(months)) <= known_by {
        days.push(day);
        day = day.plus_months(1);
    }
    days
}

/// What happened to each asker after each month: worked out once, read by
/// every candidate set of parameters.
struct Outcomes {
    months: Vec<Date>,
    /// `[month][asker]`
    happened: Vec<Vec<bool>>,
}

impl Outcomes {
    fn new(rounds: &[PastRound], askers: &[Asker], months: Vec<Date>, horizon: u16) -> Outcomes {
        let happened = months
            .iter()
            .map(|&day| {
                askers
                    .iter()
                    .map(|asker| happened(rounds, asker, day, horizon))
                    .collect()
            })
            .collect();
        Outcomes { months, happened }
    }

    /// The model's (raw) forecasts with their outcomes.
    fn pairs(
        &self,
        rounds: &[PastRound],
        announced: &[Announcement],
        askers: &[Asker],
        horizon: u16,
        params: &Params,
    ) -> Vec<(f64, bool)> {
        let mut pairs = Vec::with_capacity(self.months.len() * askers.len());
        let gathered = RoundsByKind::new(rounds);
        for (day, outcomes) in self.months.iter().zip(&self.happened) {
            let prepared = Prepared::from_kinds(&gathered, *day, params, announced);
            for (asker, &outcome) in askers.iter().zip(outcomes) {
                pairs.push((prepared.forecast(asker, &[horizon]).raw_any[0], outcome));
            }
        }
        pairs
    }
}

fn brier(pairs: &[(f64, bool)]) -> f64 {
    if pairs.is_empty() {
        return 0.0;
    }
    pairs
        .iter()
        .map(|&(p, o)| (p - if o { 1.0 } else { 0.0 }).powi(2))
        .sum::<f64>()
        / pairs.len() as f64
}

/// The candidate values of each parameter the fit tries.
const WINDOWS: [u16; 4] = [6, 9, 12, 18];
const HALF_LIVES: [f64; 3] = [1.5, 3.0, 6.0];
const RECENT: [usize; 2] = [4, 8];
const SPREADS: [f64; 3] = [5.0, 10.0, 20.0];
const FADES: [f64; 3] = [0.5, 1.5, 3.0];
const SURPRISES: [f64; 5] = [0.0, 0.005, 0.01, 0.02, 0.04];
const DOUBTS: [f64; 4] = [0.0, 0.02, 0.04, 0.08];

/// The parameters with the lowest Brier score on the forecasts from
/// `from` whose outcome is known by `known_by` (no round on or after it is
/// read), on `askers`; one parameter at a time, twice over, from `start`.
pub fn fit(
    rounds: &[PastRound],
    announced: &[Announcement],
    askers: &[Asker],
    from: Date,
    known_by: Date,
    horizon: u16,
    start: &Params,
) -> Params {
    let months = forecast_months(from, known_by, horizon, known_by);
    if months.is_empty() {
        return *start;
    }
    let outcomes = Outcomes::new(rounds, askers, months, horizon);
    let cost = |params: &Params| brier(&outcomes.pairs(rounds, announced, askers, horizon, params));
    let mut best = *start;
    let mut best_cost = cost(&best);
    for _ in 0..2 {
        let mut candidates: Vec<Params> = Vec::new();
        candidates.extend(WINDOWS.iter().map(|&v| Params {
            window_months: v,
            ..best
        }));
        candidates.extend(HALF_LIVES.iter().map(|&v| Params {
            half_life_rounds: v,
            ..best
        }));
        candidates.extend(RECENT.iter().map(|&v| Params {
            recent_rounds: v,
            ..best
        }));
        candidates.extend(SPREADS.iter().map(|&v| Params {
            min_spread: v,
            ..best
        }));
        candidates.extend(FADES.iter().map(|&v| Params { fade: v, ..best }));
        candidates.extend(SURPRISES.iter().map(|&v| Params {
            surprise_per_month: v,
            ..best
        }));
        candidates.extend(DOUBTS.iter().map(|&v| Params { doubt: v, ..best }));
        for candidate in candidates {
            // Each candidate differs from the best in one parameter; the
            // best so far is kept on ties, so the fit is deterministic.
            let candidate_cost = cost(&candidate);
            if candidate_cost < best_cost - 1e-12 {
                best = candidate;
                best_cost = candidate_cost;
            }
        }
    }
    best
}

/// One forecast of the rolling backtest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Replayed {
    pub year: u16,
    /// The day the forecast was made on.
    pub day: Date,
    pub model: f64,
    /// Before recalibration.
    pub raw: f64,
    pub persistence: f64,
    pub frequency: f64,
    pub happened: bool,
}

/// What the rolling-origin backtest found at one horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct Rolling {
    pub horizon: u16,
    pub forecasts: Vec<Replayed>,
    /// The parameters each year's forecasts were made with.
    pub fits: Vec<(u16, Params)>,
}

impl Rolling {
    /// The recalibration every forecast so far supports: fitted on all of
    /// them, for forecasts made after the last one's outcome is known.
    pub fn calibration(&self) -> Calibration {
        Calibration::logistic(
            &self
                .forecasts
                .iter()
                .map(|f| (f.raw, f.happened))
                .collect::<Vec<_>>(),
        )
    }

    pub fn scored(&self, pick: impl Fn(&Replayed) -> f64) -> Scored {
        score(
            &self
                .forecasts
                .iter()
                .map(|f| (pick(f), f.happened))
                .collect::<Vec<_>>(),
        )
    }

    /// The model's Brier score over persistence's, with a 95% interval from
    /// resampling whole years (years differ more than the cases within one).
    pub fn ratio_with_interval(&self) -> (f64, f64, f64) {
        let mut years: Vec<u16> = self.forecasts.iter().map(|f| f.year).collect();
        years.dedup();
        let sums = |year: u16| {
            self.forecasts
                .iter()
                .filter(|f| f.year == year)
                .fold((0.0, 0.0), |(model, persistence), f| {
                    let o = if f.happened { 1.0 } else { 0.0 };
                    (
                        model + (f.model - o).powi(2),
                        persistence + (f.persistence - o).powi(2),
                    )
                })
        };
        let per_year: Vec<(f64, f64)> = years.iter().map(|&year| sums(year)).collect();
        let ratio = |picked: &[(f64, f64)]| {
            let (model, persistence) = picked.iter().fold((0.0, 0.0), |(a, b), (m, p)| (a + m, b + p));
            model / persistence.max(1e-12)
        };
        let whole = ratio(&per_year);
        if per_year.len() < 2 {
            return (whole, whole, whole);
        }
        let mut ratios: Vec<f64> = resampled_years(per_year.len())
            .map(|drawn| {
                let picked: Vec<(f64, f64)> = drawn.iter().map(|&i| per_year[i]).collect();
                ratio(&picked)
            })
            .collect();
        ratios.sort_by(f64::total_cmp);
        (whole, quantile(&ratios, 0.025), quantile(&ratios, 0.975))
    }

    /// Per tenth of the forecast (as in `Scored::reliability`), the 95%
    /// interval of the rate that came true when whole years are resampled:
    /// how far a bin's observed rate could move with other years like
    /// these. None for a bin with no forecast.
    pub fn observed_intervals(&self, pick: impl Fn(&Replayed) -> f64) -> Vec<Option<(f64, f64)>> {
        let mut years: Vec<u16> = self.forecasts.iter().map(|f| f.year).collect();
        years.dedup();
        // [year][bin] = (forecasts, came true)
        let mut counts = vec![[(0usize, 0usize); 10]; years.len()];
        for f in &self.forecasts {
            let year = years.iter().position(|&y| y == f.year).expect("a year seen");
            let bin = ((pick(f) * 10.0) as usize).min(9);
            counts[year][bin].0 += 1;
            counts[year][bin].1 += usize::from(f.happened);
        }
        let draws: Vec<Vec<usize>> = if years.len() < 2 {
            vec![(0..years.len()).collect()]
        } else {
            resampled_years(years.len()).collect()
        };
        (0..10)
            .map(|bin| {
                let mut rates: Vec<f64> = draws
                    .iter()
                    .filter_map(|drawn| {
                        let (n, hits) = drawn
                            .iter()
                            .fold((0, 0), |(n, h), &y| (n + counts[y][bin].0, h + counts[y][bin].1));
                        (n > 0).then(|| hits as f64 / n as f64)
                    })
                    .collect();
                if rates.is_empty() {
                    return None;
                }
                rates.sort_by(f64::total_cmp);
                Some((quantile(&rates, 0.025), quantile(&rates, 0.975)))
            })
            .collect()
    }
}

/// `BOOTSTRAP_DRAWS` draws of `years` indices with replacement, from a
/// fixed linear congruential generator: the same intervals every run.
fn resampled_years(years: usize) -> impl Iterator<Item = Vec<usize>> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % years as u64) as usize
    };
    (0..BOOTSTRAP_DRAWS).map(move |_| (0..years).map(|_| next()).collect())
}

/// The value at quantile `q` of sorted values.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((q * sorted.len() as f64) as usize).min(sorted.len() - 1)]
}

const BOOTSTRAP_DRAWS: usize = 2_000;

/// The rolling-origin backtest: each January from `from`'s year, the
/// parameters and the recalibration are fitted only on outcomes known by
/// then (forecasts from `fit_from`, on the fitting grid), and the year's
/// forecasts are made with them and scored on the evaluation grid. No
/// forecast reads a round on or after its day; no fit reads an outcome on
/// or after the January it is fitted in.
#[allow(clippy::too_many_arguments)]
pub fn rolling_backtest(
    rounds: &[PastRound],
    announced: &[Announcement],
    fit_from: Date,
    from: Date,
    to: Date,
    horizon: u16,
    data_until: Date,
    start: &Params,
) -> Rolling {
    let fitting = grid();
    let scored_on = evaluation_grid();
    let mut forecasts = Vec::new();
    let mut fits = Vec::new();
    let mut params = *start;
    for year in from.year()..=to.year() {
        let january = Date::new(year, 1, 1).expect("a day");
        let year_end = Date::new(year, 12, 31).expect("a day");
        let months = forecast_months(from.max(january), to.min(year_end), horizon, data_until);
        if months.is_empty() {
            continue;
        }
        // Refitted from last year's parameters: the same search each year.
        params = fit(rounds, announced, &fitting, fit_from, january, horizon, &params);
        // Recalibrated on the earlier years' own out-of-sample forecasts
        // whose outcome is known by January: how the model erred when it
        // could not see the answer. None yet the first year.
        let known: Vec<(f64, bool)> = forecasts
            .iter()
            .filter(|f: &&Replayed| f.day.plus_months(i32::from(horizon)) <= january)
            .map(|f| (f.raw, f.happened))
            .collect();
        let model = Model {
            params,
            calibration: [(horizon.to_string(), Calibration::logistic(&known))].into(),
            announced: announced.to_vec(),
        };
        fits.push((year, params));
        for day in months {
            replay_month(rounds, &model, day, horizon, &scored_on, &mut forecasts);
        }
    }
    Rolling {
        horizon,
        forecasts,
        fits,
    }
}

/// One month of a backtest: each asker's forecast on `day` by `model`,
/// the naive ones beside it, and what happened.
fn replay_month(
    rounds: &[PastRound],
    model: &Model,
    day: Date,
    horizon: u16,
    askers: &[Asker],
    out: &mut Vec<Replayed>,
) {
    let prepared = model.prepare(rounds, day);
    for asker in askers {
        let outlook = prepared.forecast(asker, &[horizon]);
        out.push(Replayed {
            year: day.year(),
            day,
            model: outlook.any[0],
            raw: outlook.raw_any[0],
            persistence: naive::persistence(rounds, asker, day, horizon),
            frequency: naive::frequency(rounds, asker, day, horizon),
            happened: happened(rounds, asker, day, horizon),
        });
    }
}

/// The backtest of a model given whole (a parameters file): every month's
/// forecasts made with it, never refitted, scored on the evaluation grid.
/// For checking a file fitted on a feed cut at a day against what came
/// after it.
pub fn fixed_backtest(
    rounds: &[PastRound],
    from: Date,
    to: Date,
    horizon: u16,
    data_until: Date,
    model: &Model,
) -> Rolling {
    let scored_on = evaluation_grid();
    let mut forecasts = Vec::new();
    for day in forecast_months(from, to, horizon, data_until) {
        replay_month(rounds, model, day, horizon, &scored_on, &mut forecasts);
    }
    Rolling {
        horizon,
        forecasts,
        fits: vec![(from.year(), model.params)],
    }
}

/// The rounds of IRCC's feed as the outlook reads them: day, kind, cut-off.
pub fn past_rounds(feed: &crate::draws::Feed) -> Vec<PastRound> {
    feed.rounds
        .iter()
        .map(|round| PastRound {
            date: round.date,
            kind: round.category.key(),
            cutoff: round.cutoff,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forecast as first written: every pace read in turn, each
    /// result collected anew; the forecast made by lookups over a reused
    /// outlook must say the same.
    fn naive_forecast(prepared: &Prepared, asker: &Asker, horizons: &[u16]) -> Outlook {
        let open: Vec<&KindPace> = prepared
            .kinds
            .iter()
            .filter(|pace| asker.can_be_in(&pace.kind))
            .collect();
        let never_held: Vec<String> = asker
            .open_kinds()
            .into_iter()
            .filter(|kind| !prepared.kinds.iter().any(|pace| *pace.kind == **kind))
            .collect();
        let by_kind: Vec<KindOutlook> = open
            .iter()
            .map(|pace| {
                let reach = normal_cdf((f64::from(asker.score) + 0.5 - pace.mean) / pace.spread);
                let reaching = pace.per_month * reach;
                let waiting = pace.starts.map_or(0.0, |day| months_between(prepared.as_of, day));
                KindOutlook {
                    kind: pace.kind.to_string(),
                    p: horizons
                        .iter()
                        .map(|&h| {
                            let open_months = (f64::from(h) - waiting).max(0.0);
                            (1.0 - prepared.doubt) * (1.0 - (-reaching * open_months).exp())
                        })
                        .collect(),
                    reaching_per_month: reaching,
                    waiting_months: waiting,
                    announced: pace.announced,
                    rounds_last_12_months: pace.rounds_last_12_months,
                    last_cutoff: pace.last_cutoff,
                }
            })
            .collect();
        let surprise = if open.iter().any(|pace| pace.alive) {
            prepared.surprise_per_month
        } else {
            0.0
        };
        let total = by_kind.iter().map(|k| k.reaching_per_month).sum::<f64>() + surprise;
        let chance = |rate: f64, h: u16| (1.0 - prepared.doubt) * (1.0 - (-rate * f64::from(h)).exp());
        let expected = |h: u16| {
            let months = f64::from(h);
            surprise * months
                + by_kind
                    .iter()
                    .map(|k| k.reaching_per_month * (months - k.waiting_months).max(0.0))
                    .sum::<f64>()
        };
        let raw_any: Vec<f64> = horizons
            .iter()
            .map(|&h| (1.0 - prepared.doubt) * (1.0 - (-expected(h)).exp()))
            .collect();
        let mut any: Vec<f64> = horizons
            .iter()
            .zip(&raw_any)
            .map(|(h, &p)| prepared.calibration.get(h).map_or(p, |map| map.apply(p)))
            .collect();
        let mut order: Vec<usize> = (0..horizons.len()).collect();
        order.sort_by_key(|&i| horizons[i]);
        let mut floor = 0.0f64;
        for i in order {
            any[i] = any[i].max(floor);
            floor = any[i];
        }
        Outlook {
            horizons: horizons.to_vec(),
            any,
            raw_any,
            unforeseen: horizons.iter().map(|&h| chance(surprise, h)).collect(),
            expected_wait_months: (total * MAX_WAIT_MONTHS > 1.0).then(|| 1.0 / total),
            by_kind,
            never_held,
            spare: Vec::new(),
        }
    }

    /// Forecasts over one reused outlook against the naive forecast, on
    /// days from 2015 to past the data, for askers naming kinds held,
    /// announced and never held, twice, `all` and `pnp` themselves, with
    /// and without a nomination, horizons in and out of order.
    #[test]
    fn forecasts_made_over_one_outlook_are_the_naive_ones() {
        let feed = crate::draws::Feed::parse(crate::draws::SHIPPED_FEED).unwrap();
        let rounds = past_rounds(&feed);
        let model = Model::shipped();
        let keys = [
            "cec",
            "fsw",
            "fst",
            "french",
            "healthcare",
            "stem",
            "trades",
            "transport",
            "education",
            "researchers",
            "military",
            "pnp",
            "all",
            "never-a-kind",
        ];
        let horizon_sets: [&[u16]; 5] = [&[3, 6, 12], &[12, 3, 6], &[0, 24, 1], &[6, 6], &[]];
        let mut reused = Outlook::default();
        let mut case = 0usize;
        let mut day: Date = "2015-01-10".parse().unwrap();
        while day < "2027-04-01".parse().unwrap() {
            let prepared = model.prepare(&rounds, day);
            for _ in 0..12 {
                case += 1;
                let named = (case * 7) % 5;
                let asker = Asker {
                    score: 280 + (case * 37 % 420) as u16,
                    eligible: (0..named)
                        .map(|i| keys[(case * 3 + i * 5) % keys.len()].to_string())
                        .collect(),
                    nominated: case.is_multiple_of(3),
                };
                let horizons = horizon_sets[case % horizon_sets.len()];
                prepared.forecast_into(&asker, horizons, &mut reused);
                assert_eq!(
                    reused,
                    naive_forecast(&prepared, &asker, horizons),
                    "{day} {asker:?}"
                );
            }
            day = day.plus_days(17);
        }
        assert!(case > 3_000);
    }

    /// A feed naming more kinds than a day's table of places can hold (two
    /// bytes a place), each before the known ones in key order: the known
    /// kinds are still found, and forecast as the naive forecast does.
    #[test]
    fn known_kinds_are_found_past_the_table_of_places() {
        let day: Date = "2025-06-01".parse().unwrap();
        let round = |kind: String, cutoff: u16| PastRound {
            date: "2025-05-01".parse().unwrap(),
            kind,
            cutoff,
        };
        let mut rounds: Vec<PastRound> = (0..usize::from(u16::MAX) + 10)
            .map(|n| round(format!("a{n:06}"), 500))
            .collect();
        rounds.push(round("cec".to_string(), 520));
        rounds.push(round("trades".to_string(), 440));
        let prepared = Model::shipped().prepare(&rounds, day);
        assert!(prepared.kinds.len() > usize::from(u16::MAX));
        let asker = Asker {
            score: 530,
            eligible: vec!["trades".to_string(), "cec".to_string(), "french".to_string()],
            nominated: false,
        };
        let mut outlook = Outlook::default();
        prepared.forecast_into(&asker, &[3, 12], &mut outlook);
        assert_eq!(outlook, naive_forecast(&prepared, &asker, &[3, 12]));
        let kinds: Vec<&str> = outlook.by_kind.iter().map(|k| k.kind.as_str()).collect();
        assert_eq!(kinds, ["cec", "trades"]);
        assert_eq!(outlook.never_held, ["all", "french"]);
    }

    /// The rounds before a day as gathered once, against gathering them
    /// again for that day: every kind, in the same order, on days from
    /// before the first round to after the last, rounds of one day and
    /// of many kinds included.
    #[test]
    fn rounds_gathered_once_are_the_rounds_before_each_day() {
        let feed = crate::draws::Feed::parse(crate::draws::SHIPPED_FEED).unwrap();
        let mut rounds = past_rounds(&feed);
        // A second round on a day that has one, and a kind of its own.
        let twin = PastRound {
            cutoff: 1,
            ..rounds[rounds.len() / 2].clone()
        };
        rounds.push(twin);
        rounds.push(PastRound {
            date: "2021-05-05".parse().unwrap(),
            kind: "zz-once".to_string(),
            cutoff: 300,
        });
        let gathered = RoundsByKind::new(&rounds);
        let mut day: Date = "2014-12-01".parse().unwrap();
        while day < "2027-03-01".parse().unwrap() {
            let mut naive: std::collections::BTreeMap<&str, Vec<&PastRound>> = Default::default();
            for round in rounds.iter().filter(|r| r.date < day) {
                naive.entry(round.kind.as_str()).or_default().push(round);
            }
            for past in naive.values_mut() {
                past.sort_by_key(|r| std::cmp::Reverse(r.date));
            }
            let found: Vec<(&str, Vec<&PastRound>)> =
                gathered.before(day).map(|(k, p)| (&**k, p.to_vec())).collect();
            assert_eq!(found, naive.into_iter().collect::<Vec<_>>(), "{day}");
            let newest = rounds.iter().map(|r| r.date).filter(|&d| d < day).max();
            assert_eq!(gathered.newest_before(day), newest, "{day}");
            day = day.plus_days(9);
        }
    }
}
