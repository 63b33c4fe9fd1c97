//! `crs-planner watch FILE`: for cron or a task scheduler. Updates the draw
//! data, then reports the rounds held since the last run for this scenario,
//! each read against the person on its day, and says by its exit status
//! whether one of them would have invited them.

use crate::context::Context;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use serde::{Deserialize, Serialize};

use super::{report, rule_book, write_failure, Failure, RulesArgs, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE};
use crate::draws::{self, Loaded, Person, Round};
use crate::engine::eligibility::{Answer, ReferenceSource};
use crate::engine::{Date, RuleBook};
use crate::scenario::{self, Scenario};

/// New rounds came, none of which would have invited the person.
pub const EXIT_NEW_ROUNDS: u8 = 10;
/// At least one new round the person could be in invited at or below their score.
pub const EXIT_WOULD_BE_INVITED: u8 = 11;

const MARK_FORMAT: &str = "crs-watch/1";

#[derive(Args, Debug)]
pub struct WatchArgs {
    /// The scenario to watch for.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Read only the draw data already kept; do not download.
    #[arg(long)]
    no_update: bool,
    /// Download from this address instead of IRCC's (a mirror); default
    /// CRS_PLANNER_FEED_URL, then IRCC's address.
    #[arg(long, value_name = "URL", conflicts_with = "no_update")]
    url: Option<String>,
    /// Give up the download after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = super::whole_between(1, 3600))]
    timeout: u16,
    /// Run this command (by the shell) with the summary on its standard input when
    /// a new round would have invited you (exit status 11).
    #[arg(long, value_name = "CMD")]
    notify_cmd: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// A rules file that adds a rule set or replaces the one with its id (repeatable).
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
}

/// What `watch` remembers per scenario file, in `<data>/watch/`: the newest
/// round it has reported.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Mark {
    scenario: String,
    newest_date: Date,
    /// Every round of `newest_date` already seen (several rounds may share a day).
    newest_rounds: Vec<String>,
}

/// The mark as its file holds it.
#[derive(Serialize, Deserialize)]
struct MarkFile {
    format: String,
    scenario: String,
    newest_date: String,
    newest_rounds: Vec<String>,
}

impl Mark {
    fn of(scenario: &Path, feed: &draws::Feed) -> Mark {
        let newest_date = feed.newest().date;
        Mark {
            scenario: scenario.display().to_string(),
            newest_date,
            newest_rounds: feed
                .rounds
                .iter()
                .filter(|round| round.date == newest_date)
                .map(|round| round.number.clone())
                .collect(),
        }
    }

    /// Whether a round came after the mark.
    fn is_new(&self, round: &Round) -> bool {
        round.date > self.newest_date
            || (round.date == self.newest_date && !self.newest_rounds.contains(&round.number))
    }
}

/// One new round read against the person on its day.
#[derive(Debug, Serialize)]
struct Seen {
    number: String,
    #[serde(serialize_with = "as_text")]
    date: Date,
    name: String,
    category: String,
    #[serde(skip)]
    label: String,
    size: u32,
    cutoff: u16,
    /// Whether the person could be in the round; `null` when not known.
    eligible: Option<bool>,
    /// The person's score on the round's day.
    score: u16,
    /// Eligible, and the score reached the cut-off.
    invited: bool,
}

#[derive(Serialize)]
struct WatchJson<'a> {
    scenario: String,
    status: u8,
    first_run: bool,
    /// Why the draw data could not be updated, when it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    update_failed: Option<String>,
    #[serde(serialize_with = "as_text")]
    data_newest_date: Date,
    data_newest_round: &'a str,
    /// The mark before this run: rounds after it are new.
    #[serde(skip_serializing_if = "Option::is_none")]
    since_date: Option<String>,
    new_rounds: &'a [Seen],
}

fn as_text<S: serde::Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

pub fn run(context: &Context, args: &WatchArgs) -> u8 {
    match run_inner(context, args) {
        Ok(status) => status,
        Err(failure) => report(Err(failure)),
    }
}

fn run_inner(context: &Context, args: &WatchArgs) -> Result<u8, Failure> {
    let today = context.today;
    // A scenario that does not load is the person's to fix: said, status 2,
    // and the mark left as it was.
    let scenario = scenario::load(&args.file, context.today, context.reference)
        .map_err(|e| Failure::usage(e.to_string()))?;
    let rules_args = RulesArgs {
        as_of: None,
        rules: args.rules.clone(),
    };
    let book = rule_book(context, &rules_args)?;
    let data_dir = context.data_dir.clone();

    let update_failed = if args.no_update {
        None
    } else {
        let limits = draws::fetch::Limits {
            timeout: std::time::Duration::from_secs(u64::from(args.timeout)),
            ..draws::fetch::Limits::default()
        };
        let url = draws::fetch::feed_url(args.url.as_deref());
        super::draws::update_feed(context, data_dir.as_deref(), &url, limits).err()
    };
    if let Some(error) = &update_failed {
        super::warn(&error.to_string());
    }
    let loaded = draws::load(data_dir.as_deref(), context.today);
    if let Some(warning) = &loaded.warning {
        super::warn(warning);
    }

    let absolute = std::path::absolute(&args.file).unwrap_or_else(|_| args.file.clone());
    let mark_path = data_dir.as_deref().map(|dir| mark_path(dir, &absolute));
    let previous = mark_path.as_deref().and_then(read_mark);
    let seen: Vec<Seen> = match &previous {
        Some(mark) => loaded
            .feed
            .rounds
            .iter()
            .filter(|round| mark.is_new(round))
            .map(|round| read_round(&scenario, &book, round, today, context.reference))
            .collect(),
        None => Vec::new(),
    };
    let status = if seen.iter().any(|seen| seen.invited) {
        EXIT_WOULD_BE_INVITED
    } else if !seen.is_empty() {
        EXIT_NEW_ROUNDS
    } else if update_failed.is_some() {
        EXIT_BAD_INPUT
    } else {
        EXIT_OK
    };

    let summary = render(&absolute, &scenario, &loaded, previous.as_ref(), &seen, status);
    let mut out = io::stdout().lock();
    if args.json {
        let newest = loaded.feed.newest();
        let json = WatchJson {
            scenario: absolute.display().to_string(),
            status,
            first_run: previous.is_none(),
            update_failed: update_failed
                .as_ref()
                .map(|error| crate::i18n::in_english(|| error.to_string())),
            data_newest_date: newest.date,
            data_newest_round: &newest.number,
            since_date: previous.as_ref().map(|mark| mark.newest_date.to_string()),
            new_rounds: &seen,
        };
        serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write_failure(e.into()))?;
        writeln!(out).map_err(write_failure)?;
    } else {
        super::write_report(&mut out, &summary)?;
    }
    drop(out);

    let mut notified = true;
    if status == EXIT_WOULD_BE_INVITED {
        if let Some(command) = &args.notify_cmd {
            if let Err(problem) = notify(command, &summary) {
                notified = false;
                super::say(&crate::t!(
                    "watch-notify-failed",
                    command = command,
                    problem = problem
                ));
            }
        }
    }
    // The mark moves only once the news is out: a notice that could not be
    // sent is sent again next time.
    if notified {
        match (&mark_path, data_dir.as_deref()) {
            (Some(path), Some(_)) => {
                if let Err(problem) = write_mark(path, &Mark::of(&absolute, &loaded.feed)) {
                    super::say(&problem);
                    return Ok(status.max(EXIT_BAD_INPUT));
                }
            }
            _ => {
                super::say(&crate::t!("draws-no-data-folder"));
                return Ok(EXIT_USAGE.max(status));
            }
        }
    }
    Ok(status)
}

/// The person on the round's day (their age, their years, their tests
/// then), scored under the rules in force that day.
fn read_round(
    scenario: &Scenario,
    book: &RuleBook,
    round: &Round,
    today: Date,
    reference: ReferenceSource,
) -> Seen {
    let dated = scenario.clone().on_date(today, round.date, reference);
    let person = Person::new(dated.situation(), reference.get(), round.date);
    let entry = person.entry_to(round);
    let score = book
        .in_force_on(round.date)
        .map(|rules| rules.score(&dated.profile).total)
        .unwrap_or(0);
    let eligible = entry.answer.as_option();
    Seen {
        number: round.number.clone(),
        date: round.date,
        name: round.name.clone(),
        category: round.category.key(),
        label: round.category.label(),
        size: round.size,
        cutoff: round.cutoff,
        eligible,
        score,
        invited: entry.answer == Answer::Yes && score >= round.cutoff,
    }
}

fn render(
    file: &Path,
    scenario: &Scenario,
    loaded: &Loaded,
    previous: Option<&Mark>,
    seen: &[Seen],
    status: u8,
) -> String {
    let mut out = String::new();
    let title = match &scenario.name {
        Some(name) => format!("{name} ({})", file.display()),
        None => file.display().to_string(),
    };
    let _ = writeln!(out, "{}", crate::t!("watch-heading", scenario = title));
    let _ = writeln!(out, "{}", capitalized(&loaded.describe()));
    let newest = loaded.feed.newest();
    let Some(previous) = previous else {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("watch-first", round = &newest.number, date = newest.date)
        );
        return out;
    };
    if seen.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("watch-nothing-new", date = previous.newest_date)
        );
        return out;
    }
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "watch-new-rounds",
            count = seen.len(),
            date = previous.newest_date
        )
    );
    let cutoffs: Vec<String> = seen
        .iter()
        .map(|round| {
            crate::t!(
                "watch-cutoff",
                cutoff = round.cutoff,
                size = crate::i18n::number(round.size)
            )
        })
        .collect();
    let cutoff_width = cutoffs.iter().map(|text| text.chars().count()).max().unwrap_or(0);
    for (round, cutoff) in seen.iter().zip(&cutoffs) {
        let verdict = match round.eligible {
            Some(false) => crate::t!("watch-not-eligible"),
            None => crate::t!("watch-not-known"),
            Some(true) if round.invited => crate::t!("watch-invited", score = round.score),
            Some(true) => crate::t!(
                "watch-short",
                score = round.score,
                short = round.cutoff.saturating_sub(round.score)
            ),
        };
        let _ = writeln!(
            out,
            "  {}  {:>5}  {:<28} {:<cutoff_width$}  {verdict}",
            round.date,
            round.number,
            super::text::truncate(&round.label, 28),
            cutoff,
        );
    }
    let _ = writeln!(
        out,
        "{}",
        match status {
            EXIT_WOULD_BE_INVITED => crate::t!("watch-result-invited"),
            _ => crate::t!("watch-result-none"),
        }
    );
    out
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Runs the person's command by the shell with the summary on its input.
fn notify(command: &str, summary: &str) -> Result<(), String> {
    use std::process::{Command, Stdio};
    #[cfg(windows)]
    let mut shell = {
        let mut shell = Command::new("cmd");
        shell.arg("/C").arg(command);
        shell
    };
    #[cfg(not(windows))]
    let mut shell = {
        let mut shell = Command::new("sh");
        shell.arg("-c").arg(command);
        shell
    };
    let mut child = shell
        .stdin(Stdio::piped())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| crate::files::io_problem(&e))?;
    if let Some(mut input) = child.stdin.take() {
        // A command that does not read its input is not a failure.
        let _ = input.write_all(summary.as_bytes());
    }
    let status = child.wait().map_err(|e| crate::files::io_problem(&e))?;
    if status.success() {
        Ok(())
    } else {
        Err(crate::t!("watch-notify-status", status = status.to_string()))
    }
}

/// `<data>/watch/<file name>-<hash of its absolute path>.json`: one mark
/// per scenario file, readable by a person who looks in the folder.
fn mark_path(data_dir: &Path, scenario: &Path) -> PathBuf {
    let stem: String = scenario
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    data_dir.join("watch").join(format!(
        "{stem}-{:016x}.json",
        fnv1a(scenario.display().to_string().as_bytes())
    ))
}

/// A stable hash (the same in every build and on every machine, unlike std's).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The mark left by the last run; none when there is none or it cannot be
/// read (the run then counts as the first, and sets a new one).
fn read_mark(path: &Path) -> Option<Mark> {
    let text = crate::files::read_text(path, crate::files::MAX_SMALL_FILE).ok()?;
    let file = serde_json::from_str::<MarkFile>(&text)
        .ok()
        .filter(|file| file.format == MARK_FORMAT)?;
    Some(Mark {
        scenario: file.scenario,
        newest_date: file.newest_date.parse().ok()?,
        newest_rounds: file.newest_rounds,
    })
}

fn write_mark(path: &Path, mark: &Mark) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        crate::files::atomic::ensure_folder(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let file = MarkFile {
        format: MARK_FORMAT.to_string(),
        scenario: mark.scenario.clone(),
        newest_date: mark.newest_date.to_string(),
        newest_rounds: mark.newest_rounds.clone(),
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())?;
    text.push('\n');
    crate::files::atomic::save_atomic(path, text.as_bytes()).map_err(|error| {
        crate::t!(
            "draws-cannot-save",
            file = path,
            problem = crate::files::io_problem(&error)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        // FNV-1a 64 of "a", from the algorithm's published test values.
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }

    #[test]
    fn rounds_after_the_mark_are_new() {
        let feed = draws::Feed::parse(draws::SHIPPED_FEED).unwrap();
        let mark = Mark::of(Path::new("/x.json"), &feed);
        assert!(feed.rounds.iter().all(|round| !mark.is_new(round)));
        let mut later = feed.rounds[0].clone();
        later.number = "435".into();
        assert!(mark.is_new(&later));
        later.date = later.date.plus_days(1);
        assert!(mark.is_new(&later));
    }
}
