//! `crs-planner` (no command) and `crs-planner open FILE`: the planner.

use crate::context::Context;
use std::io::IsTerminal;
use std::path::Path;

use super::{pick_rules, report, Failure, RulesArgs};
use crate::scenario::store::Store;
use crate::scenario::Scenario;
use crate::tui::{self, state::starter_profile, App};

/// Builds the planner's state for the rules the user asked for.
pub fn new_app(context: &Context, rules_args: &RulesArgs) -> Result<App, Failure> {
    let (book, warnings) = crate::config::load_rule_book(context.config_dir.as_deref(), &rules_args.rules)
        .map_err(|e| Failure::bad_input(e.to_string()))?;
    // Fails early, with the usual message, for a date before every rule set.
    pick_rules(&book, rules_args, context.today)?;
    let date = rules_args.as_of.unwrap_or(context.today);
    let store = context.data_dir.clone().map(Store::new);
    let tables = crate::engine::LanguageTables::official();
    let mut app = App::with_reference(
        book,
        date,
        Scenario::new(starter_profile(tables)),
        store,
        context.reference,
    )
    .map_err(|e| Failure::usage(e.to_string()))?;
    app.state.set_effort(super::plan::effort_table(context, None)?);
    app.state.set_known_on(context.today);
    app.state.feed_url = crate::draws::fetch::feed_url(None);
    if let Some(warning) = warnings.first() {
        app.state
            .set_status(warning.clone(), crate::tui::state::StatusKind::Error);
    }
    if let Some(store) = &app.state.store {
        store.clean_up();
    }
    Ok(app)
}

/// Gives the planner IRCC's rounds. The first frame does not need them, so
/// the run loop calls this once that frame is on screen.
pub fn load_draws(context: &Context, app: &mut App) {
    let draws = crate::draws::load(context.data_dir.as_deref(), context.today);
    if let Some(warning) = &draws.warning {
        app.state
            .set_status(warning.clone(), crate::tui::state::StatusKind::Error);
    }
    app.state.set_draws(draws);
}

/// Why this terminal cannot show the planner, if it cannot: a terminal that
/// says it is `dumb` has no cursor movement, alternate screen or colours.
pub fn cannot_draw() -> Option<String> {
    let term = std::env::var("TERM").unwrap_or_default();
    (term == "dumb").then(|| crate::t!("terminal-dumb"))
}

pub fn run(context: &Context, file: Option<&Path>, rules_args: &RulesArgs) -> u8 {
    if let Some(reason) = cannot_draw() {
        return match file {
            // With nothing named, the breakdown of the example, as when piped.
            None => {
                super::say(&reason);
                super::score::run_example(context)
            }
            Some(_) => report(Err(Failure::usage(reason))),
        };
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        // Piped: there is no screen to plan on, so show the breakdown instead.
        return match file {
            None => super::score::run_example(context),
            Some(path) => report(Err(Failure::usage(crate::t!(
                "planner-needs-terminal",
                file = path
            )))),
        };
    }
    let status = report(new_app(context, rules_args).and_then(|mut app| {
        tui::open_initial(&mut app, file);
        // Said last, so that nothing said while opening hides it.
        if let Some(problem) = app.state.store.as_ref().and_then(|store| store.state_problem()) {
            app.state
                .set_status(problem, crate::tui::state::StatusKind::Error);
        }
        tui::run(app, |app| load_draws(context, app))
            .map_err(|e| Failure::bad_input(crate::t!("terminal-error", problem = e.to_string())))
    }));
    crate::scenario::remove_locks();
    status
}
