//! A plan says what it gives: carried out in the scenario (its tests dated,
//! its planned work as jobs) and scored on the day it is done, as
//! `score --as-of` does, the scenario gives the plan's total. On random
//! dated profiles with work histories: ongoing and ended jobs, full- and
//! part-time, results that lapse before, during or after a plan.

use crs_planner::advisor::calendar::{kinds_open_after, plans_on_calendar};
use crs_planner::advisor::goal::carried_out;
use crs_planner::advisor::plan::plan_on_calendar;
use crs_planner::advisor::{EffortTable, Move};
use crs_planner::engine::dated::profile_on;
use crs_planner::engine::eligibility::Situation;
use crs_planner::engine::{Date, LanguageTables, RuleBook};
use crs_planner::scenario::{self, Scenario};
use proptest::prelude::*;

use crate::common;

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

fn any_job() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        (2016u16..=2026, 1u8..=12),
        proptest::option::weighted(0.5, 1u16..=60),
        prop_oneof![Just(40u8), Just(30), Just(20)],
    )
        .prop_map(|(canada, (year, month), months, hours)| {
            let from = format!("{year:04}-{month:02}-10");
            let to = months.map_or("null".to_string(), |m| {
                let end = day(&from).plus_months(i32::from(m)).min(day("2026-11-30"));
                format!("\"{end}\"")
            });
            let place = if canada { "canada" } else { "abroad" };
            format!(
                r#"{{"noc": "21232", "where": "{place}", "from": "{from}", "to": {to}, "hours_per_week": {hours}}}"#
            )
        })
}

prop_compose! {
    fn any_person()(
        birth in (1984u16..=2004, 1u8..=12, 1u8..=28),
        levels in proptest::collection::vec(5u8..=10, 4),
        tested in (2023u16..=2026, 1u8..=12),
        french in proptest::option::of((5u8..=9, (2023u16..=2026, 1u8..=12))),
        jobs in proptest::collection::vec(any_job(), 0..=3),
    ) -> String {
        let (y, m, d) = birth;
        let (ty, tm) = tested;
        let second = french.map_or("null".to_string(), |(level, (fy, fm))| format!(
            r#"{{"language": "french", "test": "clb", "listening": {level}, "reading": {level}, "writing": {level}, "speaking": {level}, "test_date": "{fy:04}-{fm:02}-20"}}"#
        ));
        format!(
            r#"{{"format": "crs-scenario/1", "profile": {{
                "birth_date": "{y:04}-{m:02}-{d:02}",
                "education": "bachelors",
                "first_language": {{"language": "english", "test": "clb", "listening": {}, "reading": {}, "writing": {}, "speaking": {}, "test_date": "{ty:04}-{tm:02}-15"}},
                "second_language": {second},
                "work": [{}]
            }}}}"#,
            levels[0], levels[1], levels[2], levels[3], jobs.join(", ")
        )
    }
}

fn check(scenario: &Scenario, reach: u16) -> Result<(), TestCaseError> {
    let book = RuleBook::shipped();
    let tables = LanguageTables::official();
    let from = day("2026-12-03");
    let calendar = common::plans::calendar(scenario, &book, from, 36);
    let now = calendar.rules_at(0).total(&calendar.profile_at(0, tables));
    let target = (now + reach).min(1200);
    let found = plans_on_calendar(
        &calendar,
        target,
        None,
        &EffortTable::shipped(),
        tables,
        true,
        5,
        true,
        None,
        &|dims| dims,
    );
    for dated in &found {
        let plan = &dated.plan;
        let moves: Vec<Move> = plan
            .steps
            .iter()
            .flat_map(|step| step.changes.iter().copied())
            .collect();
        let on_the_day = calendar.profile_at(dated.months, tables);
        let (profile, extras, background) = carried_out(
            &scenario.situation(),
            calendar.reference,
            &on_the_day,
            &moves,
            &plan.test_days,
            dated.done_on,
            tables,
        );
        let situation = Situation {
            profile: &profile,
            extras: &extras,
            background: &background,
        };
        let scored = profile_on(&situation, calendar.reference, from, dated.done_on, tables).profile;
        let total = book.for_day(dated.done_on).total(&scored);
        prop_assert_eq!(
            total,
            plan.total,
            "plan {:?} done {} on {}",
            plan.steps.iter().map(|s| s.label.clone()).collect::<Vec<_>>(),
            dated.done_on,
            scenario.background.work.as_ref().map(|w| w.len()).unwrap_or(0)
        );
        prop_assert!(total >= target, "a plan reaches its target on its day");
    }
    Ok(())
}

/// Whether `a` is at least as good as `b` on effort, finishing day, score
/// and rounds opened, and better on one: written out plainly.
fn beats(a: &(u32, u16, u16, Vec<String>), b: &(u32, u16, u16, Vec<String>)) -> bool {
    let opens_all = b.3.iter().all(|kind| a.3.contains(kind));
    let as_good = a.0 <= b.0 && a.1 <= b.1 && a.2 >= b.2 && opens_all;
    let strictly = a.0 < b.0 || a.1 < b.1 || a.2 > b.2 || (opens_all && a.3.len() > b.3.len());
    as_good && strictly
}

/// The plans shown are exactly those no plan found beats (among the
/// cheapest, as many as are shown).
fn check_front(scenario: &Scenario, reach: u16) -> Result<(), TestCaseError> {
    let book = RuleBook::shipped();
    let tables = LanguageTables::official();
    let from = day("2026-12-03");
    let calendar = common::plans::calendar(scenario, &book, from, 36);
    let now = calendar.rules_at(0).total(&calendar.profile_at(0, tables));
    let target = (now + reach).min(1200);
    let run = |all: bool| {
        plans_on_calendar(
            &calendar,
            target,
            None,
            &EffortTable::shipped(),
            tables,
            true,
            200,
            all,
            None,
            &|dims| dims,
        )
    };
    let measure = |dated: &crs_planner::advisor::calendar::DatedPlan| {
        (
            dated.plan.effort,
            dated.months,
            dated.plan.total,
            kinds_open_after(&calendar, dated, tables),
        )
    };
    let every: Vec<_> = run(true).iter().map(measure).collect();
    let shown: Vec<_> = run(false).iter().map(measure).collect();
    let front: Vec<_> = every
        .iter()
        .filter(|plan| !every.iter().any(|other| beats(other, plan)))
        .cloned()
        .collect();
    prop_assert_eq!(shown.len(), front.len());
    for plan in &shown {
        prop_assert!(front.contains(plan), "{:?} is beaten", plan);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Every target from today's score to the most the calendar reaches has
    /// a plan; one past it has none, and the advice says why.
    #[test]
    fn every_reachable_target_has_a_plan(json in any_person(), fraction in 0.0f64..=1.0) {
        let scenario = scenario::parse(&json, "random", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        prop_assume!(scenario.is_ok());
        let scenario = scenario.unwrap().settled(day("2026-12-03"), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        let book = RuleBook::shipped();
        let tables = LanguageTables::official();
        let from = day("2026-12-03");
        let calendar = common::plans::calendar(&scenario, &book, from, 36);
        let effort = EffortTable::shipped();
        let advice = |target: u16| plan_on_calendar(&calendar, target, None, tables, &effort, false, None);
        let now = advice(1).in_hand.current;
        let most = advice(1).in_hand.reachable_max;
        prop_assume!(most > now);
        let target = now + 1 + ((f64::from(most - now - 1)) * fraction).round() as u16;
        let reached = advice(target);
        prop_assert!(!reached.in_hand.plans.is_empty(), "no plan to {} (now {}, at most {})", target, now, most);
        prop_assert!(reached.in_hand.plans.iter().all(|plan| plan.total >= target));
        let beyond = advice(most + 1);
        prop_assert!(beyond.in_hand.plans.is_empty());
        let said = crs_planner::advisor::plan::render(&beyond);
        let why = format!("reaches {}, short of {}", most, most + 1);
        prop_assert!(said.contains(&why), "{}", said);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn only_plans_nothing_beats_are_shown(json in any_person(), reach in 1u16..=60) {
        let scenario = scenario::parse(&json, "random", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        prop_assume!(scenario.is_ok());
        check_front(&scenario.unwrap().settled(day("2026-12-03"), crs_planner::engine::eligibility::ReferenceSource::Shipped), reach)?;
    }

    #[test]
    fn a_plan_carried_out_scores_its_total_on_its_day(json in any_person(), reach in 1u16..=60) {
        let scenario = scenario::parse(&json, "random", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped);
        prop_assume!(scenario.is_ok());
        check(&scenario.unwrap().settled(day("2026-12-03"), crs_planner::engine::eligibility::ReferenceSource::Shipped), reach)?;
    }
}

/// The nurse of issue 22: full-time in Canada since 2025-03-01. No plan
/// adds a year of work the job already fills, in Canada or abroad.
#[test]
fn an_ongoing_full_time_job_leaves_no_months_for_planned_work() {
    let json = r#"{"format": "crs-scenario/1", "profile": {
        "birth_date": "1994-05-02", "education": "bachelors",
        "first_language": {"language": "english", "test": "celpip", "listening": 9, "reading": 8, "writing": 8, "speaking": 9, "test_date": "2025-11-14"},
        "work": [{"noc": "31301", "where": "canada", "from": "2025-03-01", "to": null, "hours_per_week": 37}]
    }}"#;
    let scenario = scenario::parse(
        json,
        "nurse",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
    .settled(
        day("2026-12-03"),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    );
    let book = RuleBook::shipped();
    let tables = LanguageTables::official();
    let from = day("2026-12-03");
    let calendar = common::plans::calendar(&scenario, &book, from, 36);
    let now = calendar.rules_at(0).total(&calendar.profile_at(0, tables));
    for reach in [5, 11, 20, 40, 80] {
        let found = plans_on_calendar(
            &calendar,
            now + reach,
            None,
            &EffortTable::shipped(),
            tables,
            true,
            8,
            true,
            None,
            &|dims| dims,
        );
        assert!(!found.is_empty(), "a plan for +{reach}");
        for dated in &found {
            for step in &dated.plan.steps {
                assert!(
                    !step
                        .changes
                        .iter()
                        .any(|c| matches!(c, Move::CanadianExperience(_) | Move::ForeignExperience(_))),
                    "planned work while the job fills the months: {}",
                    step.label
                );
            }
        }
        check(&scenario, reach).unwrap();
    }
}
