//! The plan search: hand-worked cases, agreement with brute force on small
//! move spaces, and every claimed total checked against the engine.

use common::plans::{brute_force_cheapest_efforts, small_space};
use crs_planner::advisor::plan::{dimensions, search};
use crs_planner::advisor::{plan, EffortTable, Move, Slot};
use crs_planner::engine::{
    Abilities, CanadianEducation, Education, JobOffer, Language, LanguageTables, Profile, RuleBook, Spouse,
};
use crs_planner::scenario;
use proptest::prelude::*;

use crate::common;

fn baseline() -> Profile {
    scenario::load(
        "assets/examples/baseline.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
    .profile
}

#[test]
fn baseline_to_560_takes_french_to_nclc_7_and_one_english_band() {
    let book = RuleBook::shipped();
    let rules = book.get("2025-03-25").unwrap();
    let advice = plan(
        &baseline(),
        560,
        None,
        rules,
        LanguageTables::official(),
        &EffortTable::shipped(),
    );
    let best = &advice.in_hand.plans[0];
    // French 5/5/4/5 -> 7 on all four: 2+2+3+2 = 9 levels at 2x2, plus the retake 2x2 = 40;
    // it gives 9 second-language points and the 50 French bonus: 559. One English
    // ability 9 -> 10 (a retake and a level, 8) adds 3.
    assert_eq!(best.effort, 48);
    assert_eq!(best.total, 562);
    assert_eq!(
        best.steps[0].changes,
        [Move::AllAbilities {
            slot: Slot::Second,
            level: 7
        }]
    );
    assert_eq!(best.steps[0].points, 59);
    assert_eq!(best.steps[1].points, 3);
    assert!(best.pareto);
    let nomination = advice.with_nomination.expect("a nomination is still open");
    assert_eq!(nomination.total, 1100);
    assert_eq!(nomination.effort, 45);
}

#[test]
fn a_met_or_unreachable_target_gives_no_plan() {
    let book = RuleBook::shipped();
    let rules = book.get("2025-03-25").unwrap();
    let tables = LanguageTables::official();
    let effort = EffortTable::shipped();
    let met = plan(&baseline(), 480, None, rules, tables, &effort);
    assert!(met.in_hand.plans.is_empty());
    assert!(met.with_nomination.is_none());
    let far = plan(&baseline(), 1150, None, rules, tables, &effort);
    assert!(far.in_hand.plans.is_empty());
    assert!(far.in_hand.reachable_max < 1150);
    assert!(far.with_nomination.is_some(), "only a nomination gets there");
}

#[test]
fn effort_data_changes_the_plan() {
    let book = RuleBook::shipped();
    let rules = book.get("2025-03-25").unwrap();
    let mut effort = EffortTable::shipped();
    effort
        .apply_json(
            r#"{"format": "crs-effort/1", "moves": {"canadian_experience_year": {"months": 12, "difficulty": 1},
                "new_language": {"months": 24, "difficulty": 5}, "language_retake": {"months": 24, "difficulty": 5}}}"#,
            false,
        )
        .unwrap();
    let advice = plan(&baseline(), 520, None, rules, LanguageTables::official(), &effort);
    assert_eq!(
        advice.in_hand.plans[0].steps[0].changes,
        [Move::CanadianExperience(3)]
    );
    let bad = effort.apply_json(
        r#"{"format": "crs-effort/1", "moves": {"teleport": {"months": 1, "difficulty": 1}}}"#,
        false,
    );
    assert!(bad
        .unwrap_err()
        .to_string()
        .starts_with("moves.teleport: unknown move"));
    let bad = effort.apply_json(
        r#"{"format": "crs-effort/1", "moves": {"language_level": {"months": 1, "difficulty": 9}}}"#,
        false,
    );
    assert_eq!(
        bad.unwrap_err().to_string(),
        "moves.language_level.difficulty: expected 1 to 5, found 9"
    );
    // Text after the object is a mistake in the file, not ignored.
    let bad = effort.apply_json(r#"{"format": "crs-effort/1", "moves": {}} and more"#, false);
    assert_eq!(
        bad.unwrap_err().to_string(),
        "not valid JSON: unexpected text after the object (line 1, column 41)"
    );
}

fn any_profile() -> impl Strategy<Value = Profile> {
    (
        18u8..=45,
        0usize..8,
        any::<[u8; 4]>(),
        proptest::option::of(any::<[u8; 4]>()),
        0u8..=6,
        0u8..=4,
        any::<bool>(),
        proptest::option::of((0usize..8, proptest::option::of(any::<[u8; 4]>()), 0u8..=5)),
    )
        .prop_map(
            |(age, education, first, second, canadian, foreign, certificate, spouse)| {
                let tables = LanguageTables::official();
                let levels = |raw: [u8; 4]| Abilities(raw.map(|v| 3 + v % 9));
                let mut profile = Profile::new(
                    age,
                    Education::ALL[education],
                    tables.plain_levels(Language::English, levels(first)),
                );
                profile.second_language =
                    second.map(|raw| tables.plain_levels(Language::French, levels(raw)));
                profile.canadian_experience_years = canadian;
                profile.foreign_experience_years = foreign;
                profile.certificate_of_qualification = certificate;
                profile.canadian_education = CanadianEducation::None;
                profile.job_offer = JobOffer::None;
                profile.spouse = spouse.map(|(education, language, years)| Spouse {
                    education: Education::ALL[education],
                    language: language.map(|raw| tables.plain_levels(Language::English, levels(raw))),
                    canadian_experience_years: years,
                });
                profile
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_search_matches_brute_force_on_small_spaces(
        profile in any_profile(),
        pick in proptest::collection::vec(0usize..12, 1..=4),
        reach in 1u16..=150,
    ) {
        let book = RuleBook::shipped();
        let rules = book.get("2025-03-25").unwrap();
        let tables = LanguageTables::official();
        let dims = dimensions(&profile, &EffortTable::shipped(), rules, tables);
        let space = small_space(&dims, &pick);
        let current = rules.score(&profile).total;
        let target = (current + reach).min(1200);
        let found = search(&profile, &space, target, None, rules, tables, 3);
        let expected = brute_force_cheapest_efforts(&profile, &space, 3, &|p: &Profile| rules.score(p).total >= target);
        prop_assert!(found.complete);
        prop_assert_eq!(found.plans.first().map(|p| p.effort), expected.first().copied());
        // Not only the cheapest plan: every plan kept is one of the cheapest
        // in which each step is needed, in the search's passes as in one.
        let efforts: Vec<u32> = found.plans.iter().map(|plan| plan.effort).collect();
        prop_assert_eq!(efforts, expected);
        for plan in &found.plans {
            prop_assert!(plan.total >= target);
        }
    }

    #[test]
    fn a_plans_claimed_total_is_the_engines_score_of_it(profile in any_profile(), reach in 1u16..=200) {
        let book = RuleBook::shipped();
        let rules = book.get("2025-03-25").unwrap();
        let tables = LanguageTables::official();
        let current = rules.score(&profile).total;
        let target = (current + reach).min(1200);
        let advice = plan(&profile, target, None, rules, tables, &EffortTable::shipped());
        for plan in advice.in_hand.plans.iter().chain(advice.with_nomination.iter()) {
            let applied = plan.apply(&profile, tables);
            prop_assert_eq!(rules.score(&applied).total, plan.total);
            prop_assert!(plan.total >= target);
            let summed: i32 = plan.steps.iter().map(|s| s.points).sum();
            prop_assert_eq!(summed, i32::from(plan.total) - i32::from(current));
            prop_assert!(plan.steps.iter().all(|s| s.points > 0), "a move that scores nothing is never part of a plan");
            prop_assert_eq!(plan.effort, plan.steps.iter().map(|s| s.effort).sum::<u32>());
        }
        for pair in advice.in_hand.plans.windows(2) {
            if pair[0].pareto == pair[1].pareto {
                prop_assert!(pair[0].effort <= pair[1].effort);
            }
        }
    }

    /// The search takes a step by copying its part of the profile, and
    /// leaves one out by putting that part back: both rely on every
    /// dimension changing its own part only, which this checks.
    #[test]
    fn dimensions_are_separate_parts_of_the_profile(profile in any_profile(), picks in proptest::collection::vec(any::<usize>(), 2)) {
        let book = RuleBook::shipped();
        let rules = book.get("2025-03-25").unwrap();
        let tables = LanguageTables::official();
        let dims = dimensions(&profile, &EffortTable::shipped(), rules, tables);
        for (i, first) in dims.iter().enumerate() {
            for (j, second) in dims.iter().enumerate() {
                if i == j {
                    continue;
                }
                let a = &first.options[picks[0] % first.options.len()];
                let b = &second.options[picks[1] % second.options.len()];
                let with_a = a.apply(&profile, tables);
                let mut both = b.apply(&with_a, tables);
                for part in &b.parts {
                    part.change.restore(&mut both, &profile);
                }
                prop_assert_eq!(both, with_a, "dimension {} changes what dimension {} restores", j, i);
                let mut undone = with_a;
                for part in &a.parts {
                    part.change.restore(&mut undone, &profile);
                }
                prop_assert_eq!(undone, profile);
            }
        }
    }
}
