//! `crs-planner eligibility` and `draws --scenario`, through the real binary.

use crate::common;

use std::path::Path;
use std::process::Output;

use serde_json::Value;

const WORK_HISTORY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/work-history.json");

fn run(home: &Path, args: &[&str], stdin: &str) -> Output {
    common::run_binary(home, args, stdin)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A registered nurse in Canada since 2024 (CEC, healthcare) with French at
/// NCLC 7 (French rounds), and no trade.
const NURSE: &str = r#"{"format": "crs-scenario/1", "name": "Nurse", "profile": {
  "age": 33, "education": "bachelors",
  "first_language": {"language": "english", "test": "celpip", "listening": 8, "reading": 7, "writing": 7, "speaking": 8},
  "second_language": {"language": "french", "test": "clb", "listening": 7, "reading": 7, "writing": 7, "speaking": 7},
  "work": [{"noc": "31301", "where": "canada", "from": "2024-01-08", "to": null, "hours_per_week": 37}]}}"#;

#[test]
fn eligibility_json_has_the_documented_shape() {
    let home = tempfile::tempdir().unwrap();
    let output = run(
        home.path(),
        &["eligibility", WORK_HISTORY, "--json", "--as-of", "2026-11-29"],
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["as_of"], "2026-11-29");
    assert_eq!(json["in_pool"], true);
    assert_eq!(
        json["experience"],
        serde_json::json!({"canadian_years": 1, "foreign_years": 6})
    );
    let programs = json["programs"].as_array().unwrap();
    let keys: Vec<&str> = programs.iter().map(|p| p["program"].as_str().unwrap()).collect();
    assert_eq!(keys, ["fsw", "cec", "fst"]);
    assert_eq!(programs[0]["eligible"], true);
    assert_eq!(programs[0]["points"], 80);
    assert_eq!(programs[0]["grid"].as_array().unwrap().len(), 6);
    assert_eq!(
        programs[0]["grid"][0],
        serde_json::json!({"factor": "language", "points": 22, "max": 28})
    );
    assert_eq!(programs[1]["eligible"], true);
    assert!(programs[1].get("points").is_none());
    assert_eq!(programs[2]["eligible"], false);
    assert_eq!(programs[2]["unmet"].as_array().unwrap().len(), 2);
    let categories = json["categories"].as_array().unwrap();
    let ids: Vec<&str> = categories
        .iter()
        .map(|c| c["category"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "french",
            "healthcare",
            "stem",
            "trades",
            "education",
            "transport",
            "physicians",
            "senior-managers",
            "researchers",
            "military"
        ]
    );
    assert!(categories.iter().all(|c| c["version"] == "2026"));
    assert_eq!(categories[9]["eligible"], Value::Null);
}

#[test]
fn eligibility_text_says_what_is_missing() {
    let home = tempfile::tempdir().unwrap();
    let output = run(
        home.path(),
        &["eligibility", WORK_HISTORY, "--as-of", "2026-06-01"],
        "",
    );
    assert!(output.status.success());
    let report = text(&output.stdout);
    // 2025-10-06 to 2026-06-01 is 239 days: 1,024 hours, 7 months; 364 days end 2026-10-04.
    assert!(
        report.contains(
            "- 7 of 12 months (1,024 of 1,560 hours) of Canadian skilled work (TEER 0-3) in the last 3 years; 12 on 2026-10-04 if your job goes on"
        ),
        "{report}"
    );
    assert!(
        report.contains("Categories (2026 lists, in force since 2026-02-18)"),
        "{report}"
    );
}

#[test]
fn eligibility_batch_answers_line_by_line_and_reports_bad_lines() {
    let home = tempfile::tempdir().unwrap();
    let good = NURSE.replace('\n', " ");
    let bad = r#"{"age": 30, "education": "masters", "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9}, "work": [{"noc": "9999", "where": "canada", "from": "2024-01-01"}]}"#;
    let output = run(
        home.path(),
        &["eligibility", "--batch", "--as-of", "2026-08-10"],
        &format!("{good}\n{bad}\n"),
    );
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<Value> = text(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["in_pool"], true);
    // A batch line says what the command says of the same file (the batch
    // counts no work by occupation, which eligibility never reads).
    let file = home.path().join("nurse.json");
    std::fs::write(&file, NURSE).unwrap();
    let alone = run(
        home.path(),
        &[
            "eligibility",
            file.to_str().unwrap(),
            "--json",
            "--as-of",
            "2026-08-10",
        ],
        "",
    );
    let alone: Value = serde_json::from_slice(&alone.stdout).unwrap();
    assert_eq!(lines[0], alone);
    assert_eq!(
        lines[1],
        serde_json::json!({"line": 2, "error": "work[0].noc: expected a NOC 2021 unit group such as \"21232\", found \"9999\""})
    );
}

#[test]
fn draws_with_a_scenario_marks_only_the_rounds_the_person_can_be_in() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("nurse.json");
    std::fs::write(&file, NURSE).unwrap();
    let file = file.to_str().unwrap();
    let output = run(
        home.path(),
        &["draws", "--scenario", file, "--as-of", "2026-08-10", "--json"],
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let round = |number: &str| {
        json["rounds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["number"] == number)
            .unwrap_or_else(|| panic!("round {number}"))
            .clone()
    };
    // Healthcare, 2026-06-25, cut-off 475: eligible; French, 2026-08-06, 391: eligible.
    assert_eq!(round("422")["eligible"], true);
    assert_eq!(round("422")["list_version"], "2026");
    assert_eq!(round("433")["eligible"], true);
    assert_eq!(round("433")["reachable"], true);
    // Trades, 2026-04-02: not eligible, and why.
    let trades = round("408");
    assert_eq!(trades["eligible"], false);
    assert_eq!(trades["reachable"], false);
    assert_eq!(
        trades["unmet"][0],
        "0 of 12 months (0 of 1,560 hours) in one listed occupation in the last 3 years"
    );
    // CEC rounds: eligible, reachable only at the cut-off.
    assert_eq!(round("432")["eligible"], true);

    let output = run(
        home.path(),
        &["draws", "--scenario", file, "--as-of", "2026-08-10"],
        "",
    );
    let report = text(&output.stdout);
    let start = report
        .find("Rounds you could not be in, and why:")
        .expect(&report);
    let end = report.find("\nScore ").expect(&report);
    let closed = &report[start..end];
    assert!(closed.contains("Trades (2026 lists): no"), "{closed}");
    assert!(!closed.contains("Healthcare"), "{closed}");
    assert!(!closed.contains("French"), "{closed}");
}

#[test]
fn a_category_list_in_the_config_folder_is_used_and_a_bad_one_refused() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config/occupations");
    std::fs::create_dir_all(&folder).unwrap();
    let list = r#"{"format": "crs-categories/1", "version": "2027", "in_force_from": "2027-01-01",
        "categories": [{"id": "stem", "name": "STEM", "condition": {"hours_in_one_noc": {"hours": 1560, "window_years": 3}},
                        "occupations": ["21232"]}]}"#;
    std::fs::write(folder.join("categories-2027.json"), list).unwrap();
    let output = run(
        home.path(),
        &["eligibility", WORK_HISTORY, "--json", "--as-of", "2027-03-01"],
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["categories"][0]["category"], "stem");
    assert_eq!(json["categories"][0]["version"], "2027");
    assert_eq!(json["categories"][0]["eligible"], true);

    std::fs::write(
        folder.join("categories-2027.json"),
        list.replace("\"21232\"", "\"2123\""),
    )
    .unwrap();
    let output = run(home.path(), &["eligibility", WORK_HISTORY], "");
    assert_eq!(output.status.code(), Some(1));
    let path = folder.join("categories-2027.json");
    assert_eq!(
        text(&output.stderr).trim_end(),
        format!(
            "crs-planner: {}: categories[0].occupations[0]: expected a NOC 2021 unit group of five digits such as \"21232\", found \"2123\"",
            path.display()
        )
    );
}

#[test]
fn a_plan_to_french_rounds_takes_the_french_test_and_says_why() {
    let home = tempfile::tempdir().unwrap();
    let output = run(
        home.path(),
        &[
            "plan",
            WORK_HISTORY,
            "--target-category",
            "french",
            "--as-of",
            "2026-11-29",
        ],
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let out = text(&output.stdout);
    assert!(
        out.contains("target 391, the latest French proficiency round's cut-off (round 433, 2026-08-06)"),
        "{out}"
    );
    assert!(out.contains("To be in French-language proficiency rounds you also need:\n  - NCLC 7 in all four abilities of a valid French result: you have none"), "{out}");
    // 443 is already past 391: every plan is there for the French result.
    for plan in out.split("\nPlan ").skip(1) {
        assert!(plan.contains("Take a French test: NCLC"), "{plan}");
    }
    let json = run(
        home.path(),
        &[
            "plan",
            WORK_HISTORY,
            "--target-category",
            "healthcare",
            "--as-of",
            "2026-11-29",
            "--json",
        ],
        "",
    );
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["round"]["kind"], "healthcare");
    assert_eq!(json["round"]["now"], false);
    assert_eq!(json["plans"].as_array().unwrap().len(), 0);
    assert_eq!(
        json["round"]["out_of_reach"][0],
        "0 of 12 months (0 of 1,560 hours) in one listed occupation in the last 3 years"
    );
}
