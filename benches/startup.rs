//! Start-up to the planner's first frame: the rule book, the starter
//! profile, the effort table, the first gains, and one full draw into a
//! 120x40 buffer, as `crs-planner` does before the user sees anything.
//! Beside it, the same with the draw history read first, as before it was
//! deferred, and the draw history alone.
//!
//! `cargo bench --bench startup`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use crs_planner::cli::planner::{load_draws, new_app};
use crs_planner::cli::RulesArgs;
use crs_planner::tui::ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn first_frame(c: &mut Criterion) {
    // No user rule sets or effort table: the shipped ones, as on a fresh machine.
    let empty = tempfile::tempdir().unwrap();
    let context = crs_planner::context::Context {
        config_dir: Some(empty.path().to_path_buf()),
        data_dir: Some(empty.path().to_path_buf()),
        ..crs_planner::context::Context::from_environment()
    };
    let args = RulesArgs::default();
    let mut group = c.benchmark_group("startup");
    group.bench_function("first_frame_120x40", |b| {
        b.iter(|| {
            let mut app = new_app(&context, &args).unwrap();
            app.resize(120, 40);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            terminal.draw(|frame| ui::draw(frame, black_box(&app))).unwrap();
            app
        })
    });
    group.bench_function("first_frame_with_draws_read_first_120x40", |b| {
        b.iter(|| {
            let mut app = new_app(&context, &args).unwrap();
            load_draws(&context, &mut app);
            app.resize(120, 40);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            terminal.draw(|frame| ui::draw(frame, black_box(&app))).unwrap();
            app
        })
    });
    group.bench_function("draw_history_alone", |b| {
        b.iter(|| crs_planner::draws::load(None, crs_planner::config::today()))
    });
    group.finish();
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
