//! The planner: its state, the stack of screens over the main one, and the
//! effects asked for and not yet carried out. A key goes to the top screen,
//! which answers with what should happen next; the app does that, and an
//! effect's outcome comes back through `receive`. No terminal and no files
//! here.

use crossterm::event::{KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::effect::{After, Effect, LoadPurpose, Outcome, SaveProblem};
use super::keymap::{self, Action};
use super::layout::{self, Areas};
use super::screens::compare::CompareView;
use super::screens::prompts::{Confirm, Notice, PickPurpose, Picker, Side};
use super::screens::{main, Next, Screen};
use super::state::{Focus, State, StatusKind};
use super::text;
use crate::advisor::Control;
use crate::engine::eligibility::ReferenceSource;
use crate::engine::{Date, RuleBook, SelectError};
use crate::scenario::store::Store;
use crate::scenario::Scenario;

pub use super::state::starter_profile;

pub struct App {
    pub state: State,
    /// Screens over the main one; the last is on top.
    screens: Vec<Screen>,
    /// Effects asked for, oldest first, until the run loop carries them out.
    effects: Vec<Effect>,
}

impl App {
    /// A planner on `scenario`, scored by the rules in force on `as_of`,
    /// with the shipped reference data.
    pub fn new(
        book: RuleBook,
        as_of: Date,
        scenario: Scenario,
        store: Option<Store>,
    ) -> Result<App, SelectError> {
        App::with_reference(book, as_of, scenario, store, ReferenceSource::Shipped)
    }

    /// A planner reading the occupation lists and program tables of
    /// `reference` (the user's, where the context has them).
    pub fn with_reference(
        book: RuleBook,
        as_of: Date,
        scenario: Scenario,
        store: Option<Store>,
        reference: ReferenceSource<'static>,
    ) -> Result<App, SelectError> {
        Ok(App {
            state: State::new(book, as_of, scenario, store, reference)?,
            screens: Vec::new(),
            effects: Vec::new(),
        })
    }

    /// The screen on top, `None` on the main screen.
    pub fn top(&self) -> Option<&Screen> {
        self.screens.last()
    }

    pub fn screens(&self) -> &[Screen] {
        &self.screens
    }

    /// Work put off while keys were waiting (a plan to a typed target):
    /// done once they have all been read, so typing "489" searches once.
    pub fn catch_up(&mut self) {
        if let Some(Screen::Plan(view)) = self.screens.last_mut() {
            view.catch_up(&self.state);
        }
    }

    /// Asks for an effect (the run loop carries it out).
    pub fn request(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// The effects asked for since the last call, oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.state.resize(width, height);
    }

    pub fn handle_key(&mut self, event: KeyEvent) {
        // Ctrl-c quits from anywhere, even a prompt (asking first when
        // there are unsaved changes).
        let asking_to_quit = matches!(self.top(), Some(Screen::Confirm(Confirm::Quit)));
        if keymap::is_interrupt(event) && !asking_to_quit {
            self.screens.clear();
            let next = main::update(Action::Quit, &mut self.state);
            self.apply(next);
            return;
        }
        let next = match self.screens.last_mut() {
            Some(screen) => screen.handle(event, &mut self.state),
            None => main::handle(event, &mut self.state),
        };
        self.apply(next);
    }

    fn apply(&mut self, next: Next) {
        match next {
            Next::Stay => {}
            Next::Close => {
                self.screens.pop();
            }
            Next::Open(screen) => self.screens.push(screen),
            Next::Replace(screen) => {
                self.screens.pop();
                self.screens.push(screen);
            }
            Next::CloseAndRun(effect) => {
                self.screens.pop();
                self.effects.push(effect);
            }
            Next::Run(effect) => self.effects.push(effect),
            Next::Home => self.screens.clear(),
        }
    }

    /// An effect's outcome.
    pub fn receive(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Nothing => {}
            Outcome::DrawsUpdated(result) => {
                self.state.updating_draws = false;
                match result {
                    Ok((loaded, said)) => {
                        self.state.set_draws(*loaded);
                        self.state.set_status(said, StatusKind::Info);
                    }
                    Err(problem) => self.state.set_status(problem, StatusKind::Error),
                }
            }
            Outcome::ReportWritten(Ok(path)) => self.state.set_status(
                crate::t!("report-written-planner", file = &path),
                StatusKind::Info,
            ),
            Outcome::ReportWritten(Err(problem)) => self.state.set_status(problem, StatusKind::Error),
            Outcome::NotRemembered(error) => self.state.set_status(
                crate::t!("language-not-remembered", problem = error),
                StatusKind::Error,
            ),
            Outcome::Loaded {
                path,
                purpose,
                result,
            } => match (purpose, result) {
                (LoadPurpose::Open, Ok((loaded, fingerprint))) => {
                    self.state.opened(path, loaded, fingerprint)
                }
                (LoadPurpose::Open, Err(error)) => {
                    self.state.set_status(error.clone(), StatusKind::Error);
                    self.screens.push(Screen::Notice(Notice {
                        title: crate::t!("could-not-open"),
                        text: format!("{error}\n\n{}", crate::t!("file-left-as-is")),
                        scroll: 0,
                    }));
                }
                (LoadPurpose::Compare { with, side }, Ok((loaded, _))) => {
                    // Named as the open one is: by the scenario's name.
                    let name = loaded.name.clone().unwrap_or_else(|| {
                        path.file_stem()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                    });
                    let picked = (name, loaded.settled(self.state.today(), self.state.references()));
                    let (a, b) = match side {
                        Side::B => (*with, picked),
                        Side::A => (picked, *with),
                    };
                    let mut view = self.state.comparison(a, b);
                    if let Some(Screen::Compare(shown)) = self.screens.last() {
                        view.scroll = shown.scroll;
                        self.screens.pop();
                    }
                    self.screens.push(Screen::Compare(Box::new(view)));
                }
                (LoadPurpose::Compare { .. }, Err(error)) => self.state.set_status(error, StatusKind::Error),
            },
            Outcome::LastGone(path) => self.state.set_status(text::last_gone(&path), StatusKind::Error),
            Outcome::NoLast => self.state.set_status(crate::t!("starter"), StatusKind::Info),
            Outcome::Saved {
                path,
                scenario,
                result,
                then,
            } => match result {
                Ok(fingerprint) => {
                    self.state.saved(path, scenario, fingerprint);
                    match then {
                        Some(After::Quit) => self.state.should_quit = true,
                        Some(After::Open) => self.effects.push(Effect::List(PickPurpose::Open)),
                        None => {}
                    }
                }
                Err(SaveProblem::Ask(reason)) => {
                    self.screens
                        .push(Screen::Confirm(Confirm::Overwrite { path, reason, then }));
                }
                Err(SaveProblem::Failed(message)) => self.state.set_status(message, StatusKind::Error),
            },
            Outcome::Listed {
                purpose,
                entries,
                scenarios,
            } => {
                if entries.is_empty() {
                    let said = match purpose {
                        PickPurpose::CompareSide(_) => crate::t!("no-scenarios-to-swap"),
                        _ => crate::t!("no-saved-scenarios"),
                    };
                    self.state.set_status(said, StatusKind::Info);
                    return;
                }
                let load = match purpose {
                    PickPurpose::Open => LoadPurpose::Open,
                    PickPurpose::Compare => LoadPurpose::Compare {
                        with: Box::new(self.state.current()),
                        side: Side::B,
                    },
                    PickPurpose::CompareSide(side) => match self.screens.last() {
                        Some(Screen::Compare(view)) => LoadPurpose::Compare {
                            with: Box::new(view.other_than(side)),
                            side,
                        },
                        _ => return,
                    },
                };
                let totals = scenarios
                    .iter()
                    .map(|scenario| {
                        scenario.as_ref().map(|s| {
                            self.state.rules().total(
                                &s.clone()
                                    .settled(self.state.today(), self.state.references())
                                    .profile,
                            )
                        })
                    })
                    .collect();
                let titles = titles_of(&entries, &scenarios);
                self.screens.push(Screen::Pick(Picker {
                    purpose,
                    titles,
                    entries,
                    totals,
                    selected: 0,
                    load,
                }));
            }
        }
    }

    /// Opens a screen over the others.
    pub fn open(&mut self, screen: Screen) {
        self.screens.push(screen);
    }

    /// Puts two scenarios side by side.
    pub fn show_comparison(&mut self, a: (String, Scenario), b: (String, Scenario)) {
        let view: CompareView = self.state.comparison(a, b);
        self.screens.push(Screen::Compare(Box::new(view)));
    }

    /// A paste arrives as one event: where a screen takes typing its
    /// characters are typed (control characters dropped, no more than a
    /// prompt holds, so a huge paste costs nothing); anywhere else it is
    /// ignored, never taken for commands.
    pub fn handle_paste(&mut self, text: &str) {
        let taken = self
            .screens
            .last_mut()
            .is_some_and(|screen| screen.paste(text, self.state.reference()));
        if !taken {
            self.state
                .set_status(crate::t!("paste-ignored"), StatusKind::Info);
        }
    }

    /// A click selects the field or gain under it; the wheel scrolls the
    /// panel under the pointer. Where each row is comes from `layout`, as
    /// for drawing.
    pub fn handle_mouse(&mut self, event: MouseEvent) {
        if !self.screens.is_empty() {
            return;
        }
        let state = &mut self.state;
        let areas = Areas::of(state.size);
        let at = Position::new(event.column, event.row);
        let over_form = areas.form.contains(at);
        let over_gains = areas.gains.contains(at);
        match event.kind {
            MouseEventKind::Down(MouseButton::Left) if over_form => {
                let lines = layout::form_lines(state.rows(), state.form_scroll, areas.form);
                if let Some(index) = lines
                    .iter()
                    .find(|line| line.y == event.row)
                    .and_then(|line| line.row)
                {
                    state.focus = Focus::Form;
                    state.selected_field = index;
                }
            }
            MouseEventKind::Down(MouseButton::Left) if over_gains => {
                let height = usize::from(areas.gains.height.saturating_sub(2));
                let row = usize::from(event.row.saturating_sub(areas.gains.y + 1));
                let picked = if state.gains_summary_shown(height) && row >= height - 2 {
                    // The summary line stands for the first gain out of hand.
                    state
                        .gains()
                        .iter()
                        .position(|gain| gain.control == Control::OutOfYourHands)
                } else {
                    state
                        .gain_lines()
                        .get(row + state.gains_scroll(height))
                        .copied()
                        .flatten()
                };
                if let Some(index) = picked {
                    state.focus = Focus::Gains;
                    state.selected_gain = index;
                }
            }
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let delta = if event.kind == MouseEventKind::ScrollDown {
                    1
                } else {
                    -1
                };
                if over_gains {
                    state.focus = Focus::Gains;
                    state.move_selection(delta);
                } else if over_form {
                    state.scroll_form(delta);
                }
            }
            _ => {}
        }
    }
}

/// Each saved scenario by its own name, with the file beside it where two
/// share a name; the file name for one without a name or that does not load.
fn titles_of(entries: &[crate::scenario::store::Entry], scenarios: &[Option<Scenario>]) -> Vec<String> {
    let names: Vec<String> = entries
        .iter()
        .zip(scenarios.iter().chain(std::iter::repeat(&None)))
        .map(|(entry, scenario)| {
            scenario
                .as_ref()
                .and_then(|s| s.name.clone())
                .filter(|name| !name.trim().is_empty())
                .unwrap_or_else(|| entry.name.clone())
        })
        .collect();
    names
        .iter()
        .zip(entries)
        .map(|(name, entry)| {
            if names.iter().filter(|other| *other == name).count() > 1 {
                let file = entry
                    .path
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!("{name} ({file})")
            } else {
                name.clone()
            }
        })
        .collect()
}
