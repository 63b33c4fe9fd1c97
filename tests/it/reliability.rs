//! The second reliability pass: each case failed before its fix.

use std::path::Path;
use std::process::Output;

use crate::common;

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
        1 + 2 + 1,
        "any, each kind and the unforeseen part, once each"
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

#[cfg(unix)]
mod files_and_links {
    use std::os::unix::fs::{symlink, PermissionsExt};

    use crs_planner::scenario::{self, Expect, Fingerprint};

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_save_through_a_link_replaces_the_file_it_points_to_and_keeps_the_link() {
        let home = tempfile::tempdir().unwrap();
        let synced = home.path().join("synced");
        let work = home.path().join("work");
        std::fs::create_dir_all(&synced).unwrap();
        std::fs::create_dir_all(&work).unwrap();
        let real = synced.join("mine.json");
        std::fs::write(&real, b"{\"old\": true}").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = work.join("mine.json");
        // A relative link, as dotfile managers make them.
        symlink("../synced/mine.json", &link).unwrap();

        let fingerprint = Fingerprint::of(b"{\"old\": true}");
        scenario::save_checked(&link, b"{\"new\": true}", Expect::Holding(fingerprint)).unwrap();
        assert!(
            std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(),
            "still a link"
        );
        assert_eq!(
            std::fs::read(&real).unwrap(),
            b"{\"new\": true}",
            "the real file changed"
        );
        assert_eq!(mode(&real), 0o600, "its mode is kept");
        assert!(
            synced.join(".crs-planner.lock").exists(),
            "the lock is beside the target"
        );
        assert!(!work.join(".crs-planner.lock").exists());
        let temps: Vec<_> = std::fs::read_dir(&synced)
            .unwrap()
            .flatten()
            .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(temps.is_empty());

        scenario::remove_locks();
        assert!(
            !synced.join(".crs-planner.lock").exists(),
            "removed when the planner ends"
        );

        // Every other save keeps the mode too.
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        scenario::save_atomic(&link, b"{}").unwrap();
        assert_eq!(mode(&real), 0o640);
    }

    #[test]
    fn new_files_are_the_owners_alone_in_a_folder_that_is_too() {
        let home = tempfile::tempdir().unwrap();
        let folder = home.path().join("data").join("scenarios");
        crs_planner::files::atomic::ensure_folder(&folder).unwrap();
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&home.path().join("data")), 0o700);
        let file = folder.join("new.json");
        scenario::save_atomic(&file, b"{}").unwrap();
        assert_eq!(mode(&file), 0o600);
    }

    #[test]
    fn a_link_loop_is_refused_not_followed_forever() {
        let home = tempfile::tempdir().unwrap();
        let a = home.path().join("a.json");
        let b = home.path().join("b.json");
        symlink(&b, &a).unwrap();
        symlink(&a, &b).unwrap();
        let error = scenario::save_atomic(&a, b"{}").unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "{}: the links lead round in a loop; expected a link to a file",
                a.display()
            )
        );
    }

    #[test]
    fn a_save_past_the_file_size_limit_is_reported_and_leaves_nothing() {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        let output = std::process::Command::new("sh")
            .arg("-c")
            .arg("ulimit -f 100; exec \"$0\" draws --import assets/ee_rounds_123_en.json")
            .arg(env!("CARGO_BIN_EXE_crs-planner"))
            .env("CRS_PLANNER_DATA_DIR", &data)
            .env("CRS_PLANNER_CONFIG_DIR", home.path().join("config"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "not killed by SIGXFSZ");
        let kept = data.join("draws").join("ee_rounds_123_en.json");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            format!(
                "crs-planner: {}: cannot save: the file would be larger than this session may write (ulimit -f); \
                 nothing was written\n",
                kept.display()
            )
        );
        let left: Vec<_> = std::fs::read_dir(data.join("draws")).unwrap().flatten().collect();
        assert!(left.is_empty(), "nothing half-written is left: {left:?}");
    }
}

/// Every month whose total moved has a key day in it that says so.
fn assert_timeline_explains_itself(file_text: &str, from: &str, months: u16) {
    use crs_planner::engine::eligibility::Reference;
    use crs_planner::engine::{Date, LanguageTables, RuleBook};
    let scenario = crs_planner::scenario::parse(
        file_text,
        "test",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let from: Date = from.parse().unwrap();
    let book = RuleBook::shipped();
    let settled = scenario.settled(from, crs_planner::engine::eligibility::ReferenceSource::Shipped);
    let timeline = crs_planner::advisor::project(
        &settled.situation(),
        Reference::shipped(),
        &book,
        from,
        from,
        months,
        LanguageTables::official(),
    );
    for pair in timeline.months.windows(2) {
        if pair[0].total != pair[1].total {
            assert!(
                timeline
                    .key_dates
                    .iter()
                    .any(|key| key.date > pair[0].date && key.date <= pair[1].date),
                "{} -> {}: {} -> {} with no key day; key days: {:?}",
                pair[0].date,
                pair[1].date,
                pair[0].total,
                pair[1].total,
                timeline.key_dates
            );
        }
    }
    let mut total = timeline.months[0].total;
    for key in &timeline.key_dates {
        assert_eq!(i32::from(total) + key.change, i32::from(key.total), "{key:?}");
        total = key.total;
    }
}

#[test]
fn dates_before_1900_are_refused_and_the_timeline_agrees_with_its_totals() {
    let file = |since: &str| {
        format!(
            "{{\"format\":\"crs-scenario/1\",\"profile\":{{\"age\":30,\"education\":\"bachelors\",\
             \"first_language\":{{\"language\":\"english\",\"test\":\"celpip\",\"listening\":9,\"reading\":9,\
             \"writing\":9,\"speaking\":9}},\"canadian_experience_years\":0,\
             \"canadian_experience_since\":\"{since}\"}}}}"
        )
    };
    let refused = crs_planner::scenario::parse(
        &file("0202-01-01"),
        "typo.json",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "typo.json: profile.canadian_experience_since: expected a date written YYYY-MM-DD from 1900-01-01 to \
         2200-12-31, found \"0202-01-01\""
    );
    // More than two hundred years of anniversaries before the period.
    assert_timeline_explains_itself(&file("1900-01-01"), "2150-06-01", 36);
    assert_timeline_explains_itself(&file("2024-03-15"), "2026-12-03", 60);
    let shipped = std::fs::read_to_string("assets/examples/work-history.json").unwrap();
    assert_timeline_explains_itself(&shipped, "2026-12-03", 48);
    let couple = std::fs::read_to_string("assets/examples/dated-couple.json").unwrap();
    assert_timeline_explains_itself(&couple, "2026-12-03", 120);
}

#[test]
fn options_and_data_with_dates_or_spans_have_sane_ranges() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &[
            "plan",
            "assets/examples/baseline.json",
            "--target",
            "520",
            "--as-of",
            "9999-12-31",
        ][..],
        &[
            "timeline",
            "assets/examples/baseline.json",
            "--from",
            "9999-06-01",
            "--json",
        ],
        &["score", "assets/examples/baseline.json", "--as-of", "0202-01-01"],
    ] {
        let output = run(home.path(), args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("expected a date written YYYY-MM-DD from 1900-01-01 to 2200-12-31"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let text = std::fs::read_to_string("rules/occupations/programs.json").unwrap();
    {
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        value["cec"]["window_years"] = 2026.into();
        let folder = home.path().join("config").join("occupations");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("programs.json"), value.to_string()).unwrap();
        let output = run(
            home.path(),
            &["eligibility", "assets/examples/work-history.json"],
            "",
        );
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).contains("cec.window_years: expected a window of 1 to 50 years, found 2026"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn checked_date_arithmetic_says_when_it_falls_off_the_calendar() {
    use crs_planner::engine::Date;
    let last = Date::new(9999, 12, 31).unwrap();
    assert_eq!(last.checked_plus_months(1), None);
    assert_eq!(last.checked_plus_days(1), None);
    let first = Date::new(1, 1, 1).unwrap();
    assert_eq!(first.checked_plus_months(-1), None);
    let day = Date::new(2026, 1, 31).unwrap();
    assert_eq!(day.checked_plus_months(1), Date::new(2026, 2, 28));
    assert_eq!(day.checked_plus_days(1), Date::new(2026, 2, 1));
}

#[test]
fn today_is_the_day_where_the_person_is_on_a_fixed_clock() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("taken-today.json");
    std::fs::write(
        &file,
        "{\"format\":\"crs-scenario/1\",\"profile\":{\"age\":30,\"education\":\"bachelors\",\"first_language\":\
         {\"language\":\"english\",\"test\":\"celpip\",\"listening\":9,\"reading\":9,\"writing\":9,\"speaking\":9},\
         \"profile_submitted\":\"2026-12-04\"}}",
    )
    .unwrap();
    let score = |zone: &str| {
        common::run_binary_with(
            home.path(),
            &["score", file.to_str().unwrap(), "--json"],
            "",
            // Noon in UTC: already the 4th in UTC+14, still the 3rd in UTC-11.
            &[("TZ", zone), ("CRS_PLANNER_NOW", "2026-12-03T12:00:00Z")],
        )
    };
    // POSIX zones (the sign is west of Greenwich), so no zone files are needed.
    let kiribati = score("LINT-14");
    assert_eq!(kiribati.status.code(), Some(0), "{}", stderr(&kiribati));
    let value: serde_json::Value = serde_json::from_slice(&kiribati.stdout).unwrap();
    assert_eq!(value["total"], 374);
    let samoa = score("SST+11");
    assert_eq!(samoa.status.code(), Some(1));
    assert!(
        stderr(&samoa).ends_with("expected a day on or before today, found \"2026-12-04\"\n"),
        "{}",
        stderr(&samoa)
    );
    // The day the commands say they use is the local one too.
    let output = common::run_binary_with(
        home.path(),
        &["eligibility", "assets/examples/work-history.json"],
        "",
        &[("TZ", "LINT-14"), ("CRS_PLANNER_NOW", "2026-12-03T12:00:00Z")],
    );
    assert!(
        stdout(&output).starts_with("Eligibility on 2026-12-04"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn two_rule_sets_that_clash_are_both_named() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config").join("rules");
    std::fs::create_dir_all(&folder).unwrap();
    let shipped: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("rules/sets/2025-03-25.json").unwrap()).unwrap();
    let with = |id: &str, from: &str| {
        let mut set = shipped.clone();
        set["id"] = id.into();
        set["in_force_from"] = from.into();
        set.to_string()
    };
    std::fs::write(folder.join("a.json"), with("mine", "2027-01-01")).unwrap();
    std::fs::write(folder.join("b.json"), with("mine", "2027-02-01")).unwrap();
    std::fs::write(folder.join("c.json"), with("zz-other", "2025-03-25")).unwrap();
    let output = run(home.path(), &["score", "assets/examples/baseline.json"], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (a, b, c) = (
        folder.join("a.json"),
        folder.join("b.json"),
        folder.join("c.json"),
    );
    assert_eq!(
        stderr(&output),
        format!(
            "crs-planner: warning: {a} and {b} both define the rule set \"mine\"; the one in {b} is used\n\
             crs-planner: warning: the shipped \"2025-03-25\" and \"zz-other\" ({c}) both come into force on \
             2025-03-25; \"zz-other\" is used from that day\n",
            a = a.display(),
            b = b.display(),
            c = c.display()
        )
    );
}

#[test]
fn outlook_feed_refuses_a_round_after_today_as_import_does() {
    let home = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("assets/ee_rounds_123_en.json").unwrap()).unwrap();
    let rounds = value["rounds"].as_array_mut().unwrap();
    let mut round = rounds[0].clone();
    round["drawNumber"] = "999".into();
    round["drawDate"] = "2199-01-05".into();
    rounds.insert(0, round);
    let feed = home.path().join("feed.json");
    std::fs::write(&feed, value.to_string()).unwrap();
    let today = crs_planner::config::today();
    for args in [
        &[
            "outlook",
            "--score",
            "450",
            "--eligible",
            "cec",
            "--feed",
            feed.to_str().unwrap(),
        ][..],
        &["draws", "--import", feed.to_str().unwrap()],
    ] {
        let output = run(home.path(), args, "");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert_eq!(
            stderr(&output),
            format!(
                "crs-planner: {}: round 999: drawDate: 2199-01-05 is after today ({today}); expected the date of a \
                 round already held\n",
                feed.display()
            ),
            "{args:?}"
        );
    }
}

#[test]
fn a_locale_that_is_not_utf8_is_told_what_is_written() {
    use crs_planner::i18n::non_utf8_charset;
    let locale = |all: &str, lang: &str| {
        let (all, lang) = (all.to_string(), lang.to_string());
        non_utf8_charset(&move |name: &str| match name {
            "LC_ALL" => Some(all.clone()),
            "LANG" => Some(lang.clone()),
            _ => None,
        })
    };
    assert_eq!(locale("", "fr_CA.ISO-8859-1").as_deref(), Some("ISO-8859-1"));
    assert_eq!(locale("", "fr_CA.UTF-8"), None);
    assert_eq!(locale("", "fr_CA.utf8"), None);
    assert_eq!(locale("", "C"), None);
    assert_eq!(locale("de_DE.UTF-8", "fr_CA.ISO-8859-1"), None, "LC_ALL decides");
    assert_eq!(
        locale("", "sr_RS.ISO-8859-5@latin").as_deref(),
        Some("ISO-8859-5")
    );

    let home = tempfile::tempdir().unwrap();
    let output = common::run_binary_with(
        home.path(),
        &["score", "assets/examples/baseline.json"],
        "",
        &[("LANG", "en_CA.ISO-8859-1")],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        "crs-planner: warning: the locale asks for ISO-8859-1, but crs-planner writes only UTF-8: accented \
         letters and marks may show wrongly; use a UTF-8 locale (such as fr_CA.UTF-8)\n"
    );
}

#[test]
fn a_work_history_is_capped_with_a_clear_message() {
    let job = "{\"noc\":\"21232\",\"where\":\"canada\",\"from\":\"2020-01-01\",\"to\":\"2020-06-30\"}";
    let file = |jobs: usize| {
        format!(
            "{{\"format\":\"crs-scenario/1\",\"profile\":{{\"age\":30,\"education\":\"bachelors\",\
             \"first_language\":{{\"language\":\"english\",\"test\":\"celpip\",\"listening\":9,\"reading\":9,\
             \"writing\":9,\"speaking\":9}},\"work\":[{}]}}}}",
            vec![job; jobs].join(",")
        )
    };
    assert!(crs_planner::scenario::parse(
        &file(300),
        "ok.json",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped
    )
    .is_ok());
    let refused = crs_planner::scenario::parse(
        &file(301),
        "many.json",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "many.json: profile.work: expected a work history of at most 300 jobs, found 301 jobs"
    );
}

/// Issue 30: batch answers are written in blocks, yet a program that feeds
/// one line and waits for its answer gets it before sending the next (the
/// output is flushed before the batch waits for more input).
#[test]
fn a_batch_answers_each_line_before_waiting_for_the_next() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let home = tempfile::tempdir().unwrap();
    let line = "{\"age\":30,\"education\":\"bachelors\",\"first_language\":{\"language\":\"english\",\"test\":\"clb\",\"listening\":9,\"reading\":9,\"writing\":9,\"speaking\":9}}\n";
    for command in [&["score", "--batch"][..], &["eligibility", "--batch"][..]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crs-planner"))
            .args(command)
            .env("CRS_PLANNER_CONFIG_DIR", home.path().join("config"))
            .env("CRS_PLANNER_DATA_DIR", home.path().join("data"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        let (sender, answers) = std::sync::mpsc::channel();
        let output = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for answer in BufReader::new(output).lines() {
                if sender.send(answer.unwrap()).is_err() {
                    break;
                }
            }
        });
        for _ in 0..3 {
            input.write_all(line.as_bytes()).unwrap();
            input.flush().unwrap();
            let answer = answers
                .recv_timeout(std::time::Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("{command:?}: no answer while the next line waits"));
            assert!(answer.starts_with('{'), "{answer}");
        }
        drop(input);
        assert!(child.wait().unwrap().success());
    }
}
