//! What an adversarial pass broke, each case reproduced: hostile files,
//! feeds, rules folders, long lines and names, dates. One test a class.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crs_planner::draws;

const BIN: &str = env!("CARGO_BIN_EXE_crs-planner");
const BASELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/baseline.json");

fn run(home: &Path, args: &[&str], stdin: &str) -> Output {
    run_with(home, args, stdin, &[])
}

fn run_with(home: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("CRS_PLANNER_CONFIG_DIR", home.join("config"))
        .env("CRS_PLANNER_DATA_DIR", home.join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("binary runs");
    let mut input = child.stdin.take().unwrap();
    // A child that stops reading early must not fail the test.
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(unix)]
fn fifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_is_refused_without_blocking_or_filling_memory() {
    let home = tempfile::tempdir().unwrap();
    let pipe = home.path().join("pipe.json");
    fifo(&pipe);
    for (args, what) in [
        (vec!["score", pipe.to_str().unwrap()], "a FIFO"),
        (vec!["score", "/dev/zero"], "a character device"),
        (
            vec!["score", BASELINE, "--rules", pipe.to_str().unwrap()],
            "a FIFO",
        ),
        (vec!["draws", "--import", "/dev/zero"], "a character device"),
        (
            vec![
                "plan",
                BASELINE,
                "--target",
                "520",
                "--effort",
                pipe.to_str().unwrap(),
            ],
            "a FIFO",
        ),
    ] {
        let output = run(home.path(), &args, "");
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            text(&output.stderr)
        );
        assert!(
            text(&output.stderr).contains(&format!("not a regular file ({what}); expected a file of text")),
            "{args:?}: {}",
            text(&output.stderr)
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let home = tempfile::tempdir().unwrap();
    let big = home.path().join("big.json");
    // Sparse: the size is what is checked first, nothing is read.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(17 * 1024 * 1024)
        .unwrap();
    let output = run(home.path(), &["score", big.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!(
            "crs-planner: {}: larger than 16 MB; expected a file of at most that size\n",
            big.display()
        )
    );
}

#[test]
fn a_byte_order_mark_is_accepted_in_every_file() {
    let home = tempfile::tempdir().unwrap();
    let scenario = home.path().join("windows.json");
    std::fs::write(
        &scenario,
        format!("\u{feff}{}", std::fs::read_to_string(BASELINE).unwrap()),
    )
    .unwrap();
    let output = run(home.path(), &["score", scenario.to_str().unwrap(), "--json"], "");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let rules = home.path().join("rules.json");
    let shipped =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/sets/2025-03-25.json")).unwrap();
    std::fs::write(&rules, format!("\u{feff}{shipped}")).unwrap();
    let output = run(
        home.path(),
        &["score", BASELINE, "--rules", rules.to_str().unwrap()],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let feed = home.path().join("feed.json");
    std::fs::write(&feed, format!("\u{feff}{}", draws::SHIPPED_FEED)).unwrap();
    assert!(draws::Feed::parse(&std::fs::read_to_string(&feed).unwrap()).is_ok());
}

#[test]
fn control_characters_in_names_never_reach_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("evil.json");
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(BASELINE).unwrap()).unwrap();
    value["name"] = "Plan\u{1b}[2J\u{1b}]0;owned\u{7}".into();
    std::fs::write(&file, value.to_string()).unwrap();
    for args in [
        vec!["score", file.to_str().unwrap()],
        vec!["timeline", file.to_str().unwrap(), "--months", "2"],
        vec!["plan", file.to_str().unwrap(), "--target", "520"],
    ] {
        let output = run(home.path(), &args, "");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&output.stderr)
        );
        let said = text(&output.stdout);
        assert!(
            !said.contains('\u{1b}') && !said.contains('\u{7}'),
            "{args:?}: {said:?}"
        );
        assert!(said.contains("Plan\\u{1b}[2J"), "{args:?}: {said}");
    }
}

fn feed_with(change: impl FnOnce(&mut Vec<serde_json::Value>)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(draws::SHIPPED_FEED).unwrap();
    change(value["rounds"].as_array_mut().unwrap());
    value.to_string()
}

fn newer_feed() -> String {
    feed_with(|rounds| {
        let mut round = rounds[0].clone();
        round["drawNumber"] = "435".into();
        round["drawDate"] = "2026-08-20".into();
        rounds.insert(0, round);
    })
}

#[test]
fn an_older_feed_never_replaces_a_newer_one_unasked() {
    let home = tempfile::tempdir().unwrap();
    let newer = home.path().join("newer.json");
    std::fs::write(&newer, newer_feed()).unwrap();
    assert_eq!(
        run(home.path(), &["draws", "--import", newer.to_str().unwrap()], "")
            .status
            .code(),
        Some(0)
    );
    let kept = std::fs::read(home.path().join("data/draws/ee_rounds_123_en.json")).unwrap();

    let older = home.path().join("older.json");
    std::fs::write(
        &older,
        feed_with(|rounds| {
            rounds.retain(|round| round["drawDate"].as_str().unwrap() <= "2025-02-04");
        }),
    )
    .unwrap();
    let output = run(home.path(), &["draws", "--import", older.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(
        said.contains("before those in use, which end on 2026-08-20 (round 435)"),
        "{said}"
    );
    assert!(said.contains("add --replace-newer"), "{said}");
    assert_eq!(
        std::fs::read(home.path().join("data/draws/ee_rounds_123_en.json")).unwrap(),
        kept
    );

    let output = run(
        home.path(),
        &["draws", "--import", older.to_str().unwrap(), "--replace-newer"],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
}

#[test]
fn feeds_with_future_repeated_or_impossible_rounds_are_refused() {
    let home = tempfile::tempdir().unwrap();
    let cases = [
        (
            feed_with(|rounds| rounds[0]["drawDate"] = "9999-12-31".into()),
            "round 434: drawDate: 9999-12-31 is after today",
        ),
        (
            feed_with(|rounds| {
                let copy = rounds[3].clone();
                rounds.push(copy);
            }),
            "listed twice",
        ),
        (
            feed_with(|rounds| rounds[0]["dd1"] = "4,294,967,295".into()),
            "round 434: dd1: \"4,294,967,295\" is too large; expected at most 10,000,000",
        ),
    ];
    for (feed, expected) in cases {
        let file = home.path().join("feed.json");
        std::fs::write(&file, feed).unwrap();
        let output = run(home.path(), &["draws", "--import", file.to_str().unwrap()], "");
        assert_eq!(output.status.code(), Some(1), "{expected}");
        assert!(
            text(&output.stderr).contains(expected),
            "{}",
            text(&output.stderr)
        );
    }
    assert!(!home.path().join("data/draws/ee_rounds_123_en.json").exists());
}

fn shipped_rules() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/sets/2025-03-25.json")).unwrap()
}

#[test]
fn other_files_in_the_config_folder_are_skipped_and_rule_sets_have_their_own() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    std::fs::create_dir_all(config.join("rules")).unwrap();
    std::fs::write(
        config.join("effort.json"),
        include_str!("../../rules/effort.json"),
    )
    .unwrap();
    std::fs::write(config.join("._reform.json"), [0u8, 5, 22, 7]).unwrap();
    let reform = shipped_rules()
        .replace("\"id\": \"2025-03-25\"", "\"id\": \"reform\"")
        .replace(
            "\"in_force_from\": \"2025-03-25\"",
            "\"in_force_from\": \"2026-11-03\"",
        );
    assert!(reform.contains("\"reform\""));
    std::fs::write(config.join("rules").join("reform.json"), &reform).unwrap();
    let output = run(
        home.path(),
        &["score", BASELINE, "--json", "--as-of", "2026-11-20"],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["rules"], "reform");
    let warned = text(&output.stderr);
    assert!(
        warned.contains("effort.json: skipped: not a rule set"),
        "{warned}"
    );
    assert!(
        warned.contains("._reform.json: skipped: not a rule set"),
        "{warned}"
    );

    // The old place still works, with a note.
    std::fs::rename(
        config.join("rules").join("reform.json"),
        config.join("reform.json"),
    )
    .unwrap();
    let output = run(
        home.path(),
        &["score", BASELINE, "--json", "--as-of", "2026-11-20"],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("rule sets now live in"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_batch_line_too_long_is_reported_and_skipped_without_being_held() {
    let home = tempfile::tempdir().unwrap();
    let good = serde_json::to_string(
        &serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(BASELINE).unwrap()).unwrap()
            ["profile"],
    )
    .unwrap();
    let long = format!("{{\"notes\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
    let output = run(
        home.path(),
        &["score", "--batch"],
        &format!("{good}\n{long}\n{good}\n"),
    );
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<String> = text(&output.stdout).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("{\"total\":500"));
    assert_eq!(
        lines[1],
        "{\"line\":2,\"error\":\"longer than 1 MB; expected one JSON object of at most that size per line\"}"
    );
    assert!(lines[2].starts_with("{\"total\":500"));
}

#[test]
fn timeline_takes_as_of_and_a_missing_day_is_named() {
    let home = tempfile::tempdir().unwrap();
    let dated = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/dated-couple.json");
    let output = run(
        home.path(),
        &[
            "timeline",
            dated,
            "--as-of",
            "2027-01-01",
            "--months",
            "2",
            "--json",
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["from"], "2027-01-01");
    let output = run(
        home.path(),
        &["timeline", dated, "--as-of", "2027-01-01", "--from", "2027-02-01"],
        "",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("name different days"),
        "{}",
        text(&output.stderr)
    );
    let output = run(home.path(), &["score", BASELINE, "--as-of", "2026-02-29"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr)
            .contains("expected a day that exists, found \"2026-02-29\": 2026 has no February 29"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_dumb_terminal_is_told_so_instead_of_getting_escape_codes() {
    let home = tempfile::tempdir().unwrap();
    let output = run_with(home.path(), &["open", BASELINE], "", &[("TERM", "dumb")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("TERM=dumb"),
        "{}",
        text(&output.stderr)
    );
    assert!(output.stdout.is_empty());
    let output = run_with(home.path(), &[], "", &[("TERM", "dumb")]);
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stdout).contains("TOTAL"));
    assert!(!text(&output.stdout).contains('\u{1b}'));
}

#[cfg(unix)]
#[test]
fn a_state_file_that_is_a_fifo_is_ignored() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("data")).unwrap();
    fifo(&home.path().join("data/state.json"));
    let store = crs_planner::scenario::store::Store::new(home.path().join("data"));
    assert_eq!(store.last_opened(), None);
}

#[test]
fn temporary_files_left_by_killed_saves_are_removed_and_nothing_else() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for name in [".plan.json.4242.0.tmp", "plan.json", ".notes.txt"] {
        let path = folder.join(name);
        std::fs::write(&path, "x").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    // A save under way right now is left alone.
    std::fs::write(folder.join(".plan.json.4243.0.tmp"), "x").unwrap();
    assert_eq!(crs_planner::scenario::remove_stale_temps(folder), 1);
    assert!(!folder.join(".plan.json.4242.0.tmp").exists());
    assert!(folder.join(".plan.json.4243.0.tmp").exists());
    assert!(folder.join("plan.json").exists() && folder.join(".notes.txt").exists());
}

#[test]
fn a_round_name_with_control_characters_is_shown_not_sent() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("feed.json");
    std::fs::write(
        &file,
        // A name never seen before is shown as it is, as a category of its own.
        feed_with(|rounds| rounds[0]["drawName"] = "Brand new round\u{1b}[2J\u{9b}31m".into()),
    )
    .unwrap();
    let imported = run(home.path(), &["draws", "--import", file.to_str().unwrap()], "");
    assert_eq!(imported.status.code(), Some(0), "{}", text(&imported.stderr));
    let output = run(home.path(), &["draws", "--score", "480"], "");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let said = text(&output.stdout);
    assert!(!said.contains('\u{1b}') && !said.contains('\u{9b}'), "{said:?}");
    assert!(said.contains("Brand new round\\u{1b}[2J"), "{said}");
}

#[test]
fn the_outlook_scores_with_the_users_rule_sets_as_score_does() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    std::fs::create_dir_all(config.join("rules")).unwrap();
    // A reform that gives the baseline's age ten points less.
    let reform = shipped_rules()
        .replace("\"id\": \"2025-03-25\"", "\"id\": \"reform\"")
        .replace(
            "\"in_force_from\": \"2025-03-25\"",
            "\"in_force_from\": \"2026-11-03\"",
        )
        .replace(
            "{ \"from\": 20, \"to\": 29, \"with_spouse\": 100,",
            "{ \"from\": 20, \"to\": 29, \"with_spouse\": 90,",
        );
    assert!(reform.contains("\"with_spouse\": 90,"));
    std::fs::write(config.join("rules").join("reform.json"), &reform).unwrap();
    let day = ["--as-of", "2026-11-20"];
    let scored = run(
        home.path(),
        &[&["score", BASELINE, "--json"][..], &day].concat(),
        "",
    );
    assert_eq!(scored.status.code(), Some(0), "{}", text(&scored.stderr));
    let scored: serde_json::Value = serde_json::from_slice(&scored.stdout).unwrap();
    assert_eq!(scored["rules"], "reform");
    assert_eq!(scored["total"], 490);
    let outlook = run(
        home.path(),
        &[&["outlook", BASELINE, "--json"][..], &day].concat(),
        "",
    );
    assert_eq!(outlook.status.code(), Some(0), "{}", text(&outlook.stderr));
    let outlook: serde_json::Value = serde_json::from_slice(&outlook.stdout).unwrap();
    assert_eq!(outlook["score"], 490);
}
