//! `crs-planner score`: one scenario, or a stream of JSON lines.

use crate::context::Context;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::Path;

use super::json::{Cursor, LineErrorJson, ScoreJson, ZoneJson, MAX_COMPACT_LINE};
use super::{
    pick_rules, report, rule_book, text, write_failure, Failure, RulesArgs, ScoreArgs, EXIT_BAD_INPUT,
};
use crate::engine::dated::{profile_on_for, Expired};
use crate::engine::eligibility::ReferenceSource;
use crate::engine::{Breakdown, Date, LanguageTables, Profile, RuleSet, Zone};
use crate::scenario::{self, Scenario};

const EXAMPLE_NAME: &str = "assets/examples/baseline.json";
const EXAMPLE: &str = include_str!("../../assets/examples/baseline.json");

pub fn run(context: &Context, args: &ScoreArgs) -> u8 {
    if args.batch {
        return run_batch(context, &args.rules);
    }
    if args.versus {
        return report(super::versus::score_versus(context, args));
    }
    report(score_one(context, args))
}

/// With no command: the shipped example, so a first run shows something real.
pub fn run_example(context: &Context) -> u8 {
    report((|| {
        let scenario = scenario::parse(EXAMPLE, EXAMPLE_NAME, context.today, context.reference)
            .map_err(|e| Failure::bad_input(e.to_string()))?;
        let defaults = RulesArgs::default();
        let book = rule_book(context, &defaults)?;
        let rules = pick_rules(&book, &defaults, context.today)?;
        let title = crate::t!(
            "example-title",
            name = scenario.name.as_deref().unwrap_or(EXAMPLE_NAME),
            file = EXAMPLE_NAME
        );
        print_text(&title, &scenario, rules, &scenario.profile, Expired::default())
    })())
}

fn score_one(context: &Context, args: &ScoreArgs) -> Result<(), Failure> {
    let file = args.file.as_deref().unwrap_or("-");
    let date = args.rules.date(context.today);
    let scenario = read_scenario(context, file)?.settled(date, context.reference);
    let book = rule_book(context, &args.rules)?;
    let rules = pick_rules(&book, &args.rules, context.today)?;
    // The profile on the scoring date, as every command and view sees it.
    let dated = crate::engine::dated::profile_on_with(
        &scenario.situation(),
        || context.reference.get(),
        context.today,
        date,
        LanguageTables::official(),
    );
    let stated = scenario.profile;
    let expired = dated.expired;
    // Said in the reader's language, and in English in JSON.
    let worded_warnings = || {
        let mut warnings: Vec<String> = dated.notes.iter().map(ToString::to_string).collect();
        // With the first result lapsed, the one thing worth saying: the second
        // may be declared first.
        if expired.first.is_some() {
            let household = crate::advisor::household(&dated.profile, &scenario.extras, rules);
            if let (Some(total), Some(second)) = (household.languages_swapped, dated.profile.second_language)
            {
                warnings.push(crate::t!(
                    "declare-second-first",
                    language = second.language().label(),
                    total = total,
                    now = household.as_entered
                ));
            }
        }
        warnings
    };
    let warnings = worded_warnings();
    let json_warnings = if args.json {
        crate::i18n::in_english(worded_warnings)
    } else {
        Vec::new()
    };
    let scenario = Scenario {
        profile: dated.profile,
        ..scenario
    };
    if args.json {
        for warning in &warnings {
            super::warn(warning);
        }
        let breakdown = rules.score(&scenario.profile);
        let mut out = io::stdout().lock();
        let zone = Zone::of(breakdown.total);
        let json = ScoreJson {
            warnings: json_warnings,
            zone: Some(ZoneJson {
                range: zone.range(),
                advice: zone.advice(),
            }),
            ..ScoreJson::from(&breakdown)
        };
        serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write_failure(e.into()))?;
        writeln!(out).map_err(write_failure)
    } else {
        let mut title = super::scenario_title(file, scenario.name.as_deref());
        for warning in &warnings {
            title.push('\n');
            title.push_str(&crate::t!("outlook-warning", text = warning));
        }
        print_text(&title, &scenario, rules, &stated, expired)
    }
}

fn print_text(
    title: &str,
    scenario: &Scenario,
    rules: &RuleSet,
    stated: &Profile,
    expired: Expired,
) -> Result<(), Failure> {
    let breakdown = rules.score(&scenario.profile);
    let report = text::render(
        title,
        &scenario.profile,
        &breakdown,
        io::stdout().is_terminal(),
        stated,
        expired,
    );
    super::write_report(&mut io::stdout().lock(), &report)
}

pub(super) fn read_scenario(context: &Context, file: &str) -> Result<Scenario, Failure> {
    if file == "-" {
        let limit = crate::files::MAX_SMALL_FILE;
        let mut text = String::new();
        io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_string(&mut text)
            .map_err(|e| {
                Failure::bad_input(crate::t!(
                    "stdin-unreadable",
                    problem = crate::files::io_problem(&e)
                ))
            })?;
        if text.len() as u64 > limit {
            return Err(Failure::bad_input(format!(
                "<stdin>: {}",
                crate::files::ReadError::TooLarge { limit }
            )));
        }
        scenario::parse(&text, "<stdin>", context.today, context.reference)
            .map_err(|e| Failure::bad_input(e.to_string()))
    } else {
        scenario::load(Path::new(file), context.today, context.reference)
            .map_err(|e| Failure::bad_input(e.to_string()))
    }
}

fn run_batch(context: &Context, rules_args: &RulesArgs) -> u8 {
    let book = match rule_book(context, rules_args) {
        Ok(book) => book,
        Err(failure) => return report(Err(failure)),
    };
    let rules = match pick_rules(&book, rules_args, context.today) {
        Ok(rules) => rules,
        Err(failure) => return report(Err(failure)),
    };
    let (input, output) = super::batch_io();
    let date = rules_args.as_of.unwrap_or(context.today);
    match score_lines(rules, context.today, date, context.reference, input, output) {
        Ok(summary) if summary.failed == 0 => super::EXIT_OK,
        Ok(_) => EXIT_BAD_INPUT,
        Err(error) => report(Err(write_failure(error))),
    }
}

/// What a batch run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchSummary {
    pub scored: u64,
    pub failed: u64,
}

/// Scores JSON lines from `input` to `output`, one output line per input
/// line, in order. Memory stays constant: one line is held at a time.
pub fn score_lines(
    rules: &RuleSet,
    today: Date,
    date: Date,
    reference: ReferenceSource,
    input: impl BufRead,
    output: impl Write,
) -> io::Result<BatchSummary> {
    // JSON is for programs: its lines (errors, notes) are in English whatever
    // the reader speaks, while the summary on standard error is theirs.
    crate::i18n::in_english(|| score_lines_in_english(rules, today, date, reference, input, output))
}

fn score_lines_in_english(
    rules: &RuleSet,
    today: Date,
    date: Date,
    reference: ReferenceSource,
    mut input: impl BufRead,
    mut output: impl Write,
) -> io::Result<BatchSummary> {
    let tables = LanguageTables::official();
    // The facts in each line are as of `today`; the score on `date`.
    let known_on = today;
    let mut summary = BatchSummary::default();
    let mut line = Vec::with_capacity(4096);
    let mut pending = Pending::new();
    let mut scratch = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let read = read_line_capped(&mut input, &mut line, MAX_BATCH_LINE)?;
        if read == LineRead::End {
            break;
        }
        number += 1;
        let content = trim_line_end(&line);
        let parsed = if read == LineRead::TooLong {
            Err(line_too_long())
        } else {
            match scenario::parse_plain_bytes(content, "", today, reference) {
                Some(result) => result.map_err(|e| e.detail()),
                None => crate::files::as_text(content)
                    .map_err(|e| e.to_string())
                    .and_then(|text| scenario::parse(text, "", today, reference).map_err(|e| e.detail())),
            }
        };
        scratch.clear();
        match parsed {
            Ok(scenario) => {
                // `profile_on_for` counts the work history on `date` itself.
                let dated = profile_on_for(
                    &scenario.situation(),
                    || reference.get(),
                    known_on,
                    date,
                    tables,
                    rules,
                );
                let warnings: Vec<String> = dated.notes.iter().map(ToString::to_string).collect();
                let breakdown = rules.score(&dated.profile);
                if warnings.is_empty() && pending.write_score(&breakdown, &mut output)? {
                    // Written in place.
                } else {
                    let json = ScoreJson {
                        warnings,
                        ..ScoreJson::from(&breakdown)
                    };
                    serde_json::to_writer(&mut scratch, &json)?;
                }
                summary.scored += 1;
            }
            Err(message) => {
                let error = LineErrorJson {
                    line: number,
                    error: &message,
                };
                serde_json::to_writer(&mut scratch, &error)?;
                summary.failed += 1;
            }
        }
        scratch.push(b'\n');
        pending.write_bytes(&scratch, &mut output)?;
        // Each answer goes on to the output at once: it is the output that
        // gathers lines into blocks (`batch_io`), and flushes them before the
        // batch waits for more input, which a line kept here would miss.
        pending.flush(&mut output)?;
    }
    pending.flush(&mut output)?;
    output.flush()?;
    Ok(summary)
}

/// Output lines gathered in a buffer allocated once and written out in large
/// chunks; the common line is written straight into it.
struct Pending {
    buffer: Vec<u8>,
    at: usize,
}

/// How much output is gathered before it is written.
const OUTPUT_CHUNK: usize = 1 << 16;

impl Pending {
    fn new() -> Self {
        Pending {
            buffer: vec![0; OUTPUT_CHUNK + MAX_COMPACT_LINE],
            at: 0,
        }
    }

    /// Writes a score line in place; `false` when it needs serde.
    fn write_score(&mut self, score: &Breakdown, output: &mut impl Write) -> io::Result<bool> {
        let mut cursor = Cursor {
            buffer: &mut self.buffer[self.at..],
            at: 0,
        };
        if !cursor.score(score) {
            return Ok(false);
        }
        self.at += cursor.at;
        if self.at >= OUTPUT_CHUNK {
            self.flush(output)?;
        }
        Ok(true)
    }

    fn write_bytes(&mut self, bytes: &[u8], output: &mut impl Write) -> io::Result<()> {
        if self.at + bytes.len() > self.buffer.len() {
            self.flush(output)?;
        }
        if bytes.len() > self.buffer.len() {
            return output.write_all(bytes);
        }
        self.buffer[self.at..self.at + bytes.len()].copy_from_slice(bytes);
        self.at += bytes.len();
        if self.at >= OUTPUT_CHUNK {
            self.flush(output)?;
        }
        Ok(())
    }

    fn flush(&mut self, output: &mut impl Write) -> io::Result<()> {
        output.write_all(&self.buffer[..self.at])?;
        self.at = 0;
        Ok(())
    }
}

/// The longest line `--batch` reads; a longer one is reported and skipped
/// without being held in memory.
pub const MAX_BATCH_LINE: usize = 1024 * 1024;

/// Answers JSON lines one by one: each line's text (UTF-8, at most
/// `MAX_BATCH_LINE` bytes) goes to `answer`, which writes its JSON into the line it is
/// given (or the line's number and problem is written instead), and may
/// keep what it reuses from one line to the next. Gives the number of
/// lines that failed.
pub(super) fn answer_lines(
    input: impl BufRead,
    output: &mut impl Write,
    answer: impl FnMut(&str, &mut Vec<u8>) -> Result<(), String>,
) -> io::Result<u64> {
    // JSON is for programs: its lines are in English whatever the reader
    // speaks, while the summary on standard error is theirs.
    crate::i18n::in_english(|| answer_lines_in_english(input, output, answer))
}

fn answer_lines_in_english(
    mut input: impl BufRead,
    output: &mut impl Write,
    mut answer: impl FnMut(&str, &mut Vec<u8>) -> Result<(), String>,
) -> io::Result<u64> {
    let mut line = Vec::with_capacity(4096);
    // Each answer is written here first and handed on whole: serde writes
    // a line in hundreds of small pieces, each a call into a writer that
    // may lock and check, where a vector only copies.
    let mut written: Vec<u8> = Vec::with_capacity(4096);
    let mut number = 0u64;
    let mut failed = 0u64;
    loop {
        line.clear();
        let read = read_line_capped(&mut input, &mut line, MAX_BATCH_LINE)?;
        if read == LineRead::End {
            break;
        }
        number += 1;
        written.clear();
        let answered = if read == LineRead::TooLong {
            Err(line_too_long())
        } else {
            crate::files::as_text(trim_line_end(&line))
                .map_err(|e| e.to_string())
                // What Windows editors put before the first line.
                .map(|text| {
                    if number == 1 {
                        crate::files::without_bom(text)
                    } else {
                        text
                    }
                })
                .and_then(|text| answer(text, &mut written))
        };
        match answered {
            Ok(()) => {}
            Err(error) => {
                failed += 1;
                written.clear();
                serde_json::to_writer(
                    &mut written,
                    &super::json::LineErrorJson {
                        line: number,
                        error: &error,
                    },
                )?;
            }
        }
        written.push(b'\n');
        output.write_all(&written)?;
    }
    output.flush()?;
    Ok(failed)
}

/// What a batch line over `MAX_BATCH_LINE` gets instead of an answer.
pub fn line_too_long() -> String {
    format!(
        "longer than {} MB; expected one JSON object of at most that size per line",
        MAX_BATCH_LINE / (1024 * 1024)
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRead {
    Line,
    TooLong,
    End,
}

/// Reads one line (with its `\n`) into `line`, keeping at most `cap` bytes:
/// the rest of a longer line is read past and dropped.
pub fn read_line_capped(input: &mut impl BufRead, line: &mut Vec<u8>, cap: usize) -> io::Result<LineRead> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', available) {
            Some(end) => (&available[..=end], true),
            None => (available, false),
        };
        let used = chunk.len();
        if !too_long {
            if line.len() + used > cap {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        input.consume(used);
        if done {
            break;
        }
    }
    Ok(match (any, too_long) {
        (false, _) => LineRead::End,
        (true, true) => LineRead::TooLong,
        (true, false) => LineRead::Line,
    })
}

pub(super) fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}
