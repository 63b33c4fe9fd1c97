//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod plans;

use crs_planner::engine::{Profile, RuleBook, RuleSet};
use crs_planner::scenario;

/// A profile from a bare profile object, as a user would write it.
pub fn profile(json: &str) -> Profile {
    match scenario::parse(
        json,
        "test profile",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    ) {
        Ok(scenario) => scenario.profile,
        Err(error) => panic!("test profile does not load: {error}\n{json}"),
    }
}

pub fn shipped() -> RuleBook {
    RuleBook::shipped()
}

pub fn rules<'b>(book: &'b RuleBook, id: &str) -> &'b RuleSet {
    book.get(id).unwrap_or_else(|e| panic!("{e}"))
}

/// A language result object in plain levels: listening, reading, writing, speaking.
pub fn levels(language: &str, [l, r, w, s]: [u8; 4]) -> String {
    format!(
        r#"{{"language": "{language}", "test": "clb", "listening": {l}, "reading": {r}, "writing": {w}, "speaking": {s}}}"#
    )
}

pub fn english(all: [u8; 4]) -> String {
    levels("english", all)
}

pub fn french(all: [u8; 4]) -> String {
    levels("french", all)
}

/// Runs the real binary with its config and data folders in `home`, never
/// the real ones, `stdin` as its input.
pub fn run_binary(home: &std::path::Path, args: &[&str], stdin: &str) -> std::process::Output {
    run_binary_with(home, args, stdin, &[])
}

/// The binary with these variables set, and no locale but theirs: the
/// tests speak English unless they say otherwise.
pub fn run_binary_with(
    home: &std::path::Path,
    args: &[&str],
    stdin: &str,
    vars: &[(&str, &str)],
) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut command = Command::new(env!("CARGO_BIN_EXE_crs-planner"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "CRS_PLANNER_LANG"] {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied());
    let mut child = command
        .args(args)
        .env("CRS_PLANNER_CONFIG_DIR", home.join("config"))
        .env("CRS_PLANNER_DATA_DIR", home.join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// The day the tests run on, as a command run now would see it.
pub fn today() -> crs_planner::engine::Date {
    crs_planner::config::today()
}
