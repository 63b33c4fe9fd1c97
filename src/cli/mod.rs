//! The command line: one file per subcommand, each a thin layer over the
//! library.

mod compare;
mod completions;
mod draws;
pub mod eligibility;
mod handout;
mod help;
mod json;
mod outlook;
mod plan;
pub mod planner;
mod score;
pub mod text;
pub mod timeline;
mod versus;
mod watch;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

pub(crate) use help::whole_between;

use crate::config;
use crate::context::Context;
use crate::engine::{Date, RuleBook, RuleSet};

pub use eligibility::eligibility_lines;
pub use json::{write_compact, ScoreJson};
pub use outlook::outlook_lines;
pub use score::{score_lines, BatchSummary};

/// Exit statuses scripts can rely on.
pub const EXIT_OK: u8 = 0;
pub const EXIT_BAD_INPUT: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "crs-planner",
    version,
    about = "Exact Express Entry CRS scores, and what would raise them",
    long_about = "Exact Express Entry CRS scores (the 1200-point Comprehensive Ranking System), \
                  computed offline from the official tables.\n\nWith no command, opens the \
                  what-if planner on the scenario open last time (or a starter profile)."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The language of everything written for people: en or fr (or one
    /// added in <config>/i18n/); default CRS_PLANNER_LANG, the planner's
    /// last choice, then the locale. JSON stays as it is.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Score a scenario file (or a bare profile), or JSON lines with --batch.
    Score(ScoreArgs),
    /// Open a scenario file in the planner.
    Open {
        /// The scenario file; saving writes back to it.
        file: PathBuf,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// The least-effort plans that reach a target score, and who should apply.
    Plan(plan::PlanArgs),
    /// The score month by month if nothing changes, with the days it moves.
    Timeline(timeline::TimelineArgs),
    /// IRCC's rounds of invitations, and where a score stands against them.
    Draws(draws::DrawsArgs),
    /// Which programs (FSW, CEC, FST) and category rounds a scenario can be in.
    Eligibility(eligibility::EligibilityArgs),
    /// Write a report of a scenario to share, as one HTML page (no network needed) or Markdown.
    Report(handout::ReportArgs),
    /// The chance of an invitation within 3, 6 and 12 months, and its backtest.
    Outlook(outlook::OutlookArgs),
    /// Update the draw data, then report the rounds since the last run for a scenario
    /// (for cron: exit status 10 new rounds, 11 one would have invited you).
    Watch(watch::WatchArgs),
    /// Two scenarios side by side (JSON with --json or when piped).
    Compare {
        /// The first scenario (A).
        a: PathBuf,
        /// The second scenario (B), set beside the first.
        b: PathBuf,
        /// Print the comparison as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
}

#[derive(Args, Debug, Default)]
pub struct RulesArgs {
    /// Score under the rule set in force on this date (YYYY-MM-DD); default today.
    #[arg(long = "as-of", value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// A rules file that adds a rule set or replaces the one with its id (repeatable).
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ScoreArgs {
    /// Scenario file or bare profile object; `-` reads standard input.
    #[arg(
        value_name = "FILE",
        required_unless_present = "batch",
        conflicts_with = "batch"
    )]
    file: Option<String>,
    /// Print the score as JSON.
    #[arg(long)]
    json: bool,
    /// Read JSON lines (one profile or scenario each) on standard input and
    /// print one JSON line per input line.
    #[arg(long, conflicts_with = "json")]
    batch: bool,
    /// Score the scenario twice, side by side: under the rule set in force
    /// (without the --rules files) and under the rule set of the last --rules file.
    #[arg(long, requires = "rules", conflicts_with = "batch")]
    versus: bool,
    #[command(flatten)]
    rules: RulesArgs,
}

impl RulesArgs {
    /// The same day, without the rules files: what is in force for
    /// everybody.
    pub fn without_files(&self) -> RulesArgs {
        RulesArgs {
            as_of: self.as_of,
            rules: Vec::new(),
        }
    }

    /// The rules files given, in order.
    pub fn files(&self) -> &[PathBuf] {
        &self.rules
    }

    /// The day given with `--as-of`, if any.
    pub fn as_of(&self) -> Option<Date> {
        self.as_of
    }

    /// The day given with `--as-of`, or today.
    pub fn date(&self, today: Date) -> Date {
        self.as_of.unwrap_or(today)
    }
}

pub(crate) fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse_sane(text).map_err(|e| e.to_string())
}

/// Runs the command line and gives the process exit status.
pub fn run() -> ExitCode {
    ignore_file_size_signal();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut context = Context::from_environment();
    // The language first: clap's help and its refusals are in it too.
    if let Err(failure) = install_language(&context, help::lang_flag(&args).as_deref()) {
        return ExitCode::from(report(Err(failure)));
    }
    let matches = help::localized(<Cli as clap::CommandFactory>::command())
        .try_get_matches_from(help::without_lang(&args))
        .unwrap_or_else(|error| help::exit(error));
    let cli =
        <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|error| help::exit(error));
    // These describe the command line: they need no data and read no files.
    match &cli.command {
        Some(Command::Completions { shell }) => return ExitCode::from(completions::completions(*shell)),
        Some(Command::Man) => return ExitCode::from(completions::man()),
        _ => {}
    }
    if let Err(failure) = install_reference(&mut context) {
        return ExitCode::from(report(Err(failure)));
    }
    let status = match cli.command {
        None => planner::run(&context, None, &RulesArgs::default()),
        Some(Command::Score(args)) => score::run(&context, &args),
        Some(Command::Open { file, rules }) => planner::run(&context, Some(&file), &rules),
        Some(Command::Compare { a, b, json, rules }) => compare::run(&context, &a, &b, json, &rules),
        Some(Command::Draws(args)) => draws::run(&context, &args),
        Some(Command::Plan(args)) => plan::run(&context, &args),
        Some(Command::Timeline(args)) => timeline::run(&context, &args),
        Some(Command::Eligibility(args)) => eligibility::run(&context, &args),
        Some(Command::Report(args)) => handout::run(&context, &args),
        Some(Command::Outlook(args)) => outlook::run(&context, &args),
        Some(Command::Watch(args)) => watch::run(&context, &args),
        Some(Command::Completions { .. } | Command::Man) => EXIT_OK,
    };
    ExitCode::from(status)
}

/// A write past the file-size limit (`ulimit -f`) kills the process with
/// SIGXFSZ by default, leaving the terminal raw, the change lost and a
/// temporary file behind. Ignored, the write fails with EFBIG instead and is
/// reported like a full disk.
fn ignore_file_size_signal() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to "ignore" installs no
    // handler, so no code runs in signal context; it is done once, first.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// A failure with the exit status it calls for.
#[derive(Debug)]
pub struct Failure {
    pub status: u8,
    pub message: String,
}

impl Failure {
    pub fn bad_input(message: impl Into<String>) -> Self {
        Failure {
            status: EXIT_BAD_INPUT,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            status: EXIT_USAGE,
            message: message.into(),
        }
    }
}

/// Says something to the person on standard error, after the program's
/// name. Whatever came from a file, an option or a catalogue is shown, not
/// sent: an escape sequence in it must never reach the terminal.
pub(crate) fn say(text: &str) {
    let _ = writeln!(
        io::stderr(),
        "crs-planner: {}",
        crate::files::printable(text, true)
    );
}

/// A warning, worded in the language in use.
pub(crate) fn warn(text: &str) {
    say(&crate::t!("warning", text = text));
}

/// Prints a failure the same way from every command and gives its status.
pub(crate) fn report(result: Result<(), Failure>) -> u8 {
    match result {
        Ok(()) => EXIT_OK,
        Err(failure) => {
            if !failure.message.is_empty() {
                say(&failure.message);
            }
            failure.status
        }
    }
}

/// The catalogues, the user's among them, speaking the language chosen.
fn install_language(context: &Context, flag: Option<&str>) -> Result<(), Failure> {
    let (library, warnings) = match &context.config_dir {
        Some(folder) => config::load_catalogues(&folder.join(crate::i18n::USER_FOLDER)),
        None => (crate::i18n::Library::shipped(), Vec::new()),
    };
    let available = library.codes();
    crate::i18n::install(library);
    let remembered = context
        .data_dir
        .clone()
        .and_then(|dir| crate::scenario::store::Store::new(dir).language());
    let variable = |name: &str| std::env::var(name).ok();
    let chosen = crate::i18n::choose(flag, &variable, remembered.as_deref(), &available);
    if let Ok((code, _)) = &chosen {
        crate::i18n::set_language(code);
    }
    // Everything is written in UTF-8; a locale that asks for another
    // character set would show accents and marks as garbage.
    if let Some(charset) = crate::i18n::non_utf8_charset(&variable) {
        warn(&crate::t!("locale-not-utf8", charset = charset));
    }
    // Said once the language is chosen, so in that language.
    for warning in warnings {
        warn(&warning.to_string());
    }
    match chosen {
        Ok(_) => Ok(()),
        Err(code) => Err(Failure::usage(crate::t!(
            "no-such-language",
            code = code,
            available = available.join(", ")
        ))),
    }
}

/// The occupation lists, category versions and program tables with the
/// user's additions from `<config>/occupations/`, in the context from now on.
fn install_reference(context: &mut Context) -> Result<(), Failure> {
    let (reference, warnings) = config::load_reference(context.config_dir.as_deref())
        .map_err(|e| Failure::bad_input(e.to_string()))?;
    for warning in warnings {
        warn(&warning);
    }
    if let Some(reference) = reference {
        // Read once and kept for the whole run, as the shipped data is.
        let kept: &'static crate::engine::eligibility::Reference = Box::leak(Box::new(reference));
        context.reference = crate::engine::eligibility::ReferenceSource::Given(kept);
    }
    Ok(())
}

/// The rule book with the user's additions, and the rule set it picks.
pub(crate) fn rule_book(context: &Context, args: &RulesArgs) -> Result<RuleBook, Failure> {
    let (book, warnings) = config::load_rule_book(context.config_dir.as_deref(), &args.rules)
        .map_err(|e| Failure::bad_input(e.to_string()))?;
    for warning in warnings {
        warn(&warning);
    }
    Ok(book)
}

pub(crate) fn pick_rules<'b>(
    book: &'b RuleBook,
    args: &RulesArgs,
    today: Date,
) -> Result<&'b RuleSet, Failure> {
    let date = args.date(today);
    book.in_force_on(date).map_err(|e| Failure::usage(e.to_string()))
}

/// How a scenario is named at the top of a report: its name and the file it
/// came from ("standard input" for `-`), or the file alone.
pub(crate) fn scenario_title(file: &str, name: Option<&str>) -> String {
    let source = if file == "-" {
        crate::t!("standard-input")
    } else {
        file.to_string()
    };
    match name {
        Some(name) => format!("{name} ({source})"),
        None => source,
    }
}

/// Writes a text report to `out` with every control character a file could
/// have smuggled into it (a scenario's name, a round's name) shown rather
/// than sent: an escape sequence must never reach the terminal.
pub(crate) fn write_report(out: &mut impl Write, report: &str) -> Result<(), Failure> {
    out.write_all(crate::files::printable(report, true).as_bytes())
        .map_err(write_failure)
}

/// Output that the reader stopped reading (`| head`) is not an error.
pub(crate) fn write_failure(error: io::Error) -> Failure {
    if error.kind() == io::ErrorKind::BrokenPipe {
        Failure {
            status: EXIT_OK,
            message: String::new(),
        }
    } else {
        Failure::bad_input(crate::t!("cannot-write-output", problem = error.to_string()))
    }
}

/// Standard input and output for `--batch`: answers are written in big
/// blocks while lines are waiting to be read, and flushed before every read
/// that could wait for more, so a program feeding lines one at a time and
/// reading each answer gets it at once (no deadlock), and a file of lines
/// costs a write per block, not three a line.
pub(crate) fn batch_io() -> (impl io::BufRead, impl io::Write) {
    let output = std::rc::Rc::new(std::cell::RefCell::new(io::BufWriter::with_capacity(
        1 << 16,
        io::stdout().lock(),
    )));
    let input = FlushBeforeWaiting {
        inner: io::stdin().lock(),
        output: std::rc::Rc::clone(&output),
    };
    (io::BufReader::with_capacity(1 << 16, input), SharedOutput(output))
}

type BatchOutput = std::rc::Rc<std::cell::RefCell<io::BufWriter<io::StdoutLock<'static>>>>;

/// The input side: its buffer is read from only when it is empty, that is
/// just before the program could wait for more input.
struct FlushBeforeWaiting<R> {
    inner: R,
    output: BatchOutput,
}

impl<R: io::Read> io::Read for FlushBeforeWaiting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::Write::flush(&mut *self.output.borrow_mut())?;
        self.inner.read(buf)
    }
}

struct SharedOutput(BatchOutput);

impl io::Write for SharedOutput {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.borrow_mut().flush()
    }
}
