//! Occupation-based factors (`crs-rules/2`), worked by hand on the
//! hypothetical example (`assets/examples/rules/high-wage-example.json`:
//! the 2025-03-25 tables plus a high-wage factor). Its factor, in the
//! additional section, capped at 100:
//!
//! | tier | 12+ months of Canadian work in the last 3 years | a job offer |
//! |------|--------------------------------------------------|-------------|
//! | 1.3x | 30                                               | 20          |
//! | 1.5x | 50                                               | 30          |
//! | 2x   | 70 with a spouse, 80 without                     | 50          |
//!
//! Months are whole months of 130 hours, each week counted at most 30 hours
//! (the programs' year of 1,560 hours, a twelfth of it).

use crs_planner::engine::dated::profile_on;
use crs_planner::engine::eligibility::{Reference, ReferenceSource};
use crs_planner::engine::{Date, Factor, LanguageTables, RuleBook, RuleSet};
use crs_planner::scenario;

const EXAMPLE: &str = include_str!("../../assets/examples/rules/high-wage-example.json");

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

const ON: &str = "2026-12-03";

/// A person scored on 2026-12-03: a master's, CLB 9, born 1994-05-01
/// (32), with these jobs and this job offer, single or with a spouse.
fn scenario_json(jobs: &[(&str, &str, &str, Option<&str>)], offer: Option<&str>, spouse: bool) -> String {
    let work: Vec<String> = jobs
        .iter()
        .map(|(noc, place, from, to)| {
            let to = to.map_or(String::new(), |to| format!(", \"to\": \"{to}\""));
            format!("{{\"noc\": \"{noc}\", \"where\": \"{place}\", \"from\": \"{from}\"{to}, \"hours_per_week\": 40}}")
        })
        .collect();
    let offer = offer.map_or(String::new(), |noc| format!(", \"job_offer_noc\": \"{noc}\""));
    let spouse = if spouse {
        r#", "spouse": {"education": "bachelors", "canadian_experience_years": 0}"#
    } else {
        ""
    };
    format!(
        r#"{{"format": "crs-scenario/1", "profile": {{"birth_date": "1994-05-01", "education": "masters",
        "first_language": {{"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9}},
        "work": [{}]{offer}{spouse}}}}}"#,
        work.join(", ")
    )
}

/// The profile a scenario's text gives on 2026-12-03.
fn dated_on_the_day(text: &str) -> crs_planner::engine::dated::Dated {
    let today = day(ON);
    let parsed = scenario::parse(text, "worked", today, ReferenceSource::Shipped).unwrap();
    profile_on(
        &parsed.situation(),
        Reference::shipped(),
        today,
        today,
        LanguageTables::official(),
    )
}

struct Scored {
    /// Under the example.
    example: u16,
    /// Under the official 2025-03-25 set.
    official: u16,
    /// The example's occupation row in the additional section.
    row: i32,
}

fn scored(jobs: &[(&str, &str, &str, Option<&str>)], offer: Option<&str>, spouse: bool) -> Scored {
    let text = scenario_json(jobs, offer, spouse);
    let dated = dated_on_the_day(&text);
    let example = RuleSet::from_json(EXAMPLE).unwrap();
    let book = RuleBook::shipped();
    let official = book.get("2025-03-25").unwrap();
    let breakdown = example.score(&dated.profile);
    Scored {
        example: breakdown.total,
        official: official.total(&dated.profile),
        row: breakdown.points(Factor::Occupation(
            crs_planner::engine::factor::OccupationSection::Additional,
        )),
    }
}

/// 12 months of 30 counted hours a week: 2025-12-03 to 2026-12-03 is 366
/// days, 1,568 hours (12 months); from 2025-12-10, 359 days, 1,538 hours
/// (11 months).
const A_YEAR: (&str, Option<&str>) = ("2025-12-03", None);
const JUST_UNDER: (&str, Option<&str>) = ("2025-12-10", None);

#[test]
fn canadian_work_just_over_and_just_under_the_months() {
    let over = scored(&[("21300", "canada", A_YEAR.0, A_YEAR.1)], None, false);
    assert_eq!(over.row, 50, "civil engineers are tier 1.5x: 50");
    assert_eq!(over.example, over.official + 50);
    let under = scored(&[("21300", "canada", JUST_UNDER.0, JUST_UNDER.1)], None, false);
    assert_eq!(under.row, 0, "11 months is not 12");
    assert_eq!(under.example, under.official);
}

#[test]
fn the_top_tier_differs_with_and_without_a_spouse() {
    let single = scored(&[("31102", "canada", A_YEAR.0, A_YEAR.1)], None, false);
    assert_eq!(single.row, 80);
    let couple = scored(&[("31102", "canada", A_YEAR.0, A_YEAR.1)], None, true);
    assert_eq!(couple.row, 70);
    assert_eq!(couple.example, couple.official + 70);
}

#[test]
fn a_job_offer_alone_and_with_work() {
    let offer_only = scored(&[], Some("00012"), false);
    assert_eq!(offer_only.row, 50, "senior managers are tier 2x: 50 for an offer");
    // 1.5x work (50) and a 2x offer (50): 100, the cap.
    let both = scored(&[("21300", "canada", A_YEAR.0, A_YEAR.1)], Some("00012"), false);
    assert_eq!(both.row, 100);
    // 1.3x work (30) and a 1.3x offer (20): 50.
    let low = scored(&[("72200", "canada", A_YEAR.0, A_YEAR.1)], Some("11101"), false);
    assert_eq!(low.row, 50);
}

#[test]
fn the_factor_is_capped() {
    // 2x work (80 single) and a 2x offer (50) would be 130: capped at 100.
    let capped = scored(&[("31101", "canada", A_YEAR.0, A_YEAR.1)], Some("31102"), false);
    assert_eq!(capped.row, 100);
    assert_eq!(capped.example, capped.official + 100);
}

#[test]
fn work_abroad_out_of_the_window_or_unlisted_earns_nothing() {
    // Abroad.
    assert_eq!(
        scored(&[("21300", "abroad", A_YEAR.0, A_YEAR.1)], None, false).row,
        0
    );
    // Two years in Canada that ended four years ago: outside the last 3.
    let old = scored(
        &[("21300", "canada", "2020-12-01", Some("2022-11-30"))],
        None,
        false,
    );
    assert_eq!(old.row, 0);
    // Listed in no tier (software developers, 21232), work or offer.
    let unlisted = scored(&[("21232", "canada", "2020-01-01", None)], Some("21232"), false);
    assert_eq!(unlisted.row, 0);
    assert_eq!(unlisted.example, unlisted.official);
}

#[test]
fn the_best_tier_among_several_occupations_counts() {
    // 14 months as an electrician (1.3x) then 12 as a civil engineer (1.5x).
    let both = scored(
        &[
            ("72200", "canada", "2024-10-01", Some("2025-12-02")),
            ("21300", "canada", A_YEAR.0, A_YEAR.1),
        ],
        None,
        false,
    );
    assert_eq!(both.row, 50);
}

#[test]
fn the_row_says_why() {
    let text = scenario_json(&[("21300", "canada", "2024-09-01", None)], Some("00012"), false);
    let dated = dated_on_the_day(&text);
    let example = RuleSet::from_json(EXAMPLE).unwrap();
    crs_planner::i18n::set_language("en");
    assert_eq!(
        crs_planner::worded::occupation_detail(
            &example,
            crs_planner::engine::factor::OccupationSection::Additional,
            &dated.profile
        ),
        "tier 1.5x: 27 months in Canada in the last 3 years as 21300 (Civil engineers); \
         tier 2x: a job offer in 00012 (Senior managers - financial, communications and other business services)"
    );
    assert_eq!(
        crs_planner::worded::occupation_label(
            &example,
            crs_planner::engine::factor::OccupationSection::Additional
        ),
        "High-wage occupation (illustration)"
    );
}

#[test]
fn the_official_rule_sets_have_no_occupation_rows() {
    use crs_planner::engine::factor::OccupationSection;
    let text = scenario_json(&[("31102", "canada", "2020-01-01", None)], Some("00012"), false);
    let dated = dated_on_the_day(&text);
    assert!(dated
        .profile
        .occupations
        .canadian()
        .any(|work| work.noc.to_string() == "31102"));
    for set in RuleBook::shipped().sets() {
        assert!(!set.has_occupation_factors(), "{}", set.id());
        let breakdown = set.score(&dated.profile);
        for section in OccupationSection::ALL {
            let row = breakdown.row(Factor::Occupation(section));
            assert_eq!((row.points, row.max), (0, 0), "{} {section:?}", set.id());
        }
    }
}

/// The example with one change, refused: the message (key path and what was
/// expected), in English.
fn refused(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    change(&mut value);
    crs_planner::i18n::set_language("en");
    RuleSet::from_json(&value.to_string())
        .map(|set| format!("accepted {}", set.id()))
        .unwrap_or_else(|e| e.to_string())
}

/// One change to the example's JSON.
type Change = Box<dyn FnOnce(&mut serde_json::Value)>;

#[test]
fn bad_occupation_factors_are_refused_with_the_key_and_what_was_expected() {
    let cases: Vec<(Change, &str)> = vec![
        (
            Box::new(|v| v["occupation_factors"][0]["list"] = "low-wage".into()),
            "occupation_factors[0].list: expected one of high-wage, found \"low-wage\"",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["canadian_work"]["points"]["3x"] = 90.into()),
            "occupation_factors[0].canadian_work.points.3x: expected a tier of the list high-wage \
             (1.3x, 1.5x, 2x), found \"3x\"",
        ),
        (
            Box::new(|v| v["occupation_lists"][0]["occupations"][0]["tier"] = "2.5x".into()),
            "occupation_lists[0].occupations[0].tier: expected one of 1.3x, 1.5x, 2x, found \"2.5x\"",
        ),
        (
            Box::new(|v| v["occupation_lists"][0]["occupations"][0]["noc"] = "99999".into()),
            "occupation_lists[0].occupations[0].noc: expected a NOC 2021 unit group such as \"21232\", \
             found \"99999\", which NOC 2021 Version 1.0 does not have",
        ),
        (
            Box::new(|v| v["occupation_lists"][0]["occupations"][0]["noc"] = "3110".into()),
            "occupation_lists[0].occupations[0].noc: expected a NOC 2021 unit group such as \"21232\", \
             found \"3110\"",
        ),
        (
            Box::new(|v| v["occupation_lists"][0]["occupations"][1]["noc"] = "31102".into()),
            "occupation_lists[0].occupations[1].noc: 31102 is listed twice (tier 2x, then 2x)",
        ),
        (
            Box::new(|v| v["occupation_lists"][0]["occupations"] = serde_json::json!([])),
            "occupation_lists[0].occupations: expected the listed occupations (a NOC code and a tier \
             each), found an empty list",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["job_offer"]["points"]["1.3x"] = (-5).into()),
            "occupation_factors[0].job_offer.points.1.3x: expected a whole number of points from 0 to \
             2000, found -5",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["job_offer"]["points"]["1.3x"] = 12.5.into()),
            "occupation_factors[0].job_offer.points.1.3x: expected a whole number of points from 0 to \
             2000, found 12.5",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["canadian_work"]["points"]["2x"]["with_spouse"] = "70".into()),
            "occupation_factors[0].canadian_work.points.2x.with_spouse: expected a whole number of \
             points from 0 to 2000, found \"70\"",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["canadian_work"]["min_months"] = 0.into()),
            "occupation_factors[0].canadian_work.min_months: expected whole months from 1 to 120, found 0",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["canadian_work"]["min_months"] = 121.into()),
            "occupation_factors[0].canadian_work.min_months: expected whole months from 1 to 120, found 121",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["canadian_work"]["min_months"] = 48.into()),
            "occupation_factors[0].canadian_work.min_months: 48 months do not fit in 3 years",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["canadian_work"]["within_years"] = 11.into()),
            "occupation_factors[0].canadian_work.within_years: expected whole years from 1 to 10, found 11",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["cap"] = 60.into()),
            "occupation_factors[0].cap: cap 60 is below the 80 points of tier 2x (canadian_work)",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["section"] = "spouse".into()),
            "occupation_factors[0].section: expected one of core, transferability, additional, found \"spouse\"",
        ),
        (
            Box::new(|v| {
                let factor = v["occupation_factors"][0].as_object_mut().unwrap();
                factor.remove("canadian_work");
                factor.remove("job_offer");
            }),
            "occupation_factors[0]: expected \"canadian_work\", \"job_offer\" or both",
        ),
        (
            Box::new(|v| v["format"] = "crs-rules/1".into()),
            "occupation_lists: occupation_lists needs \"format\": \"crs-rules/2\"",
        ),
        (
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("occupation_lists");
            }),
            "occupation_lists: missing; expected the occupation lists the factors name",
        ),
        (
            Box::new(|v| v["occupation_lists"][0]["file"] = "high-wage.json".into()),
            "occupation_lists[0].file: expected a list file or inline tiers and occupations, not both",
        ),
        (
            Box::new(|v| v["occupation_factors"][0]["colour"] = "red".into()),
            "occupation_factors[0].colour: unknown field \"colour\", expected one of \"id\", \"title\", \
             \"section\", \"list\", \"canadian_work\", \"job_offer\", \"cap\"",
        ),
        (
            // A factor worth more than its section's cap.
            Box::new(|v| {
                v["occupation_factors"][0]["section"] = "transferability".into();
                v["occupation_factors"][0]["cap"] = 120.into();
            }),
            "transferability.cap: cap 100 is below a part worth 120; expected a consistent rule set",
        ),
    ];
    for (change, expected) in cases {
        assert_eq!(refused(change), expected);
    }
}

#[test]
fn every_crs_rules_1_file_still_reads_and_the_example_reads_as_2() {
    for (name, text) in crs_planner::engine::rules::shipped_rule_files() {
        let set = RuleSet::from_json(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!set.has_occupation_factors());
    }
    let example = RuleSet::from_json(EXAMPLE).unwrap();
    assert_eq!(example.id(), "high-wage-example");
    assert!(example.title().starts_with("ILLUSTRATION ONLY, not IRCC's rules"));
    assert_eq!(example.occupation_factors().len(), 1);
    assert!(example.consistency_problems().is_empty());
    // Never shipped as a rule set in force.
    assert!(RuleBook::shipped().get("high-wage-example").is_err());
}

const PERSON: &str = r#"{"format": "crs-scenario/1", "name": "Engineer with two years in Canada",
  "profile": {"birth_date": "1994-05-01", "education": "masters",
    "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9},
    "work": [{"noc": "21300", "where": "canada", "from": "2024-09-01", "hours_per_week": 40}],
    "job_offer_noc": "00012"}}"#;

const EXAMPLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/examples/rules/high-wage-example.json"
);

/// `PERSON` written to a file of a fresh folder, which also holds the
/// command's config and data folders.
fn person_in_a_folder() -> (tempfile::TempDir, std::path::PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let person = home.path().join("person.json");
    std::fs::write(&person, PERSON).unwrap();
    (home, person)
}

fn run(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    crate::common::run_binary_with(home, args, "", &[("CRS_PLANNER_NOW", ON)])
}

#[test]
fn score_versus_shows_both_rule_sets_row_by_row() {
    let (home, person) = person_in_a_folder();
    let example = EXAMPLE_PATH;
    let args = ["score", person.to_str().unwrap(), "--rules", example, "--versus"];
    let output = run(home.path(), &args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let said = String::from_utf8(output.stdout).unwrap();
    for line in [
        "  A  2025-03-25: Arranged employment no longer scored",
        "  B  high-wage-example: ILLUSTRATION ONLY, not IRCC's rules",
        "D. Additional points                                 0               100    +100",
        "   High-wage occupation (illustrat…                  -               100    +100",
        "TOTAL                                              456               556    +100",
        "   B: tier 1.5x: 27 months in Canada in the last 3 years as 21300 (Civil engineers); \
         tier 2x: a job offer in 00012",
    ] {
        assert!(said.contains(line), "{line:?} not in:\n{said}");
    }
    // The same in JSON: both breakdowns and the difference; the official
    // one keeps its 23 rows, the example has its three occupation rows.
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let output = run(home.path(), &json_args);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["difference"], 100);
    assert_eq!(value["a"]["rules"], "2025-03-25");
    assert_eq!(value["b"]["rules"], "high-wage-example");
    assert_eq!(value["a"]["factors"].as_array().unwrap().len(), 23);
    assert_eq!(value["b"]["factors"].as_array().unwrap().len(), 26);
    let total = |side: &str| value[side]["total"].as_u64().unwrap();
    assert_eq!(total("b") - total("a"), 100);
    // Without --rules, --versus has nothing to compare with.
    let output = run(home.path(), &["score", person.to_str().unwrap(), "--versus"]);
    assert_eq!(output.status.code(), Some(2));
}

/// A batch counts the work by occupation only under rules that read it:
/// under the example each line scores as `score FILE` does, occupation
/// points included; under the official rules, as it does there.
#[test]
fn a_batch_counts_occupations_under_rules_that_read_them() {
    let (home, person) = person_in_a_folder();
    let example = EXAMPLE_PATH;
    let line = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(PERSON).unwrap()).unwrap();
    for rules in [&["--rules", example][..], &[][..]] {
        let mut one = vec!["score", person.to_str().unwrap(), "--json"];
        one.extend_from_slice(rules);
        let alone: serde_json::Value = serde_json::from_slice(&run(home.path(), &one).stdout).unwrap();
        let mut batch = vec!["score", "--batch"];
        batch.extend_from_slice(rules);
        let output = crate::common::run_binary_with(
            home.path(),
            &batch,
            &format!("{line}\n"),
            &[("CRS_PLANNER_NOW", ON)],
        );
        let lined: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(lined["total"], alone["total"], "{rules:?}");
        assert_eq!(lined["factors"], alone["factors"], "{rules:?}");
    }
    let under_example = run(
        home.path(),
        &["score", person.to_str().unwrap(), "--json", "--rules", example],
    );
    let value: serde_json::Value = serde_json::from_slice(&under_example.stdout).unwrap();
    assert_eq!(
        value["additional"], 100,
        "the occupation points are in the comparison"
    );
}

/// A rule set in `<config>/rules/` whose list is a file of its own in
/// `<config>/occupations/`: read from there, named in its problems, and
/// left alone by the reference data that shares the folder.
#[test]
fn a_list_in_a_file_of_the_config_folder() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    std::fs::create_dir_all(config.join("rules")).unwrap();
    std::fs::create_dir_all(config.join("occupations")).unwrap();
    let mut rules: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    rules["id"] = "reform-2027".into();
    rules["in_force_from"] = "2026-12-01".into();
    rules["title"] = "A reform, its list in a file".into();
    rules["occupation_lists"] = serde_json::json!([{ "id": "high-wage", "file": "high-wage-2027.json" }]);
    std::fs::write(config.join("rules/reform-2027.json"), rules.to_string()).unwrap();
    let list = serde_json::json!({
        "format": "crs-occupation-list/1",
        "title": "High-wage occupations, 2027",
        "tiers": ["1.3x", "1.5x", "2x"],
        "occupations": [
            { "noc": "21300", "tier": "2x" },
            { "noc": "00012", "tier": "1.3x" }
        ]
    });
    let list_path = config.join("occupations/high-wage-2027.json");
    std::fs::write(&list_path, list.to_string()).unwrap();
    let person = home.path().join("person.json");
    std::fs::write(&person, PERSON).unwrap();
    let output = run(home.path(), &["score", person.to_str().unwrap(), "--json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["rules"], "reform-2027");
    // 2x work single (80) and a 1.3x offer (20), the cap 100.
    let row = value["factors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["factor"] == "occupation" && row["section"] == "additional")
        .unwrap();
    assert_eq!(row["points"], 100);
    // A code the list file cannot have: refused, naming the list file.
    let mut bad = list.clone();
    bad["occupations"][1]["noc"] = "99999".into();
    std::fs::write(&list_path, bad.to_string()).unwrap();
    let output = run(home.path(), &["score", person.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "crs-planner: {}: occupations[1].noc: expected a NOC 2021 unit group such as \"21232\", \
             found \"99999\", which NOC 2021 Version 1.0 does not have\n",
            list_path.display()
        )
    );
    // No list file: the folders looked in are said.
    std::fs::remove_file(&list_path).unwrap();
    let output = run(home.path(), &["score", person.to_str().unwrap()]);
    let said = String::from_utf8(output.stderr).unwrap();
    assert!(
        said.starts_with(&format!(
            "crs-planner: {}: occupation_lists[0].file: expected a list file in {}",
            config.join("rules/reform-2027.json").display(),
            config.join("occupations").display()
        )),
        "{said}"
    );
    assert!(
        said.contains("found none named \"high-wage-2027.json\""),
        "{said}"
    );
}

#[test]
fn the_planners_versus_key_scores_under_the_next_rule_set() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let today = day(ON);
    let scenario = scenario::parse(PERSON, "person", today, ReferenceSource::Shipped).unwrap();
    let mut book = RuleBook::shipped();
    let mut example = serde_json::from_str::<serde_json::Value>(EXAMPLE).unwrap();
    // Not yet in force: the planner scores under 2025-03-25, V shows it.
    example["in_force_from"] = "2027-06-01".into();
    book.insert(RuleSet::from_json(&example.to_string()).unwrap());
    let mut app = crs_planner::tui::App::new(book, today, scenario, None).unwrap();
    assert_eq!(app.state.rules().id(), "2025-03-25");
    let shift_v = KeyEvent::new(KeyCode::Char('V'), KeyModifiers::SHIFT);
    let mut seen = Vec::new();
    for _ in 0..4 {
        crs_planner::tui::press(&mut app, shift_v);
        seen.push(app.state.versus().map(|b| (b.rules.id().to_string(), b.total)));
    }
    let now = app.state.breakdown().total;
    assert_eq!(
        seen,
        [
            // The person's arranged employment (`job_offer`) is none: the
            // offer's occupation counts only under occupation factors.
            Some(("2017-06-06".to_string(), now)),
            Some(("2020-10-27".to_string(), now)),
            Some(("high-wage-example".to_string(), now + 100)),
            None,
        ]
    );
}

#[test]
fn the_job_offers_occupation_is_checked_kept_and_written() {
    let today = day(ON);
    let parsed = scenario::parse(PERSON, "person", today, ReferenceSource::Shipped).unwrap();
    assert_eq!(
        parsed.profile.occupations.job_offer.map(|noc| noc.to_string()),
        Some("00012".to_string())
    );
    let written = scenario::to_json(&parsed);
    assert!(written.contains("\"job_offer_noc\": \"00012\""), "{written}");
    let again = scenario::parse(&written, "again", today, ReferenceSource::Shipped).unwrap();
    assert_eq!(
        again.profile.occupations.job_offer,
        parsed.profile.occupations.job_offer
    );
    crs_planner::i18n::set_language("en");
    for (given, said) in [
        (
            "\"99999\"",
            "person: profile.job_offer_noc: expected a NOC 2021 unit group such as \"21232\", found \"99999\", \
             which NOC 2021 Version 1.0 does not have",
        ),
        (
            "12",
            "person: profile.job_offer_noc: expected a string, found the number 12",
        ),
    ] {
        let text = PERSON.replace("\"00012\"", given);
        let error = scenario::parse(&text, "person", today, ReferenceSource::Shipped).unwrap_err();
        assert_eq!(error.to_string(), said);
    }
}

/// More Canadian work is counted in the occupation of the person's latest
/// job in Canada: a gain of a year reaches the factor's 12 months, and a
/// plan over time finds it from the ongoing job.
#[test]
fn gains_see_the_occupation_points_a_year_of_work_reaches() {
    use crs_planner::advisor::gains::{gains, Move};
    let six_months = r#"{"format": "crs-scenario/1", "profile": {"birth_date": "1994-05-01", "education": "masters",
        "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9},
        "work": [{"noc": "21300", "where": "canada", "from": "2026-06-01", "hours_per_week": 40}]}}"#;
    let today = day(ON);
    let parsed = scenario::parse(six_months, "six", today, ReferenceSource::Shipped).unwrap();
    let dated = profile_on(
        &parsed.situation(),
        Reference::shipped(),
        today,
        today,
        LanguageTables::official(),
    );
    assert_eq!(dated.profile.canadian_experience_years, 0);
    let example = RuleSet::from_json(EXAMPLE).unwrap();
    let official = RuleBook::shipped();
    let official = official.get("2025-03-25").unwrap();
    let year_under = |rules: &RuleSet| {
        gains(&dated.profile, rules, LanguageTables::official())
            .into_iter()
            .find(|gain| gain.change == Move::CanadianExperience(1))
            .map(|gain| gain.points)
            .unwrap()
    };
    // The same year: 40 (core) + 25 (transferability, master's and 1 year)
    // officially, and 50 more in the example (6 + 12 months as a civil
    // engineer, tier 1.5x).
    assert_eq!(year_under(&example), year_under(official) + 50);
}

/// The one-pass count by year windows gives what counting each window on
/// its own gives, on random job lists (overlapping, ongoing, long weeks).
#[test]
fn counting_by_year_windows_agrees_with_counting_each_window() {
    use crs_planner::engine::eligibility::work::{count, count_by_years, Job, Place, Window};
    use crs_planner::engine::eligibility::Noc;
    let mut seed: u64 = 0x2026_1203;
    let mut next = |below: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % below
    };
    let end = day("2026-12-03");
    let base = day("2014-01-01");
    for _ in 0..500 {
        let jobs: Vec<Job> = (0..next(5))
            .map(|_| {
                let from = base.plus_days(next(4800) as i64);
                let to = (next(4) > 0).then(|| from.plus_days(next(2000) as i64));
                Job {
                    noc: Noc::parse("21300").unwrap(),
                    place: Place::Canada,
                    from,
                    to,
                    hours_per_week: 1 + next(60) as u8,
                    self_employed: false,
                    while_full_time_student: false,
                }
            })
            .collect();
        let cap = [30, 40, 168][next(3) as usize];
        let by_years: [u64; 10] = count_by_years(&jobs, end, cap);
        for years in 1..=10u16 {
            assert_eq!(
                by_years[usize::from(years) - 1],
                count(&jobs, Window::years_before(end, years), cap),
                "{years} years, cap {cap}: {jobs:?}"
            );
        }
    }
}
