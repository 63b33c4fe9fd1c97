//! The popups: typing a value, naming a scenario, picking a saved one, the
//! questions before something cannot be taken back, and notices.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Next, Screen};
use crate::scenario::store::Entry;
use crate::scenario::Expect;
use crate::tui::effect::{After, Effect, LoadPurpose};
use crate::tui::form::{self, FieldId};
use crate::tui::keymap::{self, ConfirmAction, PickAction, PromptAction};
use crate::tui::state::{State, StatusKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// Why the planner asks before saving over a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverwriteReason {
    /// The file open now changed since it was opened or saved.
    ChangedOnDisk,
    /// "Save as" chose a name that is the file open now.
    OpenFile,
    /// "Save as" (or a first save) chose the name of another saved scenario.
    Exists,
}

/// What the user is asked to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamePurpose {
    Save,
    SaveAs,
}

/// What picking from the list of saved scenarios is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickPurpose {
    Open,
    Compare,
    CompareSide(Side),
}

/// The most characters a typed value or a name holds.
const MAX_TYPED: usize = 60;

/// A printable character typed without Ctrl or Alt.
pub(crate) fn typed_char(event: KeyEvent) -> Option<char> {
    match event.code {
        KeyCode::Char(c)
            if !c.is_control()
                && !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// Typing a value into a field of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditPrompt {
    pub field: FieldId,
    pub buffer: String,
    pub error: Option<String>,
}

impl EditPrompt {
    pub fn new(field: FieldId) -> Self {
        EditPrompt {
            field,
            buffer: String::new(),
            error: None,
        }
    }

    fn push(&mut self, c: char) {
        // Whatever is typed is kept, so that what is refused is what was
        // typed: `-3` is refused as the file would refuse it, not read as 3,
        // and `06/15/1994` is answered with the way to write it.
        if !c.is_control() && self.buffer.chars().count() < 12 {
            self.buffer.push(c);
            self.error = None;
        }
    }

    pub fn type_text(&mut self, text: &str) -> bool {
        text.chars().take(MAX_TYPED).for_each(|c| self.push(c));
        true
    }

    pub fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        match keymap::action_in(keymap::PROMPT_COMMANDS, event) {
            Some(PromptAction::Cancel) => Next::Close,
            Some(PromptAction::Erase) => {
                self.buffer.pop();
                self.error = None;
                Next::Stay
            }
            Some(PromptAction::EraseWord) => {
                erase_word(&mut self.buffer);
                self.error = None;
                Next::Stay
            }
            Some(PromptAction::EraseAll) => {
                self.buffer.clear();
                self.error = None;
                Next::Stay
            }
            Some(PromptAction::Confirm) => {
                let typed = crate::i18n::typed_number(&self.buffer);
                match form::set_text(
                    &state.scenario,
                    self.field,
                    &typed,
                    state.tables(),
                    state.known_on(),
                ) {
                    Ok(changed) => {
                        state.change_scenario(changed);
                        Next::Close
                    }
                    Err(problem) => {
                        self.error = Some(problem.to_string());
                        Next::Stay
                    }
                }
            }
            None => {
                if let Some(c) = typed_char(event) {
                    self.push(c);
                }
                Next::Stay
            }
        }
    }
}

/// Naming the scenario to save it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePrompt {
    pub purpose: NamePurpose,
    pub buffer: String,
    /// The name offered is selected: what is typed first replaces it, as in
    /// any save dialog; a key that moves or erases keeps it to edit.
    pub offered: bool,
    /// What to do once it is saved.
    pub then: Option<After>,
}

impl NamePrompt {
    pub fn new(purpose: NamePurpose, state: &State, then: Option<After>) -> Self {
        let buffer = state.scenario.name.clone().unwrap_or_default();
        NamePrompt {
            purpose,
            offered: !buffer.is_empty(),
            buffer,
            then,
        }
    }

    pub fn type_text(&mut self, text: &str) -> bool {
        if self.offered {
            self.buffer.clear();
            self.offered = false;
        }
        for c in text.chars().filter(|c| !c.is_control()) {
            if self.buffer.chars().count() < MAX_TYPED {
                self.buffer.push(c);
            }
        }
        true
    }

    pub fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        match keymap::action_in(keymap::PROMPT_COMMANDS, event) {
            Some(PromptAction::Cancel) => {
                state.set_status(crate::t!("not-saved"), StatusKind::Info);
                Next::Close
            }
            Some(PromptAction::Erase) => {
                // Backspace on the offered name keeps it to edit, less one letter.
                self.offered = false;
                self.buffer.pop();
                Next::Stay
            }
            Some(PromptAction::EraseWord) => {
                self.offered = false;
                erase_word(&mut self.buffer);
                Next::Stay
            }
            Some(PromptAction::EraseAll) => {
                self.offered = false;
                self.buffer.clear();
                Next::Stay
            }
            Some(PromptAction::Confirm) => {
                let name = self.buffer.trim().to_string();
                if name.is_empty() {
                    return Next::Stay;
                }
                state.scenario.name = Some(name.clone());
                Next::CloseAndRun(Effect::SaveNamed {
                    name,
                    scenario: state.scenario.clone(),
                    open: state.file.path.clone().map(|path| (path, state.file.disk)),
                    ask_if_open: self.purpose == NamePurpose::SaveAs,
                    then: self.then,
                })
            }
            None => {
                if let Some(c) = typed_char(event) {
                    self.type_text(&c.to_string());
                }
                Next::Stay
            }
        }
    }
}

/// Ctrl-w: the last word typed and the spaces after it, as shells do.
fn erase_word(buffer: &mut String) {
    let kept = buffer
        .trim_end()
        .trim_end_matches(|c: char| !c.is_whitespace())
        .len();
    buffer.truncate(kept);
}

/// Choosing one of the saved scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub purpose: PickPurpose,
    pub entries: Vec<Entry>,
    /// What each entry is called: the scenario's own name, with its file
    /// when two share a name (the file name where it has none).
    pub titles: Vec<String>,
    /// Each entry's score by the rules in use; `None` where it does not load.
    pub totals: Vec<Option<u16>>,
    pub selected: usize,
    /// What the chosen scenario is read for.
    pub load: LoadPurpose,
}

impl Picker {
    pub fn handle(&mut self, event: KeyEvent) -> Next {
        match keymap::action_in(keymap::PICK_COMMANDS, event) {
            Some(PickAction::Up) => self.selected = self.selected.saturating_sub(1),
            Some(PickAction::Down) => {
                self.selected = (self.selected + 1).min(self.entries.len().saturating_sub(1))
            }
            Some(PickAction::Cancel) => return Next::Close,
            Some(PickAction::Choose) => {
                return match self.entries.get(self.selected) {
                    Some(entry) => Next::CloseAndRun(Effect::Load {
                        path: entry.path.clone(),
                        purpose: self.load.clone(),
                    }),
                    None => Next::Close,
                };
            }
            None => {}
        }
        Next::Stay
    }
}

/// A question before something that cannot be taken back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Quit with unsaved changes.
    Quit,
    /// Open another scenario with unsaved changes.
    Discard,
    /// Saving would replace a file the user may not mean to replace.
    Overwrite {
        path: PathBuf,
        reason: OverwriteReason,
        then: Option<After>,
    },
}

impl Confirm {
    /// Whether "save first" is one of the answers.
    pub fn offers_saving(&self) -> bool {
        matches!(self, Confirm::Quit | Confirm::Discard)
    }

    fn after(&self) -> After {
        match self {
            Confirm::Discard => After::Open,
            _ => After::Quit,
        }
    }

    pub fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        if keymap::is_interrupt(event) && *self == Confirm::Quit {
            state.should_quit = true;
            return Next::Close;
        }
        match (keymap::action_in(keymap::CONFIRM_COMMANDS, event), &*self) {
            (Some(ConfirmAction::Yes), Confirm::Quit) => {
                state.should_quit = true;
                Next::Close
            }
            (Some(ConfirmAction::Yes), Confirm::Discard) => {
                Next::CloseAndRun(Effect::List(PickPurpose::Open))
            }
            (Some(ConfirmAction::Yes), Confirm::Overwrite { path, then, .. }) => {
                Next::CloseAndRun(Effect::Save {
                    path: path.clone(),
                    scenario: state.scenario.clone(),
                    expect: Expect::Anything,
                    then: *then,
                })
            }
            (Some(ConfirmAction::SaveFirst), Confirm::Quit | Confirm::Discard) => {
                let then = Some(self.after());
                match state.file.path.clone() {
                    Some(path) => Next::CloseAndRun(Effect::Save {
                        path,
                        scenario: state.scenario.clone(),
                        expect: state.file.expect(),
                        then,
                    }),
                    None => Next::Replace(Screen::Name(NamePrompt::new(NamePurpose::Save, state, then))),
                }
            }
            (Some(ConfirmAction::No), Confirm::Overwrite { .. }) => {
                state.set_status(crate::t!("not-saved-left-as-is"), StatusKind::Info);
                Next::Close
            }
            (Some(ConfirmAction::No), _) => {
                state.set_status(crate::t!("still-here"), StatusKind::Info);
                Next::Close
            }
            _ => Next::Stay,
        }
    }
}

/// A message too long for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub text: String,
    pub scroll: u16,
}
