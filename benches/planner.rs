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
    let profile = scenario::parse(include_str!("../assets/examples/baseline.json"), "baseline")
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
    c.bench_function("planner/gains_only", |b| {
        let rules = RuleBook::shipped();
        let rules = rules.get("2025-03-25").unwrap();
        b.iter(|| {
            crs_planner::advisor::gains(
                black_box(&app.scenario.profile),
                rules,
                crs_planner::engine::LanguageTables::official(),
            )
        })
    });
}

/// The plan search on the examples and on the slowest profile found in a
/// sweep of 10,000 generated profiles x 7 targets.
fn plan_search(c: &mut Criterion) {
    use crs_planner::advisor::{plan, EffortTable};
    use crs_planner::engine::LanguageTables;
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
    ];
    for (name, text, target) in cases {
        let profile = scenario::parse(text, name).unwrap().profile;
        c.bench_function(&format!("plan/{name}"), |b| {
            b.iter(|| plan(black_box(&profile), target, rules, tables, &effort))
        });
    }
}

criterion_group!(benches, keystroke, plan_search);
criterion_main!(benches);
