//! Plans to a chance of an invitation: the search against a brute force
//! over small move spaces, every finishing month and every combination of
//! the selected steps, with the outlook itself as the judge (the person
//! the plan makes, their eligibility on its day, the pace of each kind).

use common::plans::small_space;
use crs_planner::advisor::calendar::{plans_on_calendar, Calendar, ChanceAim};
use crs_planner::advisor::goal::Start;
use crs_planner::advisor::outlook::{Asker, Model, Prepared};
use crs_planner::advisor::plan::Dimension;
use crs_planner::advisor::EffortTable;
use crs_planner::engine::eligibility::Situation;
use crs_planner::engine::{Date, LanguageTables, RuleBook};
use crs_planner::scenario::{self, Scenario};
use proptest::prelude::*;

use crate::common;

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

fn pace(from: Date) -> Prepared {
    let loaded = crs_planner::draws::load(None, crate::common::today());
    Model::shipped().prepare(&crs_planner::advisor::outlook::past_rounds(&loaded.feed), from)
}

/// The outlook's chance for the person a planned profile makes on `done_on`.
fn judged(
    calendar: &Calendar,
    months: u16,
    planned: &crs_planner::engine::Profile,
    pace: &Prepared,
    within: u16,
) -> f64 {
    let tables = LanguageTables::official();
    let base = calendar.profile_at(months, tables);
    let situation = Situation {
        profile: &base,
        ..calendar.situation
    };
    let done_on = calendar.day(months);
    let report = Start::new(situation, calendar.reference, done_on).planned_report(planned);
    let score = calendar.rules_at(months).total(planned);
    let (asker, _) = Asker::from_report(score, &report, planned.provincial_nomination);
    pace.forecast(&asker, &[within]).any[0]
}

fn brute_force(
    calendar: &Calendar,
    least: f64,
    within: u16,
    pace: &Prepared,
    select: &dyn Fn(Vec<Dimension>) -> Vec<Dimension>,
) -> Option<u32> {
    let tables = LanguageTables::official();
    let effort = EffortTable::shipped();
    let mut best: Option<u32> = None;
    for months in 0..=calendar.horizon {
        // The moves as the search has them (their pricing is tested
        // elsewhere); what is checked here is the search to a chance.
        let (base, dims) = calendar.moves_at(months, &effort, tables, true);
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
            if best.is_none_or(|b| cost < b) && judged(calendar, months, &profile, pace, within) >= least {
                best = Some(cost);
            }
            let mut position = 0;
            while position < dims.len() {
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

prop_compose! {
    fn any_person()(
        age in 22u8..=40,
        levels in proptest::collection::vec(5u8..=10, 4),
        tested in (2023u16..=2026, 1u8..=12),
        canadian in proptest::option::of((2023u16..=2026, 1u8..=12)),
        education in proptest::sample::select(vec!["secondary", "bachelors", "masters"]),
    ) -> String {
        let (ty, tm) = tested;
        let work = canadian.map_or(String::new(), |(y, m)| format!(
            r#", "work": [{{"noc": "21232", "where": "canada", "from": "{y:04}-{m:02}-01", "to": null, "hours_per_week": 40}}]"#
        ));
        format!(
            r#"{{"format": "crs-scenario/1", "profile": {{
                "age": {age}, "education": "{education}",
                "first_language": {{"language": "english", "test": "clb", "listening": {}, "reading": {}, "writing": {}, "speaking": {}, "test_date": "{ty:04}-{tm:02}-15"}}{work}
            }}}}"#,
            levels[0], levels[1], levels[2], levels[3]
        )
    }
}

fn scenario_of(json: &str, from: Date) -> Option<Scenario> {
    scenario::parse(
        json,
        "random",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .ok()
    .map(|s| s.settled(from, crs_planner::engine::eligibility::ReferenceSource::Shipped))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The cheapest plan to a chance costs what the brute force's does, and
    /// every plan shown reaches the chance by the outlook's own reckoning.
    #[test]
    fn plans_to_a_chance_match_the_brute_force(
        json in any_person(),
        pick in proptest::collection::vec(0usize..12, 1..=3),
        fraction in 0.2f64..=1.0,
        within in prop_oneof![Just(6u16), Just(12)],
    ) {
        let from = day("2026-12-03");
        let scenario = scenario_of(&json, from);
        prop_assume!(scenario.is_some());
        let scenario = scenario.unwrap();
        let book = RuleBook::shipped();
        let calendar = common::plans::calendar(&scenario, &book, from, 18);
        let pace = pace(from);
        let select = |dims: Vec<Dimension>| small_space(&dims, &pick);
        let tables = LanguageTables::official();
        // A chance some plan of the space reaches: a share of the most any
        // does (the strongest steps, on the best month).
        let top = (0..=calendar.horizon)
            .map(|months| {
                let (base, dims) = calendar.moves_at(months, &EffortTable::shipped(), tables, true);
                let dims = select(dims);
                let strongest = dims.iter().fold(base, |p, dim| dim.options[dim.strongest].apply(&p, tables));
                judged(&calendar, months, &strongest, &pace, within)
            })
            .fold(0.0f64, f64::max);
        prop_assume!(top > 0.005);
        let least = (top * fraction).max(0.001);
        let aim = ChanceAim { pace: &pace, least, within };
        let found = plans_on_calendar(&calendar, 1, None, &EffortTable::shipped(), tables, true, 3, true, Some(&aim), &select);
        let expected = brute_force(&calendar, least, within, &pace, &select);
        prop_assert_eq!(found.iter().map(|d| d.plan.effort).min(), expected);
        for dated in &found {
            let planned = dated.plan.apply(&calendar.profile_at(dated.months, tables), tables);
            let chance = judged(&calendar, dated.months, &planned, &pace, within);
            prop_assert!(chance >= least, "a plan reaches the chance: {} < {}", chance, least);
            let said = f64::from(dated.plan.chance.unwrap()) / 1000.0;
            prop_assert!((chance - said).abs() < 0.0011, "the chance said is the chance judged");
        }
    }
}

/// A chance already reached asks for no plan; one out of reach says so.
#[test]
fn a_chance_met_or_out_of_reach_is_said() {
    let from = day("2026-12-03");
    let json = std::fs::read_to_string("assets/examples/work-history.json").unwrap();
    let scenario = scenario_of(&json, from).unwrap();
    let book = RuleBook::shipped();
    let calendar = common::plans::calendar(&scenario, &book, from, 36);
    let pace = pace(from);
    let tables = LanguageTables::official();
    let effort = EffortTable::shipped();
    let advise = |least: f64| {
        let aim = ChanceAim {
            pace: &pace,
            least,
            within: 12,
        };
        crs_planner::advisor::plan::plan_on_calendar(&calendar, 1, None, tables, &effort, false, Some(&aim))
    };
    let low = advise(0.05);
    assert!(crs_planner::advisor::plan::nothing_to_plan(&low));
    assert!(crs_planner::advisor::plan::render(&low).contains("Already there"));
    let half = advise(0.5);
    assert!(!half.in_hand.plans.is_empty());
    assert!(half.in_hand.plans.iter().all(|plan| plan.chance.unwrap() >= 500));
    let text = crs_planner::advisor::plan::render(&half);
    assert!(
        text.contains("Aim: a 50% chance of an invitation within 12 months of finishing"),
        "{text}"
    );
}
