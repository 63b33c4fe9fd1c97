//! `crs-planner compare A B [--json]`: two scenarios side by side.

use crate::context::Context;
use std::io::{self, IsTerminal, Write};
use std::path::Path;

use serde::Serialize;

use super::json::ScoreJson;
use super::{pick_rules, report, rule_book, write_failure, Failure, RulesArgs};
use crate::scenario::compare::{compare, FactorDiff, FieldDiff, SectionDiff};
use crate::scenario::{self, Scenario};
use crate::tui;

#[derive(Serialize)]
struct SideJson<'a> {
    file: String,
    name: Option<&'a str>,
    score: ScoreJson<'a>,
}

#[derive(Serialize)]
struct CompareJson<'a> {
    rules: &'a str,
    a: SideJson<'a>,
    b: SideJson<'a>,
    difference: i32,
    fields: &'a [FieldDiff],
    sections: &'a [SectionDiff],
    factors: &'a [FactorDiff],
}

fn load(context: &Context, path: &Path, rules: &RulesArgs) -> Result<Scenario, Failure> {
    scenario::load(path, context.today, context.reference)
        .map(|scenario| scenario.on_date(context.today, rules.date(context.today), context.reference))
        .map_err(|e| Failure::bad_input(e.to_string()))
}

fn label(path: &Path, scenario: &Scenario) -> String {
    scenario.name.clone().unwrap_or_else(|| {
        path.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    })
}

pub fn run(context: &Context, a: &Path, b: &Path, json: bool, rules_args: &RulesArgs) -> u8 {
    report((|| {
        let left = load(context, a, rules_args)?;
        let right = load(context, b, rules_args)?;
        if json || !io::stdout().is_terminal() {
            let book = rule_book(context, rules_args)?;
            let rules = pick_rules(&book, rules_args, context.today)?;
            let comparison = compare(&left, &right, rules);
            let out = CompareJson {
                rules: rules.id(),
                a: SideJson {
                    file: a.display().to_string(),
                    name: left.name.as_deref(),
                    score: ScoreJson::from(&rules.score(&left.profile)),
                },
                b: SideJson {
                    file: b.display().to_string(),
                    name: right.name.as_deref(),
                    score: ScoreJson::from(&rules.score(&right.profile)),
                },
                difference: comparison.difference,
                fields: &comparison.fields,
                sections: &comparison.sections,
                factors: &comparison.factors,
            };
            let mut stdout = io::stdout().lock();
            serde_json::to_writer_pretty(&mut stdout, &out).map_err(|e| write_failure(e.into()))?;
            return writeln!(stdout).map_err(write_failure);
        }
        if let Some(reason) = super::planner::cannot_draw() {
            return Err(Failure::usage(crate::t!("compare-cannot-draw", reason = reason)));
        }
        let mut app = super::planner::new_app(context, rules_args)?;
        let reopens = app.state.store.as_ref().and_then(|store| store.last_opened());
        tui::open_file(&mut app, a);
        // Comparing is looking, not opening: the file that reopens next time
        // stays as it was (only `open` and saving change it).
        if let Some(store) = &app.state.store {
            let _ = store.remember_last_opened(reopens.as_deref());
        }
        app.show_comparison((label(a, &left), left), (label(b, &right), right));
        tui::run(app, |app| super::planner::load_draws(context, app))
            .map_err(|e| Failure::bad_input(crate::t!("terminal-error", problem = e.to_string())))
    })())
}
