//! The terminal in raw mode with mouse capture, put back as it was on quit,
//! on error and on panic.

use std::io::{self, stdout};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once};

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

pub struct TerminalGuard {
    pub terminal: DefaultTerminal,
}

fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
            ratatui::restore();
            previous(info);
        }));
    });
}

impl TerminalGuard {
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        let terminal = ratatui::try_init()?;
        if let Err(error) = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste) {
            ratatui::restore();
            return Err(error);
        }
        Ok(TerminalGuard { terminal })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        ratatui::restore();
    }
}

/// The signals that end a terminal program, noted as they arrive so the run
/// loop can put the terminal back first.
pub struct Signals {
    received: Arc<AtomicUsize>,
}

const ENDING: [i32; 4] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT];

impl Signals {
    pub fn watch() -> io::Result<Signals> {
        let received = Arc::new(AtomicUsize::new(0));
        for signal in ENDING {
            signal_hook::flag::register_usize(signal, Arc::clone(&received), signal as usize)?;
        }
        Ok(Signals { received })
    }

    /// The signal received, if any.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            signal => i32::try_from(signal).ok(),
        }
    }
}

/// Ends the process as `signal` would have (the terminal is already put
/// back): the default action, so a parent sees the usual status; should that
/// not end it, exit with 128 + the signal's number as shells do.
pub fn end_by(signal: i32) -> ! {
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    std::process::exit(128 + signal)
}
