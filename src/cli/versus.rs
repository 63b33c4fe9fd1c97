//! `crs-planner score FILE --rules NEW.json --versus`: one scenario under
//! the rule set in force and under another, row by row, with the
//! difference: "what happens to my score?" the week a reform is announced.

use std::io::{self, Write};

use serde::Serialize;

use super::json::ScoreJson;
use super::{pick_rules, rule_book, text, write_failure, Failure, ScoreArgs};
use crate::context::Context;
use crate::engine::dated::profile_on_with;
use crate::engine::LanguageTables;

#[derive(Serialize)]
struct VersusJson<'a> {
    date: String,
    /// Under the rule set in force (without the --rules files).
    a: ScoreJson<'a>,
    /// Under the rule set of the last --rules file.
    b: ScoreJson<'a>,
    /// `b.total - a.total`.
    difference: i32,
}

pub(super) fn score_versus(context: &Context, args: &ScoreArgs) -> Result<(), Failure> {
    let file = args.file.as_deref().unwrap_or("-");
    let date = args.rules.date(context.today);
    let scenario = super::score::read_scenario(context, file)?.settled(date, context.reference);
    let in_force_book = rule_book(context, &args.rules.without_files())?;
    let in_force = pick_rules(&in_force_book, &args.rules, context.today)?;
    // The book with the files read them once and checked them whole; the
    // set compared is the last file's.
    let with_files = rule_book(context, &args.rules)?;
    let last = args
        .rules
        .files()
        .last()
        .expect("clap requires --rules with --versus");
    let other = crate::config::read_rules_file(last, context.config_dir.as_deref())
        .map_err(|e| Failure::bad_input(e.to_string()))?;
    let other = with_files.get(other.id()).unwrap_or(in_force);
    let dated = profile_on_with(
        &scenario.situation(),
        || context.reference.get(),
        context.today,
        date,
        LanguageTables::official(),
    );
    for note in &dated.notes {
        super::warn(&note.to_string());
    }
    let a = in_force.score(&dated.profile);
    let b = other.score(&dated.profile);
    let mut out = io::stdout().lock();
    if args.json {
        let json = VersusJson {
            date: date.to_string(),
            a: ScoreJson::from(&a),
            b: ScoreJson::from(&b),
            difference: i32::from(b.total) - i32::from(a.total),
        };
        serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write_failure(e.into()))?;
        return writeln!(out).map_err(write_failure);
    }
    let title = super::scenario_title(file, scenario.name.as_deref());
    let report = text::render_versus(&title, date, &dated.profile, &a, &b);
    super::write_report(&mut out, &report)
}
