//! One notion of "the profile on date D": the score `score --as-of D`
//! gives (and `plan`, `compare`, `draws --scenario`, which score the same
//! way), the timeline's total for D, the planner's total when it judges D,
//! and the experience `eligibility --as-of D` reports all agree, on random
//! profiles with birth dates, test dates, experience start dates and work
//! histories.

use crs_planner::advisor::project;
use crs_planner::engine::eligibility::{self, Reference};
use crs_planner::engine::{Date, LanguageTables, RuleBook};
use crs_planner::scenario::{self, Scenario};
use crs_planner::tui::App;
use proptest::prelude::*;

fn known_on() -> Date {
    "2026-11-29".parse().unwrap()
}

fn day(year: u16, month: u8, date: u8) -> String {
    format!("{year:04}-{month:02}-{date:02}")
}

fn any_day(years: std::ops::RangeInclusive<u16>) -> impl Strategy<Value = String> {
    (years, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| day(y, m, d))
}

prop_compose! {
    fn any_scenario()(
        age in 18u8..=50,
        birth in proptest::option::of(any_day(1970..=2006)),
        levels in proptest::collection::vec(4u8..=12, 4),
        first_test in proptest::option::of(any_day(2023..=2026)),
        second in proptest::option::of((proptest::collection::vec(4u8..=12, 4), proptest::option::of(any_day(2023..=2026)))),
        canadian in 0u8..=5,
        foreign in 0u8..=5,
        canadian_since in proptest::option::of((any_day(2018..=2026), any::<bool>())),
        foreign_since in proptest::option::of((any_day(2014..=2026), any::<bool>())),
        work in proptest::option::weighted(0.4, proptest::collection::vec(
            (prop_oneof![Just("21232"), Just("31301"), Just("72310"), Just("44101")], any::<bool>(),
             any_day(2016..=2026), proptest::option::of(any_day(2020..=2028)), 10u8..=45),
            0..3)),
    ) -> String {
        let result = |language: &str, test: &str, levels: &[u8], date: &Option<String>| {
            let date = date.as_ref().map(|d| format!(r#", "test_date": "{d}""#)).unwrap_or_default();
            format!(
                r#"{{"language": "{language}", "test": "{test}", "listening": {}, "reading": {}, "writing": {}, "speaking": {}{date}}}"#,
                levels[0], levels[1], levels[2], levels[3]
            )
        };
        let mut fields = vec![
            format!(r#""age": {age}"#),
            r#""education": "bachelors""#.to_string(),
            format!(r#""first_language": {}"#, result("english", "clb", &levels, &first_test)),
        ];
        if let Some(birth) = birth {
            fields.push(format!(r#""birth_date": "{birth}""#));
        }
        if let Some((levels, date)) = second {
            fields.push(format!(r#""second_language": {}"#, result("french", "clb", &levels, &date)));
        }
        fields.push(format!(r#""canadian_experience_years": {canadian}"#));
        fields.push(format!(r#""foreign_experience_years": {foreign}"#));
        match work {
            Some(jobs) => {
                let jobs: Vec<String> = jobs
                    .iter()
                    .map(|(noc, canada, from, to, hours)| {
                        let to = match to {
                            Some(to) if to.as_str() >= from.as_str() => format!(r#""{to}""#),
                            _ => "null".to_string(),
                        };
                        let place = if *canada { "canada" } else { "abroad" };
                        format!(r#"{{"noc": "{noc}", "where": "{place}", "from": "{from}", "to": {to}, "hours_per_week": {hours}}}"#)
                    })
                    .collect();
                fields.push(format!(r#""work": [{}]"#, jobs.join(", ")));
            }
            None => {
                if let Some((since, ongoing)) = canadian_since {
                    fields.push(format!(r#""canadian_experience_since": "{since}", "canadian_experience_ongoing": {ongoing}"#));
                }
                if let Some((since, ongoing)) = foreign_since {
                    fields.push(format!(r#""foreign_experience_since": "{since}", "foreign_experience_ongoing": {ongoing}"#));
                }
            }
        }
        format!(r#"{{"format": "crs-scenario/1", "profile": {{{}}}}}"#, fields.join(", "))
    }
}

const MONTHS: u16 = 36;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn every_command_and_view_scores_a_day_alike(json in any_scenario(), month in 0u16..=MONTHS) {
        let parsed = scenario::parse(&json, "random", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        // Only files that load are compared (proptest draws again for the
        // others, and fails if too many are refused).
        prop_assume!(parsed.is_ok(), "{:?}", parsed.as_ref().err());
        let scenario = parsed.unwrap();
        let book = RuleBook::shipped();
        let tables = LanguageTables::official();
        let reference = Reference::shipped();
        let date = known_on().plus_months(i32::from(month));
        // What `score --as-of` (and plan, compare, draws) score.
        let on_date = scenario.clone().on_date(known_on(), date, crs_planner::engine::eligibility::ReferenceSource::Shipped);
        let rules = book.in_force_on(date).unwrap_or_else(|_| book.sets().last().unwrap());
        let scored = rules.total(&on_date.profile);
        // The timeline from today.
        let from_today = scenario.clone().settled(known_on(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        let timeline = project(&from_today.situation(), reference, &book, known_on(), known_on(), MONTHS, tables);
        prop_assert_eq!(timeline.months[usize::from(month)].total, scored, "timeline vs score on {}", date);
        // The planner judging that day.
        let mut app = App::new(RuleBook::shipped(), date, Scenario::clone(&scenario), None).unwrap();
        app.state.set_known_on(known_on());
        prop_assert_eq!(app.state.breakdown().total, scored, "planner vs score on {}", date);
        // The experience eligibility reports for that day.
        let report = eligibility::assess(&on_date.situation(), reference, date);
        prop_assert_eq!(report.canadian_years, on_date.profile.canadian_experience_years);
        prop_assert_eq!(report.foreign_years, on_date.profile.foreign_experience_years);
    }
}

/// Whether a file is valid depends on the day it is read on, and only on the
/// day it is given: the same file read on two days, in one process.
#[test]
fn a_file_is_checked_against_the_day_it_is_given_not_the_clock() {
    let text = r#"{"age": 30, "birth_date": "2000-06-01", "education": "bachelors",
        "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9,
        "writing": 9, "speaking": 9, "test_date": "2027-01-15"},
        "profile_submitted": "2027-01-10"}"#;
    let before: Date = "2027-01-09".parse().unwrap();
    let after: Date = "2027-02-01".parse().unwrap();
    let refused = scenario::parse(
        text,
        "mine.json",
        before,
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        refused,
        "mine.json: profile_submitted: expected a day on or before today, found \"2027-01-10\""
    );
    let read = scenario::parse(
        text,
        "mine.json",
        after,
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    assert_eq!(read.profile.age, 26, "the age is the age on the day given");
    assert_eq!(
        read.extras.dates.first_language_test,
        Some("2027-01-15".parse().unwrap())
    );
    // Planned tests: up to 36 months after the day given.
    let far = text.replace("2027-01-15", "2030-02-15");
    assert!(scenario::parse(
        &far,
        "mine.json",
        after,
        crs_planner::engine::eligibility::ReferenceSource::Shipped
    )
    .is_err());
    assert!(scenario::parse(
        &far,
        "mine.json",
        "2027-02-01".parse::<Date>().unwrap().plus_months(1),
        crs_planner::engine::eligibility::ReferenceSource::Shipped
    )
    .is_ok());
}

#[test]
fn a_context_can_be_built_for_any_day() {
    let day: Date = "2031-05-05".parse().unwrap();
    let context = crs_planner::context::Context::on(day);
    assert_eq!(context.today, day);
    assert_eq!(context.config_dir, None);
    assert_eq!(context.data_dir, None);
}

/// Reference data is passed, not installed: one process reads a scenario
/// with the shipped lists and with a user's own, side by side.
#[test]
fn two_references_in_one_process_each_give_their_own_answer() {
    use crs_planner::engine::eligibility::{Reference, ReferenceSource};
    let list = r#"{"format": "crs-categories/1", "version": "2027", "in_force_from": "2027-01-01",
        "categories": [{"id": "stem", "name": "STEM", "condition": {"hours_in_one_noc": {"hours": 1560, "window_years": 3}},
                        "occupations": ["21232"]}]}"#;
    let users = Reference::shipped()
        .clone()
        .with_file("categories-2027.json", list)
        .unwrap();
    let day: Date = "2027-03-01".parse().unwrap();
    let text = include_str!("../../assets/examples/work-history.json");
    let versions = |source: ReferenceSource| {
        let scenario = scenario::parse(text, "work-history.json", "2026-12-03".parse().unwrap(), source)
            .unwrap()
            .on_date("2026-12-03".parse().unwrap(), day, source);
        let report = eligibility::assess(&scenario.situation(), source.get(), day);
        let lists = report.categories.expect("a list is in force");
        (lists.version, lists.categories.len())
    };
    assert_eq!(versions(ReferenceSource::Given(&users)), ("2027".to_string(), 1));
    let (shipped, count) = versions(ReferenceSource::Shipped);
    assert!(
        shipped != "2027" && count > 1,
        "{shipped} with {count} categories"
    );
}
