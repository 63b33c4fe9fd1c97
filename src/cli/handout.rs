//! `crs-planner report FILE`: the report of a scenario (`crate::report`)
//! written as HTML or Markdown where the person says, never over a file
//! without `--force`, atomically.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::{report as finish, rule_book, Failure, RulesArgs};
use crate::context::Context;
use crate::report::{gather, html, markdown, Inputs};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Html,
    Md,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
        }
    }
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// The scenario to report on.
    file: PathBuf,
    /// html (one self-contained page) or md (tables to paste).
    #[arg(long, value_enum, default_value_t = Format::Html)]
    format: Format,
    /// Where to write it (default: beside the scenario, its name with .html or .md).
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
    /// Replace a file that is already there.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    rules: RulesArgs,
}

pub fn run(context: &Context, args: &ReportArgs) -> u8 {
    finish(run_inner(context, args))
}

fn run_inner(context: &Context, args: &ReportArgs) -> Result<(), Failure> {
    let scenario = crate::scenario::load(&args.file, context.today, context.reference)
        .map_err(|e| Failure::bad_input(e.to_string()))?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.file.with_extension(args.format.extension()));
    check_target(&out, args.force)?;
    let book = rule_book(context, &args.rules)?;
    let effort = super::plan::effort_table(context, None)?;
    let loaded = crate::draws::load(context.data_dir.as_deref(), context.today);
    let inputs = Inputs {
        scenario: &scenario,
        file: &args.file,
        book: &book,
        reference: context.reference,
        today: context.today,
        date: args.rules.date(context.today),
        effort: &effort,
        feed: &loaded.feed,
    };
    let document = gather(&inputs).map_err(|e| Failure::usage(e.to_string()))?;
    let text = match args.format {
        Format::Html => html(&document),
        Format::Md => markdown(&document),
    };
    crate::files::atomic::save_atomic(&out, text.as_bytes()).map_err(|error| {
        Failure::bad_input(crate::t!(
            "report-cannot-write",
            file = &out,
            problem = crate::files::io_problem(&error)
        ))
    })?;
    super::say(&crate::t!("report-written", file = &out, bytes = text.len()));
    Ok(())
}

/// Refuses to overwrite without `--force`, and says plainly when the folder
/// is not there: nothing is written then.
fn check_target(out: &Path, force: bool) -> Result<(), Failure> {
    let folder = match out.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(Failure::bad_input(crate::t!(
            "report-no-folder",
            folder = &folder
        )));
    }
    if out.is_dir() {
        return Err(Failure::bad_input(crate::t!("report-is-a-folder", file = out)));
    }
    if out.exists() && !force {
        return Err(Failure::usage(crate::t!("report-exists", file = out)));
    }
    Ok(())
}
