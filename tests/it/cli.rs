//! The real binary, as scripts and people use it.

use crate::common;

use std::path::Path;
use std::process::Output;

const BASELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/baseline.json");

fn run(home: &Path, args: &[&str], stdin: &str) -> Output {
    common::run_binary(home, args, stdin)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn home() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn no_arguments_prints_the_shipped_example() {
    let home = home();
    let output = run(home.path(), &[], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Example scenario \"Baseline\""), "{text}");
    assert!(text.contains("TOTAL"), "{text}");
    assert!(text.contains("500 / 1200"), "{text}");
}

#[test]
fn score_prints_a_readable_breakdown() {
    let home = home();
    let output = run(home.path(), &["score", BASELINE, "--as-of", "2026-01-01"], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "Baseline (",
        "Rule set 2025-03-25",
        "Listening 8.0 = CLB 9",
        "A. Core / human capital",
        "380 / 460",
        "B. Spouse or partner",
        "C. Skill transferability",
        "D. Additional points",
        "Arranged employment               not scored under rule set 2025-03-25",
        "500 / 1200",
        "Zone 500+",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn score_json_has_the_documented_shape() {
    let home = home();
    let output = run(
        home.path(),
        &["score", BASELINE, "--json", "--as-of", "2025-03-25"],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["total"], 500);
    assert_eq!(value["core"], 380);
    assert_eq!(value["spouse"], 20);
    assert_eq!(value["transferability"], 100);
    assert_eq!(value["additional"], 0);
    assert_eq!(value["rules"], "2025-03-25");
    let factors = value["factors"].as_array().unwrap();
    assert_eq!(
        factors[0],
        serde_json::json!({"section": "core", "factor": "age", "points": 100, "max": 100})
    );
    assert_eq!(value["levels"]["first_language"]["listening"], 9);
    assert_eq!(value["levels"]["second_language"]["writing"], 4);
    // The keys come in the documented order.
    let order: Vec<usize> = [
        "\"total\"",
        "\"core\"",
        "\"spouse\"",
        "\"transferability\"",
        "\"additional\"",
        "\"rules\"",
        "\"factors\"",
    ]
    .iter()
    .map(|key| text.find(key).unwrap())
    .collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
}

#[test]
fn score_reads_a_bare_profile_from_standard_input() {
    let home = home();
    let profile = r#"{"age": 29, "education": "masters", "first_language": {"language": "english",
        "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9},
        "job_offer": "teer_0_major_00"}"#;
    let output = run(
        home.path(),
        &["score", "-", "--json", "--as-of", "2021-01-01"],
        profile,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["rules"], "2020-10-27");
    assert_eq!(value["total"], 619);
}

#[test]
fn a_date_before_the_oldest_rule_set_is_a_usage_error_naming_it() {
    let home = home();
    let output = run(home.path(), &["score", BASELINE, "--as-of", "2016-01-01"], "");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "crs-planner: no rule set is in force on 2016-01-01: the oldest one, 2017-06-06, starts on 2017-06-06\n"
    );
    let output = run(home.path(), &["score", BASELINE, "--as-of", "2025-02-30"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("expected a day that exists, found \"2025-02-30\": February has 28 days"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn usage_errors_exit_2() {
    let home = home();
    assert_eq!(run(home.path(), &["score"], "").status.code(), Some(2));
    assert_eq!(
        run(home.path(), &["score", BASELINE, "--frobnicate"], "")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(home.path(), &["score", BASELINE, "--batch"], "")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_bad_file_exits_1_with_one_message_and_is_left_alone() {
    let home = home();
    let path = home.path().join("mine.json");
    let text = "{\"format\": \"crs-scenario/1\", \"profile\": {\"age\": 29, \"education\": \"masters\",\n \
                \"first_language\": {\"language\": \"english\", \"test\": \"ielts\", \"listening\": 8.0,\n \
                \"reading\": 7.3, \"writing\": 7.0, \"speaking\": 7.0}}}\n";
    std::fs::write(&path, text).unwrap();
    let output = run(home.path(), &["score", path.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "crs-planner: {}: profile.first_language.reading: expected an IELTS General Training reading band \
             from 0.0 to 9.0 in steps of 0.5, found 7.3\n",
            path.display()
        )
    );
    assert!(stdout(&output).is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let missing = run(home.path(), &["score", "/nonexistent/file.json"], "");
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).starts_with("crs-planner: /nonexistent/file.json: cannot read the file"));
}

#[test]
fn batch_goes_on_past_a_bad_line_and_reports_it() {
    let home = home();
    let good = r#"{"age": 29, "education": "bachelors", "first_language": {"language": "english", "test": "clb", "listening": 7, "reading": 7, "writing": 7, "speaking": 7}}"#;
    let scenario = std::fs::read_to_string(BASELINE).unwrap().replace('\n', " ");
    let input = format!("{good}\n{{\"age\": 200, \"education\": \"bachelors\"}}\nnot json\n\n{scenario}\r\n");
    let output = run(
        home.path(),
        &["score", "--batch", "--as-of", "2026-01-01"],
        &input,
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["total"], 110 + 120 + 68 + 13);
    assert_eq!(
        lines[1],
        serde_json::json!({"line": 2, "error": "age: expected whole years from 0 to 120, found 200"})
    );
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"].as_str().unwrap().starts_with("not valid JSON"));
    assert_eq!(
        lines[3],
        serde_json::json!({"line": 4, "error": "the input is empty; expected a JSON object"})
    );
    assert_eq!(lines[4]["total"], 500);
    assert_eq!(lines[4]["rules"], "2025-03-25");
}

#[test]
fn batch_exits_0_when_every_line_scores() {
    let home = home();
    let good = r#"{"age": 29, "education": "bachelors", "first_language": {"language": "english", "test": "clb", "listening": 7, "reading": 7, "writing": 7, "speaking": 7}}"#;
    let output = run(home.path(), &["score", "--batch"], &format!("{good}\n{good}\n"));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 2);
    let empty = run(home.path(), &["score", "--batch"], "");
    assert_eq!(empty.status.code(), Some(0));
    assert!(stdout(&empty).is_empty());
}

fn rules_with_sibling_points(id: &str, points: u32) -> String {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/sets/2025-03-25.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["id"] = id.into();
    value["in_force_from"] = id.into();
    value["additional"]["sibling_in_canada"] = points.into();
    value.to_string()
}

#[test]
fn rules_flag_adds_or_replaces_a_rule_set() {
    let home = home();
    let profile = r#"{"age": 29, "education": "bachelors", "sibling_in_canada": true, "first_language": {"language": "english", "test": "clb", "listening": 7, "reading": 7, "writing": 7, "speaking": 7}}"#;
    let replacement = home.path().join("replacement.json");
    std::fs::write(&replacement, rules_with_sibling_points("2025-03-25", 5)).unwrap();
    let output = run(
        home.path(),
        &[
            "score",
            "-",
            "--json",
            "--as-of",
            "2026-01-01",
            "--rules",
            replacement.to_str().unwrap(),
        ],
        profile,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["additional"], 5);

    let reform = home.path().join("reform.json");
    std::fs::write(&reform, rules_with_sibling_points("2026-11-03", 10)).unwrap();
    let args = |date: &'static str| {
        [
            "score",
            "-",
            "--json",
            "--as-of",
            date,
            "--rules",
            reform.to_str().unwrap(),
        ]
    };
    let after: serde_json::Value =
        serde_json::from_str(&stdout(&run(home.path(), &args("2026-11-03"), profile))).unwrap();
    assert_eq!(
        (after["rules"].as_str(), after["additional"].as_u64()),
        (Some("2026-11-03"), Some(10))
    );
    let before: serde_json::Value =
        serde_json::from_str(&stdout(&run(home.path(), &args("2026-11-02"), profile))).unwrap();
    assert_eq!(
        (before["rules"].as_str(), before["additional"].as_u64()),
        (Some("2025-03-25"), Some(15))
    );
}

#[test]
fn rule_sets_in_the_config_folder_are_used() {
    let home = home();
    let config = home.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("reform.json"),
        rules_with_sibling_points("2026-11-03", 10),
    )
    .unwrap();
    let profile = r#"{"age": 29, "education": "bachelors", "sibling_in_canada": true, "first_language": {"language": "english", "test": "clb", "listening": 7, "reading": 7, "writing": 7, "speaking": 7}}"#;
    let output = run(
        home.path(),
        &["score", "-", "--json", "--as-of", "2026-12-01"],
        profile,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["rules"], "2026-11-03");
    assert_eq!(value["additional"], 10);
}

#[test]
fn a_bad_rules_file_is_refused_with_its_path_and_key() {
    let home = home();
    let bad = home.path().join("bad-rules.json");
    let text = rules_with_sibling_points("2026-11-03", 10)
        .replace("\"sibling_in_canada\":10", "\"sibling_in_canada\":-10");
    std::fs::write(&bad, &text).unwrap();
    let output = run(
        home.path(),
        &["score", BASELINE, "--rules", bad.to_str().unwrap()],
        "",
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "crs-planner: {}: additional.sibling_in_canada: expected a whole number of points from 0 to 65535, found integer -10\n",
            bad.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), text);
}

#[test]
fn compare_json_lists_the_differences() {
    let home = home();
    let other = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/single-celpip-french.json"
    );
    let output = run(
        home.path(),
        &["compare", BASELINE, other, "--json", "--as-of", "2026-01-01"],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["a"]["score"]["total"], 500);
    assert_eq!(value["b"]["score"]["total"], 568);
    assert_eq!(value["difference"], 68);
    assert_eq!(value["a"]["name"], "Baseline");
    let fields: Vec<&str> = value["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"profile.age"), "{fields:?}");
    assert!(fields.contains(&"profile.spouse"), "{fields:?}");
    let sum: i64 = value["factors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["difference"].as_i64().unwrap())
        .sum();
    assert_eq!(sum, 68);
    let bad = run(
        home.path(),
        &["compare", BASELINE, "/nonexistent.json", "--json"],
        "",
    );
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn an_expired_language_result_earns_nothing_and_says_so() {
    let home = home();
    let dated = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/dated-couple.json");
    let before = run(
        home.path(),
        &["score", dated, "--json", "--as-of", "2027-05-31"],
        "",
    );
    let after = run(
        home.path(),
        &["score", dated, "--json", "--as-of", "2027-06-01"],
        "",
    );
    let total = |output: &Output| {
        serde_json::from_str::<serde_json::Value>(&stdout(output)).unwrap()["total"].clone()
    };
    // `score --as-of` scores the profile on that day, as the timeline does:
    // born 1996-03-14, the applicant is 31 by then (-5 from the 495 at 30);
    // the CLB 9 results are worth 166 points (116 first-language, 50 of
    // transferability), as the timeline test works out.
    assert_eq!(total(&before), 490);
    assert_eq!(total(&after), 490 - 166);
    assert!(
        stderr(&after).contains("expired on 2027-06-01: it earns nothing"),
        "{}",
        stderr(&after)
    );
    let timeline = run(
        home.path(),
        &["timeline", dated, "--from", "2026-11-25", "--json"],
        "",
    );
    let value: serde_json::Value = serde_json::from_str(&stdout(&timeline)).unwrap();
    assert_eq!(value["months"].as_array().unwrap().len(), 37);
    assert_eq!(value["key_dates"][0]["change"], -5);
    let plan = run(
        home.path(),
        &[
            "plan",
            dated,
            "--target",
            "550",
            "--json",
            "--as-of",
            "2026-11-25",
        ],
        "",
    );
    let value: serde_json::Value = serde_json::from_str(&stdout(&plan)).unwrap();
    assert_eq!(value["household"]["spouse_as_principal"], 535);
    assert!(value["plans"][0]["total"].as_u64().unwrap() >= 550);
}

#[test]
fn piped_text_is_written_whole_and_json_says_the_zone() {
    let home = home();
    let file = home.path().join("two.json");
    std::fs::write(
        &file,
        r#"{"format":"crs-scenario/1","profile":{"age":30,"education":"two_or_more",
        "first_language":{"language":"english","test":"celpip","listening":9,"reading":9,"writing":9,"speaking":9}}}"#,
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let text = stdout(&run(home.path(), &["score", file], ""));
    // A pipe is not a terminal: the detail is not cut to its column.
    // 31 characters, one more than the column holds on a terminal.
    assert!(text.contains("lowest CLB 9, 0 years in Canada"), "{text}");
    assert!(!text.contains('…'), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(home.path(), &["score", file, "--json"], ""))).unwrap();
    let total = json["total"].as_u64().unwrap();
    let range = json["zone"]["range"].as_str().unwrap();
    let expected = match total {
        500.. => "500+",
        470..=499 => "470-499",
        450..=469 => "450-469",
        _ => "below 450",
    };
    assert_eq!(range, expected);
    assert!(!json["zone"]["advice"].as_str().unwrap().is_empty());
}

#[test]
fn completions_and_the_manual_page_come_from_the_command_line_itself() {
    let home = home();
    let bash = run(home.path(), &["completions", "bash"], "");
    assert_eq!(bash.status.code(), Some(0), "{}", stderr(&bash));
    let script = stdout(&bash);
    assert!(
        script.contains("complete -F") && script.contains("eligibility"),
        "{script}"
    );
    let man = run(home.path(), &["man"], "");
    assert_eq!(man.status.code(), Some(0), "{}", stderr(&man));
    let page = stdout(&man);
    assert!(page.contains(".TH crs-planner 1"), "{page}");
    assert!(page.contains("Exact Express Entry CRS scores"), "{page}");
    let unknown = run(home.path(), &["completions", "tcsh"], "");
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn an_expired_result_is_shown_as_it_was_with_the_day_it_stopped_counting() {
    let home = home();
    let file = home.path().join("old.json");
    std::fs::write(
        &file,
        r#"{"format":"crs-scenario/1","profile":{"age":30,"education":"bachelors",
        "first_language":{"language":"english","test":"ielts","listening":8,"reading":7,"writing":7,"speaking":7,
        "test_date":"2023-01-10"}}}"#,
    )
    .unwrap();
    let output = run(
        home.path(),
        &["score", file.to_str().unwrap(), "--as-of", "2026-11-29"],
        "",
    );
    let text = stdout(&output);
    assert!(
        text.contains("Speaking 7.0 = CLB 9 (expired 2025-01-10: earns nothing)"),
        "{text}"
    );
    assert!(!text.contains("below CLB 4"), "{text}");
    assert!(
        text.contains("First language: listening         IELTS General Training (expired 2025-01-10)"),
        "{text}"
    );
}
