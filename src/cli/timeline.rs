//! `crs-planner timeline FILE`: the score month by month if nothing changes.

use crate::context::Context;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;

use super::{report, rule_book, write_failure, Failure, RulesArgs};
use crate::advisor::{self, Timeline};
use crate::engine::{Date, LanguageTables};
use crate::scenario;

#[derive(Args, Debug)]
pub struct TimelineArgs {
    /// The scenario to project.
    file: PathBuf,
    /// The first day of the projection (default today).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    from: Option<Date>,
    /// How many months to project.
    #[arg(long, value_name = "N", default_value_t = 36, value_parser = super::whole_between(1, 240))]
    months: u16,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    rules: RulesArgs,
}

pub fn run(context: &Context, args: &TimelineArgs) -> u8 {
    report(run_inner(context, args))
}

fn run_inner(context: &Context, args: &TimelineArgs) -> Result<(), Failure> {
    let scenario = scenario::load(&args.file, context.today, context.reference)
        .map_err(|e| Failure::bad_input(e.to_string()))?;
    let book = rule_book(context, &args.rules)?;
    // `--as-of` (shared with every command) is the day the projection is
    // made on, as `--from` is; both at once must agree.
    let from = match (args.from, args.rules.as_of()) {
        (Some(from), Some(as_of)) if from != as_of => {
            return Err(Failure::usage(crate::t!(
                "timeline-two-days",
                from = from,
                date = as_of
            )))
        }
        (Some(day), _) | (None, Some(day)) => day,
        (None, None) => context.today,
    };
    book.in_force_on(from)
        .map_err(|e| Failure::usage(e.to_string()))?;
    let as_loaded = scenario.clone();
    let scenario = scenario.settled(from, context.reference);
    let project = || {
        advisor::project(
            &scenario.situation(),
            context.reference.get(),
            &book,
            context.today,
            from,
            args.months,
            LanguageTables::official(),
        )
    };
    // The events are worded as they are found: in English for JSON.
    let mut timeline = if args.json {
        crate::i18n::in_english(project)
    } else {
        project()
    };
    // Deadlines that come before the invitation the outlook expects.
    advisor::timeline::mark_wait(
        &mut timeline.deadlines,
        from,
        super::outlook::expected_wait(context, as_loaded, &book, from),
    );
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &timeline).map_err(|e| write_failure(e.into()))?;
        return writeln!(out).map_err(write_failure);
    }
    let title = scenario
        .name
        .clone()
        .unwrap_or_else(|| args.file.display().to_string());
    super::write_report(&mut out, &render(&title, &timeline))
}

/// The timeline as a person reads it.
pub fn render(title: &str, timeline: &Timeline) -> String {
    let mut text = String::new();
    let first = timeline.months.first().map_or(0, |m| m.total);
    let last = timeline.months.last();
    let _ = writeln!(
        text,
        "{}",
        crate::t!(
            "timeline-heading",
            title = title,
            first = first,
            from = &timeline.from,
            last = last.map_or(0, |m| m.total),
            until = last.map_or("", |m| m.date.as_str())
        )
    );
    let _ = writeln!(text);
    if timeline.key_dates.is_empty() {
        let _ = writeln!(text, "{}", crate::t!("timeline-no-key-dates"));
    } else {
        let _ = writeln!(text, "{}", crate::t!("timeline-key-dates"));
        for key in &timeline.key_dates {
            let _ = writeln!(
                text,
                "  {}",
                crate::t!("key-date-total", line = key.describe(), total = key.total)
            );
        }
    }
    if !timeline.deadlines.is_empty() {
        let _ = writeln!(text);
        let _ = writeln!(text, "{}", crate::t!("timeline-deadlines"));
        for deadline in &timeline.deadlines {
            let _ = writeln!(text, "  {}", deadline.describe());
        }
    }
    let _ = writeln!(text);
    let _ = writeln!(text, "{}", crate::t!("timeline-month-by-month"));
    for row in timeline.months.chunks(6) {
        let cells: Vec<String> = row
            .iter()
            .map(|m| format!("{} {:>4}", &m.date[..7], m.total))
            .collect();
        let _ = writeln!(text, "  {}", cells.join("   "));
    }
    for note in &timeline.notes {
        let _ = writeln!(text, "{}", crate::t!("timeline-note", note = note));
    }
    text
}
