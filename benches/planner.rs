//! One keystroke's work in the planner: the state update, the gains
//! recomputed, and the whole screen drawn into a 120x40 TestBackend.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use crs_planner::engine::{Date, RuleBook};
use crs_planner::scenario::{self, Scenario};
use crs_planner::tui::{ui, App};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn keystroke(c: &mut Criterion) {
    let date: Date = "2026-01-01".parse().unwrap();
    let profile = scenario::parse(
        include_str!("../assets/examples/baseline.json"),
        "baseline",
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
    .profile;
    let mut app = App::new(RuleBook::shipped(), date, Scenario::new(profile), None).unwrap();
    app.resize(120, 40);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    // Alternate right and left on the age field so every press changes the score.
    let keys = [
        KeyEvent::new(KeyCode::Right, KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Left, KeyModifiers::NONE),
    ];
    let mut turn = 0;
    c.bench_function("planner/keystroke_update_gains_draw_120x40", |b| {
        b.iter(|| {
            app.handle_key(keys[turn % 2]);
            turn += 1;
            terminal.draw(|frame| ui::draw(frame, black_box(&app))).unwrap();
        })
    });
    // The same in French, side by side: every word on screen is a message
    // formatted from the catalogue in either language, so this shows what
    // French's longer text and number formatting cost.
    crs_planner::i18n::set_language("fr");
    c.bench_function("planner/keystroke_update_gains_draw_120x40_in_french", |b| {
        b.iter(|| {
            app.handle_key(keys[turn % 2]);
            turn += 1;
            terminal.draw(|frame| ui::draw(frame, black_box(&app))).unwrap();
        })
    });
    crs_planner::i18n::set_language("en");
    // The same with a work history: eligibility and what each gain opens
    // are worked out again on every key.
    let worker = scenario::parse(
        include_str!("../assets/examples/work-history.json"),
        "work history",
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut worker_app = App::new(RuleBook::shipped(), date, worker, None).unwrap();
    worker_app.resize(120, 40);
    c.bench_function("planner/keystroke_with_work_history_120x40", |b| {
        b.iter(|| {
            worker_app.handle_key(keys[turn % 2]);
            turn += 1;
            terminal
                .draw(|frame| ui::draw(frame, black_box(&worker_app)))
                .unwrap();
        })
    });
    c.bench_function("planner/gains_and_the_rounds_each_opens", |b| {
        let rules = RuleBook::shipped();
        let rules = rules.get("2025-03-25").unwrap();
        let scenario = &worker_app.state.scenario;
        let reference = crs_planner::engine::eligibility::Reference::shipped();
        let now = crs_planner::engine::eligibility::assess(&scenario.situation(), reference, date);
        let start = crs_planner::advisor::Start::new(
            crs_planner::engine::eligibility::Situation {
                profile: &scenario.profile,
                extras: &scenario.extras,
                background: &scenario.background,
            },
            reference,
            date,
        );
        let tables = crs_planner::engine::LanguageTables::official();
        b.iter(|| {
            let mut gains = crs_planner::advisor::gains(black_box(&scenario.profile), rules, tables);
            crs_planner::advisor::goal::mark_openings(&mut gains, &start, &now, tables);
            gains
        })
    });
    c.bench_function("planner/gains_only", |b| {
        let rules = RuleBook::shipped();
        let rules = rules.get("2025-03-25").unwrap();
        b.iter(|| {
            crs_planner::advisor::gains(
                black_box(&app.state.scenario.profile),
                rules,
                crs_planner::engine::LanguageTables::official(),
            )
        })
    });
}

/// The plan search on the examples, on the slowest profile found in a sweep
/// of 10,000 generated profiles x 7 targets, and on the slowest cases
/// `examples/plan_adversary` found by hill-climbing on search time.
fn plan_search(c: &mut Criterion) {
    use crs_planner::advisor::{plan, EffortTable};
    use crs_planner::engine::LanguageTables;
    // The same target today alone and on the calendar (every finishing
    // month of three years, each scored on its day), side by side.
    {
        use crs_planner::advisor::calendar::{Calendar, HORIZON_MONTHS};
        let book = RuleBook::shipped();
        let dated = scenario::parse(
            include_str!("../assets/examples/dated-couple.json"),
            "dated",
            crs_planner::config::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap();
        let from: Date = "2026-11-25".parse().unwrap();
        let calendar = Calendar {
            situation: dated.situation(),
            reference: crs_planner::engine::eligibility::Reference::shipped(),
            book: &book,
            known_on: from,
            from,
            horizon: HORIZON_MONTHS,
        };
        let effort = EffortTable::shipped();
        let tables = LanguageTables::official();
        let rules = book.in_force_on(from).unwrap();
        c.bench_function("plan/dated_couple_to_520_today", |b| {
            b.iter(|| plan(black_box(&dated.profile), 520, None, rules, tables, &effort))
        });
        c.bench_function("plan/dated_couple_to_520_on_the_calendar", |b| {
            b.iter(|| {
                crs_planner::advisor::plan::plan_on_calendar(
                    black_box(&calendar),
                    520,
                    None,
                    tables,
                    &effort,
                    false,
                    None,
                )
            })
        });
        // Beside it: the same person to a kind of round (eligibility at
        // every node) and to a chance of an invitation (the outlook too).
        c.bench_function("plan/dated_couple_to_cec_rounds_on_the_calendar", |b| {
            let cec = crs_planner::engine::eligibility::RoundKind::Program(
                crs_planner::engine::eligibility::Program::Cec,
            );
            b.iter(|| {
                crs_planner::advisor::plan::plan_on_calendar(
                    black_box(&calendar),
                    520,
                    Some(&cec),
                    tables,
                    &effort,
                    false,
                    None,
                )
            })
        });
        let loaded = crs_planner::draws::load(None, crs_planner::config::today());
        let pace = crs_planner::advisor::outlook::Model::shipped()
            .prepare(&crs_planner::advisor::outlook::past_rounds(&loaded.feed), from);
        let aim = crs_planner::advisor::calendar::ChanceAim {
            pace: &pace,
            least: 0.5,
            within: 12,
        };
        c.bench_function("plan/dated_couple_to_a_50_percent_chance_on_the_calendar", |b| {
            b.iter(|| {
                crs_planner::advisor::plan::plan_on_calendar(
                    black_box(&calendar),
                    1,
                    None,
                    tables,
                    &effort,
                    false,
                    Some(&aim),
                )
            })
        });
    }
    let book = RuleBook::shipped();
    let rules = book.get("2025-03-25").unwrap();
    let tables = LanguageTables::official();
    let effort = EffortTable::shipped();
    let hardest = r#"{"age":26,"education":"two_year","first_language":{"language":"english","test":"ielts","listening":7.5,"reading":1.5,"writing":6.0,"speaking":7.5},"second_language":{"language":"french","test":"tef","listening":242,"reading":500,"writing":0,"speaking":686},"canadian_experience_years":1,"sibling_in_canada":true,"job_offer":"teer_0_major_00","spouse":{"education":"less_than_secondary","language":{"language":"english","test":"celpip","listening":9,"reading":7,"writing":0,"speaking":4},"canadian_experience_years":0}}"#;
    let cases = [
        (
            "baseline_to_560",
            include_str!("../assets/examples/baseline.json"),
            560,
        ),
        (
            "baseline_to_600",
            include_str!("../assets/examples/baseline.json"),
            600,
        ),
        (
            "trades_couple_to_477",
            include_str!("../assets/examples/trades-couple-pte.json"),
            477,
        ),
        ("hardest_found_to_591", hardest, 591),
        // Found by `examples/plan_adversary` (hill-climbing on search time).
        ("adversary_couple_tcf_to_489", ADVERSARY_489, 489),
        ("adversary_nominated_couple_to_849", ADVERSARY_849, 849),
        ("adversary_uneven_couple_to_538", ADVERSARY_538, 538),
        ("adversary_low_couple_to_905_nomination_only", ADVERSARY_905, 905),
        ("adversary_couple_to_423", ADVERSARY_423, 423),
        ("adversary_young_couple_to_492", ADVERSARY_492, 492),
        ("adversary_couple_to_394", ADVERSARY_394, 394),
        ("adversary_couple_to_546", ADVERSARY_546, 546),
        ("adversary_couple_to_528", ADVERSARY_528, 528),
        ("adversary_couple_to_489_b", ADVERSARY_489_B, 489),
        ("adversary_young_couple_to_635", ADVERSARY_635, 635),
        // The issue's case: an age-50 couple, French CLB 4/3/6/0, a target
        // only a nomination reaches.
        ("age_50_couple_french_4360_to_855", AGE_50_COUPLE, 855),
        ("age_50_couple_french_4360_to_445", AGE_50_COUPLE, 445),
    ];
    for (name, text, target) in cases {
        let profile = scenario::parse(
            text,
            name,
            crs_planner::config::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap()
        .profile;
        c.bench_function(&format!("plan/{name}"), |b| {
            b.iter(|| plan(black_box(&profile), target, None, rules, tables, &effort))
        });
    }
}

const ADVERSARY_489: &str = r#"{"age":42,"canadian_education":"none","canadian_experience_years":0,"certificate_of_qualification":false,"education":"one_year","first_language":{"language":"english","listening":7,"reading":6,"speaking":8,"test":"clb","writing":0},"foreign_experience_years":0,"job_offer":"other","provincial_nomination":false,"second_language":{"language":"french","listening":310,"reading":638,"speaking":20,"test":"tcf","writing":13},"sibling_in_canada":true,"spouse":{"canadian_experience_years":0,"education":"bachelors","language":{"language":"english","listening":25,"reading":40,"speaking":69,"test":"pte","writing":65}}}"#;
const ADVERSARY_849: &str = r#"{"age":46,"canadian_education":"none","canadian_experience_years":0,"certificate_of_qualification":false,"education":"less_than_secondary","first_language":{"language":"english","listening":0,"reading":12,"speaking":6,"test":"celpip","writing":4},"foreign_experience_years":0,"job_offer":"other","provincial_nomination":true,"second_language":{"language":"french","listening":386,"reading":345,"speaking":117,"test":"tef","writing":20},"sibling_in_canada":false,"spouse":{"canadian_experience_years":1,"education":"secondary","language":{"language":"english","listening":9.0,"reading":0.5,"speaking":7.0,"test":"ielts","writing":4.0}}}"#;
const ADVERSARY_538: &str = r#"{"age":24,"canadian_education":"none","canadian_experience_years":0,"certificate_of_qualification":false,"education":"secondary","first_language":{"language":"english","listening":0.0,"reading":6.0,"speaking":2.5,"test":"ielts","writing":6.5},"foreign_experience_years":1,"job_offer":"other","provincial_nomination":false,"second_language":{"language":"french","listening":257,"reading":390,"speaking":5,"test":"tcf","writing":12},"sibling_in_canada":false,"spouse":{"canadian_experience_years":1,"education":"one_year","language":{"language":"english","listening":4,"reading":11,"speaking":0,"test":"clb","writing":1}}}"#;
const ADVERSARY_905: &str = r#"{"age":34,"canadian_education":"none","canadian_experience_years":0,"certificate_of_qualification":false,"education":"secondary","first_language":{"language":"english","listening":4.5,"reading":3.0,"speaking":3.0,"test":"ielts","writing":3.5},"foreign_experience_years":0,"job_offer":"other","provincial_nomination":false,"second_language":{"language":"french","listening":670,"reading":469,"speaking":3,"test":"tcf","writing":5},"sibling_in_canada":false,"spouse":{"canadian_experience_years":3,"education":"secondary","language":{"language":"english","listening":1,"reading":0,"speaking":7,"test":"clb","writing":5}}}"#;
const ADVERSARY_423: &str = r#"{"age":46,"canadian_education":"none","canadian_experience_years":0,"certificate_of_qualification":true,"education":"bachelors","first_language":{"language":"english","listening":2,"reading":4,"speaking":6,"test":"clb","writing":10},"foreign_experience_years":0,"job_offer":"none","provincial_nomination":false,"second_language":{"language":"french","listening":372,"reading":472,"speaking":2,"test":"tcf","writing":4},"sibling_in_canada":false,"spouse":{"canadian_experience_years":0,"education":"less_than_secondary","language":{"language":"english","listening":2.5,"reading":8.5,"speaking":1.5,"test":"ielts","writing":4.0}}}"#;
const ADVERSARY_492: &str = r#"{"age":17,"canadian_education":"none","canadian_experience_years":2,"certificate_of_qualification":false,"education":"two_year","first_language":{"language":"english","listening":9,"reading":6,"speaking":11,"test":"celpip","writing":2},"foreign_experience_years":0,"job_offer":"other","provincial_nomination":false,"second_language":{"language":"french","listening":642,"reading":539,"speaking":2,"test":"tcf","writing":13},"sibling_in_canada":false,"spouse":{"canadian_experience_years":0,"education":"less_than_secondary","language":{"language":"english","listening":6,"reading":2,"speaking":7,"test":"clb","writing":8}}}"#;
const ADVERSARY_394: &str = r#"{"age":44,"canadian_education":"none","canadian_experience_years":0,"certificate_of_qualification":false,"education":"bachelors","first_language":{"language":"english","listening":34,"reading":12,"speaking":62,"test":"pte","writing":31},"foreign_experience_years":0,"job_offer":"teer_0_major_00","provincial_nomination":false,"second_language":{"language":"french","listening":358,"reading":314,"speaking":139,"test":"tef","writing":528},"sibling_in_canada":false,"spouse":{"canadian_experience_years":0,"education":"less_than_secondary","language":{"language":"english","listening":4.5,"reading":2.0,"speaking":7.5,"test":"ielts","writing":5.5}}}"#;
const ADVERSARY_546: &str = r#"{"age":25,"canadian_education":"none","canadian_experience_years":0,"certificate_of_qualification":false,"education":"one_year","first_language":{"language":"english","listening":57,"reading":72,"speaking":20,"test":"pte","writing":83},"foreign_experience_years":0,"job_offer":"other","provincial_nomination":false,"second_language":{"language":"french","listening":87,"reading":530,"speaking":6,"test":"tcf","writing":13},"sibling_in_canada":false,"spouse":{"canadian_experience_years":0,"education":"less_than_secondary","language":{"language":"english","listening":3.0,"reading":4.5,"speaking":5.5,"test":"ielts","writing":2.0}}}"#;
const ADVERSARY_528: &str = r#"{"age":42,"canadian_education":"none","canadian_experience_years":2,"certificate_of_qualification":false,"education":"bachelors","first_language":{"language":"english","listening":0,"reading":10,"speaking":8,"test":"clb","writing":10},"foreign_experience_years":0,"job_offer":"teer_0_major_00","provincial_nomination":false,"second_language":{"language":"french","listening":412,"reading":164,"speaking":19,"test":"tcf","writing":9},"sibling_in_canada":false,"spouse":{"canadian_experience_years":0,"education":"less_than_secondary","language":{"language":"english","listening":3.5,"reading":0.0,"speaking":1.0,"test":"ielts","writing":1.5}}}"#;
const ADVERSARY_489_B: &str = r#"{"age":41,"canadian_education":"none","canadian_experience_years":1,"certificate_of_qualification":false,"education":"one_year","first_language":{"language":"english","listening":7,"reading":9,"speaking":4,"test":"celpip","writing":10},"foreign_experience_years":0,"job_offer":"teer_0_major_00","provincial_nomination":false,"second_language":{"language":"french","listening":375,"reading":82,"speaking":422,"test":"tef","writing":316},"sibling_in_canada":false,"spouse":{"canadian_experience_years":1,"education":"less_than_secondary","language":{"language":"english","listening":7,"reading":2,"speaking":12,"test":"celpip","writing":4}}}"#;
const ADVERSARY_635: &str = r#"{"age":20,"canadian_education":"none","canadian_experience_years":2,"certificate_of_qualification":false,"education":"one_year","first_language":{"language":"english","listening":8.5,"reading":7.5,"speaking":5.5,"test":"ielts","writing":7.5},"foreign_experience_years":0,"job_offer":"none","provincial_nomination":false,"second_language":{"language":"french","listening":600,"reading":528,"speaking":176,"test":"tef","writing":514},"sibling_in_canada":false,"spouse":{"canadian_experience_years":0,"education":"secondary","language":{"language":"english","listening":2,"reading":7,"speaking":3,"test":"celpip","writing":4}}}"#;
const AGE_50_COUPLE: &str = r#"{"age":50,"education":"secondary","first_language":{"language":"english","test":"clb","listening":5,"reading":4,"writing":4,"speaking":6},"second_language":{"language":"french","test":"clb","listening":4,"reading":3,"writing":6,"speaking":0},"spouse":{"education":"secondary","language":{"language":"english","test":"clb","listening":4,"reading":5,"writing":4,"speaking":4},"canadian_experience_years":0}}"#;

/// Whole calendar plans to a kind of round, on the slowest cases
/// `examples/round_adversary` found (seeds 1, 7 and 11, 300-600 rounds),
/// beside reading and scoring the same file once.
fn round_goal_plans(c: &mut Criterion) {
    use crs_planner::advisor::calendar::{Calendar, HORIZON_MONTHS};
    use crs_planner::advisor::EffortTable;
    use crs_planner::engine::eligibility::{Program, Reference, ReferenceSource, RoundKind};
    use crs_planner::engine::LanguageTables;
    let today: Date = "2026-12-03".parse().unwrap();
    let book = RuleBook::shipped();
    let effort = EffortTable::shipped();
    let tables = LanguageTables::official();
    let cases = [
        (
            "round_adversary_cec_408",
            ROUND_ADVERSARY_CEC,
            RoundKind::Program(Program::Cec),
            408,
        ),
        (
            "round_adversary_french_596",
            ROUND_ADVERSARY_FRENCH,
            RoundKind::Category("french".into()),
            596,
        ),
        (
            "round_adversary_healthcare_463",
            ROUND_ADVERSARY_HEALTHCARE,
            RoundKind::Category("healthcare".into()),
            463,
        ),
    ];
    for (name, text, kind, target) in cases {
        let read = || {
            scenario::parse(text, name, today, ReferenceSource::Shipped)
                .unwrap()
                .settled(today, ReferenceSource::Shipped)
        };
        let dated = read();
        let calendar = Calendar {
            situation: dated.situation(),
            reference: Reference::shipped(),
            book: &book,
            known_on: today,
            from: today,
            horizon: HORIZON_MONTHS,
        };
        c.bench_function(&format!("round_goal/{name}"), |b| {
            b.iter(|| {
                crs_planner::advisor::plan::plan_on_calendar(
                    black_box(&calendar),
                    target,
                    Some(&kind),
                    tables,
                    &effort,
                    false,
                    None,
                )
            })
        });
        c.bench_function(&format!("round_goal/{name}_read_and_scored_once"), |b| {
            b.iter(|| book.in_force_on(today).unwrap().total(&black_box(read()).profile))
        });
    }
}

const ROUND_ADVERSARY_CEC: &str = r#"{"age":37,"canadian_education":"three_year_or_more","canadian_experience_years":4,"certificate_of_qualification":false,"education":"secondary","family_members":1,"first_language":{"language":"english","listening":7,"reading":5,"speaking":8,"test":"clb","writing":3},"foreign_experience_years":2,"funds_cad":24000,"job_offer":"none","provincial_nomination":false,"second_language":{"language":"french","listening":679,"reading":692,"speaking":207,"test":"tef","writing":11},"sibling_in_canada":false,"spouse":{"canadian_experience_years":0,"education":"two_or_more","language":{"language":"english","listening":5,"reading":2,"speaking":8,"test":"clb","writing":1}},"work":[{"from":"2016-05-01","hours_per_week":30,"noc":"41200","to":"2026-03-28","where":"abroad"},{"from":"2018-06-01","hours_per_week":40,"noc":"00012","to":"2026-10-28","where":"abroad"},{"from":"2019-07-01","hours_per_week":20,"noc":"21232","to":"2026-08-28","where":"canada"},{"from":"2016-01-01","hours_per_week":20,"noc":"21232","to":"2025-07-28","where":"abroad"}]}"#;
const ROUND_ADVERSARY_FRENCH: &str = r#"{"age":20,"canadian_education":"none","canadian_experience_years":6,"certificate_of_qualification":false,"education":"doctoral","family_members":3,"first_language":{"language":"english","listening":87,"reading":14,"speaking":87,"test":"pte","writing":71},"foreign_experience_years":0,"funds_cad":19000,"job_offer":"other","provincial_nomination":true,"second_language":{"language":"french","listening":384,"reading":339,"speaking":111,"test":"tef","writing":520},"sibling_in_canada":false,"spouse":{"canadian_experience_years":2,"education":"bachelors","language":{"language":"english","listening":7,"reading":2,"speaking":4,"test":"clb","writing":12}},"work":[{"from":"2018-03-01","hours_per_week":20,"noc":"41200","to":"2025-07-28","where":"abroad"},{"from":"2017-05-01","hours_per_week":20,"noc":"21232","to":"2026-10-28","where":"abroad"},{"from":"2018-06-01","hours_per_week":30,"noc":"21232","to":null,"where":"canada"},{"from":"2019-08-01","hours_per_week":20,"noc":"00012","to":"2025-01-28","where":"canada"},{"from":"2017-11-01","hours_per_week":30,"noc":"13110","to":"2026-09-28","where":"abroad"},{"from":"2019-01-01","hours_per_week":20,"noc":"31301","to":"2025-07-28","where":"abroad"},{"from":"2015-03-01","hours_per_week":40,"noc":"41200","to":"2026-02-28","where":"abroad"}]}"#;
const ROUND_ADVERSARY_HEALTHCARE: &str = r#"{"age":32,"canadian_education":"one_or_two_year","canadian_experience_years":4,"certificate_of_qualification":false,"education":"masters","family_members":3,"first_language":{"language":"english","listening":6.0,"reading":5.5,"speaking":4.5,"test":"ielts","writing":7.0},"foreign_experience_years":4,"funds_cad":26000,"job_offer":"none","provincial_nomination":false,"second_language":{"language":"french","listening":376,"reading":594,"speaking":7,"test":"tcf","writing":8},"sibling_in_canada":false,"spouse":{"canadian_experience_years":3,"education":"two_year","language":{"language":"english","listening":25,"reading":73,"speaking":73,"test":"pte","writing":42}},"work":[{"from":"2021-12-01","hours_per_week":20,"noc":"31301","to":"2025-06-28","where":"canada"},{"from":"2016-11-01","hours_per_week":30,"noc":"31301","to":"2025-04-28","where":"abroad"}]}"#;

criterion_group!(benches, keystroke, plan_search, round_goal_plans);
criterion_main!(benches);
