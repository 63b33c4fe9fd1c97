//! Plans on a calendar: scored on the day they are done, with birthdays,
//! expiries and growth on the way. Hand-worked cases, and the search against
//! a brute force over every finishing month and every combination of steps.

use common::plans::small_space;
use crs_planner::advisor::calendar::{fitting, plans_on_calendar, Calendar};
use crs_planner::advisor::dimensions::dimensions_after;
use crs_planner::advisor::{plan::plan_on_calendar, EffortTable};
use crs_planner::engine::eligibility::Reference;
use crs_planner::engine::{Date, LanguageTables, RuleBook};
use crs_planner::scenario::{self, Scenario};
use proptest::prelude::*;

use crate::common;

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

fn calendar<'a>(scenario: &'a Scenario, book: &'a RuleBook, from: Date, horizon: u16) -> Calendar<'a> {
    Calendar {
        situation: scenario.situation(),
        reference: Reference::shipped(),
        book,
        known_on: from,
        from,
        horizon,
    }
}

#[test]
fn the_dated_couple_plans_across_a_birthday_and_an_expiry() {
    // Born 1996-03-14; IELTS taken 2025-06-01 (expires 2027-06-01); 495 on
    // 2026-11-25. A trade certificate (+12, six months) lands after the
    // birthday (-5): 502 on 2027-05-25. English to CLB 10 (+12, four months)
    // lands on 2027-03-25, also after the birthday: 502.
    let scenario = scenario::load(
        "assets/examples/dated-couple.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let book = RuleBook::shipped();
    let from = day("2026-11-25");
    let advice = plan_on_calendar(
        &calendar(&scenario, &book, from, 36),
        500,
        None,
        LanguageTables::official(),
        &EffortTable::shipped(),
        false,
        None,
    );
    // Cheapest of all: wait for the growth after the expiry and sit the
    // English test again at the levels it had (a retake, effort 4), not
    // learn English again from CLB 4.
    let retake = &advice.in_hand.plans[0];
    assert_eq!(retake.effort, 4, "{retake:?}");
    assert!(
        retake.steps[0]
            .label
            .to_string()
            .starts_with("Retake English (CLB 9 again)"),
        "{retake:?}"
    );
    let first = advice
        .in_hand
        .plans
        .iter()
        .find(|plan| plan.effort == 18)
        .expect("the certificate plan");
    assert_eq!(first.done_on.as_deref(), Some("2027-05-25"));
    assert_eq!(first.total, 502);
    assert_eq!(first.on_the_way, -5, "the birthday on the way");
    let sum: i32 = first.steps.iter().map(|s| s.points).sum::<i32>() + first.on_the_way;
    assert_eq!(sum, i32::from(first.total) - 495);
    // Past the expiry the same target needs the English retaken: no plan
    // done after 2027-06-01 is without an English step.
    for plan in &advice.in_hand.plans {
        if plan.done_on.as_deref().is_some_and(|d| d >= "2027-06-01") {
            assert!(
                plan.steps.iter().any(|s| s.label.to_string().contains("English")),
                "{plan:?}"
            );
        }
    }
}

#[test]
fn waiting_is_a_plan_when_experience_grows() {
    // Canadian work since 2026-01-10, ongoing: a second year on 2027-01-10.
    let json = r#"{"format": "crs-scenario/1", "profile": {"age": 30, "education": "bachelors",
        "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9},
        "canadian_experience_years": 1, "canadian_experience_since": "2025-01-10"}}"#;
    let scenario = scenario::parse(
        json,
        "grows",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let book = RuleBook::shipped();
    let from = day("2026-11-25");
    let now = book.in_force_on(from).unwrap().total(&scenario.profile);
    let advice = plan_on_calendar(
        &calendar(&scenario, &book, from, 36),
        now + 1,
        None,
        LanguageTables::official(),
        &EffortTable::shipped(),
        false,
        None,
    );
    let wait = advice
        .in_hand
        .plans
        .iter()
        .find(|plan| plan.steps.is_empty())
        .expect("waiting is one of the plans");
    assert_eq!(wait.effort, 0);
    assert_eq!(
        wait.done_on.as_deref(),
        Some("2027-01-25"),
        "the first month after the anniversary"
    );
    assert!(wait.total > now);
}

prop_compose! {
    fn any_dated()(
        age in 20u8..=44,
        birth in proptest::option::of((1982u16..=2004, 1u8..=12, 1u8..=28)),
        levels in proptest::collection::vec(5u8..=10, 4),
        tested in proptest::option::of((2024u16..=2026, 1u8..=12)),
        canadian in 0u8..=3,
        since in proptest::option::of((2020u16..=2026, 1u8..=12)),
    ) -> String {
        let mut fields = vec![
            format!(r#""age": {age}"#),
            r#""education": "bachelors""#.to_string(),
        ];
        let test_date = tested
            .map(|(y, m)| format!(r#", "test_date": "{y:04}-{m:02}-15""#))
            .unwrap_or_default();
        fields.push(format!(
            r#""first_language": {{"language": "english", "test": "clb", "listening": {}, "reading": {}, "writing": {}, "speaking": {}{test_date}}}"#,
            levels[0], levels[1], levels[2], levels[3]
        ));
        if let Some((y, m, d)) = birth {
            fields.push(format!(r#""birth_date": "{y:04}-{m:02}-{d:02}""#));
        }
        fields.push(format!(r#""canadian_experience_years": {canadian}"#));
        if let Some((y, m)) = since {
            fields.push(format!(r#""canadian_experience_since": "{y:04}-{m:02}-01""#));
        }
        format!(r#"{{"format": "crs-scenario/1", "profile": {{{}}}}}"#, fields.join(", "))
    }
}

/// The least effort over every finishing month and every combination of
/// the selected steps that fit in it, each scored on its finishing day.
fn brute_force(
    calendar: &Calendar,
    target: u16,
    select: &dyn Fn(Vec<crs_planner::advisor::plan::Dimension>) -> Vec<crs_planner::advisor::plan::Dimension>,
) -> Option<u32> {
    let tables = LanguageTables::official();
    let effort = EffortTable::shipped();
    let mut best: Option<u32> = None;
    for months in 0..=calendar.horizon {
        let base = calendar.profile_at(months, tables);
        let rules = calendar.rules_at(months);
        // Lapsed results are retaken from their last levels.
        let dims: Vec<_> = dimensions_after(&base, &calendar.lapsed_at(months), &effort, rules, tables)
            .into_iter()
            .filter(|dim| {
                !dim.options.iter().any(|o| {
                    o.parts
                        .iter()
                        .any(|p| p.change == crs_planner::advisor::Move::ProvincialNomination)
                })
            })
            .collect();
        // Planned work only in months no job already fills.
        let free = calendar.free_months(months);
        let work = |o: &crs_planner::advisor::plan::Step| {
            o.parts.iter().any(|p| {
                matches!(
                    p.change,
                    crs_planner::advisor::Move::CanadianExperience(_)
                        | crs_planner::advisor::Move::ForeignExperience(_)
                )
            })
        };
        let dims: Vec<_> = fitting(dims, months)
            .into_iter()
            .filter_map(|mut dim| {
                dim.options.retain(|o| o.months <= free || !work(o));
                (!dim.options.is_empty()).then_some(dim)
            })
            .collect();
        let dims = select(dims);
        let mut choice = vec![0usize; dims.len()];
        loop {
            let mut profile = base;
            let mut cost = 0u32;
            for (dim, &pick) in dims.iter().zip(&choice) {
                if pick > 0 {
                    profile = dim.options[pick - 1].apply(&profile, tables);
                    cost += dim.options[pick - 1].cost;
                }
            }
            if rules.total(&profile) >= target && best.is_none_or(|b| cost < b) {
                best = Some(cost);
            }
            let mut position = 0;
            loop {
                if position == dims.len() {
                    break;
                }
                choice[position] += 1;
                if choice[position] <= dims[position].options.len() {
                    break;
                }
                choice[position] = 0;
                position += 1;
            }
            if position == dims.len() {
                break;
            }
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The calendar search's cheapest plan costs what the brute force's
    /// does, over small move spaces, across birthdays, expiries and growth.
    #[test]
    fn the_calendar_search_matches_brute_force(
        json in any_dated(),
        pick in proptest::collection::vec(0usize..12, 1..=3),
        reach in 0u16..=60,
    ) {
        let scenario = scenario::parse(&json, "random", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        prop_assume!(scenario.is_ok());
        let scenario = scenario.unwrap();
        let book = RuleBook::shipped();
        let from = day("2026-11-25");
        let calendar = calendar(&scenario, &book, from, 24);
        let tables = LanguageTables::official();
        let now = calendar.rules_at(0).total(&calendar.profile_at(0, tables));
        let target = (now + reach).clamp(1, 1200);
        let select = |dims: Vec<crs_planner::advisor::plan::Dimension>| small_space(&dims, &pick);
        let found = plans_on_calendar(&calendar, target, None, &EffortTable::shipped(), tables, true, 3, true, None, &select);
        let expected = brute_force(&calendar, target, &select);
        prop_assert_eq!(found.iter().map(|d| d.plan.effort).min(), expected);
        for dated in &found {
            let done = calendar.rules_at(dated.months).total(&dated.plan.apply(&calendar.profile_at(dated.months, tables), tables));
            prop_assert!(done >= target, "a plan reaches the target on the day it is done");
        }
    }
}
