//! The what-if planner: the profile in app state, the score recomputed on
//! every key, the gains beside it. Data flows one way: key -> action ->
//! state update -> effects -> recompute -> draw.
//!
//! `app` (the screen stack), `state` (the scenario and what is worked out
//! from it), `screens/` (each screen's state and keys), `keymap` (every
//! screen's command table), `effect` (files read and written, outside the
//! app), `layout` (where things are, for drawing and the mouse), `form`
//! (the profile as fields), `text` (what the planner says), `ui/` (a widget
//! a panel).

pub mod app;
pub mod effect;
pub mod field;
pub mod form;
pub mod keymap;
pub mod layout;
pub mod screens;
pub mod state;
mod terminal;
pub mod text;
pub mod theme;
pub mod ui;

use std::io;
use std::path::Path;

use crossterm::event::{self, Event, KeyEvent, KeyEventKind};

pub use app::App;
use terminal::TerminalGuard;

/// Runs the planner until the user quits. `after_first_frame` does the
/// start-up work the first frame does not need (reading the draw history),
/// while the user reads that frame.
///
/// Every input already waiting is handled before the next frame is drawn, so
/// a held key or a burst of a thousand keys costs one frame, not a thousand;
/// a paste arrives whole (bracketed paste). SIGTERM, SIGINT, SIGHUP and
/// SIGQUIT put the terminal back as it was before the process ends as the
/// signal says.
pub fn run(mut app: App, after_first_frame: impl FnOnce(&mut App)) -> io::Result<()> {
    let signals = terminal::Signals::watch()?;
    let mut guard = TerminalGuard::enter()?;
    let size = guard.terminal.size()?;
    app.resize(size.width, size.height);
    app.state.theme = theme::Theme::from_env();
    guard.terminal.draw(|frame| ui::draw(frame, &app))?;
    after_first_frame(&mut app);
    // Work that may take seconds (a download) is done off the input path;
    // its outcome comes back here.
    let (finished, outcomes) = std::sync::mpsc::channel::<effect::Outcome>();
    loop {
        guard.terminal.draw(|frame| ui::draw(frame, &app))?;
        // Wait for input, looking at the signals now and then. A terminal
        // that has gone away (its window closed, its connection dropped)
        // answers every wait at once with nothing to read: after a run of
        // those the planner stops instead of spinning.
        let mut empty_answers = 0;
        let mut input_waiting = false;
        loop {
            let asked = std::time::Instant::now();
            if event::poll(SIGNAL_CHECK)? {
                input_waiting = true;
                break;
            }
            if let Ok(outcome) = outcomes.try_recv() {
                app.receive(outcome);
                settle_live(&mut app, &finished);
                break;
            }
            if let Some(signal) = signals.received() {
                drop(guard);
                terminal::end_by(signal);
            }
            empty_answers = if asked.elapsed() < SIGNAL_CHECK / 4 {
                empty_answers + 1
            } else {
                0
            };
            if empty_answers >= HUNG_UP_AFTER {
                drop(guard);
                return Err(io::Error::new(
                    io::ErrorKind::BrokenPipe,
                    crate::t!("terminal-gone"),
                ));
            }
        }
        while input_waiting {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => app.handle_key(key),
                Event::Mouse(mouse) => app.handle_mouse(mouse),
                Event::Resize(width, height) => app.resize(width, height),
                Event::Paste(text) => app.handle_paste(&text),
                _ => {}
            }
            settle_live(&mut app, &finished);
            input_waiting = !app.state.should_quit && event::poll(DRAIN_CHECK)?;
        }
        // The keys read, what they asked for that takes time (a plan to a
        // typed target) is done once.
        app.catch_up();
        if let Some(signal) = signals.received() {
            drop(guard);
            terminal::end_by(signal);
        }
        if app.state.should_quit {
            break;
        }
    }
    Ok(())
}

/// How long to look for more input already on its way before drawing: the
/// terminal is read a kilobyte at a time, and a burst is read whole only if
/// the check really asks the terminal (a zero wait does not).
const DRAIN_CHECK: std::time::Duration = std::time::Duration::from_millis(1);

/// How many waits in a row answered at once, with nothing to read, mean the
/// terminal is gone.
const HUNG_UP_AFTER: u32 = 20;

/// How often a planner waiting for a key looks for a signal.
const SIGNAL_CHECK: std::time::Duration = std::time::Duration::from_millis(50);

/// Carries out every effect the app has asked for, and gives it each
/// outcome (which may ask for more).
pub fn settle(app: &mut App) {
    app.catch_up();
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return;
        }
        for asked in effects {
            let outcome = effect::perform(
                asked,
                app.state.store.as_ref(),
                app.state.known_on(),
                app.state.references(),
            );
            app.receive(outcome);
        }
    }
}

/// As `settle`, but an update of the draw data runs on a thread of its own
/// and sends its outcome to `finished`: the screen stays live meanwhile.
fn settle_live(app: &mut App, finished: &std::sync::mpsc::Sender<effect::Outcome>) {
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return;
        }
        for asked in effects {
            if matches!(asked, effect::Effect::UpdateDraws { .. }) {
                let store = app.state.store.clone();
                let finished = finished.clone();
                let (known_on, references) = (app.state.known_on(), app.state.references());
                std::thread::spawn(move || {
                    let _ = finished.send(effect::perform(asked, store.as_ref(), known_on, references));
                });
                continue;
            }
            let outcome = effect::perform(
                asked,
                app.state.store.as_ref(),
                app.state.known_on(),
                app.state.references(),
            );
            app.receive(outcome);
        }
    }
}

/// A key, and the effects it asks for carried out.
pub fn press(app: &mut App, key: KeyEvent) {
    app.handle_key(key);
    settle(app);
}

/// Opens a scenario file now; false when it did not load (the file is then
/// left alone, and a notice says why).
pub fn open_file(app: &mut App, path: &Path) -> bool {
    app.request(effect::Effect::Load {
        path: path.to_path_buf(),
        purpose: effect::LoadPurpose::Open,
    });
    settle(app);
    app.state.file.path.as_deref() == Some(path)
}

/// Opens the file the user named, or the one open last time (said when it
/// is gone), or a starter profile. A file that fails to load is reported.
pub fn open_initial(app: &mut App, file: Option<&Path>) {
    match file {
        // A name with nothing there yet is a new file, saved there on `s`.
        Some(path)
            if std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) =>
        {
            app.state.start_new_at(path.to_path_buf());
        }
        Some(path) => {
            open_file(app, path);
        }
        None => {
            app.request(effect::Effect::LoadLast);
            settle(app);
        }
    }
    app.state.forget_history();
}
