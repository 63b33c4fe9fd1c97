//! `crs-planner plan FILE --target N`: the least-effort ways to a score.

use crate::context::Context;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::{pick_rules, report, rule_book, write_failure, Failure, RulesArgs};
use crate::advisor::calendar::{Calendar, ChanceAim};
use crate::advisor::outlook::Model;
use crate::advisor::{self, Advice, EffortTable};
use crate::draws::{self, Category};
use crate::engine::Date;
use crate::engine::LanguageTables;
use crate::scenario;

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// The scenario to plan from.
    file: PathBuf,
    /// The score to reach.
    #[arg(long, value_name = "N", required_unless_present_any = ["target_category", "chance"],
          value_parser = super::whole_between(1, 1200))]
    target: Option<u16>,
    /// Aim for the rounds of a draw category (cec, french, ...): its latest
    /// cut-off, unless --target gives the score, and what it asks besides.
    #[arg(long = "target-category", value_name = "C")]
    target_category: Option<String>,
    /// An effort file (`crs-effort/1`) to use over the defaults.
    #[arg(long, value_name = "FILE")]
    effort: Option<PathBuf>,
    /// Show plans another plan beats on effort, finishing day, score and
    /// rounds opened too.
    #[arg(long)]
    all: bool,
    /// Aim for a chance of an invitation (0.5 or 50%) within --within months
    /// of finishing, by the outlook's model, eligibility included.
    #[arg(long, value_name = "P", conflicts_with_all = ["target", "target_category"],
          value_parser = super::help::chance_fraction)]
    chance: Option<f64>,
    /// With --chance: the months after finishing the chance is counted over.
    #[arg(long, value_name = "MONTHS", default_value_t = 12, requires = "chance",
          value_parser = super::whole_between(1, 36))]
    within: u16,
    /// Finish by this day (YYYY-MM-DD), or by the work permit's end (permit).
    #[arg(long, value_name = "DATE|permit")]
    by: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    rules: RulesArgs,
}

/// Whole months from `from` to the day of `--by` (a date, or `permit` for
/// the scenario's work permit's end), refused when that day is not ahead.
fn months_until(by: &str, scenario: &scenario::Scenario, from: Date) -> Result<u16, Failure> {
    let day = if by.trim() == "permit" {
        scenario
            .extras
            .dates
            .work_permit_expires
            .ok_or_else(|| Failure::usage(crate::t!("plan-by-no-permit")))?
    } else {
        Date::parse_sane(by.trim()).map_err(|_| {
            Failure::usage(format!(
                "--by: {}",
                crate::error::expected_found(crate::t!("plan-by-expected"), format!("{by:?}"))
            ))
        })?
    };
    if day <= from {
        return Err(Failure::usage(format!(
            "--by: {}",
            crate::error::expected_found(crate::t!("plan-by-ahead", from = from), format!("\"{day}\""))
        )));
    }
    let months = (0..=600u16)
        .take_while(|&m| from.plus_months(i32::from(m)) <= day)
        .last()
        .unwrap_or(0);
    Ok(months.min(advisor::calendar::HORIZON_MONTHS))
}

/// The effort defaults, then `<config>/advisor/effort.json`, then `extra`.
pub(crate) fn effort_table(context: &Context, extra: Option<&Path>) -> Result<EffortTable, Failure> {
    let mut table = EffortTable::shipped();
    let user = context
        .config_dir
        .clone()
        .map(|dir| dir.join("advisor").join("effort.json"));
    for path in user
        .iter()
        .filter(|p| p.exists())
        .map(PathBuf::as_path)
        .chain(extra)
    {
        let text = crate::files::read_text(path, crate::files::MAX_SMALL_FILE)
            .map_err(|e| Failure::bad_input(format!("{}: {e}", path.display())))?;
        table
            .apply_json(&text, false)
            .map_err(|e| Failure::bad_input(format!("{}: {e}", path.display())))?;
    }
    Ok(table)
}

/// Where a target came from (the latest cut-off of a kind of round), in
/// the reader's words and in JSON's.
struct TargetFrom {
    reader: String,
    json: String,
}

#[derive(Serialize)]
struct PlanJson<'a> {
    rules: &'a str,
    target_from: Option<&'a str>,
    #[serde(flatten)]
    advice: &'a Advice,
    household: HouseholdJson,
}

#[derive(Serialize)]
struct HouseholdJson {
    as_entered: u16,
    spouse_as_principal: Option<u16>,
    spouse_as_principal_missing: Option<String>,
    languages_swapped: Option<u16>,
}

pub fn run(context: &Context, args: &PlanArgs) -> u8 {
    report(run_inner(context, args))
}

fn run_inner(context: &Context, args: &PlanArgs) -> Result<(), Failure> {
    let stated = scenario::load(&args.file, context.today, context.reference)
        .map_err(|e| Failure::bad_input(e.to_string()))?
        .settled(args.rules.date(context.today), context.reference);
    let scenario = stated
        .clone()
        .on_date(context.today, args.rules.date(context.today), context.reference);
    let book = rule_book(context, &args.rules)?;
    let rules = pick_rules(&book, &args.rules, context.today)?;
    let effort = effort_table(context, args.effort.as_deref())?;
    let (target, target_from, kind) = match (args.target, &args.target_category) {
        // To a chance, any score will do.
        (None, None) if args.chance.is_some() => (1, None, None),
        (Some(target), None) => (target, None, None),
        (target, Some(key)) => {
            // The feed only when the kind is not one we know or the cut-off
            // is asked of it: reading it is most of a short plan's start.
            let feed = std::cell::OnceCell::new();
            let loaded = || feed.get_or_init(|| draws::load(context.data_dir.as_deref(), context.today));
            let category = match Category::from_key(key) {
                Some(known) => known,
                None => Category::named(key, &loaded().feed.categories())
                    .map_err(|unknown| Failure::usage(unknown.describe("--target-category")))?,
            };
            let kind = draws::entry::round_kind(&category);
            match target {
                Some(target) => (target, None, kind),
                None => {
                    let round = loaded()
                        .feed
                        .rounds
                        .iter()
                        .find(|round| round.category == category)
                        .ok_or_else(|| {
                            Failure::usage(crate::t!("plan-no-rounds-of", category = category.label()))
                        })?;
                    let from = || {
                        crate::t!(
                            "plan-target-from",
                            category = category.label(),
                            round = &round.number,
                            date = round.date
                        )
                    };
                    // Said to the reader, and in English in JSON.
                    let worded = TargetFrom {
                        reader: from(),
                        json: crate::i18n::in_english(from),
                    };
                    (round.cutoff, Some(worded), kind)
                }
            }
        }
        (None, None) => return Err(Failure::usage(crate::t!("plan-give-target"))),
    };
    let from = args.rules.date(context.today);
    let horizon = match &args.by {
        Some(by) => months_until(by, &stated, from)?,
        None => advisor::calendar::HORIZON_MONTHS,
    };
    // Each plan is scored on the day it is done, with what happens on the way.
    let calendar = Calendar {
        situation: stated.situation(),
        reference: context.reference.get(),
        book: &book,
        known_on: context.today,
        from,
        horizon,
    };
    let pace = args.chance.map(|_| {
        let loaded = draws::load(context.data_dir.as_deref(), context.today);
        Model::shipped().prepare(&crate::advisor::outlook::past_rounds(&loaded.feed), from)
    });
    let chance = args.chance.zip(pace.as_ref()).map(|(least, pace)| ChanceAim {
        pace,
        least,
        within: args.within,
    });
    let advise = || {
        advisor::plan::plan_on_calendar(
            &calendar,
            target,
            kind.as_ref(),
            LanguageTables::official(),
            &effort,
            args.all,
            chance.as_ref(),
        )
    };
    // How a round is named is worded as the plans are found: in English for
    // JSON.
    let advice = if args.json {
        crate::i18n::in_english(advise)
    } else {
        advise()
    };
    let household = advisor::household(&scenario.profile, &scenario.extras, rules);
    let mut out = io::stdout().lock();
    if args.json {
        let json = PlanJson {
            rules: rules.id(),
            target_from: target_from.as_ref().map(|from| from.json.as_str()),
            advice: &advice,
            household: HouseholdJson {
                as_entered: household.as_entered,
                spouse_as_principal: household.spouse_as_principal.and_then(Result::ok),
                spouse_as_principal_missing: household
                    .spouse_as_principal
                    .and_then(Result::err)
                    .map(|missing| crate::i18n::in_english(|| missing.to_string())),
                languages_swapped: household.languages_swapped,
            },
        };
        serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write_failure(e.into()))?;
        return writeln!(out).map_err(write_failure);
    }
    let title = scenario
        .name
        .clone()
        .unwrap_or_else(|| args.file.display().to_string());
    let mut text = String::new();
    let heading = match target_from {
        Some(from) => crate::t!(
            "plan-title-from",
            title = title,
            current = advice.in_hand.current,
            target = target,
            from = &from.reader,
            rules = rules.id()
        ),
        None if args.chance.is_some() => crate::t!(
            "plan-title-chance",
            title = title,
            current = advice.in_hand.current,
            rules = rules.id()
        ),
        None => crate::t!(
            "plan-title",
            title = title,
            current = advice.in_hand.current,
            target = target,
            rules = rules.id()
        ),
    };
    let _ = writeln!(text, "{heading}");
    text.push_str(&advisor::plan::render(&advice));
    let said = household.describe();
    if !said.is_empty() {
        let _ = writeln!(text);
        for line in said {
            let _ = writeln!(text, "{line}");
        }
    }
    super::write_report(&mut out, &text)
}
