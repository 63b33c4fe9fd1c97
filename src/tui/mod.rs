//! The what-if planner: the profile in app state, the score recomputed on
//! every key, the gains beside it. Data flows one way: key -> action ->
//! state update -> recompute -> draw.

pub mod app;
pub mod form;
pub mod keymap;
pub mod layout;
mod terminal;
pub mod theme;
pub mod ui;
pub mod work;

use std::io;
use std::path::Path;

use crossterm::event::{self, Event, KeyEventKind};

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
    app.theme = theme::Theme::from_env();
    guard.terminal.draw(|frame| ui::draw(frame, &app))?;
    after_first_frame(&mut app);
    loop {
        guard.terminal.draw(|frame| ui::draw(frame, &app))?;
        // Wait for input, looking at the signals now and then. A terminal
        // that has gone away (its window closed, its connection dropped)
        // answers every wait at once with nothing to read: after a run of
        // those the planner stops instead of spinning.
        let mut empty_answers = 0;
        loop {
            let asked = std::time::Instant::now();
            if event::poll(SIGNAL_CHECK)? {
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
                    "the terminal went away",
                ));
            }
        }
        loop {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => app.handle_key(key),
                Event::Mouse(mouse) => app.handle_mouse(mouse),
                Event::Resize(width, height) => app.resize(width, height),
                Event::Paste(text) => app.handle_paste(&text),
                _ => {}
            }
            if app.should_quit || !event::poll(DRAIN_CHECK)? {
                break;
            }
        }
        if let Some(signal) = signals.received() {
            drop(guard);
            terminal::end_by(signal);
        }
        if app.should_quit {
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

/// Opens the file the user named, or the one open last time, or a starter
/// profile. A file that fails to load is reported in the status line.
pub fn open_initial(app: &mut App, file: Option<&Path>) {
    if let Some(path) = file {
        app.open_file(path);
        return;
    }
    let last = app.store.as_ref().and_then(|store| store.last_opened());
    match last {
        Some(path) if path.exists() => {
            app.open_file(&path);
        }
        _ => app.set_status(
            "A starter profile: change any value with ←/→, press ? for every key",
            app::StatusKind::Info,
        ),
    }
}
