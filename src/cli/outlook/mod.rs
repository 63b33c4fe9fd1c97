//! `crs-planner outlook`: the chance of an invitation within a few months,
//! from the rounds before a date (`../shared/spec/outlook.md`), its batch
//! form (`batch`), its backtest, and the fit of its parameters.

mod batch;

pub use batch::outlook_lines;

use crate::context::Context;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::{report, write_failure, Failure, EXIT_BAD_INPUT};
use crate::advisor::outlook::{
    self, Asker, Model, Outlook, ParamsFile, PastRound, Scored, Unsure, STALE_DAYS,
};
use crate::draws::{self, Feed};
use crate::engine::eligibility;
use crate::engine::{Date, RuleBook};
use crate::scenario::{self, Scenario};

#[derive(Args, Debug)]
pub struct OutlookArgs {
    /// A scenario: its score and what it is eligible for, as of the date.
    #[arg(value_name = "FILE", conflicts_with_all = ["score", "batch", "backtest", "fit"])]
    file: Option<PathBuf>,
    /// A score instead of a scenario (with the nomination's 600 if nominated).
    #[arg(long, value_name = "N", requires = "eligible", value_parser = super::whole_between(0, 1200))]
    score: Option<u16>,
    /// What the score is eligible for: programs and categories (fsw,cec,french).
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    eligible: Vec<String>,
    /// With a provincial nomination (provincial nominee rounds are open).
    #[arg(long)]
    nominated: bool,
    /// Forecast as of this day, from the rounds before it (default today).
    #[arg(long = "as-of", value_name = "DATE", value_parser = super::parse_date)]
    as_of: Option<Date>,
    /// The horizons, in months.
    #[arg(long, value_name = "M", value_delimiter = ',', default_values_t = [3u16, 6, 12],
          value_parser = super::whole_between(0, MAX_MONTHS))]
    months: Vec<u16>,
    /// A feed file to read the rounds from instead of the shipped or imported one.
    #[arg(long, value_name = "FILE")]
    feed: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// JSON lines in and out.
    #[arg(long)]
    batch: bool,
    /// Replay history: the model and two naive forecasts against what happened.
    #[arg(long)]
    backtest: bool,
    /// The first month of the backtest.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    from: Option<Date>,
    /// The last month of the backtest.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    to: Option<Date>,
    /// Fit the model's parameters on the rounds of the feed in use (or --feed) and
    /// print them (crs-outlook/1).
    #[arg(long, conflicts_with_all = ["backtest", "batch", "params"])]
    fit: bool,
    /// Forecast (and backtest, and answer --batch) with the parameters in this file
    /// (crs-outlook/1) instead of the shipped ones.
    #[arg(long, value_name = "FILE")]
    params: Option<PathBuf>,
}

/// The backtest's first month when none is given.
const BACKTEST_FROM: &str = "2018-01-01";

/// The first month the fit's forecasts are made from (rounds before it are
/// only read, as history).
const BACKTEST_FIT_FROM: &str = "2016-01-01";

/// The newest round a forecast on `as_of` may read: the last one before it.
/// (A feed cut at that day gives the same, as the spec asks.)
fn known_until(rounds: &[PastRound], as_of: Date) -> Option<Date> {
    rounds.iter().map(|r| r.date).filter(|&d| d < as_of).max()
}

fn load_feed(context: &Context, args: &OutlookArgs) -> Result<Feed, Failure> {
    match &args.feed {
        Some(path) => {
            let text = crate::files::read_text(path, crate::files::MAX_FEED_FILE)
                .map_err(|e| Failure::bad_input(format!("{}: {e}", path.display())))?;
            // The rule `draws --import` keeps: a round after today is a
            // mistake in the file, refused, not quietly left out.
            Feed::parse(&text)
                .and_then(|feed| feed.check_dates(context.today).map(|()| feed))
                .map_err(|e| Failure::bad_input(e.in_file(path.display().to_string()).to_string()))
        }
        None => Ok(draws::load(context.data_dir.as_deref(), context.today).feed),
    }
}

/// The spec's JSON.
#[derive(Serialize)]
struct OutlookJson {
    as_of: String,
    data_until: String,
    score: u16,
    any: ByHorizon,
    expected_wait_months: Option<f64>,
    by_kind: Vec<KindJson>,
    /// The part of `any` from rounds the recent pace does not foresee.
    unforeseen: ByHorizon,
    /// Kinds they could be in that have never been held: not forecast.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    never_held: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<String>,
    /// With a work permit's end in the scenario: the chance of an invitation
    /// before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    before_permit_ends: Option<BeforePermit>,
}

#[derive(Serialize, Clone)]
struct BeforePermit {
    date: String,
    /// Whole months from the day of the outlook to the permit's end.
    months: u16,
    chance: f64,
}

#[derive(Serialize)]
struct KindJson {
    kind: String,
    p: ByHorizon,
    rounds_last_12_months: u32,
    last_cutoff: Option<u16>,
    /// What IRCC said of the kind before the day, when no round has said more.
    #[serde(skip_serializing_if = "Option::is_none")]
    announced: Option<AnnouncedJson>,
}

#[derive(Serialize)]
struct AnnouncedJson {
    date: String,
    /// `start`, `resume`, `pause` or `end`.
    change: &'static str,
    /// For a start or a resumption: no round expected before this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    not_before: Option<String>,
}

fn rounded(p: f64) -> f64 {
    (p * 1000.0).round() / 1000.0
}

/// An expected wait as given, to a tenth of a month.
fn rounded_wait(months: f64) -> f64 {
    (months * 10.0).round() / 10.0
}

/// Chances keyed by horizon, in the horizons' order ("3", "6", "12").
struct ByHorizon(Vec<(String, f64)>);

impl Serialize for ByHorizon {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (horizon, p) in &self.0 {
            map.serialize_entry(horizon, p)?;
        }
        map.end()
    }
}

fn by_horizon(horizons: &[u16], p: &[f64]) -> ByHorizon {
    ByHorizon(
        horizons
            .iter()
            .zip(p)
            .map(|(h, &p)| (h.to_string(), rounded(p)))
            .collect(),
    )
}

/// The warning when the newest round is more than eight weeks before the day.
fn stale(data_until: Date, as_of: Date) -> Option<String> {
    (as_of.days_since_unix_epoch() - data_until.days_since_unix_epoch() > STALE_DAYS)
        .then(|| crate::t!("outlook-stale", until = data_until, date = as_of))
}

fn to_json(outlook: &Outlook, asker: &Asker, as_of: Date, data_until: Date) -> OutlookJson {
    OutlookJson {
        as_of: as_of.to_string(),
        data_until: data_until.to_string(),
        score: asker.score,
        any: by_horizon(&outlook.horizons, &outlook.any),
        expected_wait_months: outlook.expected_wait_months.map(rounded_wait),
        by_kind: outlook
            .by_kind
            .iter()
            .map(|kind| KindJson {
                kind: kind.kind.clone(),
                p: by_horizon(&outlook.horizons, &kind.p),
                rounds_last_12_months: kind.rounds_last_12_months,
                last_cutoff: kind.last_cutoff,
                announced: kind.announced.map(|said| AnnouncedJson {
                    date: said.said_on.to_string(),
                    change: said.change.key(),
                    not_before: said.first_round().map(|day| day.to_string()),
                }),
            })
            .collect(),
        unforeseen: by_horizon(&outlook.horizons, &outlook.unforeseen),
        never_held: outlook.never_held.clone(),
        warning: stale(data_until, as_of),
        before_permit_ends: None,
    }
}

/// Whole months from `from` to `end` (none when it has passed).
fn whole_months(from: Date, end: Date) -> u16 {
    (0..=1200u16)
        .take_while(|&m| from.plus_months(i32::from(m)) <= end)
        .last()
        .unwrap_or(0)
}

/// The person a scenario describes on `as_of`, scored by `book` (the
/// shipped rule sets with the user's): the score that day and what they are
/// eligible for, with what the report leaves open.
fn asker_of(
    context: &Context,
    scenario: Scenario,
    book: &RuleBook,
    as_of: Date,
) -> Result<(Asker, Unsure), Failure> {
    let scenario = scenario.on_date(context.today, as_of, context.reference);
    let rules = book
        .in_force_on(as_of)
        .map_err(|e| Failure::usage(e.to_string()))?;
    let report = eligibility::assess(&scenario.situation(), context.reference.get(), as_of);
    Ok(Asker::from_report(
        rules.total(&scenario.profile),
        &report,
        scenario.profile.provincial_nomination,
    ))
}

/// The wait for an invitation the outlook expects for a scenario on `as_of`
/// (from the shipped or imported rounds), for the timeline's deadlines.
pub(super) fn expected_wait(
    context: &Context,
    scenario: Scenario,
    book: &RuleBook,
    as_of: Date,
) -> Option<f64> {
    let feed = draws::load(context.data_dir.as_deref(), context.today).feed;
    let (asker, _) = asker_of(context, scenario, book, as_of).ok()?;
    outlook::forecast(
        &crate::advisor::outlook::past_rounds(&feed),
        &asker,
        as_of,
        &[6],
        &Model::shipped(),
    )
    .expected_wait_months
}

pub fn run(context: &Context, args: &OutlookArgs) -> u8 {
    report(run_inner(context, args))
}

fn run_inner(context: &Context, args: &OutlookArgs) -> Result<(), Failure> {
    let feed = load_feed(context, args)?;
    let rounds = crate::advisor::outlook::past_rounds(&feed);
    let seen = feed.categories();
    let data_until = feed.newest().date;
    let given = match &args.params {
        Some(path) => Some(read_params(path)?),
        None => None,
    };
    let model = given.clone().map_or_else(Model::shipped, Model::from_file);
    let mut out = io::stdout().lock();
    if args.fit {
        let file = fit_file(&rounds, data_until);
        let text = serde_json::to_string_pretty(&file).map_err(|e| write_failure(e.into()))?;
        return writeln!(out, "{text}").map_err(write_failure);
    }
    if args.backtest {
        let from = args
            .from
            .unwrap_or_else(|| BACKTEST_FROM.parse().expect("a date"));
        let to = args.to.unwrap_or(data_until);
        let horizons: Vec<u16> = args.months.iter().copied().filter(|&m| m > 0).collect();
        let mut text = String::new();
        for &horizon in &horizons {
            let replayed = match &given {
                // Parameters given are scored as they are, refitted never.
                Some(_) => outlook::fixed_backtest(&rounds, from, to, horizon, data_until, &model),
                None => outlook::rolling_backtest(
                    &rounds,
                    &model.announced,
                    BACKTEST_FIT_FROM.parse().expect("a date"),
                    from,
                    to,
                    horizon,
                    data_until,
                    &outlook::STARTING_PARAMS,
                ),
            };
            text.push_str(&backtest_text(from, to, &replayed, given.is_some()));
            text.push('\n');
        }
        return super::write_report(&mut out, text.trim_end_matches('\n').to_string().as_str())
            .and_then(|()| writeln!(out).map_err(write_failure));
    }
    if args.batch {
        let (input, mut output) = super::batch_io();
        let failed =
            batch::batch(&rounds, &seen, data_until, &model, input, &mut output).map_err(write_failure)?;
        return if failed == 0 {
            Ok(())
        } else {
            Err(Failure {
                status: EXIT_BAD_INPUT,
                message: String::new(),
            })
        };
    }
    let as_of = args.as_of.unwrap_or(context.today);
    let mut permit_ends = None;
    let (asker, unknown, assumed) = match (&args.file, args.score) {
        (Some(path), _) => {
            let scenario = scenario::load(path, context.today, context.reference)
                .map_err(|e| Failure::bad_input(e.to_string()))?;
            permit_ends = scenario.extras.dates.work_permit_expires;
            let book = super::rule_book(context, &super::RulesArgs::default())?;
            let (asker, unsure) = asker_of(context, scenario, &book, as_of)?;
            (asker, unsure.unknown, unsure.assumed)
        }
        (None, Some(score)) => (
            Asker {
                score,
                eligible: kinds(&args.eligible, &seen)
                    .map_err(|unknown| Failure::usage(unknown.describe("--eligible")))?,
                nominated: args.nominated,
            },
            Vec::new(),
            Vec::new(),
        ),
        (None, None) => return Err(Failure::usage(crate::t!("outlook-give-scenario"))),
    };
    let horizons: Vec<u16> = args.months.iter().copied().filter(|&m| m > 0).collect();
    let forecast = outlook::forecast(&rounds, &asker, as_of, &horizons, &model);
    let data_until = known_until(&rounds, as_of).unwrap_or(data_until);
    // The chance before the permit ends: the same model, to that month.
    let before_permit = permit_ends.map(|end| {
        let months = whole_months(as_of, end);
        let chance = if end < as_of || months == 0 {
            0.0
        } else {
            outlook::forecast(&rounds, &asker, as_of, &[months], &model)
                .any
                .first()
                .copied()
                .unwrap_or(0.0)
        };
        BeforePermit {
            date: end.to_string(),
            months,
            chance,
        }
    });
    if args.json {
        let mut json = crate::i18n::in_english(|| to_json(&forecast, &asker, as_of, data_until));
        json.before_permit_ends = before_permit;
        serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write_failure(e.into()))?;
        return writeln!(out).map_err(write_failure);
    }
    let mut said = text(&forecast, &asker, as_of, data_until, &unknown, &assumed);
    if let Some(before) = &before_permit {
        let line = if before.date.as_str() < as_of.to_string().as_str() {
            crate::t!("outlook-permit-ended", date = before.date.as_str())
        } else {
            crate::t!(
                "outlook-before-permit",
                date = before.date.as_str(),
                months = before.months,
                chance = crate::i18n::percent(before.chance)
            )
        };
        // Right after the total chances: the figure the person came for.
        let at = said.find('\n').map_or(said.len(), |i| i + 1);
        let at = said[at..].find('\n').map_or(said.len(), |i| at + i + 1);
        said.insert_str(at, &format!("{line}\n"));
    }
    super::write_report(&mut out, &said)
}

fn text(
    outlook: &Outlook,
    asker: &Asker,
    as_of: Date,
    data_until: Date,
    unknown: &[String],
    assumed: &[String],
) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{}",
        crate::t!(
            "outlook-title",
            score = asker.score,
            date = as_of,
            until = data_until
        )
    );
    if let Some(warning) = stale(data_until, as_of) {
        let _ = writeln!(text, "{}", crate::t!("outlook-warning", text = warning));
    }
    let chances: Vec<String> = outlook
        .horizons
        .iter()
        .zip(&outlook.any)
        .map(|(h, &p)| crate::t!("outlook-within", chance = crate::i18n::percent(p), months = h))
        .collect();
    let _ = writeln!(text, "{}", crate::t!("outlook-any", chances = chances.join(", ")));
    let wait = match outlook.expected_wait_months {
        Some(wait) if wait <= 120.0 => crate::t!("outlook-wait", months = wait.round() as u16),
        _ => crate::t!("outlook-wait-long"),
    };
    let _ = writeln!(text, "{wait}");
    let _ = writeln!(text);
    if outlook.by_kind.is_empty() {
        let _ = writeln!(text, "{}", crate::t!("outlook-none-held", date = as_of));
    }
    for kind in &outlook.by_kind {
        let chances: Vec<String> = outlook
            .horizons
            .iter()
            .zip(&kind.p)
            .map(|(h, &p)| crate::t!("outlook-in", chance = crate::i18n::percent(p), months = h))
            .collect();
        let cutoff = kind.last_cutoff.map_or("-".to_string(), |c| c.to_string());
        let rounds = match kind.last_cutoff {
            Some(_) => crate::t!(
                "outlook-kind-rounds",
                count = kind.rounds_last_12_months,
                cutoff = cutoff,
                from = as_of.plus_months(-12),
                to = as_of
            ),
            None => crate::t!("outlook-kind-none-yet"),
        };
        let said = kind
            .announced
            .as_ref()
            .map_or(String::new(), |said| format!("  ·  {}", said.describe()));
        let _ = writeln!(
            text,
            "  {:<16} {}  ·  {rounds}{said}",
            kind.kind,
            chances.join(", ")
        );
    }
    if outlook.unforeseen.iter().any(|&p| p > 0.0) {
        let chances: Vec<String> = outlook
            .horizons
            .iter()
            .zip(&outlook.unforeseen)
            .map(|(h, &p)| crate::t!("outlook-in", chance = crate::i18n::percent(p), months = h))
            .collect();
        let _ = writeln!(
            text,
            "  {}",
            crate::t!("outlook-unforeseen", chances = chances.join(", "))
        );
    }
    if !outlook.never_held.is_empty() {
        let _ = writeln!(
            text,
            "\n{}",
            crate::t!("outlook-never-held", kinds = outlook.never_held.join(", "))
        );
    }
    if !assumed.is_empty() {
        let _ = writeln!(
            text,
            "\n{}",
            crate::t!("outlook-assumed", kinds = assumed.join(", "))
        );
    }
    if !unknown.is_empty() {
        let _ = writeln!(
            text,
            "\n{}",
            crate::t!("outlook-unknown", kinds = unknown.join(", "))
        );
    }
    if let Some(figures) = outlook::shipped_backtest() {
        let _ = writeln!(
            text,
            "\n{}",
            crate::t!(
                "outlook-on-the-past",
                from = BACKTEST_FROM,
                ratio = crate::i18n::decimal(figures.ratio, 2),
                low = crate::i18n::decimal(figures.ratio_low, 2),
                high = crate::i18n::decimal(figures.ratio_high, 2)
            )
        );
    }
    text
}

fn reliability_table(name: &str, scored: &Scored, intervals: Option<&[Option<(f64, f64)>]>) -> String {
    let mut text = crate::t!(
        "backtest-brier",
        name = name,
        brier = crate::i18n::decimal(scored.brier, 4)
    );
    text.push('\n');
    // Each column as wide as its heading or its figures, whichever is wider.
    let mut headings = vec![
        crate::t!("backtest-col-forecast"),
        "n".to_string(),
        crate::t!("backtest-col-mean"),
        crate::t!("backtest-col-observed"),
    ];
    if intervals.is_some() {
        headings.push(crate::t!("backtest-col-years"));
    }
    let rows: Vec<Vec<String>> = scored
        .reliability
        .iter()
        .enumerate()
        .filter(|(_, (n, _, _))| *n > 0)
        .map(|(tenth, (n, mean, observed))| {
            let mut row = vec![
                format!(
                    "{}-{}",
                    crate::i18n::decimal(tenth as f64 / 10.0, 1),
                    crate::i18n::decimal((tenth + 1) as f64 / 10.0, 1)
                ),
                n.to_string(),
                crate::i18n::decimal(*mean, 3),
                crate::i18n::decimal(*observed, 3),
            ];
            if let Some(intervals) = intervals {
                row.push(
                    intervals
                        .get(tenth)
                        .copied()
                        .flatten()
                        .map_or(String::new(), |(low, high)| {
                            format!(
                                "{} - {}",
                                crate::i18n::decimal(low, 2),
                                crate::i18n::decimal(high, 2)
                            )
                        }),
                );
            }
            row
        })
        .collect();
    let widths: Vec<usize> = (0..headings.len())
        .map(|column| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .chain([headings[column].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&headings).chain(rows.iter()) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        let _ = writeln!(text, "  {}", cells.join("   ").trim_end());
    }
    text
}

/// Of the well-filled bins (200 forecasts or more), how many have their
/// mean forecast inside the interval resampled years allow, and how many
/// there are.
fn bins_within_years(scored: &Scored, intervals: &[Option<(f64, f64)>]) -> (usize, usize) {
    let filled: Vec<bool> = scored
        .reliability
        .iter()
        .zip(intervals)
        .filter(|((n, _, _), _)| *n >= 200)
        .map(|((_, mean, _), interval)| interval.is_some_and(|(low, high)| (low..=high).contains(mean)))
        .collect();
    (filled.iter().filter(|&&inside| inside).count(), filled.len())
}

fn backtest_text(from: Date, to: Date, replayed: &outlook::Rolling, given: bool) -> String {
    let model = replayed.scored(|f| f.model);
    let raw = replayed.scored(|f| f.raw);
    let persistence = replayed.scored(|f| f.persistence);
    let frequency = replayed.scored(|f| f.frequency);
    let (ratio, low, high) = replayed.ratio_with_interval();
    let (horizon, grid) = (replayed.horizon, outlook::evaluation_grid().len());
    let mut text = if given {
        crate::t!(
            "backtest-title-given",
            from = from,
            to = to,
            months = horizon,
            grid = grid
        )
    } else {
        crate::t!(
            "backtest-title-rolling",
            from = from,
            to = to,
            months = horizon,
            grid = grid
        )
    };
    text.push_str("\n\n");
    let _ = writeln!(
        text,
        "{}",
        crate::t!(
            "backtest-ratio-interval",
            ratio = crate::i18n::decimal(ratio, 2),
            low = crate::i18n::decimal(low, 2),
            high = crate::i18n::decimal(high, 2),
            frequency = crate::i18n::decimal(model.brier / frequency.brier.max(1e-9), 2)
        )
    );
    let off = worst_bin(&model);
    let intervals = replayed.observed_intervals(|f| f.model);
    let (inside, filled) = bins_within_years(&model, &intervals);
    let _ = writeln!(
        text,
        "{}\n{}\n",
        crate::t!(
            "backtest-calibration-gap",
            gap = crate::i18n::decimal(off, 2),
            raw_gap = crate::i18n::decimal(worst_bin(&raw), 2)
        ),
        crate::t!("backtest-within-years", inside = inside, bins = filled)
    );
    text.push_str(&reliability_table(
        &crate::t!("backtest-model"),
        &model,
        Some(&intervals),
    ));
    text.push('\n');
    text.push_str(&reliability_table(
        &crate::t!("backtest-model-raw"),
        &raw,
        Some(&replayed.observed_intervals(|f| f.raw)),
    ));
    text.push('\n');
    text.push_str(&reliability_table(
        &crate::t!("backtest-persistence"),
        &persistence,
        None,
    ));
    text.push('\n');
    text.push_str(&reliability_table(
        &crate::t!("backtest-frequency"),
        &frequency,
        None,
    ));
    if !given {
        let fits: Vec<String> = replayed
            .fits
            .iter()
            .map(|(year, p)| {
                format!(
                    "  {year}: window {} · half-life {} · recent {} · spread {} · fade {} · surprise {} · doubt {}",
                    p.window_months,
                    crate::i18n::decimal(p.half_life_rounds, 1),
                    p.recent_rounds,
                    crate::i18n::decimal(p.min_spread, 0),
                    crate::i18n::decimal(p.fade, 1),
                    crate::i18n::decimal(p.surprise_per_month, 3),
                    crate::i18n::decimal(p.doubt, 2)
                )
            })
            .collect();
        let _ = writeln!(text, "\n{}\n{}", crate::t!("backtest-fits"), fits.join("\n"));
    }
    text
}

/// How far the worst well-filled reliability bin (200 forecasts or more) is
/// from what happened.
fn worst_bin(scored: &Scored) -> f64 {
    scored
        .reliability
        .iter()
        .filter(|(n, _, _)| *n >= 200)
        .map(|(_, mean, observed)| (mean - observed).abs())
        .fold(0.0, f64::max)
}

/// Parameters fitted on every outcome the rounds hold (none after the
/// feed's last round), the recalibration at 3, 6 and 12 months on the same
/// forecasts, and, to say how much to trust them, the rolling-origin
/// backtest at 6 months with its interval.
fn fit_file(rounds: &[PastRound], data_until: Date) -> ParamsFile {
    let fit_from: Date = BACKTEST_FIT_FROM.parse().expect("a date");
    let from: Date = BACKTEST_FROM.parse().expect("a date");
    let fitting = outlook::grid();
    let announced = crate::advisor::announced::shipped();
    let params = outlook::fit(
        rounds,
        announced,
        &fitting,
        fit_from,
        data_until,
        6,
        &outlook::STARTING_PARAMS,
    );
    // Each horizon's recalibration is fitted on its rolling backtest's own
    // out-of-sample forecasts: how the model erred when it could not see
    // the answer.
    let rolled: Vec<(u16, outlook::Rolling)> = [3u16, 6, 12]
        .into_iter()
        .map(|horizon| {
            let rolling = outlook::rolling_backtest(
                rounds,
                announced,
                fit_from,
                from,
                data_until,
                horizon,
                data_until,
                &outlook::STARTING_PARAMS,
            );
            (horizon, rolling)
        })
        .collect();
    let calibration = rolled
        .iter()
        .map(|(horizon, rolling)| (horizon.to_string(), rolling.calibration()))
        .collect();
    let rolling = &rolled[1].1;
    let (ratio, low, high) = rolling.ratio_with_interval();
    let round4 = |value: f64| (value * 10_000.0).round() / 10_000.0;
    ParamsFile {
        format: outlook::PARAMS_FORMAT.to_string(),
        fitted: format!(
            "crs-planner outlook --fit: rounds up to {data_until}; forecasts from {BACKTEST_FIT_FROM}; backtest: \
             rolling origin from {BACKTEST_FROM}, refitted each January on outcomes known then, 6 months"
        ),
        params,
        calibration,
        backtest: Some(outlook::Backtested {
            model: round4(rolling.scored(|f| f.model).brier),
            persistence: round4(rolling.scored(|f| f.persistence).brier),
            frequency: round4(rolling.scored(|f| f.frequency).brier),
            ratio: round4(ratio),
            ratio_low: round4(low),
            ratio_high: round4(high),
        }),
    }
}

/// A parameters file (`crs-outlook/1`), refused like the other data files
/// when it is not one: the file, the key, what was expected.
fn read_params(path: &std::path::Path) -> Result<ParamsFile, Failure> {
    let shown = path.display().to_string();
    let text = crate::files::read_text(path, crate::files::MAX_SMALL_FILE)
        .map_err(|e| Failure::bad_input(format!("{shown}: {e}")))?;
    let file: ParamsFile = crate::error::from_json_path(&text).map_err(|(key, problem)| {
        Failure::bad_input(crate::error::InputError::new(&shown, key, problem).to_string())
    })?;
    if file.format != outlook::PARAMS_FORMAT {
        return Err(Failure::bad_input(
            crate::error::InputError::new(
                &shown,
                "format",
                crate::error::expected_found(
                    format!("\"{}\"", outlook::PARAMS_FORMAT),
                    format!("{:?}", file.format),
                ),
            )
            .to_string(),
        ));
    }
    let p = &file.params;
    let checks: [(&str, bool, String); 7] = [
        (
            "params.window_months",
            (1..=120).contains(&p.window_months),
            crate::t!("params-months"),
        ),
        (
            "params.half_life_rounds",
            p.half_life_rounds.is_finite() && p.half_life_rounds > 0.0 && p.half_life_rounds <= 100.0,
            crate::t!("params-positive", most = 100),
        ),
        (
            "params.recent_rounds",
            (1..=1000).contains(&p.recent_rounds),
            crate::t!("params-rounds"),
        ),
        (
            "params.min_spread",
            p.min_spread.is_finite() && p.min_spread > 0.0 && p.min_spread <= 600.0,
            crate::t!("params-positive", most = 600),
        ),
        (
            "params.fade",
            p.fade.is_finite() && (0.0..=100.0).contains(&p.fade),
            crate::t!("params-share", most = 100),
        ),
        (
            "params.surprise_per_month",
            p.surprise_per_month.is_finite() && (0.0..=1.0).contains(&p.surprise_per_month),
            crate::t!("params-share", most = 1),
        ),
        (
            "params.doubt",
            p.doubt.is_finite() && (0.0..=1.0).contains(&p.doubt),
            crate::t!("params-share", most = 1),
        ),
    ];
    for (key, fine, expected) in checks {
        if !fine {
            let found = serde_json::to_value(p)
                .ok()
                .and_then(|value| {
                    value
                        .get(key.trim_start_matches("params."))
                        .map(ToString::to_string)
                })
                .unwrap_or_default();
            return Err(Failure::bad_input(
                crate::error::InputError::new(&shown, key, crate::error::expected_found(expected, found))
                    .to_string(),
            ));
        }
    }
    for (months, map) in &file.calibration {
        let rising = map
            .knots
            .windows(2)
            .all(|pair| pair[0].0 <= pair[1].0 && pair[0].1 <= pair[1].1);
        let shares = map
            .knots
            .iter()
            .all(|&(x, y)| (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y));
        if months.parse::<u16>().is_err() || !rising || !shares {
            return Err(Failure::bad_input(
                crate::error::InputError::new(
                    &shown,
                    format!("calibration.{months}"),
                    crate::t!("params-calibration"),
                )
                .to_string(),
            ));
        }
    }
    Ok(file)
}

/// The longest horizon asked for, in months (as `--months` allows).
const MAX_MONTHS: u16 = 600;

/// The kinds of round named with `--eligible`, each checked.
fn kinds(given: &[String], seen: &[draws::Category]) -> Result<Vec<String>, draws::category::UnknownKind> {
    given
        .iter()
        .map(|name| draws::Category::named(name, seen).map(|category| category.key()))
        .collect()
}
