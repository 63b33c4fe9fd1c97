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

criterion_group!(benches, keystroke);
criterion_main!(benches);
