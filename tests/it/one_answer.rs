//! One answer everywhere: where two parts of the program said two things.

use std::path::Path;
use std::process::Output;

use crate::common;

fn run(home: &Path, args: &[&str]) -> Output {
    common::run_binary(home, args, "")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_rule_for_category_rounds_is_worded_from_the_lists_in_force() {
    let home = tempfile::tempdir().unwrap();
    let now = run(home.path(), &["draws", "--score", "482", "--as-of", "2026-12-01"]);
    assert!(
        stdout(&now).contains("occupations: 12 months' work in one, 2026 lists)"),
        "{}",
        stdout(&now)
    );
    let then = run(home.path(), &["draws", "--score", "482", "--as-of", "2024-01-01"]);
    assert!(
        stdout(&then).contains("occupations: 6 months' work in one, 2023 lists)"),
        "{}",
        stdout(&then)
    );
}

#[test]
fn eligibility_says_once_which_years_it_uses() {
    let home = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("assets/examples/work-history.json").unwrap()).unwrap();
    value["profile"]["canadian_experience_years"] = 4.into();
    let file = home.path().join("stated.json");
    std::fs::write(&file, value.to_string()).unwrap();
    let output = run(
        home.path(),
        &["eligibility", file.to_str().unwrap(), "--as-of", "2026-12-03"],
    );
    let said = stdout(&output);
    assert!(
        said.contains(
            "Experience: 4 years in Canada, 6 years abroad (as the file states them, for the score; programs and \
             categories go by the work history, which counts 1 year in Canada and 6 years abroad)\n"
        ),
        "{said}"
    );
    assert!(!said.contains("counted from the work history"), "{said}");
    assert!(!said.contains("Note:"), "said once: {said}");
    let plain = run(
        home.path(),
        &[
            "eligibility",
            "assets/examples/work-history.json",
            "--as-of",
            "2026-12-03",
        ],
    );
    assert!(stdout(&plain)
        .contains("Experience: 1 year in Canada, 6 years abroad (counted from the work history)\n"));
}

#[test]
fn a_wait_under_a_month_is_said_so_not_about_0_months() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "outlook",
        "--score",
        "1200",
        "--eligible",
        "cec",
        "--nominated",
        "--as-of",
        "2026-01-01",
    ];
    let said = stdout(&run(home.path(), &args));
    assert!(said.contains("Expected wait: under a month\n"), "{said}");
    assert!(!said.contains("about 0 months"));
    let mut french = args.to_vec();
    french.extend(["--lang", "fr"]);
    assert!(stdout(&run(home.path(), &french)).contains("Attente prévue : moins d'un mois\n"));
}

#[test]
fn an_unknown_field_gets_a_guess_by_both_readers() {
    let text = "{\"format\":\"crs-scenario/1\",\"profile\":{\"age\":30,\"birthdate\":\"1994-06-15\",\
                \"education\":\"bachelors\",\"first_language\":{\"language\":\"english\",\"test\":\"celpip\",\
                \"listening\":9,\"reading\":9,\"writing\":9,\"speaking\":9}}}";
    let fast = crs_planner::scenario::parse(
        text,
        "mine.json",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err()
    .to_string();
    let slow = crs_planner::scenario::parse_without_fast_path(
        text,
        "mine.json",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err()
    .to_string();
    assert_eq!(fast, slow);
    assert!(
        fast.starts_with("mine.json: profile.birthdate: unknown field; expected one of age,"),
        "{fast}"
    );
    assert!(fast.ends_with("; did you mean \"birth_date\"?"), "{fast}");
    // Nothing like it: no guess.
    let far = text.replace("birthdate", "zzzzzzzzzz");
    let said = crs_planner::scenario::parse(
        &far,
        "mine.json",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err()
    .to_string();
    assert!(!said.contains("did you mean"), "{said}");
}

#[test]
fn categories_are_named_as_the_draws_view_names_them_in_the_language_in_use() {
    let home = tempfile::tempdir().unwrap();
    let file = "assets/examples/work-history.json";
    let english = stdout(&run(home.path(), &["eligibility", file, "--as-of", "2026-12-03"]));
    assert!(english.contains("\n  French proficiency  "), "{english}");
    assert!(english.contains("\n  Senior managers     "), "{english}");
    assert!(
        !english.contains("\n  french "),
        "ids are for JSON and options: {english}"
    );
    let french = stdout(&run(
        home.path(),
        &["eligibility", file, "--as-of", "2026-12-03", "--lang", "fr"],
    ));
    assert!(french.contains("\n  Recrues militaires  "), "{french}");
    // JSON keeps the ids.
    let json = stdout(&run(
        home.path(),
        &["eligibility", file, "--as-of", "2026-12-03", "--json"],
    ));
    assert!(json.contains("\"french\""), "{json}");
}

#[test]
fn compare_lists_every_field_that_differs_jobs_and_dates_included() {
    let home = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("assets/examples/work-history.json").unwrap()).unwrap();
    value["profile"]["birth_date"] = "1990-02-03".into();
    value["profile"]["first_language"]["test_date"] = "2025-07-01".into();
    value["profile"]["work"][0]["hours_per_week"] = 20.into();
    value["profile"]["funds_cad"] = 1.into();
    let b = home.path().join("b.json");
    std::fs::write(&b, value.to_string()).unwrap();
    let output = run(
        home.path(),
        &[
            "compare",
            "assets/examples/work-history.json",
            b.to_str().unwrap(),
            "--json",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let fields: Vec<&str> = json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    for expected in [
        "profile.birth_date",
        "profile.first_language.test_date",
        "profile.work[0].hours_per_week",
        "profile.funds_cad",
    ] {
        assert!(fields.contains(&expected), "{expected} missing from {fields:?}");
    }
}

#[test]
fn the_twelve_months_are_named_with_their_dates() {
    let home = tempfile::tempdir().unwrap();
    let said = stdout(&run(
        home.path(),
        &[
            "outlook",
            "--score",
            "480",
            "--eligible",
            "cec",
            "--as-of",
            "2026-11-29",
        ],
    ));
    assert!(
        said.contains("rounds from 2025-11-29 to 2026-11-29, latest cut-off"),
        "{said}"
    );
}

/// What `eligibility` says of each category on `day`.
fn eligible_categories(home: &Path, file: &str, day: &str) -> Vec<(String, Option<bool>)> {
    let output = run(home, &["eligibility", file, "--as-of", day, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    json["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["category"].as_str().unwrap().to_string(),
                c["eligible"].as_bool(),
            )
        })
        .collect()
}

#[test]
fn draws_and_eligibility_agree_on_who_can_be_in_the_next_round() {
    let home = tempfile::tempdir().unwrap();
    for file in [
        "assets/examples/work-history.json",
        "assets/examples/dated-couple.json",
        "assets/examples/baseline.json",
    ] {
        let day = "2026-12-03";
        let output = run(
            home.path(),
            &["draws", "--scenario", file, "--as-of", day, "--json"],
        );
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let today = eligible_categories(home.path(), file, day);
        assert!(!today.is_empty(), "eligibility lists categories for {file}");
        for standing in json["standings"].as_array().unwrap() {
            let key = standing["category"].as_str().unwrap();
            let Some((_, answer)) = today.iter().find(|(id, _)| id == key) else {
                continue;
            };
            assert_eq!(
                standing["entry"]["eligible"].as_bool(),
                *answer,
                "{file}: {key} in draws against eligibility"
            );
        }
    }
}

/// English first, lapsed by the day; French second, still valid.
const BILINGUAL: &str = r#"{"format": "crs-scenario/1", "name": "Bilingual", "profile": {
  "age": 30, "education": "masters",
  "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9, "test_date": "2025-01-10"},
  "second_language": {"language": "french", "test": "clb", "listening": 8, "reading": 8, "writing": 8, "speaking": 8, "test_date": "2026-10-01"},
  "education_assessed": true, "funds_cad": 30000,
  "work": [{"noc": "21232", "where": "abroad", "from": "2019-01-10", "to": "2025-12-31", "hours_per_week": 40}]
}}"#;

/// Issue 23, point 1: once the first result lapses, the person may declare
/// the second first. `score` says so, `eligibility` says its FSW answer
/// relies on it, the gains offer it and plans use it, all with one total.
#[test]
fn declaring_the_second_language_first_is_said_offered_and_planned() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("bilingual.json");
    std::fs::write(&file, BILINGUAL).unwrap();
    let path = file.to_str().unwrap();
    let day = ["--as-of", "2027-03-01"];
    let score = run(home.path(), &[&["score", path][..], &day[..]].concat());
    let warned = String::from_utf8_lossy(&score.stderr).into_owned() + &stdout(&score);
    assert!(
        warned.contains(
            "you may declare French as your first official language: the total is then 407 instead of 277"
        ),
        "{warned}"
    );
    let eligibility = stdout(&run(
        home.path(),
        &[&["eligibility", path][..], &day[..]].concat(),
    ));
    assert!(
        eligibility.contains("FSW counts your second official language as first"),
        "{eligibility}"
    );
    let json = run(
        home.path(),
        &[&["eligibility", path, "--json"][..], &day[..]].concat(),
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["programs"][0]["second_language_as_first"], true);
    let plan = stdout(&run(
        home.path(),
        &[&["plan", path, "--target", "400"][..], &day[..]].concat(),
    ));
    assert!(
        plan.contains("Plan 1 · effort 0 · done 2027-03-01 (0 months) · reaches 407 (+130)\n   +130  Declare French as your first official language"),
        "{plan}"
    );
    // The gains panel's move gives the same total, and carried out keeps
    // both results with their own dates.
    let scenario = crs_planner::scenario::load(
        &file,
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut app = crs_planner::tui::App::new(
        crs_planner::engine::RuleBook::shipped(),
        "2027-03-01".parse().unwrap(),
        scenario.clone(),
        None,
    )
    .unwrap();
    assert!(crs_planner::tui::open_file(&mut app, &file));
    let index = app
        .state
        .gains()
        .iter()
        .position(|gain| gain.change == crs_planner::advisor::Move::DeclareSecondFirst)
        .expect("the gain is offered");
    assert_eq!(app.state.gains()[index].points, 130);
    app.state.selected_gain = index;
    app.state.apply_selected_gain();
    assert_eq!(app.state.breakdown().total, 407);
    let dates = &app.state.scenario.extras.dates;
    assert_eq!(dates.first_language_test, Some("2026-10-01".parse().unwrap()));
    assert_eq!(dates.second_language_test, Some("2025-01-10".parse().unwrap()));
    assert_eq!(
        app.state.scenario.profile.second_language.unwrap().levels().0,
        [9, 9, 9, 9]
    );
}
