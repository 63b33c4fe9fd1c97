//! Snapshots of every screen of the planner at 80x24 and 120x40, drawn
//! through ratatui's TestBackend exactly as the terminal would show them.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use crs_planner::engine::{Date, RuleBook};
use crs_planner::scenario::{self, Scenario};
use crs_planner::tui::{self, ui, App};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const BASELINE: &str = "assets/examples/baseline.json";
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn app(width: u16, height: u16) -> App {
    let date: Date = "2026-01-01".parse().unwrap();
    let starter = scenario::load(
        BASELINE.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut app = App::new(RuleBook::shipped(), date, Scenario::new(starter.profile), None).unwrap();
    app.resize(width, height);
    app
}

fn press(app: &mut App, keys: &[KeyCode]) {
    for &code in keys {
        tui::press(app, KeyEvent::new(code, KeyModifiers::NONE));
    }
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    terminal.backend().to_string()
}

fn each_size(name: &str, prepare: impl Fn(&mut App)) {
    for (width, height) in SIZES {
        let mut app = app(width, height);
        prepare(&mut app);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen(&app, width, height));
    }
}

#[test]
fn main_screen() {
    each_size("main", |app| {
        tui::open_file(app, BASELINE.as_ref());
    });
}

#[test]
fn help() {
    each_size("help", |app| {
        tui::open_file(app, BASELINE.as_ref());
        press(app, &[KeyCode::Char('?')]);
    });
}

#[test]
fn gain_applied() {
    each_size("gain_applied", |app| {
        tui::open_file(app, BASELINE.as_ref());
        press(app, &[KeyCode::Tab, KeyCode::Enter]);
    });
}

#[test]
fn compare() {
    each_size("compare", |app| {
        let a = scenario::load(
            BASELINE.as_ref(),
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap();
        let mut b = a.clone();
        b.name = Some("French to NCLC 7".into());
        b.profile = crs_planner::advisor::Move::AllAbilities {
            slot: crs_planner::advisor::Slot::Second,
            level: 7,
        }
        .apply(&a.profile, app.state.tables());
        b.profile.canadian_experience_years = 2;
        app.show_comparison(("Baseline".into(), a), ("French to NCLC 7".into(), b));
    });
}

#[test]
fn confirm_quit() {
    each_size("confirm_quit", |app| {
        tui::open_file(app, BASELINE.as_ref());
        press(app, &[KeyCode::Right, KeyCode::Char('q')]);
    });
}

#[test]
fn load_error() {
    each_size("load_error", |app| {
        tui::open_file(app, "tests/bad_input/ielts_7_3.json".as_ref());
    });
}

#[test]
fn too_small() {
    let app = app(50, 12);
    insta::assert_snapshot!("too_small_50x12", screen(&app, 50, 12));
}

#[test]
fn draws_view() {
    each_size("draws", |app| {
        tui::open_file(app, BASELINE.as_ref());
        app.state
            .set_draws(crs_planner::draws::load(None, crate::common::today()));
        press(app, &[KeyCode::Char('d')]);
    });
}

fn open_plan_view(app: &mut App) {
    tui::open_file(app, BASELINE.as_ref());
    let view = app.state.plan_view(560, None, None);
    app.open(crs_planner::tui::screens::Screen::Plan(Box::new(view)));
}

#[test]
fn plan_view() {
    each_size("plan", open_plan_view);
}

/// The dated couple's timeline at each size, as `name_WxH`.
fn timeline_at_each_size(name: &str) {
    for (width, height) in SIZES {
        let date: Date = "2026-11-25".parse().unwrap();
        let scenario = scenario::load(
            "assets/examples/dated-couple.json".as_ref(),
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap();
        let mut app = App::new(RuleBook::shipped(), date, scenario, None).unwrap();
        app.resize(width, height);
        press(&mut app, &[KeyCode::Char('t')]);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen(&app, width, height));
    }
}

#[test]
fn timeline_view() {
    timeline_at_each_size("timeline");
}

fn open_work_history(app: &mut App) {
    tui::open_file(app, "assets/examples/work-history.json".as_ref());
    let index = app
        .state
        .rows()
        .iter()
        .position(|row| row.id == crs_planner::tui::form::FieldId::WorkHistory)
        .unwrap();
    for _ in 0..index {
        press(app, &[KeyCode::Down]);
    }
    press(app, &[KeyCode::Enter]);
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        tui::press(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

#[test]
fn work_history() {
    each_size("work_history", open_work_history);
}

#[test]
fn job_form_with_a_date_problem() {
    each_size("job_form", |app| {
        open_work_history(app);
        press(
            app,
            &[
                KeyCode::Down,
                KeyCode::Enter,
                KeyCode::Down,
                KeyCode::Down,
                KeyCode::Down,
            ],
        );
        for _ in 0..10 {
            press(app, &[KeyCode::Backspace]);
        }
        type_text(app, "2025-02-30");
    });
}

#[test]
fn occupation_finder() {
    each_size("occupation_finder", |app| {
        open_work_history(app);
        press(app, &[KeyCode::Char('a')]);
        type_text(app, "nurse");
        press(app, &[KeyCode::Down]);
    });
}

#[test]
fn the_selected_field_is_explained_under_the_form() {
    let mut app = app(120, 40);
    press(&mut app, &[KeyCode::Down, KeyCode::Down]);
    let shown = screen(&app, 120, 40);
    assert!(
        shown.contains("Your highest credential, assessed (ECA) if from abroad"),
        "{shown}"
    );
}

#[test]
fn at_60x16_the_gains_keep_rows_and_the_footer_keeps_help_and_quit() {
    let mut app = app(60, 16);
    tui::open_file(&mut app, BASELINE.as_ref());
    let shown = screen(&app, 60, 16);
    assert!(shown.contains("+69"), "the first gain shows:\n{shown}");
    let footer = shown.lines().last().unwrap();
    assert!(footer.contains("? help") && footer.contains("quit"), "{footer}");
    let header = shown.lines().next().unwrap();
    press(&mut app, &[KeyCode::Right]);
    let header_after = screen(&app, 60, 16).lines().next().unwrap().to_string();
    assert!(!header.contains("[modified]"));
    assert!(header_after.contains("[modified]"), "{header_after}");
}

#[test]
fn a_chosen_category_fills_the_chart_and_the_rounds_alone() {
    each_size("draws_one_category", |app| {
        tui::open_file(app, BASELINE.as_ref());
        app.state
            .set_draws(crs_planner::draws::load(None, crate::common::today()));
        press(app, &[KeyCode::Char('d'), KeyCode::Right]);
    });
    let mut app = app(120, 40);
    tui::open_file(&mut app, BASELINE.as_ref());
    app.state
        .set_draws(crs_planner::draws::load(None, crate::common::today()));
    press(&mut app, &[KeyCode::Char('d'), KeyCode::Right]);
    let Some(crs_planner::tui::screens::Screen::Draws(view)) = app.top() else {
        panic!("the draws view")
    };
    let (category, _, _) = view.chosen(&app.state).expect("a category is chosen");
    let shown = screen(&app, 120, 40);
    let rounds: Vec<&str> = shown
        .lines()
        .skip_while(|line| !line.contains("Date        Round"))
        .skip(1)
        .take_while(|line| line.contains("20"))
        .collect();
    assert!(!rounds.is_empty(), "{shown}");
    for line in rounds {
        assert!(
            line.contains(&category.label()),
            "only {} rounds: {line}",
            category.label()
        );
    }
}

/// The same screens in French: French text runs longer, so these show that
/// nothing is cut in the middle of a word or runs over a border.
fn each_size_in_french(name: &str, prepare: impl Fn(&mut App)) {
    crs_planner::i18n::set_language("fr");
    each_size(name, prepare);
    crs_planner::i18n::set_language("en");
}

#[test]
fn main_screen_in_french() {
    each_size_in_french("fr_main", |app| {
        tui::open_file(app, BASELINE.as_ref());
    });
}

#[test]
fn help_in_french() {
    each_size_in_french("fr_help", |app| {
        tui::open_file(app, BASELINE.as_ref());
        press(app, &[KeyCode::Char('?')]);
    });
}

#[test]
fn draws_view_in_french() {
    each_size_in_french("fr_draws", |app| {
        tui::open_file(app, BASELINE.as_ref());
        app.state
            .set_draws(crs_planner::draws::load(None, crate::common::today()));
        press(app, &[KeyCode::Char('d')]);
    });
}

#[test]
fn plan_view_in_french() {
    each_size_in_french("fr_plan", open_plan_view);
}

#[test]
fn compare_in_french() {
    each_size_in_french("fr_compare", |app| {
        let a = scenario::load(
            BASELINE.as_ref(),
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap();
        let mut b = a.clone();
        b.profile.canadian_experience_years = 2;
        app.show_comparison(("Baseline".into(), a), ("Deux ans au Canada".into(), b));
    });
}

#[test]
fn job_form_in_french() {
    each_size_in_french("fr_job_form", |app| {
        open_work_history(app);
        press(app, &[KeyCode::Down, KeyCode::Enter, KeyCode::Down]);
    });
}

#[test]
fn timeline_in_french() {
    crs_planner::i18n::set_language("fr");
    timeline_at_each_size("fr_timeline");
    crs_planner::i18n::set_language("en");
}

#[test]
fn the_language_key_switches_the_planner_live() {
    let mut app = app(120, 40);
    tui::open_file(&mut app, BASELINE.as_ref());
    press(&mut app, &[KeyCode::Char('L')]);
    let french = screen(&app, 120, 40);
    crs_planner::i18n::set_language("en");
    assert!(french.contains("Langue : Français"), "{french}");
    assert!(
        french.contains("Note SCG") || french.contains("Plus grands gains"),
        "{french}"
    );
}

#[test]
fn gains_by_points_for_the_effort() {
    each_size("gains_per_effort", |app| {
        tui::open_file(app, BASELINE.as_ref());
        press(app, &[KeyCode::Char('g')]);
    });
    each_size_in_french("fr_gains_per_effort", |app| {
        tui::open_file(app, BASELINE.as_ref());
        press(app, &[KeyCode::Char('g')]);
    });
}

/// Issue 22's new user: English that lapses before the plan is done is
/// retaken from its last levels, and `p` starts from the CEC cut-off.
fn open_retake_plan(app: &mut App) {
    let path = "assets/examples/work-history.json";
    let starter = scenario::load(
        path.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let size = app.state.size;
    *app = App::new(
        RuleBook::shipped(),
        "2026-12-03".parse().unwrap(),
        Scenario::new(starter.profile),
        None,
    )
    .unwrap();
    app.resize(size.width, size.height);
    tui::open_file(app, path.as_ref());
    app.state
        .set_draws(crs_planner::draws::load(None, crate::common::today()));
    press(app, &[KeyCode::Char('p')]);
}

#[test]
fn plan_view_with_a_retake() {
    each_size("plan_retake", open_retake_plan);
    each_size_in_french("fr_plan_retake", open_retake_plan);
}
