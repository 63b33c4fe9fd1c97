//! A result that lapses before a plan is done is planned as a retake from
//! its last levels: `language_retake` plus `language_level` for each level
//! above them. The calendar search, cut to the first language alone,
//! against a brute force that prices each way of sitting the test again
//! from the formula, on random dated profiles.

use crs_planner::advisor::calendar::plans_on_calendar;
use crs_planner::advisor::plan::Dimension;
use crs_planner::advisor::{EffortTable, Slot};
use crs_planner::engine::{Abilities, Date, Language, LanguageTables, RuleBook};
use crs_planner::scenario;
use proptest::prelude::*;

use crate::common;

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

/// The ways to sit the English test again, as levels: the same levels, one
/// ability (or those at the same level) raised, or every ability to at
/// least a level. Each is priced by the formula.
fn ways(last: [u8; 4]) -> Vec<([u8; 4], u32)> {
    let effort = EffortTable::shipped();
    let retake = |levels: [u8; 4]| {
        let raised: u32 = (0..4).map(|i| u32::from(levels[i] - last[i])).sum();
        let retake = effort.get(crs_planner::advisor::plan::EffortKind::LanguageRetake);
        let level = effort.get(crs_planner::advisor::plan::EffortKind::LanguageLevel);
        u32::from(retake.months) * u32::from(retake.difficulty)
            + raised * u32::from(level.months) * u32::from(level.difficulty)
    };
    let mut found = vec![(last, retake(last))];
    for group in last {
        for to in (group + 1)..=10 {
            // One ability of those at a level stands for all of them: the
            // score reads which levels a result has, not whose they are.
            let mut one = last;
            if let Some(i) = (0..4).find(|&i| last[i] == group) {
                one[i] = to;
            }
            found.push((one, retake(one)));
        }
    }
    let lowest = *last.iter().min().unwrap();
    for to in (lowest + 1)..=10 {
        let levels = last.map(|l| l.max(to));
        found.push((levels, retake(levels)));
    }
    found
}

prop_compose! {
    fn any_case()(
        levels in proptest::array::uniform4(5u8..=10),
        tested in (2023u16..=2026, 1u8..=12),
        age in 22u8..=40,
        reach in 0u16..=80,
    ) -> (String, [u8; 4], u16) {
        let (y, m) = tested;
        (format!(
            r#"{{"format": "crs-scenario/1", "profile": {{"age": {age}, "education": "bachelors",
                "first_language": {{"language": "english", "test": "clb", "listening": {}, "reading": {}, "writing": {}, "speaking": {}, "test_date": "{y:04}-{m:02}-15"}}}}}}"#,
            levels[0], levels[1], levels[2], levels[3]
        ), levels, reach)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_lapsed_result_is_priced_as_a_retake((json, last, reach) in any_case()) {
        let scenario = scenario::parse(&json, "random", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped).unwrap();
        let book = RuleBook::shipped();
        let tables = LanguageTables::official();
        let from = day("2026-12-03");
        let calendar = common::plans::calendar(&scenario, &book, from, 30);
        let now = calendar.rules_at(0).total(&calendar.profile_at(0, tables));
        let target = now.saturating_sub(40) + reach;
        let first_only = |dims: Vec<Dimension>| -> Vec<Dimension> {
            dims.into_iter()
                .filter(|dim| dim.options.iter().all(|o| o.parts.iter().all(|p| p.change.language_slot() == Some(Slot::First))))
                .collect()
        };
        let found = plans_on_calendar(&calendar, target, None, &EffortTable::shipped(), tables, true, 3, true, None, &first_only);
        // The brute force: every month, waiting alone or each way of
        // sitting the test (valid results raised, lapsed ones retaken).
        let mut best: Option<u32> = None;
        for months in 0..=calendar.horizon {
            let base = calendar.profile_at(months, tables);
            let rules = calendar.rules_at(months);
            if rules.total(&base) >= target {
                best = Some(0);
                break;
            }
            let lapsed = calendar.lapsed_at(months).first.is_some();
            for (levels, cost) in ways(last) {
                // A valid result raised costs the same formula; kept as it is
                // costs nothing and is waiting, above.
                if !lapsed && levels == last {
                    continue;
                }
                let step_months = 2 + 2 * u16::from((0..4).map(|i| levels[i] - last[i]).max().unwrap());
                if step_months > months {
                    continue;
                }
                let mut planned = base;
                planned.first_language = tables.plain_levels(Language::English, Abilities(levels));
                if rules.total(&planned) >= target && best.is_none_or(|b| cost < b) {
                    best = Some(cost);
                }
            }
        }
        prop_assert_eq!(found.iter().map(|d| d.plan.effort).min(), best);
    }
}
