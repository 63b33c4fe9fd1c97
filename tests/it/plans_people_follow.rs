//! Issue 22 on the real binary: plans priced as a person would follow them,
//! plans to a chance and to a permit's end, and the options refused.

use crate::common;

use std::path::Path;
use std::process::Output;

const WORK_HISTORY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/work-history.json");
const NOW: (&str, &str) = ("CRS_PLANNER_NOW", "2026-12-03");

fn run(home: &Path, args: &[&str]) -> Output {
    common::run_binary_with(home, args, "", &[NOW])
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The nurse of the issue: full-time in Canada since 2025-03-01, a permit
/// ending 2027-09-30, English taken 2025-11-14.
fn nurse(home: &Path, permit: bool) -> String {
    let path = home.join("nurse.json");
    let permit = if permit {
        r#""work_permit_expires": "2027-09-30","#
    } else {
        ""
    };
    std::fs::write(
        &path,
        format!(
            r#"{{"format": "crs-scenario/1", "name": "Nurse", "profile": {{
          "birth_date": "1994-05-02", "education": "bachelors",
          "first_language": {{"language": "english", "test": "celpip", "listening": 9, "reading": 8, "writing": 8, "speaking": 9, "test_date": "2025-11-14"}},
          {permit}
          "work": [{{"noc": "31301", "where": "canada", "from": "2025-03-01", "to": null, "hours_per_week": 37}}]
        }}}}"#
        ),
    )
    .unwrap();
    path.display().to_string()
}

#[test]
fn the_cec_plan_retakes_english_instead_of_learning_it_again() {
    let home = tempfile::tempdir().unwrap();
    let output = run(home.path(), &["plan", WORK_HISTORY, "--target-category", "cec"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let said = text(&output.stdout);
    assert!(
        said.contains("Retake English (CLB 8-9 again), sat before 2027-06-14  (effort 4, 2 months)"),
        "{said}"
    );
    assert!(
        !said.contains("All English abilities to CLB 9  (effort 100"),
        "{said}"
    );
    // Only plans nothing beats, without the dominated ones' label.
    assert!(!said.contains("another plan beats it"), "{said}");
    let all = text(
        &run(
            home.path(),
            &["plan", WORK_HISTORY, "--target-category", "cec", "--all"],
        )
        .stdout,
    );
    assert!(all.matches("\nPlan ").count() >= said.matches("\nPlan ").count());
}

#[test]
fn planned_work_never_fills_the_months_a_job_already_fills() {
    let home = tempfile::tempdir().unwrap();
    let nurse = nurse(home.path(), false);
    for target in ["400", "452", "480"] {
        let output = run(home.path(), &["plan", &nurse, "--target", target]);
        let said = text(&output.stdout);
        assert!(!said.contains("Canadian experience"), "{target}: {said}");
        assert!(!said.contains("Foreign experience"), "{target}: {said}");
    }
}

#[test]
fn the_permit_is_a_deadline_and_the_outlook_gives_the_chance_before_it() {
    let home = tempfile::tempdir().unwrap();
    let nurse = nurse(home.path(), true);
    // After the permit the months are free: work abroad may be planned
    // then, work in Canada not.
    for target in ["452", "480"] {
        let said = text(&run(home.path(), &["plan", &nurse, "--target", target]).stdout);
        assert!(!said.contains("Canadian experience"), "{target}: {said}");
    }
    let timeline = text(&run(home.path(), &["timeline", &nurse]).stdout);
    assert!(
        timeline.contains("2027-09-30 (before the likely invitation): your work permit ends: Canadian experience stops growing"),
        "{timeline}"
    );
    // Two years on 2027-03-01, and no third year: the permit ends first.
    assert!(timeline.contains("2027-03  413"), "{timeline}");
    assert!(timeline.contains("2028-03  286"), "{timeline}");
    let outlook = text(&run(home.path(), &["outlook", &nurse]).stdout);
    assert!(
        outlook.contains("Before your work permit ends (2027-09-30, 9 months from now): "),
        "{outlook}"
    );
    let json = text(&run(home.path(), &["outlook", &nurse, "--json"]).stdout);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["before_permit_ends"]["months"], 9);
    assert!(value["before_permit_ends"]["chance"].as_f64().unwrap() > 0.0);
}

#[test]
fn plans_to_a_chance_say_the_chance_each_reaches() {
    let home = tempfile::tempdir().unwrap();
    let output = run(home.path(), &["plan", WORK_HISTORY, "--chance", "50%", "--json"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["chance"]["least"], 0.5);
    assert_eq!(value["chance"]["within"], 12);
    let plans = value["plans"].as_array().unwrap();
    assert!(!plans.is_empty());
    for plan in plans {
        assert!(plan["chance"].as_f64().unwrap() >= 0.5, "{plan}");
    }
    let by = run(
        home.path(),
        &[
            "plan",
            WORK_HISTORY,
            "--chance",
            "0.5",
            "--by",
            "2028-06-30",
            "--json",
        ],
    );
    let value: serde_json::Value = serde_json::from_slice(&by.stdout).unwrap();
    for plan in value["plans"].as_array().unwrap() {
        assert!(plan["done_on"].as_str().unwrap() <= "2028-06-30", "{plan}");
    }
}

#[test]
fn bad_plan_options_are_refused_with_the_option_named() {
    let home = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str); 8] = [
        (&["--chance", "0"], "invalid value '0' for '--chance <P>': expected a chance above 0 and at most 1 (0.5) or a percentage above 0 and at most 100 (50%), found \"0\""),
        (&["--chance", "1.5"], "for '--chance <P>'"),
        (&["--chance", "half"], "for '--chance <P>'"),
        (&["--chance", "0.5", "--within", "0"], "invalid value '0' for '--within <MONTHS>': expected a whole number from 1 to 36"),
        (&["--chance", "0.5", "--within", "37"], "for '--within <MONTHS>'"),
        (&["--target", "500", "--by", "2020-01-01"], "--by: expected a day after 2026-12-03, found \"2020-01-01\""),
        (&["--target", "500", "--by", "soon"], "--by: expected a day as YYYY-MM-DD, or permit, found \"soon\""),
        (&["--target", "500", "--by", "permit"], "--by permit: the scenario gives no work permit end (profile.work_permit_expires: \"YYYY-MM-DD\")"),
    ];
    for (options, message) in cases {
        let mut args = vec!["plan", WORK_HISTORY];
        args.extend_from_slice(options);
        let output = run(home.path(), &args);
        assert_eq!(output.status.code(), Some(2), "{options:?}");
        assert!(
            text(&output.stderr).contains(message),
            "{options:?}: {}",
            text(&output.stderr)
        );
        assert!(output.stdout.is_empty());
    }
    assert!(
        std::fs::read_dir(home.path()).unwrap().next().is_none(),
        "nothing written"
    );
}

/// Hours already in the window count towards planned years: a graduate
/// whose old jobs leave 4 months of Canadian work inside the 10 years by
/// October 2028 needs 8 more months for a year and 20 for two, not 12 and
/// 24; and the plan carried out in the planner gives exactly those years.
#[test]
fn planned_years_count_the_hours_already_in_the_window() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("graduate.json");
    std::fs::write(
        &path,
        r#"{"format": "crs-scenario/1", "profile": {
          "birth_date": "1999-01-01", "education": "bachelors",
          "first_language": {"language": "english", "test": "clb", "listening": 7, "reading": 9, "writing": 9, "speaking": 8, "test_date": "2025-01-15"},
          "work": [{"noc": "21232", "where": "canada", "from": "2017-05-10", "to": "2018-04-10", "hours_per_week": 20},
                   {"noc": "21232", "where": "canada", "from": "2018-05-10", "to": "2019-02-10", "hours_per_week": 40}]
        }}"#,
    )
    .unwrap();
    let output = run(
        home.path(),
        &["plan", path.to_str().unwrap(), "--target", "399", "--all"],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let said = text(&output.stdout);
    assert!(
        said.contains("Canadian experience 0 -> 1 year  (effort 8, 8 months)"),
        "{said}"
    );
    assert!(
        said.contains("Canadian experience 0 -> 2 years  (effort 20, 20 months)"),
        "{said}"
    );
    assert!(
        !said.contains("Canadian experience 0 -> 1 year  (effort 12"),
        "{said}"
    );
}
