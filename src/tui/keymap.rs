//! One table of commands drives key handling, the footer and the help popup,
//! so the three can never disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What the user asked for, independent of the key that asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Up,
    Down,
    Lower,
    Raise,
    Enter,
    NextPanel,
    Undo,
    Redo,
    Save,
    SaveAs,
    Open,
    New,
    Compare,
    Draws,
    Plan,
    Timeline,
    Help,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

pub struct Command {
    pub keys: &'static [Key],
    /// How the keys are written in the footer and help.
    pub keys_text: &'static str,
    /// A word or two for the footer; empty keeps it out of the footer.
    pub short: &'static str,
    pub help: &'static str,
    pub action: Action,
}

pub const COMMANDS: &[Command] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/k",
        short: "",
        help: "previous field or gain",
        action: Action::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        short: "move",
        help: "next field or gain",
        action: Action::Down,
    },
    Command {
        keys: &[
            key(KeyCode::Left),
            key(KeyCode::Char('h')),
            key(KeyCode::Char('-')),
        ],
        keys_text: "←/h/-",
        short: "",
        help: "lower the selected value",
        action: Action::Lower,
    },
    Command {
        keys: &[
            key(KeyCode::Right),
            key(KeyCode::Char('l')),
            key(KeyCode::Char('+')),
        ],
        keys_text: "→/l/+",
        short: "change",
        help: "raise the selected value",
        action: Action::Raise,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        short: "edit/apply",
        help: "type a value (IELTS 7.5); on a gain: apply it as a what-if",
        action: Action::Enter,
    },
    Command {
        keys: &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        keys_text: "Tab",
        short: "panel",
        help: "switch between the profile and the gains",
        action: Action::NextPanel,
    },
    Command {
        keys: &[key(KeyCode::Char('u'))],
        keys_text: "u",
        short: "undo",
        help: "undo the last change",
        action: Action::Undo,
    },
    Command {
        keys: &[ctrl('r')],
        keys_text: "Ctrl-r",
        short: "",
        help: "redo",
        action: Action::Redo,
    },
    Command {
        keys: &[key(KeyCode::Char('s'))],
        keys_text: "s",
        short: "save",
        help: "save (asks for a name the first time)",
        action: Action::Save,
    },
    Command {
        keys: &[key(KeyCode::Char('S'))],
        keys_text: "S",
        short: "",
        help: "save under a new name",
        action: Action::SaveAs,
    },
    Command {
        keys: &[key(KeyCode::Char('o'))],
        keys_text: "o",
        short: "open",
        help: "open a saved scenario",
        action: Action::Open,
    },
    Command {
        keys: &[key(KeyCode::Char('n'))],
        keys_text: "n",
        short: "",
        help: "start a new scenario",
        action: Action::New,
    },
    Command {
        keys: &[key(KeyCode::Char('c'))],
        keys_text: "c",
        short: "compare",
        help: "compare with a saved scenario",
        action: Action::Compare,
    },
    Command {
        keys: &[key(KeyCode::Char('d'))],
        keys_text: "d",
        short: "draws",
        help: "rounds of invitations against your score",
        action: Action::Draws,
    },
    Command {
        keys: &[key(KeyCode::Char('p'))],
        keys_text: "p",
        short: "plan",
        help: "least-effort plans to a target score, and who should apply",
        action: Action::Plan,
    },
    Command {
        keys: &[key(KeyCode::Char('t'))],
        keys_text: "t",
        short: "",
        help: "timeline: the score month by month for three years",
        action: Action::Timeline,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        keys_text: "?",
        short: "help",
        help: "show every key",
        action: Action::Help,
    },
    Command {
        keys: &[key(KeyCode::Char('q')), ctrl('c')],
        keys_text: "q/Ctrl-c",
        short: "quit",
        help: "quit (asks first if there are unsaved changes)",
        action: Action::Quit,
    },
];

/// The action a key press means on the main screen, if any.
pub fn action_for(event: KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    COMMANDS
        .iter()
        .find(|command| {
            command
                .keys
                .iter()
                .any(|k| k.code == event.code && k.ctrl == ctrl)
        })
        .map(|command| command.action)
}

/// Ctrl-c quits from anywhere, even a prompt.
pub fn is_interrupt(event: KeyEvent) -> bool {
    event.code == KeyCode::Char('c') && event.modifiers.contains(KeyModifiers::CONTROL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen = Vec::new();
        for command in COMMANDS {
            for k in command.keys {
                assert!(!seen.contains(k), "{k:?} is bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn shift_s_and_s_differ() {
        let plain = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE);
        let shifted = KeyEvent::new(KeyCode::Char('S'), KeyModifiers::SHIFT);
        assert_eq!(action_for(plain), Some(Action::Save));
        assert_eq!(action_for(shifted), Some(Action::SaveAs));
        let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_r), Some(Action::Redo));
    }
}
