//! The second reliability pass: each case failed before its fix.

use std::path::Path;
use std::process::Output;

mod common;

fn run(home: &Path, args: &[&str], stdin: &str) -> Output {
    common::run_binary(home, args, stdin)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const KINDS: &str = "all, pnp, cec, fsw, fst, french, healthcare, stem, trades, transport, agriculture, \
                     education, senior-managers, physicians, researchers, military";

#[test]
fn a_mistyped_kind_of_round_is_refused_with_the_names_and_a_guess() {
    let home = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str); 5] = [
        (
            &["outlook", "--score", "450", "--eligible", "frnch"],
            "--eligible: \"frnch\" is not a kind of round; expected one of {KINDS}; did you mean french?",
        ),
        (
            &["outlook", "--score", "450", "--eligible", "health"],
            "--eligible: \"health\" is not a kind of round; expected one of {KINDS}; did you mean healthcare?",
        ),
        (
            &["outlook", "--score", "450", "--eligible", "french healthcare"],
            "--eligible: \"french healthcare\" is not a kind of round; expected one of {KINDS}; did you mean \
             french,healthcare?",
        ),
        (
            &["plan", "assets/examples/baseline.json", "--target-category", "nope"],
            "--target-category: \"nope\" is not a kind of round; expected one of {KINDS}",
        ),
        (
            &["draws", "--category", "stme"],
            "--category: \"stme\" is not a kind of round; expected one of {KINDS}; did you mean stem?",
        ),
    ];
    for (args, expected) in cases {
        let output = run(home.path(), args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr(&output),
            format!("crs-planner: {}\n", expected.replace("{KINDS}", KINDS)),
            "{args:?}"
        );
        assert_eq!(stdout(&output), "");
    }
}

#[test]
fn outlook_batch_checks_what_the_command_line_checks() {
    let home = tempfile::tempdir().unwrap();
    let input = "\u{feff}{\"as_of\":\"2026-01-01\",\"score\":450,\"eligible\":[\"cec\"],\"months\":3}\n\
                 {\"as_of\":\"2026-01-01\",\"score\":1201,\"months\":3}\n\
                 {\"as_of\":\"2026-01-01\",\"score\":65535,\"months\":3}\n\
                 {\"as_of\":\"2026-01-01\",\"score\":450,\"eligible\":[\"nope\"],\"months\":3}\n\
                 {\"as_of\":\"2026-01-01\",\"score\":450,\"eligible\":[\"cec\"],\"months\":[3,3,6]}\n\
                 {\"as_of\":\"2026-01-01\",\"score\":450,\"months\":601}\n";
    let output = run(home.path(), &["outlook", "--batch"], input);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["score"], 450, "a byte-order mark on line 1 is dropped");
    assert_eq!(
        lines[1]["error"],
        "score: expected a whole number from 0 to 1200, found 1201"
    );
    assert_eq!(
        lines[2]["error"],
        "score: expected a whole number from 0 to 1200, found 65535"
    );
    assert_eq!(
        lines[3]["error"],
        format!("eligible[0]: \"nope\" is not a kind of round; expected one of {KINDS}")
    );
    let keys: Vec<&String> = lines[4]["any"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["3", "6"], "each horizon once");
    let raw = stdout(&output);
    let fifth = raw.lines().nth(4).unwrap();
    assert_eq!(
        fifth.matches("\"3\":").count(),
        1 + 2,
        "any and each kind, once each"
    );
    assert_eq!(
        lines[5]["error"],
        "months: expected a number of months from 0 to 600, or a list of them"
    );
}

#[test]
fn control_characters_never_reach_the_terminal_on_error_paths() {
    let home = tempfile::tempdir().unwrap();
    let output = run(
        home.path(),
        &[
            "plan",
            "assets/examples/baseline.json",
            "--target-category",
            "\u{1b}[31m",
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(!stderr(&output).contains('\u{1b}'), "{}", stderr(&output));
    assert!(stderr(&output).contains("\\u{1b}[31m"));

    let named = home.path().join("\u{1b}]0;pwned\u{7}.json");
    std::fs::write(&named, "{").unwrap();
    let output = run(home.path(), &["score", named.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr(&output).contains('\u{1b}'), "{}", stderr(&output));
    assert!(!stderr(&output).contains('\u{7}'), "{}", stderr(&output));

    let output = run(
        home.path(),
        &["plan", "assets/examples/baseline.json", "--target", "\u{1b}[31m"],
        "",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(!stderr(&output).contains('\u{1b}'), "{}", stderr(&output));
}

#[test]
fn a_users_catalogue_that_would_crash_the_parser_is_left_out_with_a_warning() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config").join("i18n");
    std::fs::create_dir_all(&folder).unwrap();
    // A one-character typo: the parser slices inside "é" (exit 101 before).
    std::fs::write(folder.join("fr.ftl"), "yes = {\"\\u0é\"}\n").unwrap();
    // 20,000 placeables deep, 40 KB: a stack overflow (an abort before).
    std::fs::write(folder.join("es.ftl"), format!("yes = {}\n", "{".repeat(20_000))).unwrap();
    for args in [
        &["--version"][..],
        &["--help"],
        &["score", "assets/examples/baseline.json"],
    ] {
        let output = run(home.path(), args, "");
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", stderr(&output));
        assert_eq!(
            stderr(&output),
            format!(
                "crs-planner: warning: {es}: line 1: skipped: placeables nested more than 32 deep\n\
                 crs-planner: warning: {fr}: line 1: skipped: an escape \\u takes 4 hexadecimal digits and \\U \
                 takes 6 (\\u00E9 for é)\n",
                es = folder.join("es.ftl").display(),
                fr = folder.join("fr.ftl").display()
            ),
            "{args:?}"
        );
    }
}

#[test]
fn the_library_takes_a_catalogue_as_text_and_never_panics_on_it() {
    let mut library = crs_planner::i18n::Library::shipped();
    let cases = [
        ("yes = {\"\\u0é\"}\n", Some("x.ftl: line 1: skipped: an escape")),
        ("yes = {\"\\U01F6\"}\n", Some("x.ftl: line 1: skipped: an escape")),
        (
            "yes = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n",
            Some("x.ftl: line 1: skipped: placeables"),
        ),
        ("yes = {\"\\u00e9\"}\n", None),
        ("yes = oui, vraiment\n", None),
    ];
    for (text, expected) in cases {
        let result = library.add_user_catalogue("x.ftl", "fr", text);
        match expected {
            Some(start) => {
                let said = result.unwrap_err().to_string();
                assert!(said.starts_with(start), "{text:?}: {said}");
            }
            None => assert!(result.is_ok(), "{text:?}: {result:?}"),
        }
    }
}
