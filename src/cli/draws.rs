//! `crs-planner draws`: IRCC's rounds, and where a score stands against them.

use crate::context::Context;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::text::truncate;
use super::{pick_rules, report, rule_book, write_failure, Failure, RulesArgs};
use crate::draws::entry::list_version;
use crate::draws::{self, Category, Entry, Loaded, Person, PoolPosition, Round, Source, Standing};
use crate::engine::eligibility::{Answer, Reference};
use crate::engine::Date;
use crate::scenario;

#[derive(Args, Debug)]
pub struct DrawsArgs {
    /// Only rounds of this category (all, pnp, cec, fsw, fst, french, healthcare, stem,
    /// trades, transport, agriculture, education, senior-managers, physicians, researchers, military).
    #[arg(long, value_name = "C")]
    category: Option<String>,
    /// Only rounds on or after this date (default: the last six months of data).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    since: Option<Date>,
    /// A CRS score to read against the rounds.
    #[arg(long, value_name = "N", conflicts_with = "scenario", value_parser = super::whole_between(0, 1200))]
    score: Option<u16>,
    /// A scenario whose score is read against the rounds.
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    /// How many of each category's latest rounds to count.
    #[arg(long, value_name = "N", default_value_t = 6, value_parser = super::whole_between(1, 1000))]
    last: u16,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// Check a newer copy of IRCC's feed and keep it in the data folder.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["category", "since", "score", "scenario", "json"])]
    import: Option<PathBuf>,
    /// With --import: keep the file even if its rounds end before those of the data in use.
    #[arg(long, requires = "import")]
    replace_newer: bool,
    /// Download IRCC's feed now and keep it when it has newer rounds (the only time
    /// crs-planner uses the network).
    #[arg(long, conflicts_with_all = ["import", "category", "since", "score", "scenario", "json"])]
    update: bool,
    /// With --update: download from this address instead of IRCC's (a mirror);
    /// default CRS_PLANNER_FEED_URL, then IRCC's address.
    #[arg(long, value_name = "URL", requires = "update")]
    url: Option<String>,
    /// With --update: give up after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 60, requires = "update",
          value_parser = super::whole_between(1, 3600))]
    timeout: u16,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(Serialize)]
struct DataJson {
    newest_date: String,
    newest_round: String,
    rounds: usize,
    source: &'static str,
    file: Option<String>,
}

#[derive(Serialize)]
struct RoundJson<'a> {
    number: &'a str,
    date: String,
    name: &'a str,
    category: String,
    /// The category list a category round was held under.
    #[serde(skip_serializing_if = "Option::is_none")]
    list_version: Option<String>,
    size: u32,
    cutoff: u16,
    tie_break: &'a str,
    /// With --scenario: eligible for the round and the score reaches its cut-off.
    #[serde(skip_serializing_if = "Option::is_none")]
    reachable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    eligible: Option<Option<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unmet: Option<Vec<crate::engine::eligibility::Reason>>,
}

#[derive(Serialize)]
struct DrawsJson<'a> {
    data: DataJson,
    since: String,
    category: Option<String>,
    rounds: Vec<RoundJson<'a>>,
    score: Option<u16>,
    standings: Vec<Standing>,
    pool: Option<PoolPosition>,
}

pub fn run(context: &Context, args: &DrawsArgs) -> u8 {
    report(run_inner(context, args))
}

fn run_inner(context: &Context, args: &DrawsArgs) -> Result<(), Failure> {
    let data_dir = context.data_dir.clone();
    if args.update {
        let limits = draws::fetch::Limits {
            timeout: std::time::Duration::from_secs(u64::from(args.timeout)),
            ..draws::fetch::Limits::default()
        };
        let url = draws::fetch::feed_url(args.url.as_deref());
        let said = update_feed(context, data_dir.as_deref(), &url, limits)
            .map_err(|e| Failure::bad_input(e.to_string()))?;
        let mut out = io::stdout().lock();
        return writeln!(out, "{said}").map_err(write_failure);
    }
    if let Some(file) = &args.import {
        let folder = data_dir.ok_or_else(|| Failure::bad_input(crate::t!("draws-no-data-folder")))?;
        let (feed, path) =
            draws::import(file, &folder, context.today, args.replace_newer).map_err(Failure::bad_input)?;
        let newest = feed.newest();
        let mut out = io::stdout().lock();
        return writeln!(
            out,
            "{}",
            crate::t!(
                "draws-imported-into",
                count = feed.rounds.len(),
                date = newest.date,
                round = &newest.number,
                file = &path
            )
        )
        .map_err(write_failure);
    }

    let loaded = draws::load(data_dir.as_deref(), context.today);
    if let Some(warning) = &loaded.warning {
        super::warn(warning);
    }
    let category = match &args.category {
        None => None,
        Some(key) => Some(find_category(&loaded, key)?),
    };
    let since = args
        .since
        .unwrap_or_else(|| loaded.feed.newest().date.plus_months(-6));
    let scenario = match &args.scenario {
        Some(file) => Some(
            scenario::load(file, context.today, context.reference)
                .map_err(|e| Failure::bad_input(e.to_string()))?
                .on_date(context.today, args.rules.date(context.today), context.reference),
        ),
        None => None,
    };
    let score = match (&args.score, &scenario) {
        (Some(score), _) => Some(*score),
        (None, Some(scenario)) => {
            let book = rule_book(context, &args.rules)?;
            let rules = pick_rules(&book, &args.rules, context.today)?;
            Some(rules.score(&scenario.profile).total)
        }
        (None, None) => None,
    };
    let reference = context.reference.get();
    let person = scenario
        .as_ref()
        .map(|scenario| Person::new(scenario.situation(), reference, args.rules.date(context.today)));
    let rounds: Vec<&Round> = loaded
        .feed
        .rounds
        .iter()
        .filter(|round| round.date >= since && category.as_ref().is_none_or(|c| &round.category == c))
        .collect();
    let stand = || -> Vec<Standing> {
        score
            .map(|score| {
                draws::standings(
                    &loaded.feed,
                    score,
                    args.since,
                    usize::from(args.last),
                    person.as_ref(),
                )
                .into_iter()
                .filter(|standing| category.as_ref().is_none_or(|c| &standing.category == c))
                .collect()
            })
            .unwrap_or_default()
    };
    // The kinds of round are named as they are found: in English for JSON.
    let standings = if args.json {
        crate::i18n::in_english(stand)
    } else {
        stand()
    };
    let pool = score.and_then(|score| {
        loaded
            .feed
            .latest_distribution()
            .map(|(round, distribution)| draws::pool_position(&round.number, distribution, score))
    });

    let mut out = io::stdout().lock();
    if args.json {
        let newest = loaded.feed.newest();
        let json = DrawsJson {
            data: DataJson {
                newest_date: newest.date.to_string(),
                newest_round: newest.number.clone(),
                rounds: loaded.feed.rounds.len(),
                source: match loaded.source {
                    Source::Shipped => "shipped",
                    Source::Imported(_) => "imported",
                    Source::Downloaded { .. } => "downloaded",
                },
                file: match &loaded.source {
                    Source::Shipped => None,
                    Source::Imported(path) | Source::Downloaded { path, .. } => {
                        Some(path.display().to_string())
                    }
                },
            },
            since: since.to_string(),
            category: category.as_ref().map(Category::key),
            rounds: rounds
                .iter()
                .map(|round| {
                    let entry = person.as_ref().map(|p| p.entry_to(round));
                    RoundJson {
                        number: &round.number,
                        date: round.date.to_string(),
                        name: &round.name,
                        category: round.category.key(),
                        list_version: list_version(reference, round),
                        size: round.size,
                        cutoff: round.cutoff,
                        tie_break: &round.tie_break,
                        reachable: entry
                            .as_ref()
                            .zip(score)
                            .map(|(entry, score)| entry.answer == Answer::Yes && score >= round.cutoff),
                        eligible: entry.as_ref().map(|e| e.answer.as_option()),
                        unmet: entry.map(|e| e.reasons),
                    }
                })
                .collect(),
            score,
            standings,
            pool,
        };
        serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write_failure(e.into()))?;
        return writeln!(out).map_err(write_failure);
    }
    let text = render_text(
        &loaded,
        since,
        args.since.is_none(),
        &rounds,
        score,
        &standings,
        pool.as_ref(),
        args.last,
        person.as_ref(),
        args.rules.date(context.today),
        context.reference.get(),
    );
    super::write_report(&mut out, &text)
}

/// Runs an update with a progress line on a terminal, and says what came of it.
pub(crate) fn update_feed(
    context: &Context,
    data_dir: Option<&std::path::Path>,
    url: &str,
    limits: draws::fetch::Limits,
) -> Result<String, draws::UpdateError> {
    let mut progress = Progress::new();
    let result = draws::update(data_dir, url, context.today, limits, &mut |received, total| {
        progress.show(received, total)
    });
    progress.clear();
    result.map(|update| update.describe())
}

/// "Downloading IRCC's rounds… 312 KB of 695 KB" on standard error, once a
/// download has taken more than a moment, and only on a terminal.
struct Progress {
    started: std::time::Instant,
    terminal: bool,
    shown: bool,
}

impl Progress {
    const AFTER: std::time::Duration = std::time::Duration::from_millis(400);

    fn new() -> Self {
        use std::io::IsTerminal;
        Progress {
            started: std::time::Instant::now(),
            terminal: io::stderr().is_terminal(),
            shown: false,
        }
    }

    fn show(&mut self, received: u64, total: Option<u64>) {
        if !self.terminal || self.started.elapsed() < Self::AFTER {
            return;
        }
        let kilobytes =
            |bytes: u64| crate::i18n::number(i64::try_from(bytes.div_ceil(1024)).unwrap_or(i64::MAX));
        let line = match total {
            Some(total) => crate::t!(
                "update-progress-of",
                received = kilobytes(received),
                total = kilobytes(total)
            ),
            None => crate::t!("update-progress", received = kilobytes(received)),
        };
        let _ = write!(io::stderr(), "\r\x1b[2K{line}");
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            let _ = write!(io::stderr(), "\r\x1b[2K");
            self.shown = false;
        }
    }
}

/// Who program and category rounds invite, worded from the rules in force
/// on `date` (the lists change: occupations asked six months of work in
/// 2023 and twelve in 2026).
fn eligible_note(reference: &Reference, date: Date) -> String {
    use crate::engine::eligibility::Condition;
    let programs = &reference.programs;
    let months =
        |hours: u32| (f64::from(hours) * 12.0 / f64::from(programs.year_hours.max(1))).round() as u32;
    let list = reference.categories_on(date);
    let conditions = || {
        list.into_iter()
            .flat_map(|list| &list.categories)
            .map(|rule| &rule.condition)
    };
    let french = conditions()
        .find_map(|condition| match condition {
            Condition::French { level } => Some(*level),
            _ => None,
        })
        .unwrap_or(7);
    let work = conditions()
        .find_map(|condition| match condition {
            Condition::HoursInOneNoc { hours, .. } | Condition::ContinuousJob { hours, .. } => {
                Some(months(*hours))
            }
            _ => None,
        })
        .unwrap_or(12);
    crate::t!(
        "draws-eligible-note",
        cec = months(programs.cec.hours),
        french = french,
        months = work,
        version = list.map_or_else(String::new, |list| list.version.clone())
    )
}

fn find_category(loaded: &Loaded, key: &str) -> Result<Category, Failure> {
    Category::named(key, &loaded.feed.categories())
        .map_err(|unknown| Failure::usage(unknown.describe("--category")))
}

#[allow(clippy::too_many_arguments)]
fn render_text(
    loaded: &Loaded,
    since: Date,
    default_window: bool,
    rounds: &[&Round],
    score: Option<u16>,
    standings: &[Standing],
    pool: Option<&PoolPosition>,
    last: u16,
    person: Option<&Person>,
    day: Date,
    reference: &Reference,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", crate::t!("draws-heading", data = loaded.describe()));
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "draws-rounds-since",
            date = since,
            count = rounds.len(),
            window = if default_window { "six-months" } else { "given" }
        )
    );
    let _ = writeln!(out);
    let you = if person.is_some() {
        format!("  {}", crate::t!("draws-col-you"))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "  {:<10}  {:>5}  {:<24} {:>5}  {:>8}  {:>7}{you}",
        crate::t!("column-date"),
        crate::t!("column-round"),
        crate::t!("column-category"),
        crate::t!("draws-col-list"),
        crate::t!("draws-col-invited"),
        crate::t!("column-cutoff")
    );
    let mut closed: Vec<(String, Entry)> = Vec::new();
    for round in rounds {
        let mark = match (person, score) {
            (Some(person), Some(score)) => {
                let entry = person.entry_to(round);
                let mark = match entry.answer {
                    Answer::Yes if score >= round.cutoff => "  ✓".to_string(),
                    Answer::Yes => String::new(),
                    Answer::No => format!("  ✗ {}", crate::t!("not-eligible")),
                    Answer::Unknown => format!("  ? {}", crate::t!("not-known")),
                };
                let label = match &entry.version {
                    Some(version) => crate::t!(
                        "draws-category-lists",
                        category = round.category.label(),
                        version = version
                    ),
                    None => round.category.label(),
                };
                if entry.answer != Answer::Yes && !closed.iter().any(|(l, _)| *l == label) {
                    closed.push((label, entry));
                }
                mark
            }
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {:<10}  {:>5}  {:<24} {:>5}  {:>8}  {:>7}{mark}",
            round.date.to_string(),
            round.number,
            truncate(&round.category.label(), 24),
            list_version(reference, round).unwrap_or_default(),
            crate::i18n::number(round.size),
            round.cutoff
        );
    }
    if !closed.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", crate::t!("draws-closed-heading"));
        for (label, entry) in &closed {
            let word = if entry.answer == Answer::No {
                crate::t!("no")
            } else {
                crate::t!("not-known")
            };
            let _ = writeln!(out, "  {}", crate::t!("labelled", label = label, value = word));
            for reason in &entry.reasons {
                let _ = writeln!(out, "    - {reason}");
            }
        }
    }
    let Some(score) = score else {
        return out;
    };
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        crate::t!("draws-standings-heading", score = score, last = last)
    );
    let _ = writeln!(
        out,
        "  {:<24} {:>11}  {:>18}  {:>5}",
        crate::t!("column-category"),
        crate::t!("draws-col-invited-in"),
        crate::t!("draws-col-latest-cutoff"),
        crate::t!("draws-col-gap")
    );
    for standing in standings {
        let gap = match standing.entry.as_ref().map(|e| e.eligible) {
            Some(Some(false)) => crate::t!("not-eligible"),
            Some(None) => crate::t!("not-known"),
            _ if standing.gap > 0 => format!("+{}", standing.gap),
            _ => standing.gap.to_string(),
        };
        let _ = writeln!(
            out,
            "  {:<24} {:>11}  {:>18}  {:>5}",
            truncate(&standing.label, 24),
            crate::t!(
                "draws-invited-in",
                invited = standing.invited_in,
                rounds = standing.rounds
            ),
            format!("{} ({})", standing.latest_cutoff, standing.latest_date),
            gap
        );
    }
    if standings
        .iter()
        .any(|s| s.category == Category::ProvincialNominee)
    {
        let _ = writeln!(out, "  {}", crate::t!("draws-pnp-note"));
    }
    if person.is_none()
        && standings
            .iter()
            .any(|s| !matches!(s.category, Category::AllPrograms | Category::ProvincialNominee))
    {
        for line in eligible_note(reference, day).lines() {
            let _ = writeln!(out, "  {line}");
        }
    }
    if let Some(pool) = pool {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            crate::t!(
                "draws-pool",
                date = &pool.as_on,
                round = &pool.round,
                ahead = pool.ahead,
                score = score,
                percent = crate::i18n::decimal(pool.top_percent, 1),
                total = pool.total
            )
        );
    }
    out
}
