//! Plans to a round rather than a score: what the round asks becomes part of
//! the goal. Hand-worked cases, and agreement with brute force on small move
//! spaces for random people, work histories and round kinds.

use common::plans::{brute_force_cheapest_efforts, small_space};
use crs_planner::advisor::plan::{dimensions, search};
use crs_planner::advisor::{plan, Advice, EffortTable, Move, RoundGoal, Slot, Start};
use crs_planner::engine::eligibility::{
    Answer, Background, Job, Noc, Place, Program, Reference, RoundKind, Situation,
};
use crs_planner::engine::{
    Abilities, Date, Education, Extras, JobOffer, Language, LanguageTables, Profile, RuleBook,
};
use proptest::prelude::*;

use crate::common;

fn today() -> Date {
    "2026-11-29".parse().unwrap()
}

fn job(code: &str, place: Place, from: &str, to: Option<&str>, hours: u8) -> Job {
    Job {
        noc: Noc::parse(code).unwrap(),
        place,
        from: from.parse().unwrap(),
        to: to.map(|d| d.parse().unwrap()),
        hours_per_week: hours,
        self_employed: false,
        while_full_time_student: false,
    }
}

/// 30, a bachelor's, English CLB 9 on all four, no Canadian years.
fn person() -> Profile {
    let tables = LanguageTables::official();
    Profile::new(
        30,
        Education::Bachelors,
        tables.plain_levels(Language::English, Abilities([9, 9, 9, 9])),
    )
}

fn background(work: Vec<Job>) -> Background {
    Background {
        work: Some(work),
        funds_cad: Some(30_000.0),
        ..Background::default()
    }
}

/// Seven years as a developer abroad, ended last year.
fn developer_abroad() -> Background {
    background(vec![job(
        "21232",
        Place::Abroad,
        "2019-01-07",
        Some("2025-12-31"),
        40,
    )])
}

fn advise(profile: &Profile, background: &Background, kind: RoundKind, target: u16) -> Advice {
    let book = RuleBook::shipped();
    let rules = book.in_force_on(today()).unwrap();
    let extras = Extras::default();
    let start = Start::new(
        Situation {
            profile,
            extras: &extras,
            background,
        },
        Reference::shipped(),
        today(),
    );
    let goal = RoundGoal::new(kind, start);
    plan(
        profile,
        target,
        Some(&goal),
        rules,
        LanguageTables::official(),
        &EffortTable::shipped(),
    )
}

fn has_move(advice: &Advice, wanted: impl Fn(Move) -> bool) -> bool {
    advice
        .in_hand
        .plans
        .iter()
        .all(|plan| plan.steps.iter().flat_map(|s| &s.changes).any(|&m| wanted(m)))
}

#[test]
fn a_plan_to_french_rounds_reaches_nclc_7_on_all_four_even_when_the_score_is_there() {
    let profile = person();
    let work = developer_abroad();
    let advice = advise(&profile, &work, RoundKind::Category("french".into()), 300);
    let round = advice.round.as_ref().unwrap();
    assert_eq!(round.now, Some(false));
    assert_eq!(round.label, "French-language proficiency rounds");
    assert!(!advice.in_hand.plans.is_empty());
    assert!(has_move(&advice, |m| matches!(
        m,
        Move::NewResult { slot: Slot::Second, language: Language::French, level } if level >= 7
    )));
}

#[test]
fn a_plan_to_cec_rounds_takes_a_year_of_canadian_work() {
    let profile = person();
    let work = developer_abroad();
    let advice = advise(&profile, &work, RoundKind::Program(Program::Cec), 300);
    assert_eq!(advice.round.as_ref().unwrap().now, Some(false));
    assert!(has_move(
        &advice,
        |m| matches!(m, Move::CanadianExperience(years) if years >= 1)
    ));
}

#[test]
fn a_canadian_year_continues_a_listed_job_and_opens_its_category() {
    // A nurse in Canada since May: 7 of the 12 months the 2026 list asks.
    let profile = person();
    let work = background(vec![job("31301", Place::Canada, "2026-05-04", None, 37)]);
    let advice = advise(&profile, &work, RoundKind::Category("healthcare".into()), 300);
    assert_eq!(advice.round.as_ref().unwrap().now, Some(false));
    assert!(has_move(&advice, |m| matches!(m, Move::CanadianExperience(1))));
    // The same months as a developer: no move here changes the occupation.
    let work = background(vec![job("21232", Place::Canada, "2026-05-04", None, 37)]);
    let advice = advise(&profile, &work, RoundKind::Category("healthcare".into()), 300);
    assert!(advice.in_hand.plans.is_empty());
    let round = advice.round.unwrap();
    assert!(
        round.out_of_reach[0].to_string().contains("listed occupation"),
        "{:?}",
        round.out_of_reach
    );
}

#[test]
fn without_a_work_history_a_plan_says_what_stays_unknown() {
    let profile = person();
    let none = Background {
        work: None,
        funds_cad: Some(30_000.0),
        ..Background::default()
    };
    let score = advise(&profile, &none, RoundKind::Pool, 300).in_hand.current;
    let advice = advise(&profile, &none, RoundKind::Program(Program::Cec), score + 20);
    assert_eq!(advice.round.as_ref().unwrap().now, None);
    assert!(!advice.in_hand.plans.is_empty());
    for plan in &advice.in_hand.plans {
        assert!(
            plan.not_known
                .iter()
                .any(|reason| reason.to_string().to_lowercase().contains("work history")),
            "{:?}",
            plan.not_known
        );
    }
}

#[test]
fn provincial_nominee_rounds_need_the_nomination() {
    let profile = person();
    let work = developer_abroad();
    let advice = advise(&profile, &work, RoundKind::Nominated, 300);
    assert!(advice.in_hand.plans.is_empty());
    let nominated = advice.with_nomination.expect("a nomination opens them");
    assert!(nominated
        .steps
        .iter()
        .any(|step| step.changes.contains(&Move::ProvincialNomination)));
}

#[test]
fn a_person_already_in_needs_no_plan() {
    let profile = person();
    let work = developer_abroad();
    let advice = advise(&profile, &work, RoundKind::Program(Program::Fsw), 300);
    assert_eq!(advice.round.as_ref().unwrap().now, Some(true));
    assert!(advice.in_hand.plans.is_empty());
    assert!(advice.with_nomination.is_none());
}

fn any_job() -> impl Strategy<Value = Job> {
    // Listed and unlisted, TEER 0 to 5, trades: categories, CEC's TEER 2/3
    // rule and FST all come into play.
    let codes = [
        "21232", "31301", "72310", "44101", "62200", "00012", "41200", "33102",
    ];
    (
        proptest::sample::select(codes.to_vec()),
        any::<bool>(),
        0i64..4000,
        proptest::option::weighted(0.7, 30i64..2500),
        prop_oneof![Just(40u8), Just(30), Just(20), 8u8..=60],
    )
        .prop_map(|(code, canada, back, length, hours)| {
            let from = Date::from_days_since_unix_epoch(today().days_since_unix_epoch() - back).unwrap();
            Job {
                noc: Noc::parse(code).unwrap(),
                place: if canada { Place::Canada } else { Place::Abroad },
                from,
                to: length.map(|days| {
                    Date::from_days_since_unix_epoch(from.days_since_unix_epoch() + days)
                        .unwrap()
                        .min(today())
                }),
                hours_per_week: hours,
                self_employed: false,
                while_full_time_student: false,
            }
        })
}

fn any_person() -> impl Strategy<Value = (Profile, Background, Extras)> {
    (
        18u8..=50,
        0usize..8,
        any::<[u8; 4]>(),
        proptest::option::of((any::<bool>(), any::<[u8; 4]>())),
        0u8..=3,
        0u8..=3,
        any::<bool>(),
        proptest::option::weighted(0.8, proptest::collection::vec(any_job(), 0..4)),
        proptest::option::of(0u32..40_000),
        proptest::option::of(0i64..1100),
    )
        .prop_map(
            |(age, education, first, second, canadian, foreign, offer, work, funds, tested)| {
                let tables = LanguageTables::official();
                let levels = |raw: [u8; 4]| Abilities(raw.map(|v| 3 + v % 8));
                let mut profile = Profile::new(
                    age,
                    Education::ALL[education],
                    tables.plain_levels(Language::English, levels(first)),
                );
                profile.second_language = second.map(|(french, raw)| {
                    let language = if french {
                        Language::French
                    } else {
                        Language::English
                    };
                    tables.plain_levels(language, levels(raw))
                });
                profile.canadian_experience_years = canadian;
                profile.foreign_experience_years = foreign;
                profile.job_offer = if offer { JobOffer::Other } else { JobOffer::None };
                let background = Background {
                    work,
                    funds_cad: funds.map(f64::from),
                    ..Background::default()
                };
                let mut extras = Extras::default();
                // Some first results older than two years: no longer valid.
                extras.dates.first_language_test = tested.map(|days| {
                    Date::from_days_since_unix_epoch(today().days_since_unix_epoch() - days).unwrap()
                });
                (profile, background, extras)
            },
        )
}

fn any_round() -> impl Strategy<Value = RoundKind> {
    prop_oneof![
        Just(RoundKind::Pool),
        Just(RoundKind::Program(Program::Cec)),
        Just(RoundKind::Program(Program::Fsw)),
        Just(RoundKind::Program(Program::Fst)),
        Just(RoundKind::Category("french".into())),
        Just(RoundKind::Category("healthcare".into())),
        Just(RoundKind::Category("trades".into())),
        Just(RoundKind::Category("senior-managers".into())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(250))]

    /// The search with a round goal finds exactly the cheapest plans a brute
    /// force finds, the brute force judging each plan by the eligibility
    /// engine alone (no bound, no kept answers).
    #[test]
    fn a_round_goal_search_matches_brute_force(
        (profile, background, extras) in any_person(),
        kind in any_round(),
        pick in proptest::collection::vec(0usize..12, 1..=4),
        reach in 0u16..=120,
    ) {
        let book = RuleBook::shipped();
        let rules = book.in_force_on(today()).unwrap();
        let tables = LanguageTables::official();
        let dims = dimensions(&profile, &EffortTable::shipped(), rules, tables);
        let space = small_space(&dims, &pick);
        let target = (rules.total(&profile) + reach).min(1200);
        let start = Start::new(Situation { profile: &profile, extras: &extras, background: &background }, Reference::shipped(), today());
        let goal = RoundGoal::new(kind.clone(), start.clone());
        let found = search(&profile, &space, target, Some(&goal), rules, tables, 3);
        let judge = |planned: &Profile| {
            rules.total(planned) >= target && start.planned_entry(planned, &kind).answer != Answer::No
        };
        let expected = brute_force_cheapest_efforts(&profile, &space, 3, &judge);
        prop_assert!(found.complete);
        let efforts: Vec<u32> = found.plans.iter().map(|plan| plan.effort).collect();
        prop_assert_eq!(efforts, expected);
        for plan in &found.plans {
            prop_assert!(judge(&plan.apply(&profile, tables)));
        }
    }
}
