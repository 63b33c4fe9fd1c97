//! The timeline and the household comparison on hand-worked cases.

use crs_planner::advisor::household::household;
use crs_planner::advisor::project;
use crs_planner::engine::dated::profile_on;
use crs_planner::engine::eligibility::Reference;
use crs_planner::engine::{Date, LanguageTables, RuleBook};
use crs_planner::scenario::{self, Scenario};

fn dated() -> Scenario {
    scenario::load(
        "assets/examples/dated-couple.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
}

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

#[test]
fn key_dates_of_the_dated_couple() {
    let scenario = dated();
    let timeline = project(
        &scenario.situation(),
        Reference::shipped(),
        &RuleBook::shipped(),
        day("2026-11-25"),
        day("2026-11-25"),
        36,
        LanguageTables::official(),
    );
    let lines: Vec<String> = timeline.key_dates.iter().map(|k| k.describe()).collect();
    assert_eq!(
        lines,
        [
            // 30 -> 31 with a spouse: 95 -> 90.
            "2027-03-14: -5, birthday (age 31)",
            // CLB 9 on all four no longer counts: 116 first-language points, and
            // transferability falls from 50 + 38 to 25 + 13.
            "2027-06-01: -166, first-language result expires (test taken 2025-06-01)",
            // 1 -> 2 years: core 35 -> 46, education + Canadian exp. 25 -> 50,
            // foreign + Canadian exp. 13 -> 25.
            "2027-09-01: +48, Canadian experience reaches 2 years",
            "2028-03-14: -5, birthday (age 32)",
            "2028-09-01: +10, Canadian experience reaches 3 years",
            "2029-03-14: -5, birthday (age 33)",
            "2029-09-01: +7, Canadian experience reaches 4 years",
        ]
    );
    assert_eq!(timeline.months.len(), 37);
    assert_eq!(timeline.months[0].total, 495);
    assert_eq!(timeline.months[4].total, 490);
    assert_eq!(timeline.months[7].total, 324);
    assert_eq!(timeline.months[36].total, 379);
    // Non-ongoing foreign experience stays at 2 years throughout.
    let later = profile_on(
        &scenario.situation(),
        Reference::shipped(),
        day("2026-11-25"),
        day("2029-11-25"),
        LanguageTables::official(),
    )
    .profile;
    assert_eq!(later.foreign_experience_years, 2);
    assert_eq!(later.canadian_experience_years, 4);
    assert_eq!(later.age, 33);
}

#[test]
fn without_dates_nothing_moves_and_the_notes_say_why() {
    let scenario = scenario::load(
        "assets/examples/baseline.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let timeline = project(
        &scenario.situation(),
        Reference::shipped(),
        &RuleBook::shipped(),
        day("2026-11-25"),
        day("2026-11-25"),
        36,
        LanguageTables::official(),
    );
    assert!(timeline.key_dates.is_empty());
    assert!(timeline.months.iter().all(|m| m.total == 500));
    assert_eq!(timeline.notes.len(), 3);
}

#[test]
fn a_future_rule_set_shows_on_its_day() {
    let scenario = scenario::load(
        "assets/examples/baseline.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut book = RuleBook::shipped();
    let text = std::fs::read_to_string("rules/sets/2025-03-25.json").unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["id"] = "2027-01-01".into();
    value["in_force_from"] = "2027-01-01".into();
    value["core"]["canadian_experience"][0]["with_spouse"] = 45.into();
    book.insert(crs_planner::engine::RuleSet::from_json(&value.to_string()).unwrap());
    let timeline = project(
        &scenario.situation(),
        Reference::shipped(),
        &book,
        day("2026-11-25"),
        day("2026-11-25"),
        12,
        LanguageTables::official(),
    );
    assert_eq!(timeline.key_dates.len(), 1);
    assert_eq!(
        timeline.key_dates[0].describe(),
        "2027-01-01: +10, rule set 2027-01-01 comes into force"
    );
}

#[test]
fn the_household_both_ways_round() {
    let book = RuleBook::shipped();
    let rules = book.get("2025-03-25").unwrap();
    let scenario = dated();
    let result = household(&scenario.profile, &scenario.extras, rules);
    // Spouse as principal: 28 (100) + doctorate (140) + CLB 10/10/9/10 (125) + a year
    // in Canada (35) = 400; the applicant as spouse: master's 10 + CLB 9s 20 + a year 5
    // = 35; transferability 50 + 50 = 100. Total 535 against 495.
    assert_eq!(result.as_entered, 495);
    assert_eq!(result.spouse_as_principal, Some(Ok(535)));
    assert!(result.describe()[0].contains("535: 40 more"));

    let baseline = scenario::load(
        "assets/examples/baseline.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let result = household(&baseline.profile, &baseline.extras, rules);
    assert_eq!(
        result
            .spouse_as_principal
            .map(|r| r.map_err(|missing| missing.to_string())),
        Some(Err("the spouse's age (spouse.age)".to_string()))
    );
    assert_eq!(result.languages_swapped, None);
}

#[test]
fn a_stronger_second_language_is_shown_as_first() {
    let book = RuleBook::shipped();
    let rules = book.get("2025-03-25").unwrap();
    let text = r#"{"age": 29, "education": "bachelors",
        "first_language": {"language": "english", "test": "clb", "listening": 6, "reading": 6, "writing": 6, "speaking": 6},
        "second_language": {"language": "french", "test": "clb", "listening": 10, "reading": 10, "writing": 10, "speaking": 10}}"#;
    let scenario = scenario::parse(
        text,
        "inline",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let result = household(&scenario.profile, &scenario.extras, rules);
    // As entered: 110 + 120 + 4x9 + 4x6 = 290, transfer 0, French 50: 340.
    // Swapped: 110 + 120 + 4x34 + 4x1 = 370, transfer 25, French 50: 445.
    assert_eq!(result.as_entered, 340);
    assert_eq!(result.languages_swapped, Some(445));
}

#[test]
fn deadlines_are_the_results_expiries_and_the_profiles_twelve_months() {
    let mut scenario = dated();
    scenario.extras.dates.profile_submitted = Some(day("2026-03-01"));
    scenario.extras.dates.education_assessed_on = Some(day("2022-09-15"));
    let timeline = project(
        &scenario.situation(),
        Reference::shipped(),
        &RuleBook::shipped(),
        day("2026-11-25"),
        day("2026-11-25"),
        36,
        LanguageTables::official(),
    );
    let lines: Vec<String> = timeline.deadlines.iter().map(|d| d.describe()).collect();
    assert_eq!(
        lines,
        [
            "2027-03-01 (soon): the Express Entry profile (submitted 2026-03-01) expires; submit a new one after it expires; its date then breaks ties at the cut-off",
            "2027-06-01: the first-language result (test taken 2025-06-01) stops counting; retake it before then; an invitation needs results still valid 60 days on, when you apply",
            "2027-09-15: the educational credential assessment (issued 2022-09-15) stops being valid; it must be valid when the profile is submitted and when you apply: order a new one in time",
        ]
    );
}

#[test]
fn deadlines_before_the_likely_invitation_are_marked() {
    use crs_planner::advisor::timeline::mark_wait;
    let mut scenario = dated();
    scenario.extras.dates.profile_submitted = Some(day("2026-03-01"));
    let mut deadlines = crs_planner::advisor::timeline::deadlines(&scenario.extras, day("2026-11-25"));
    // Expected to wait five months: the profile's expiry (2027-03-01) comes
    // first, the result's (2027-06-01) after.
    mark_wait(&mut deadlines, day("2026-11-25"), Some(5.0));
    assert!(deadlines[0].before_likely_invitation);
    assert!(!deadlines[1].before_likely_invitation);
    assert!(deadlines[0]
        .describe()
        .starts_with("2027-03-01 (soon, before the likely invitation)"));
    // No wait known: nothing marked.
    let mut unmarked = crs_planner::advisor::timeline::deadlines(&scenario.extras, day("2026-11-25"));
    mark_wait(&mut unmarked, day("2026-11-25"), None);
    assert!(unmarked.iter().all(|d| !d.before_likely_invitation));
}
