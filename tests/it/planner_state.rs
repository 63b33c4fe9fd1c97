//! The planner's state machine: keys in, profile, score and undo state out.
//! No terminal involved.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use crs_planner::engine::{Ability, Date, RuleBook};
use crs_planner::scenario::store::Store;
use crs_planner::scenario::{self, Scenario};
use crs_planner::tui::form::FieldId;
use crs_planner::tui::screens::{Confirm, EditPrompt, NamePrompt, OverwriteReason, Screen};
use crs_planner::tui::state::{Focus, StatusKind};
use crs_planner::tui::{self, App};

const BASELINE: &str = "assets/examples/baseline.json";

fn date() -> Date {
    "2026-01-01".parse().unwrap()
}

/// A planner on the example's profile, before any file is opened.
fn starter_app(store: Option<Store>) -> App {
    let starter = scenario::load(
        BASELINE.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    App::new(RuleBook::shipped(), date(), Scenario::new(starter.profile), store).unwrap()
}

fn app_on(path: &str, store: Option<Store>) -> App {
    let starter = scenario::load(
        path.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut app = App::new(RuleBook::shipped(), date(), Scenario::new(starter.profile), store).unwrap();
    assert!(tui::open_file(&mut app, path.as_ref()));
    app
}

fn press(app: &mut App, keys: &[KeyCode]) {
    for &code in keys {
        tui::press(app, KeyEvent::new(code, KeyModifiers::NONE));
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        tui::press(app, KeyEvent::new(KeyCode::Char(c), modifiers));
    }
}

fn select(app: &mut App, field: FieldId) {
    let index = app
        .state
        .rows()
        .iter()
        .position(|row| row.id == field)
        .expect("field is shown");
    while app.state.selected_field > index {
        press(app, &[KeyCode::Up]);
    }
    while app.state.selected_field < index {
        press(app, &[KeyCode::Down]);
    }
}

#[test]
fn raising_age_changes_the_score_and_undo_brings_it_back() {
    let mut app = app_on(BASELINE, None);
    assert_eq!(app.state.breakdown().total, 500);
    assert!(!app.state.is_dirty());
    select(&mut app, FieldId::Age);
    press(&mut app, &[KeyCode::Right]);
    assert_eq!(app.state.scenario.profile.age, 30);
    assert_eq!(app.state.breakdown().total, 495);
    assert!(app.state.is_dirty());
    press(&mut app, &[KeyCode::Char('u')]);
    assert_eq!(app.state.scenario.profile.age, 29);
    assert_eq!(app.state.breakdown().total, 500);
    assert!(!app.state.is_dirty());
    tui::press(&mut app, KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL));
    assert_eq!(app.state.scenario.profile.age, 30);
}

#[test]
fn typing_an_ielts_band_is_checked_on_the_spot() {
    let mut app = app_on(BASELINE, None);
    let speaking = FieldId::Score(crs_planner::advisor::Slot::First, Ability::Speaking);
    select(&mut app, speaking);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "7.3");
    press(&mut app, &[KeyCode::Enter]);
    match app.top() {
        Some(Screen::Edit(EditPrompt {
            error: Some(error), ..
        })) => {
            assert!(error.contains("in steps of 0.5"), "{error}")
        }
        other => panic!("still editing with an error, not {other:?}"),
    }
    assert_eq!(
        app.state
            .scenario
            .profile
            .first_language
            .score_value(Ability::Speaking),
        7.0
    );
    press(&mut app, &[KeyCode::Backspace]);
    type_text(&mut app, "5");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.top(), None);
    assert_eq!(
        app.state
            .scenario
            .profile
            .first_language
            .score_value(Ability::Speaking),
        7.5
    );
    assert_eq!(
        app.state
            .scenario
            .profile
            .first_language
            .levels()
            .get(Ability::Speaking),
        10
    );
    assert_eq!(app.state.breakdown().total, 503);
}

#[test]
fn applying_a_gain_adds_exactly_its_points_and_u_undoes_it() {
    let mut app = app_on(BASELINE, None);
    press(&mut app, &[KeyCode::Tab]);
    assert_eq!(app.state.focus, Focus::Gains);
    let gain = app.state.gains()[0].clone();
    let before = app.state.breakdown().total;
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.state.breakdown().total, before + gain.points);
    assert!(app
        .state
        .status
        .as_ref()
        .unwrap()
        .text
        .contains(&gain.label.to_string()));
    press(&mut app, &[KeyCode::Char('u')]);
    assert_eq!(app.state.breakdown().total, before);
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut app = app_on(BASELINE, None);
    press(&mut app, &[KeyCode::Right, KeyCode::Char('q')]);
    assert_eq!(app.top(), Some(&Screen::Confirm(Confirm::Quit)));
    assert!(!app.state.should_quit);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.top(), None);
    assert!(!app.state.should_quit);
    tui::press(&mut app, KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(app.top(), Some(&Screen::Confirm(Confirm::Quit)));
    press(&mut app, &[KeyCode::Char('y')]);
    assert!(app.state.should_quit);
}

#[test]
fn quitting_with_nothing_to_save_is_immediate() {
    let mut app = app_on(BASELINE, None);
    press(&mut app, &[KeyCode::Char('q')]);
    assert!(app.state.should_quit);
}

#[test]
fn saving_a_new_scenario_asks_for_a_name_and_writes_it() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path());
    let mut app = App::new(
        RuleBook::shipped(),
        date(),
        Scenario::new(
            scenario::load(
                BASELINE.as_ref(),
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            )
            .unwrap()
            .profile,
        ),
        Some(store.clone()),
    )
    .unwrap();
    press(&mut app, &[KeyCode::Right, KeyCode::Char('s')]);
    assert!(matches!(app.top(), Some(Screen::Name(_))));
    type_text(&mut app, "Retake plan");
    press(&mut app, &[KeyCode::Enter]);
    let path = home.path().join("scenarios").join("retake-plan.json");
    let saved = scenario::load(
        &path,
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    assert_eq!(saved.name.as_deref(), Some("Retake plan"));
    assert_eq!(saved.profile, app.state.scenario.profile);
    assert!(!app.state.is_dirty());
    assert_eq!(store.last_opened(), Some(path.clone()));
    // A second save goes straight to the same file.
    press(&mut app, &[KeyCode::Right, KeyCode::Char('s')]);
    assert_eq!(app.top(), None);
    assert_eq!(
        scenario::load(
            &path,
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped
        )
        .unwrap()
        .profile,
        app.state.scenario.profile
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("mine.json");
    std::fs::copy(BASELINE, &path).unwrap();
    let mut app = app_on(path.to_str().unwrap(), None);
    press(&mut app, &[KeyCode::Right]);
    // Someone else edits the file; make its time clearly different.
    let other = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"Baseline\"", "\"Edited elsewhere\"");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, &other).unwrap();
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    press(&mut app, &[KeyCode::Char('s')]);
    assert!(matches!(
        app.top(),
        Some(Screen::Confirm(Confirm::Overwrite { .. }))
    ));
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), other);
    press(&mut app, &[KeyCode::Char('s'), KeyCode::Char('y')]);
    assert_eq!(
        scenario::load(
            &path,
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped
        )
        .unwrap()
        .profile,
        app.state.scenario.profile
    );
}

#[test]
fn a_bad_file_is_reported_and_never_written() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("bad.json");
    std::fs::copy("tests/bad_input/ielts_7_3.json", &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut app = starter_app(None);
    assert!(!tui::open_file(&mut app, &path));
    let status = app.state.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(
        status.text.contains("profile.first_language.reading"),
        "{}",
        status.text
    );
    assert_eq!(
        app.state.file.path, None,
        "the planner does not adopt the bad file"
    );
    press(&mut app, &[KeyCode::Right, KeyCode::Char('s'), KeyCode::Esc]);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn changing_the_test_keeps_the_levels() {
    let mut app = app_on(BASELINE, None);
    select(&mut app, FieldId::Test(crs_planner::advisor::Slot::First));
    let levels = app.state.scenario.profile.first_language.levels();
    press(&mut app, &[KeyCode::Right]);
    let result = app.state.scenario.profile.first_language;
    assert_eq!(result.test(), crs_planner::engine::LanguageTest::Celpip);
    assert_eq!(result.levels(), levels);
    assert_eq!(app.state.breakdown().total, 500);
}

#[test]
fn adding_a_spouse_shows_the_spouse_fields_and_rescores() {
    let mut app = app_on("assets/examples/single-celpip-french.json", None);
    let rows_before = app.state.rows().len();
    select(&mut app, FieldId::SpousePresent);
    press(&mut app, &[KeyCode::Right]);
    assert!(app.state.scenario.profile.spouse.is_some());
    assert!(app.state.rows().len() > rows_before);
    assert!(app.state.breakdown().with_spouse);
    press(&mut app, &[KeyCode::Left]);
    assert!(app.state.scenario.profile.spouse.is_none());
}

#[test]
fn help_lists_every_key_and_any_key_closes_it() {
    let mut app = app_on(BASELINE, None);
    press(&mut app, &[KeyCode::Char('?')]);
    assert_eq!(app.top(), Some(&Screen::Help { scroll: 0 }));
    press(&mut app, &[KeyCode::Char('q')]);
    assert_eq!(app.top(), None);
    assert!(!app.state.should_quit, "q closes help, it does not quit");
}

#[test]
fn a_click_selects_the_field_or_gain_under_it() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app_on(BASELINE, None);
    app.resize(80, 24);
    let click = |column, row| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    // Screen row 4 is the second field (Birth date) under the "You" heading.
    app.handle_mouse(click(5, 4));
    assert_eq!(app.state.rows()[app.state.selected_field].id, FieldId::BirthDate);
    app.handle_mouse(click(5, 5));
    assert_eq!(app.state.rows()[app.state.selected_field].id, FieldId::Education);
    // The first line inside the gains panel is the biggest gain.
    let areas = crs_planner::tui::layout::Areas::of(app.state.size);
    app.handle_mouse(click(areas.gains.x + 3, areas.gains.y + 2));
    assert_eq!(app.state.focus, Focus::Gains);
    assert_eq!(app.state.selected_gain, 1);
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: areas.gains.x + 3,
        row: areas.gains.y + 2,
        modifiers: KeyModifiers::NONE,
    };
    app.handle_mouse(wheel);
    assert_eq!(app.state.selected_gain, 2);
}

#[test]
fn p_plans_to_a_typed_target_and_enter_applies_the_plan() {
    let mut app = app_on(BASELINE, None);
    press(&mut app, &[KeyCode::Char('p')]);
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("the plan view opens")
    };
    assert_eq!(view.target, 525, "the default target is 25 above the total");
    type_text(&mut app, "560");
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("still planning")
    };
    assert_eq!(view.target, 560);
    let best = view.advice.in_hand.plans[0].clone();
    assert_eq!((best.effort, best.total), (48, 562));
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.top(), None);
    assert_eq!(app.state.breakdown().total, 562);
    press(&mut app, &[KeyCode::Char('u')]);
    assert_eq!(app.state.breakdown().total, 500);
}

#[test]
fn a_draw_categorys_cut_off_becomes_the_plan_target() {
    let mut app = app_on(BASELINE, None);
    app.state
        .set_draws(crs_planner::draws::load(None, crate::common::today()));
    press(&mut app, &[KeyCode::Char('d')]);
    let categories = app.state.target_categories();
    let cec = categories
        .iter()
        .position(|(category, _, _)| category.label() == "Canadian Experience")
        .unwrap();
    // The first choice is every category; then each one.
    for _ in 0..=cec {
        press(&mut app, &[KeyCode::Right]);
    }
    press(&mut app, &[KeyCode::Char('p')]);
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("the plan view opens from the draws view")
    };
    assert_eq!(view.target, 516);
    assert_eq!(
        view.source.as_deref(),
        Some("latest Canadian Experience cut-off (2026-08-05)")
    );
    // The plans are to CEC rounds, not only to their cut-off.
    let round = view.advice.round.as_ref().expect("a round goal");
    assert_eq!(round.kind, "cec");
    assert_eq!(round.label, "CEC rounds");
}

#[test]
fn t_shows_the_timeline_from_today() {
    let scenario = scenario::load(
        "assets/examples/dated-couple.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut app = App::new(RuleBook::shipped(), "2026-11-25".parse().unwrap(), scenario, None).unwrap();
    press(&mut app, &[KeyCode::Char('t')]);
    let Some(Screen::Timeline(view)) = app.top() else {
        panic!("the timeline opens")
    };
    let timeline = &view.timeline;
    assert_eq!(timeline.from, "2026-11-25");
    assert_eq!(
        timeline.key_dates[0].describe(),
        "2027-03-14: -5, birthday (age 31)"
    );
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.top(), None);
}

#[test]
fn the_out_of_hand_summary_stays_in_view_and_selects_a_nomination() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app_on(BASELINE, None);
    app.resize(80, 24);
    let areas = crs_planner::tui::layout::Areas::of(app.state.size);
    let height = usize::from(areas.gains.height - 2);
    assert!(app.state.gains_summary_shown(height));
    app.handle_mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: areas.gains.x + 3,
        row: areas.gains.y + areas.gains.height - 2,
        modifiers: KeyModifiers::NONE,
    });
    assert_eq!(app.state.focus, Focus::Gains);
    assert_eq!(
        app.state.gains()[app.state.selected_gain].label.to_string(),
        "Provincial nomination"
    );
}

mod random_keys {
    use super::*;
    use crs_planner::tui::ui;
    use proptest::prelude::*;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn any_key() -> impl Strategy<Value = KeyEvent> {
        let codes = vec![
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::Backspace,
            KeyCode::Char('u'),
            KeyCode::Char('p'),
            KeyCode::Char('t'),
            KeyCode::Char('d'),
            KeyCode::Char('c'),
            KeyCode::Char('o'),
            KeyCode::Char('s'),
            KeyCode::Char('n'),
            KeyCode::Char('?'),
            KeyCode::Char('q'),
            KeyCode::Char('y'),
            KeyCode::Char('7'),
            KeyCode::Char('.'),
            KeyCode::Char('5'),
            KeyCode::Char('a'),
        ];
        (proptest::sample::select(codes), any::<bool>()).prop_map(|(code, ctrl)| {
            let ctrl = ctrl && code == KeyCode::Char('r');
            KeyEvent::new(
                code,
                if ctrl {
                    KeyModifiers::CONTROL
                } else {
                    KeyModifiers::NONE
                },
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any sequence of keys leaves a consistent state that draws at any size.
        #[test]
        fn any_key_sequence_keeps_the_planner_consistent(keys in proptest::collection::vec(any_key(), 1..60)) {
            static DRAWS: std::sync::OnceLock<crs_planner::draws::Loaded> = std::sync::OnceLock::new();
            // A copy, and a scratch data folder: random keys include `s`.
            let home = tempfile::tempdir().unwrap();
            let copy = home.path().join("copy.json");
            std::fs::copy(BASELINE, &copy).unwrap();
            let mut app = app_on(copy.to_str().unwrap(), Some(Store::new(home.path())));
            app.state.set_draws(DRAWS.get_or_init(|| crs_planner::draws::load(None, crate::common::today())).clone());
            for key in keys {
                tui::press(&mut app, key);
                if app.state.should_quit {
                    break;
                }
                prop_assert!(app.state.selected_field < app.state.rows().len());
                prop_assert!(app.state.gains().is_empty() || app.state.selected_gain < app.state.gains().len());
                prop_assert!(app.state.breakdown().total <= 1200);
            }
            for (width, height) in [(80, 24), (60, 16), (120, 40), (30, 8)] {
                app.resize(width, height);
                let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
                terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
            }
        }
    }
}

/// A planner on a copy of the example saved in a scratch store as "Baseline".
fn saved_baseline() -> (tempfile::TempDir, Store, std::path::PathBuf, App) {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path());
    store.ensure_scenarios_dir().unwrap();
    let path = store.path_for("Baseline");
    std::fs::copy(BASELINE, &path).unwrap();
    let mut app = starter_app(Some(store.clone()));
    assert!(tui::open_file(&mut app, &path));
    (home, store, path, app)
}

#[test]
fn an_edit_elsewhere_that_keeps_the_time_is_still_noticed() {
    let (_home, _store, path, mut app) = saved_baseline();
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    press(&mut app, &[KeyCode::Right]);
    // Same length, same modification time: only the content differs.
    let other = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"Baseline\"", "\"Elsewhere\"");
    std::fs::write(&path, &other).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(before)
        .unwrap();
    press(&mut app, &[KeyCode::Char('s')]);
    assert!(matches!(
        app.top(),
        Some(Screen::Confirm(Confirm::Overwrite {
            reason: OverwriteReason::ChangedOnDisk,
            ..
        }))
    ));
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), other);
}

#[test]
fn save_as_a_name_of_the_open_file_asks_and_says_so() {
    let (_home, _store, path, mut app) = saved_baseline();
    let before = std::fs::read(&path).unwrap();
    press(&mut app, &[KeyCode::Right, KeyCode::Char('S')]);
    assert!(matches!(app.top(), Some(Screen::Name(_))));
    // "baseline!!" makes baseline.json, the file open now.
    for _ in 0.."Baseline".len() {
        press(&mut app, &[KeyCode::Backspace]);
    }
    type_text(&mut app, "baseline!!");
    press(&mut app, &[KeyCode::Enter]);
    assert!(matches!(
        app.top(),
        Some(Screen::Confirm(Confirm::Overwrite {
            reason: OverwriteReason::OpenFile,
            ..
        }))
    ));
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing replaced unasked");
}

#[test]
fn save_as_the_name_of_another_scenario_asks_to_replace_it_not_about_changes() {
    let (_home, store, _path, mut app) = saved_baseline();
    let other = store.path_for("Other plan");
    std::fs::copy(BASELINE, &other).unwrap();
    let before = std::fs::read(&other).unwrap();
    press(&mut app, &[KeyCode::Right, KeyCode::Char('S')]);
    for _ in 0.."Baseline".len() {
        press(&mut app, &[KeyCode::Backspace]);
    }
    type_text(&mut app, "Other plan");
    press(&mut app, &[KeyCode::Enter]);
    assert!(matches!(
        app.top(),
        Some(Screen::Confirm(Confirm::Overwrite {
            reason: OverwriteReason::Exists,
            ..
        }))
    ));
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(std::fs::read(&other).unwrap(), before);
    // Asked again, `y` replaces it.
    press(&mut app, &[KeyCode::Char('S')]);
    for _ in 0.."Other plan".len() {
        press(&mut app, &[KeyCode::Backspace]);
    }
    type_text(&mut app, "Other plan");
    press(&mut app, &[KeyCode::Enter, KeyCode::Char('y')]);
    assert_eq!(
        scenario::load(
            &other,
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped
        )
        .unwrap()
        .profile,
        app.state.scenario.profile
    );
}

#[test]
fn a_paste_is_typed_once_and_only_as_much_as_a_prompt_holds() {
    let (_home, _store, _path, mut app) = saved_baseline();
    let total = app.state.breakdown().total;
    // Outside a prompt a paste is never taken for commands.
    app.handle_paste("qqqq\u{1b}[2J");
    assert!(!app.state.should_quit);
    assert_eq!(app.state.breakdown().total, total);
    press(&mut app, &[KeyCode::Char('S')]);
    for _ in 0.."Baseline".len() {
        press(&mut app, &[KeyCode::Backspace]);
    }
    let huge = "x".repeat(100_000);
    app.handle_paste(&format!("Plan\n{huge}"));
    let Some(Screen::Name(NamePrompt { buffer, .. })) = app.top() else {
        panic!("still naming: {:?}", app.top());
    };
    assert!(buffer.starts_with("Planxxx"), "{buffer}");
    assert_eq!(buffer.chars().count(), 60, "a name holds at most 60 characters");
}

const WORK_HISTORY: &str = "assets/examples/work-history.json";

fn work_screen(app: &App) -> &crs_planner::tui::screens::work::WorkScreen {
    match app.top() {
        Some(Screen::Work(screen)) => screen,
        other => panic!("the work screen is open, not {other:?}"),
    }
}

#[test]
fn a_job_is_added_through_the_occupation_finder_and_eligibility_follows() {
    let mut app = app_on(WORK_HISTORY, None);
    select(&mut app, FieldId::WorkHistory);
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(work_screen(&app).selected, 0);
    assert_eq!(app.state.jobs().len(), 2);
    // A nurse in Canada from 2024-01-08, ended 2025-09-30: 12 months in one
    // listed occupation within 3 years of 2026-01-01, on the 2025 lists'
    // 6 continuous months.
    press(&mut app, &[KeyCode::Char('a')]);
    type_text(&mut app, "registered nurses");
    let finder = work_screen(&app).draft.as_ref().unwrap().finder.as_ref().unwrap();
    assert_eq!(finder.query(), "registered nurses");
    press(&mut app, &[KeyCode::Enter]);
    let draft = work_screen(&app).draft.as_ref().unwrap();
    assert_eq!(draft.noc.map(|n| n.to_string()).as_deref(), Some("31301"));
    assert!(draft.finder.is_none());
    press(&mut app, &[KeyCode::Down]);
    type_text(&mut app, "2024-01-08");
    press(&mut app, &[KeyCode::Down]);
    // Checked on the spot: a last day before the first.
    type_text(&mut app, "2023-12-31");
    let draft = work_screen(&app).draft.as_ref().unwrap();
    assert_eq!(
        draft
            .problem(crs_planner::tui::screens::work::JobField::To)
            .as_deref(),
        Some("before the first day (2024-01-08)")
    );
    press(&mut app, &[KeyCode::Enter]);
    let draft = work_screen(&app).draft.as_ref().unwrap();
    assert_eq!(
        draft.refused.as_deref(),
        Some("Last day: before the first day (2024-01-08)")
    );
    assert_eq!(app.state.jobs().len(), 2, "a job that does not hold is not saved");
    for _ in 0..10 {
        press(&mut app, &[KeyCode::Backspace]);
    }
    type_text(&mut app, "2025-09-30");
    press(&mut app, &[KeyCode::Enter]);
    assert!(work_screen(&app).draft.is_none());
    assert_eq!(app.state.jobs().len(), 3);
    let healthcare = app
        .state
        .eligibility()
        .category("healthcare")
        .expect("the 2025 lists have healthcare");
    assert_eq!(healthcare.answer, crs_planner::engine::eligibility::Answer::Yes);
    // Removed, then brought back by undo on the main screen.
    press(&mut app, &[KeyCode::Char('x')]);
    assert_eq!(app.state.jobs().len(), 2);
    assert_eq!(
        app.state.eligibility().category("healthcare").unwrap().answer,
        crs_planner::engine::eligibility::Answer::No
    );
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.top(), None);
    press(&mut app, &[KeyCode::Char('u')]);
    assert_eq!(app.state.jobs().len(), 3);
}

#[test]
fn ending_a_job_today_and_removing_the_last_one() {
    let mut app = app_on(WORK_HISTORY, None);
    select(&mut app, FieldId::WorkHistory);
    press(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Char('e')]);
    assert_eq!(app.state.jobs()[1].to, Some(date()));
    // An ended job is not ended again.
    press(&mut app, &[KeyCode::Char('e')]);
    assert_eq!(app.state.jobs()[1].to, Some(date()));
    press(&mut app, &[KeyCode::Char('x'), KeyCode::Char('x')]);
    // No jobs left: the file has no work history again, and the years
    // stay as they were last counted.
    assert!(app.state.scenario.background.work.is_none());
    assert_eq!(app.state.scenario.profile.foreign_experience_years, 6);
}

#[test]
fn eligibility_facts_are_typed_and_cleared_in_the_form() {
    let mut app = app_on(WORK_HISTORY, None);
    select(&mut app, FieldId::Funds);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "12000");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.state.scenario.background.funds_cad, Some(12000.0));
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(
        app.state.scenario.background.funds_cad, None,
        "nothing typed clears it"
    );
    select(&mut app, FieldId::Quebec);
    press(&mut app, &[KeyCode::Right]);
    assert!(app.state.scenario.background.plans_to_live_in_quebec);
    let fsw = app
        .state
        .eligibility()
        .program(crs_planner::engine::eligibility::Program::Fsw);
    assert_eq!(fsw.answer, crs_planner::engine::eligibility::Answer::No);
    select(&mut app, FieldId::FamilyMembers);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "0");
    press(&mut app, &[KeyCode::Enter]);
    match app.top() {
        Some(Screen::Edit(EditPrompt { error, .. })) => {
            assert_eq!(error.as_deref(), Some("expected people from 1 to 30, or nothing"))
        }
        other => panic!("the typing popup stays open, not {other:?}"),
    }
}

// ---- what a new user hit (issue 9) -------------------------------------------

/// Keys without carrying out the effects they ask for.
fn keys_only(app: &mut App, keys: &[KeyCode]) {
    for &code in keys {
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

#[test]
fn the_state_asks_for_files_and_never_touches_them_itself() {
    use crs_planner::scenario::Expect;
    use crs_planner::tui::effect::{Effect, Outcome};
    // No data folder, no file on disk: every effect is answered here.
    let mut app = app_on(BASELINE, None);
    keys_only(&mut app, &[KeyCode::Right, KeyCode::Char('s')]);
    let effects = app.take_effects();
    let [Effect::Save {
        path,
        scenario,
        expect,
        ..
    }] = effects.as_slice()
    else {
        panic!("one save asked for, not {effects:?}")
    };
    assert_eq!(path.to_str(), Some(BASELINE));
    assert!(matches!(expect, Expect::Holding(_)));
    assert_eq!(scenario.profile.age, 30);
    // The answer "changed on disk" comes back as data and is asked about.
    app.receive(Outcome::Saved {
        path: path.clone(),
        scenario: scenario.clone(),
        result: Err(tui::effect::SaveProblem::Ask(OverwriteReason::ChangedOnDisk)),
        then: None,
    });
    assert!(matches!(
        app.top(),
        Some(Screen::Confirm(Confirm::Overwrite {
            reason: OverwriteReason::ChangedOnDisk,
            ..
        }))
    ));
    assert!(app.state.is_dirty(), "nothing was saved");
}

#[test]
fn opening_another_scenario_with_unsaved_changes_asks_first_and_can_save_first() {
    let (_home, store, path, mut app) = saved_baseline();
    std::fs::copy(
        "assets/examples/single-celpip-french.json",
        store.path_for("French"),
    )
    .unwrap();
    press(&mut app, &[KeyCode::Right, KeyCode::Char('o')]);
    assert_eq!(app.top(), Some(&Screen::Confirm(Confirm::Discard)));
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.top(), None);
    assert_eq!(app.state.scenario.profile.age, 30, "nothing lost");
    // s saves first, then offers the list.
    press(&mut app, &[KeyCode::Char('o'), KeyCode::Char('s')]);
    assert!(!app.state.is_dirty());
    assert!(std::fs::read_to_string(&path).unwrap().contains("\"age\": 30"));
    assert!(matches!(app.top(), Some(Screen::Pick(_))));
    press(&mut app, &[KeyCode::Esc]);
    // Opening another keeps the one before within reach of undo.
    press(
        &mut app,
        &[KeyCode::Right, KeyCode::Char('o'), KeyCode::Char('y')],
    );
    let Some(Screen::Pick(picker)) = app.top() else {
        panic!("the list of saved scenarios, not {:?}", app.top())
    };
    let french = picker
        .entries
        .iter()
        .position(|e| e.path == store.path_for("French"))
        .unwrap();
    // The list shows each scenario's score, by the rules in use.
    let baseline = picker.entries.iter().position(|e| e.path == path).unwrap();
    assert_eq!(picker.totals[baseline], Some(495));
    assert!(picker.totals[french].is_some());
    for _ in 0..french {
        press(&mut app, &[KeyCode::Down]);
    }
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.state.file.path, Some(store.path_for("French")));
    press(&mut app, &[KeyCode::Char('u')]);
    assert_eq!(app.state.scenario.profile.age, 31);
    assert_eq!(app.state.file.path, Some(path));
}

#[test]
fn new_then_undo_brings_back_the_file_too() {
    let (_home, _store, path, mut app) = saved_baseline();
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(app.state.file.path, None);
    press(&mut app, &[KeyCode::Char('u')]);
    assert_eq!(app.state.file.path.as_deref(), Some(path.as_path()));
    assert_eq!(app.state.title(), "Baseline");
    // Saving does not claim the file changed on disk: it did not.
    press(&mut app, &[KeyCode::Right, KeyCode::Char('s')]);
    assert_eq!(app.top(), None, "{:?}", app.top());
    assert!(!app.state.is_dirty());
}

#[test]
fn a_fresh_start_is_not_modified_and_quits_without_asking() {
    let tables = crs_planner::engine::LanguageTables::official();
    let starter = Scenario::new(crs_planner::tui::state::starter_profile(tables));
    let mut app = App::new(RuleBook::shipped(), date(), starter, None).unwrap();
    assert!(!app.state.is_dirty());
    press(&mut app, &[KeyCode::Char('q')]);
    assert!(app.state.should_quit);
}

#[test]
fn the_last_file_is_remembered_by_its_full_path_and_its_loss_is_said() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path());
    let folder = home.path().join("elsewhere");
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("mine.json");
    std::fs::copy(BASELINE, &file).unwrap();
    let mut app = starter_app(Some(store.clone()));
    assert!(tui::open_file(&mut app, &file));
    let remembered = store.last_opened().unwrap();
    assert!(remembered.is_absolute(), "{remembered:?}");
    std::fs::remove_file(&file).unwrap();
    let mut again = starter_app(Some(store));
    tui::open_initial(&mut again, None);
    let status = again.state.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(status.text.contains("is gone"), "{}", status.text);
    assert!(status.text.contains("mine.json"), "{}", status.text);
}

#[test]
fn a_typed_minus_is_refused_as_the_file_refuses_it() {
    let mut app = app_on(BASELINE, None);
    select(&mut app, FieldId::Age);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "-3");
    press(&mut app, &[KeyCode::Enter]);
    match app.top() {
        Some(Screen::Edit(EditPrompt {
            error: Some(error), ..
        })) => {
            assert_eq!(error, "expected whole years from 0 to 120, found -3")
        }
        other => panic!("the typing popup stays open with the problem, not {other:?}"),
    }
    assert_eq!(app.state.scenario.profile.age, 29);
}

#[test]
fn after_growing_the_terminal_the_form_scrolls_back() {
    let mut app = app_on(BASELINE, None);
    app.resize(80, 16);
    let last = app.state.rows().len() - 1;
    for _ in 0..last {
        press(&mut app, &[KeyCode::Down]);
    }
    assert!(app.state.form_scroll > 0);
    app.resize(120, 60);
    assert_eq!(app.state.form_scroll, 0, "every row fits: none scrolled away");
}

#[test]
fn the_wheel_scrolls_the_panel_under_the_pointer() {
    use crossterm::event::{MouseEvent, MouseEventKind};
    let mut app = app_on(BASELINE, None);
    app.resize(80, 20);
    let wheel = |kind, column, row| MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    app.handle_mouse(wheel(MouseEventKind::ScrollDown, 5, 5));
    assert_eq!(app.state.form_scroll, 1);
    assert_eq!(app.state.focus, Focus::Form);
    // At 80x20 the gains panel is the right column's bottom (rows 12-17).
    app.handle_mouse(wheel(MouseEventKind::ScrollDown, 60, 14));
    assert_eq!(app.state.focus, Focus::Gains);
    assert_eq!(app.state.selected_gain, 1);
    assert_eq!(app.state.form_scroll, 1, "the form stays where it was");
}

#[test]
fn an_expired_result_says_so_in_the_form() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("old.json");
    std::fs::write(
        &path,
        r#"{"format":"crs-scenario/1","profile":{"age":30,"education":"bachelors",
        "first_language":{"language":"english","test":"ielts","listening":8,"reading":7,"writing":7,"speaking":7,
        "test_date":"2023-01-10"}}}"#,
    )
    .unwrap();
    let app = app_on(path.to_str().unwrap(), None);
    let test = crs_planner::tui::form::value(
        &app.state.scenario,
        FieldId::Test(crs_planner::advisor::Slot::First),
        app.state.today(),
    );
    assert_eq!(test, "English IELTS (expired 2025-01-10)");
}

#[test]
fn a_spouse_can_be_coming_not_coming_or_canadian_and_only_coming_scores() {
    use crs_planner::engine::profile::UnscoredPartner;
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path());
    let mut app = app_on(BASELINE, Some(store.clone()));
    assert!(app.state.scenario.profile.spouse.is_some());
    let with_spouse = app.state.breakdown().total;
    select(&mut app, FieldId::SpousePresent);
    press(&mut app, &[KeyCode::Right]);
    assert!(app.state.scenario.profile.spouse.is_none());
    assert_eq!(app.state.scenario.extras.partner, UnscoredPartner::NotComing);
    let not_coming = app.state.breakdown().total;
    press(&mut app, &[KeyCode::Right]);
    assert_eq!(app.state.scenario.extras.partner, UnscoredPartner::CanadianOrPr);
    assert_eq!(app.state.breakdown().total, not_coming, "both score as single");
    press(&mut app, &[KeyCode::Left, KeyCode::Left, KeyCode::Left]);
    assert_eq!(app.state.scenario.extras.partner, UnscoredPartner::None);
    assert!(app.state.scenario.profile.spouse.is_none());
    assert_eq!(app.state.breakdown().total, not_coming);
    press(&mut app, &[KeyCode::Right]);
    assert!(app.state.scenario.profile.spouse.is_some());
    assert_ne!(with_spouse, not_coming, "a spouse coming to Canada is scored");
    // The choice is kept in the file.
    press(&mut app, &[KeyCode::Right, KeyCode::Right]);
    press(&mut app, &[KeyCode::Char('S')]);
    for _ in 0.."Baseline".len() {
        press(&mut app, &[KeyCode::Backspace]);
    }
    type_text(&mut app, "Canadian spouse");
    press(&mut app, &[KeyCode::Enter]);
    let saved = scenario::load(
        &store.path_for("Canadian spouse"),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    assert_eq!(saved.extras.partner, UnscoredPartner::CanadianOrPr);
    assert!(saved.profile.spouse.is_none());
}

#[test]
fn dates_are_typed_in_the_form_and_checked_as_the_file_checks_them() {
    let mut app = app_on(BASELINE, None);
    let before = app.state.breakdown().total;
    // A birth date gives the age: 1990-01-01 is 36 on the planner's day.
    select(&mut app, FieldId::BirthDate);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "1990-01-01");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(
        app.state.scenario.extras.dates.birth_date,
        Some("1990-01-01".parse().unwrap())
    );
    assert_eq!(app.state.dated().age, 36);
    assert!(app.state.breakdown().total < before, "older scores less");
    assert!(
        crs_planner::tui::form::value(&app.state.scenario, FieldId::Age, app.state.today())
            .starts_with("36 (born 1990-01-01)")
    );
    // The age itself is then set by the birth date.
    select(&mut app, FieldId::Age);
    press(&mut app, &[KeyCode::Right]);
    assert_eq!(app.state.dated().age, 36);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "25");
    press(&mut app, &[KeyCode::Enter]);
    match app.top() {
        Some(Screen::Edit(EditPrompt {
            error: Some(error), ..
        })) => {
            assert_eq!(
                error,
                "the age comes from the birth date: change or clear the birth date"
            )
        }
        other => panic!("refused, not {other:?}"),
    }
    press(&mut app, &[KeyCode::Esc]);
    // A test date more than three years ahead is refused as in a file (a
    // planned test, nearer, is kept and marked planned).
    select(&mut app, FieldId::TestDate(crs_planner::advisor::Slot::First));
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "2099-01-01");
    press(&mut app, &[KeyCode::Enter]);
    match app.top() {
        Some(Screen::Edit(EditPrompt {
            error: Some(error), ..
        })) => {
            assert_eq!(
                error,
                "expected a test day at most three years after today (a planned test), found \"2099-01-01\""
            )
        }
        other => panic!("refused, not {other:?}"),
    }
    for _ in 0..10 {
        press(&mut app, &[KeyCode::Backspace]);
    }
    // Taken more than two years before the planner's day: it no longer counts.
    let with_result = app.state.breakdown().total;
    type_text(&mut app, "2023-06-01");
    press(&mut app, &[KeyCode::Enter]);
    assert!(
        app.state.breakdown().total < with_result,
        "an expired result earns nothing"
    );
    // Clearing the birth date gives the age back to the form.
    select(&mut app, FieldId::BirthDate);
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(app.state.scenario.extras.dates.birth_date, None);
}

#[test]
fn the_spouses_details_are_fields_for_the_household_comparison() {
    let mut app = app_on(BASELINE, None);
    select(&mut app, FieldId::SpouseAge);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "27");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.state.scenario.extras.spouse.age, Some(27));
    select(&mut app, FieldId::SpouseForeignExperience);
    press(&mut app, &[KeyCode::Right, KeyCode::Right]);
    assert_eq!(app.state.scenario.extras.spouse.foreign_experience_years, 2);
    select(&mut app, FieldId::SpouseCertificate);
    press(&mut app, &[KeyCode::Right]);
    assert!(app.state.scenario.extras.spouse.certificate_of_qualification);
    select(&mut app, FieldId::SpouseCanadianEducation);
    press(&mut app, &[KeyCode::Right]);
    assert!(app.state.scenario.extras.spouse.canadian_education.is_some());
    // With the spouse's age and results known, the household can be scored
    // the other way round.
    let household = crs_planner::advisor::household(
        &app.state.scenario.profile,
        &app.state.scenario.extras,
        app.state.rules(),
    );
    assert!(household.spouse_as_principal.is_some());
}

#[test]
fn the_outlook_follows_the_profile_on_every_key() {
    let mut app = app_on(BASELINE, None);
    assert!(
        app.state.outlook().is_none(),
        "nothing before the rounds are read"
    );
    app.state
        .set_draws(crs_planner::draws::load(None, crate::common::today()));
    let before = app
        .state
        .outlook()
        .expect("an outlook once the rounds are read")
        .any
        .clone();
    for p in &before {
        assert!((0.0..=1.0).contains(p));
    }
    // A nomination adds 600: provincial nominee rounds open, the chance rises.
    select(&mut app, FieldId::Nomination);
    press(&mut app, &[KeyCode::Right]);
    let after = app.state.outlook().unwrap();
    assert!(after.any[1] >= before[1], "{:?} then {:?}", before, after.any);
    // The plan view says the chance after each plan.
    press(&mut app, &[KeyCode::Char('u'), KeyCode::Char('p')]);
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("the plan view")
    };
    assert!(
        view.after
            .iter()
            .flatten()
            .all(|line| line.contains("within 6 months")),
        "{:?}",
        view.after
    );
}

#[test]
fn french_takes_the_decimal_comma_it_writes_and_english_its_grouping_comma() {
    let speaking = FieldId::Score(crs_planner::advisor::Slot::First, Ability::Speaking);
    crs_planner::i18n::set_language("fr");
    let mut app = app_on(BASELINE, None);
    select(&mut app, speaking);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "8,5");
    press(&mut app, &[KeyCode::Enter]);
    crs_planner::i18n::set_language("en");
    assert_eq!(app.top(), None, "accepted");
    assert_eq!(
        app.state
            .scenario
            .profile
            .first_language
            .score_value(Ability::Speaking),
        8.5,
        "8,5 is eight and a half, not 85"
    );
    // In English the comma groups thousands.
    assert_eq!(crs_planner::i18n::typed_number("45,000"), "45000");
    assert_eq!(crs_planner::i18n::typed_number("7.5"), "7.5");
}

#[test]
fn a_target_already_reached_says_already_there_as_the_command_line_does() {
    let mut app = app_on(BASELINE, None);
    press(&mut app, &[KeyCode::Char('p')]);
    type_text(&mut app, "480");
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("still planning")
    };
    assert_eq!(view.target, 480);
    assert!(
        view.advice.in_hand.plans.is_empty(),
        "no 'effort 0, wait until today' plan"
    );
    assert!(view.advice.with_nomination.is_none());
    let said = crs_planner::advisor::plan::render(&view.advice);
    assert!(
        said.starts_with("Already there: 500 is at or above 480."),
        "{said}"
    );
    // Enter with nothing to apply changes nothing.
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.state.breakdown().total, 500);
}

#[test]
fn the_offered_name_is_replaced_by_typing_and_ctrl_u_and_ctrl_w_erase() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app_on(BASELINE, Some(Store::new(home.path())));
    app.state.scenario.name = Some("Nurse couple".to_string());
    press(&mut app, &[KeyCode::Char('S')]);
    let name = |app: &App| match app.top() {
        Some(Screen::Name(prompt)) => prompt.buffer.clone(),
        other => panic!("naming, not {other:?}"),
    };
    assert_eq!(name(&app), "Nurse couple", "offered");
    type_text(&mut app, "French 9");
    assert_eq!(
        name(&app),
        "French 9",
        "typing replaced the offered name, not appended to it"
    );
    let ctrl = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    tui::press(&mut app, ctrl('w'));
    assert_eq!(name(&app), "French ");
    tui::press(&mut app, ctrl('u'));
    assert_eq!(name(&app), "");
    // Backspace on an offered name edits it instead.
    press(&mut app, &[KeyCode::Esc, KeyCode::Char('S'), KeyCode::Backspace]);
    assert_eq!(name(&app), "Nurse coupl");
    type_text(&mut app, "e 2");
    assert_eq!(name(&app), "Nurse couple 2");
    // The same keys in a value prompt.
    press(&mut app, &[KeyCode::Esc]);
    select(&mut app, FieldId::Age);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "31");
    tui::press(&mut app, ctrl('u'));
    match app.top() {
        Some(Screen::Edit(prompt)) => assert_eq!(prompt.buffer, ""),
        other => panic!("editing, not {other:?}"),
    }
}

#[test]
fn a_birth_date_typed_with_slashes_keeps_them_and_says_how_to_write_it() {
    let mut app = app_on(BASELINE, None);
    select(&mut app, FieldId::BirthDate);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "06/15/1994");
    press(&mut app, &[KeyCode::Enter]);
    match app.top() {
        Some(Screen::Edit(EditPrompt {
            buffer,
            error: Some(error),
            ..
        })) => {
            assert_eq!(buffer, "06/15/1994", "the characters typed are kept");
            assert_eq!(error, "write it as YYYY-MM-DD (1994-06-15)");
        }
        other => panic!("still editing with an error, not {other:?}"),
    }
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.state.scenario.extras.dates.birth_date, None);
}

#[test]
fn opening_a_file_that_is_not_there_starts_it_and_s_saves_there() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().join("data"));
    let mut app = starter_app(Some(store.clone()));
    let path = home.path().join("mine.json");
    tui::open_initial(&mut app, Some(&path));
    assert_eq!(app.state.file.path.as_deref(), Some(path.as_path()));
    assert!(!app.state.is_dirty());
    assert!(app.top().is_none(), "no error notice");
    assert!(app.state.status.as_ref().unwrap().text.starts_with("New file"));
    press(&mut app, &[KeyCode::Right, KeyCode::Char('s')]);
    assert!(path.exists(), "saved to the name given, not into the data folder");
    assert_eq!(
        scenario::load(
            &path,
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped
        )
        .unwrap()
        .profile,
        app.state.scenario.profile
    );
    assert_eq!(store.last_opened(), Some(path.clone()));
    assert!(!home.path().join("data").join("scenarios").exists());
}

#[test]
fn a_new_file_made_meanwhile_by_someone_else_is_not_overwritten_unasked() {
    let home = tempfile::tempdir().unwrap();
    let mut app = starter_app(None);
    let path = home.path().join("mine.json");
    tui::open_initial(&mut app, Some(&path));
    std::fs::write(&path, "{}").unwrap();
    press(&mut app, &[KeyCode::Right, KeyCode::Char('s')]);
    assert!(matches!(
        app.top(),
        Some(Screen::Confirm(Confirm::Overwrite { .. }))
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
}

#[test]
fn the_open_list_shows_scenarios_by_name_with_the_file_when_two_share_one() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path());
    store.ensure_scenarios_dir().unwrap();
    let folder = store.scenarios_dir();
    let named = |name: &str| {
        let mut value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(BASELINE).unwrap()).unwrap();
        value["name"] = name.into();
        value.to_string()
    };
    std::fs::write(folder.join("a.json"), named("Nurse couple")).unwrap();
    std::fs::write(folder.join("b.json"), named("Nurse couple")).unwrap();
    std::fs::write(folder.join("c.json"), named("Solo")).unwrap();
    let mut app = starter_app(Some(store));
    press(&mut app, &[KeyCode::Char('o')]);
    let Some(Screen::Pick(picker)) = app.top() else {
        panic!("the open list, not {:?}", app.top())
    };
    assert_eq!(
        picker.titles,
        ["Nurse couple (a.json)", "Nurse couple (b.json)", "Solo"],
        "names, not file names"
    );
}

#[test]
fn changing_an_age_that_comes_from_the_birth_date_says_why_it_does_not_move() {
    let mut app = app_on(BASELINE, None);
    app.state.scenario.extras.dates.birth_date = Some("1996-01-01".parse().unwrap());
    select(&mut app, FieldId::Age);
    let before = app.state.scenario.clone();
    press(&mut app, &[KeyCode::Right]);
    assert_eq!(app.state.scenario, before);
    assert_eq!(
        app.state.status.as_ref().unwrap().text,
        "the age comes from the birth date: change or clear the birth date"
    );
}

#[test]
fn the_timeline_scrolls_within_its_lines_and_every_screen_opens_the_help() {
    let scenario = scenario::load(
        "assets/examples/dated-couple.json".as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut app = App::new(RuleBook::shipped(), "2026-11-25".parse().unwrap(), scenario, None).unwrap();
    press(&mut app, &[KeyCode::Char('t')]);
    let lines = match app.top() {
        Some(Screen::Timeline(view)) => view.lines() as u16,
        other => panic!("the timeline, not {other:?}"),
    };
    assert!(lines > 3);
    for _ in 0..100 {
        press(&mut app, &[KeyCode::Down]);
    }
    let scroll = |app: &App| match app.top() {
        Some(Screen::Timeline(view)) => view.scroll,
        other => panic!("the timeline, not {other:?}"),
    };
    assert_eq!(scroll(&app), lines - 1, "no further than the last line");
    press(&mut app, &[KeyCode::Up]);
    assert_eq!(scroll(&app), lines - 2, "one key up moves up at once");
    press(&mut app, &[KeyCode::PageUp]);
    assert_eq!(scroll(&app), (lines - 2).saturating_sub(10));
    // `?` opens the help on the timeline, draws, plans and compare screens.
    for (open, close) in [('t', KeyCode::Esc), ('d', KeyCode::Esc), ('p', KeyCode::Esc)] {
        if app.top().is_none() {
            press(&mut app, &[KeyCode::Char(open)]);
        }
        press(&mut app, &[KeyCode::Char('?')]);
        assert!(matches!(app.top(), Some(Screen::Help { .. })), "after {open}");
        press(&mut app, &[KeyCode::Esc, close]);
        assert_eq!(app.top(), None, "after {open}");
    }
}

#[test]
fn the_help_scrolls_no_further_than_its_last_line() {
    let mut app = app_on(BASELINE, None);
    app.resize(120, 40);
    press(&mut app, &[KeyCode::Char('?')]);
    let most = crs_planner::tui::layout::help_scroll_max(ratatui::layout::Rect::new(0, 0, 120, 40));
    assert!(most > 10, "the help is longer than the screen");
    for _ in 0..500 {
        press(&mut app, &[KeyCode::Down]);
    }
    let scroll = |app: &App| match app.top() {
        Some(Screen::Help { scroll }) => *scroll,
        other => panic!("the help, not {other:?}"),
    };
    assert_eq!(scroll(&app), most);
    press(&mut app, &[KeyCode::Up]);
    assert_eq!(scroll(&app), most - 1, "one key up moves up at once");
}

#[test]
fn enter_on_a_choice_field_opens_a_list_to_choose_from() {
    let mut app = app_on(BASELINE, None);
    select(&mut app, FieldId::Education);
    let before = app.state.scenario.profile.education;
    press(&mut app, &[KeyCode::Enter]);
    let (count, selected) = match app.top() {
        Some(Screen::Choose(list)) => (list.options.len(), list.selected),
        other => panic!("a list of choices, not {other:?}"),
    };
    assert!(count >= 8, "every level of education: {count}");
    assert_eq!(
        app.state.scenario.profile.education, before,
        "nothing changes before a choice"
    );
    // Esc keeps the value; Enter on another one takes it.
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.top(), None);
    assert_eq!(app.state.scenario.profile.education, before);
    press(&mut app, &[KeyCode::Enter]);
    let step = if selected == 0 { KeyCode::Down } else { KeyCode::Up };
    press(&mut app, &[step, KeyCode::Enter]);
    assert_eq!(app.top(), None);
    assert_ne!(app.state.scenario.profile.education, before);
    press(&mut app, &[KeyCode::Char('u')]);
    assert_eq!(
        app.state.scenario.profile.education, before,
        "u undoes the choice"
    );
}

#[test]
fn a_gain_that_opens_a_kind_silent_for_years_says_since_when() {
    let starter = crs_planner::tui::state::starter_profile(crs_planner::engine::LanguageTables::official());
    let mut app = App::new(
        RuleBook::shipped(),
        "2026-12-03".parse().unwrap(),
        Scenario::new(starter),
        None,
    )
    .unwrap();
    app.state
        .set_draws(crs_planner::draws::load(None, crate::common::today()));
    let said: Vec<String> = app
        .state
        .gains()
        .iter()
        .filter_map(|gain| app.state.openings(gain, false))
        .collect();
    let fsw: Vec<&String> = said
        .iter()
        .filter(|line| line.contains("Federal Skilled Worker") || line.contains("FSW"))
        .collect();
    assert!(!fsw.is_empty(), "some gain opens FSW: {said:?}");
    for line in fsw {
        assert!(line.contains("none since 2023"), "{line}");
        assert!(!line.contains("latest cut-off 489"), "{line}");
    }
}

/// A planner on a file, on a given day, with the shipped draw data.
fn app_with_draws_on(path: &str, day: &str) -> App {
    let starter = scenario::load(
        path.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut app = App::new(
        RuleBook::shipped(),
        day.parse().unwrap(),
        Scenario::new(starter.profile),
        None,
    )
    .unwrap();
    assert!(tui::open_file(&mut app, path.as_ref()));
    app.state
        .set_draws(crs_planner::draws::load(None, crate::common::today()));
    app
}

#[test]
fn p_starts_from_the_lowest_cut_off_that_changes_the_answer_named() {
    let mut app = app_with_draws_on(WORK_HISTORY, "2026-12-03");
    let score = app.state.breakdown().total;
    press(&mut app, &[KeyCode::Char('p')]);
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("the plan view opens")
    };
    let source = view.source.clone().expect("the target is named");
    assert!(source.starts_with("latest "), "{source}");
    assert!(view.target > score);
    assert!(view.round.is_some(), "the plans are to that kind of round");
    // No cut-off of a running kind the person could reach lies between.
    let (_, cutoff, _) = app.state.first_target().unwrap();
    assert_eq!(cutoff, view.target);
    assert!(!view.advice.in_hand.plans.is_empty(), "a plan to it");
}

/// Issue 22: what a plan says is what it gives. Carried out, the scenario
/// scores the plan's total on the plan's day, and each test it plans keeps
/// a date (the day it is planned for).
#[test]
fn a_plan_applied_gives_its_total_on_its_day_and_keeps_test_dates() {
    let mut app = app_with_draws_on(WORK_HISTORY, "2026-12-03");
    press(&mut app, &[KeyCode::Char('p')]);
    type_text(&mut app, "600");
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("still planning")
    };
    let plan = view.advice.in_hand.plans[0].clone();
    let done_on = plan.done_day.expect("a day");
    press(&mut app, &[KeyCode::Enter]);
    let status = app.state.status.as_ref().unwrap().text.clone();
    assert!(
        status.contains(&format!("{} on {done_on}", plan.total)),
        "{status}"
    );
    let scenario = &app.state.scenario;
    let scored = crs_planner::engine::dated::profile_on(
        &scenario.situation(),
        crs_planner::engine::eligibility::Reference::shipped(),
        "2026-12-03".parse().unwrap(),
        done_on,
        crs_planner::engine::LanguageTables::official(),
    );
    assert_eq!(
        RuleBook::shipped().for_day(done_on).total(&scored.profile),
        plan.total
    );
    for (slot, day) in &plan.test_days {
        let dates = &scenario.extras.dates;
        let kept = match slot {
            crs_planner::advisor::Slot::First => dates.first_language_test,
            crs_planner::advisor::Slot::Second => dates.second_language_test,
            crs_planner::advisor::Slot::Spouse => dates.spouse_language_test,
        };
        assert_eq!(kept, Some(*day));
    }
    assert!(!plan.test_days.is_empty(), "this plan has a test");
}

#[test]
fn fifty_percent_typed_plans_to_a_chance() {
    let mut app = app_with_draws_on(WORK_HISTORY, "2026-12-03");
    press(&mut app, &[KeyCode::Char('p')]);
    type_text(&mut app, "50%");
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("still planning")
    };
    let asked = view.advice.chance.as_ref().expect("a chance asked");
    assert_eq!((asked.least, asked.within), (500, 12));
    assert!(!view.advice.in_hand.plans.is_empty());
    for plan in &view.advice.in_hand.plans {
        assert!(plan.chance.unwrap() >= 500);
    }
    // Without draw data there is no pace to read a chance from: said so.
    let mut bare = app_on(WORK_HISTORY, None);
    press(&mut bare, &[KeyCode::Char('p')]);
    type_text(&mut bare, "50%");
    let status = bare.state.status.as_ref().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(
        status.text.starts_with("A chance needs the draw data"),
        "{}",
        status.text
    );
}

#[test]
fn the_work_permit_row_takes_a_day_and_checks_it_against_the_jobs() {
    let mut app = app_on(WORK_HISTORY, None);
    select(&mut app, FieldId::WorkPermit);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "2025-01-31");
    press(&mut app, &[KeyCode::Enter]);
    match app.top() {
        Some(Screen::Edit(EditPrompt {
            error: Some(error), ..
        })) => assert_eq!(
            error,
            "expected a day on or after the start of every job in Canada (work[1] starts on 2025-10-06), found \"2025-01-31\""
        ),
        other => panic!("refused, not {other:?}"),
    }
    press(&mut app, &[KeyCode::Esc]);
    select(&mut app, FieldId::WorkPermit);
    press(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "2027-09-30");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(
        app.state.scenario.extras.dates.work_permit_expires,
        Some("2027-09-30".parse().unwrap())
    );
    assert!(app
        .state
        .timeline()
        .deadlines
        .iter()
        .any(|d| d.date == "2027-09-30"));
}

#[test]
fn g_orders_the_gains_by_points_for_the_effort_and_remembers_it() {
    let folder = tempfile::tempdir().unwrap();
    let store = Store::new(folder.path());
    let mut app = app_on(BASELINE, Some(store));
    let ratio = |gain: &crs_planner::advisor::Gain| {
        f64::from(gain.points) / f64::from(gain.effort.map_or(u32::MAX, |(cost, _)| cost.max(1)))
    };
    press(&mut app, &[KeyCode::Char('g')]);
    let in_hand: Vec<_> = app
        .state
        .gains()
        .iter()
        .filter(|g| g.control == crs_planner::advisor::Control::InYourHands)
        .collect();
    assert!(in_hand.windows(2).all(|w| ratio(w[0]) >= ratio(w[1])));
    assert!(in_hand.iter().all(|gain| gain.effort.is_some()));
    let again = app_on(BASELINE, Some(Store::new(folder.path())));
    assert_eq!(
        again.state.gains_order,
        crs_planner::advisor::GainsOrder::PerEffort
    );
}

/// Issue 30: digits typed faster than a plan is drawn are read first and
/// planned to once, not a search per digit.
#[test]
fn digits_typed_together_are_planned_to_once_they_are_all_read() {
    let mut app = app_on(BASELINE, None);
    press(&mut app, &[KeyCode::Char('p')]);
    for c in "489".chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("the plan view")
    };
    assert!(view.pending);
    assert_ne!(view.target, 489, "not planned yet");
    app.catch_up();
    let Some(Screen::Plan(view)) = app.top() else {
        panic!("the plan view")
    };
    assert!(!view.pending);
    assert_eq!((view.target, view.typed.as_str()), (489, "489"));
}

/// `L` rewords what is on screen: the gains are kept as facts (the same
/// moves, points and effort) and worded again in the language chosen.
#[test]
fn l_rewords_the_gains_without_working_them_out_again() {
    crs_planner::i18n::set_language("en");
    let mut app = starter_app(None);
    let before = app.state.gains().to_vec();
    assert!(!before.is_empty());
    let english = before[0].label.to_string();
    press(&mut app, &[KeyCode::Char('L')]);
    assert_eq!(app.state.gains(), &before[..], "the same facts");
    let french = app.state.gains()[0].label.to_string();
    crs_planner::i18n::set_language("en");
    assert_ne!(english, french, "worded again");
}
