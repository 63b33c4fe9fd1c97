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
    Language,
    GainsOrder,
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

/// One command of a screen: its keys, how they are written, and what they do.
pub struct Command<A: 'static> {
    pub keys: &'static [Key],
    /// How the keys are written in the footer and help.
    pub keys_text: &'static str,
    /// The message naming the command: its value is a word or two for
    /// the footer (none keeps it out of the footer), its `help` attribute
    /// the line in the help.
    pub id: &'static str,
    pub action: A,
}

impl<A> Command<A> {
    /// The footer's word or two; empty keeps the command out of the footer.
    pub fn short(&self) -> String {
        crate::i18n::message(self.id, &[])
    }

    pub fn help(&self) -> String {
        crate::i18n::attribute(self.id, "help", &[])
    }

    /// How the keys are written, with key names in the language in use.
    pub fn keys(&self) -> String {
        keys_in_words(self.keys_text)
    }
}

/// "Enter", "Esc", "Space", "any key"... as the language in use names them;
/// arrows and letters stay as they are.
pub fn keys_in_words(keys: &str) -> String {
    // "y" answers yes; "o" (oui) does too, and a French reader is told so.
    if keys == "y" {
        return crate::i18n::message("key-yes", &[]);
    }
    let mut out = keys.to_string();
    for (word, id) in [
        ("any key", "key-any"),
        ("Enter", "key-enter"),
        ("Esc", "key-esc"),
        ("Space", "key-space"),
        ("Backspace", "key-backspace"),
        ("PgUp", "key-page-up"),
        ("PgDn", "key-page-down"),
        ("Tab", "key-tab"),
    ] {
        if out.contains(word) {
            out = out.replace(word, &crate::i18n::message(id, &[]));
        }
    }
    out
}

pub const COMMANDS: &[Command<Action>] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/k",
        id: "cmd-main-up",
        action: Action::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-main-down",
        action: Action::Down,
    },
    Command {
        keys: &[
            key(KeyCode::Left),
            key(KeyCode::Char('h')),
            key(KeyCode::Char('-')),
        ],
        keys_text: "←/h/-",
        id: "cmd-main-lower",
        action: Action::Lower,
    },
    Command {
        keys: &[
            key(KeyCode::Right),
            key(KeyCode::Char('l')),
            key(KeyCode::Char('+')),
        ],
        keys_text: "→/l/+",
        id: "cmd-main-raise",
        action: Action::Raise,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-main-enter",
        action: Action::Enter,
    },
    Command {
        keys: &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        keys_text: "Tab",
        id: "cmd-main-next-panel",
        action: Action::NextPanel,
    },
    Command {
        keys: &[key(KeyCode::Char('u'))],
        keys_text: "u",
        id: "cmd-main-undo",
        action: Action::Undo,
    },
    Command {
        keys: &[ctrl('r')],
        keys_text: "Ctrl-r",
        id: "cmd-main-redo",
        action: Action::Redo,
    },
    Command {
        keys: &[key(KeyCode::Char('s'))],
        keys_text: "s",
        id: "cmd-main-save",
        action: Action::Save,
    },
    Command {
        keys: &[key(KeyCode::Char('S'))],
        keys_text: "S",
        id: "cmd-main-save-as",
        action: Action::SaveAs,
    },
    Command {
        keys: &[key(KeyCode::Char('o'))],
        keys_text: "o",
        id: "cmd-main-open",
        action: Action::Open,
    },
    Command {
        keys: &[key(KeyCode::Char('n'))],
        keys_text: "n",
        id: "cmd-main-new",
        action: Action::New,
    },
    Command {
        keys: &[key(KeyCode::Char('c'))],
        keys_text: "c",
        id: "cmd-main-compare",
        action: Action::Compare,
    },
    Command {
        keys: &[key(KeyCode::Char('d'))],
        keys_text: "d",
        id: "cmd-main-draws",
        action: Action::Draws,
    },
    Command {
        keys: &[key(KeyCode::Char('p'))],
        keys_text: "p",
        id: "cmd-main-plan",
        action: Action::Plan,
    },
    Command {
        keys: &[key(KeyCode::Char('t'))],
        keys_text: "t",
        id: "cmd-main-timeline",
        action: Action::Timeline,
    },
    Command {
        keys: &[key(KeyCode::Char('g'))],
        keys_text: "g",
        id: "cmd-main-gains-order",
        action: Action::GainsOrder,
    },
    Command {
        keys: &[key(KeyCode::Char('L'))],
        keys_text: "L",
        id: "cmd-main-language",
        action: Action::Language,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        keys_text: "?",
        id: "cmd-main-help",
        action: Action::Help,
    },
    Command {
        keys: &[key(KeyCode::Char('q')), ctrl('c')],
        keys_text: "q/Ctrl-c",
        id: "cmd-main-quit",
        action: Action::Quit,
    },
];

/// The action a key press means on the main screen, if any.
pub fn action_for(event: KeyEvent) -> Option<Action> {
    action_in(COMMANDS, event)
}

/// The action a key press means in a screen's table, if any.
pub fn action_in<A: Copy>(table: &[Command<A>], event: KeyEvent) -> Option<A> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    table
        .iter()
        .find(|command| {
            command
                .keys
                .iter()
                .any(|k| k.code == event.code && k.ctrl == ctrl)
        })
        .map(|command| command.action)
}

/// The work-history screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkAction {
    Up,
    Down,
    Add,
    Edit,
    End,
    Remove,
    Close,
}

pub const WORK_COMMANDS: &[Command<WorkAction>] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-work-up",
        action: WorkAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-work-down",
        action: WorkAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Char('a'))],
        keys_text: "a",
        id: "cmd-work-add",
        action: WorkAction::Add,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-work-edit",
        action: WorkAction::Edit,
    },
    Command {
        keys: &[key(KeyCode::Char('e'))],
        keys_text: "e",
        id: "cmd-work-end",
        action: WorkAction::End,
    },
    Command {
        keys: &[key(KeyCode::Char('x')), key(KeyCode::Delete)],
        keys_text: "x/Del",
        id: "cmd-work-remove",
        action: WorkAction::Remove,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        id: "cmd-work-close",
        action: WorkAction::Close,
    },
];

/// One job's form. Typing goes into the chosen field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobAction {
    Up,
    Down,
    Lower,
    Raise,
    Confirm,
    Cancel,
    Erase,
}

pub const JOB_COMMANDS: &[Command<JobAction>] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::BackTab)],
        keys_text: "↑/↓",
        id: "cmd-job-up",
        action: JobAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Tab)],
        keys_text: "↓/Tab",
        id: "cmd-job-down",
        action: JobAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Left)],
        keys_text: "←/→",
        id: "cmd-job-lower",
        action: JobAction::Lower,
    },
    Command {
        keys: &[key(KeyCode::Right)],
        keys_text: "→",
        id: "cmd-job-raise",
        action: JobAction::Raise,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        id: "cmd-job-erase",
        action: JobAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-job-confirm",
        action: JobAction::Confirm,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        keys_text: "Esc",
        id: "cmd-job-cancel",
        action: JobAction::Cancel,
    },
];

/// Finding an occupation. Typing goes into the search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OccupationAction {
    Up,
    Down,
    PageUp,
    PageDown,
    Pick,
    Cancel,
    Erase,
}

pub const OCCUPATION_COMMANDS: &[Command<OccupationAction>] = &[
    Command {
        keys: &[key(KeyCode::Up)],
        keys_text: "↑/↓",
        id: "cmd-occupation-up",
        action: OccupationAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down)],
        keys_text: "↓",
        id: "cmd-occupation-down",
        action: OccupationAction::Down,
    },
    Command {
        keys: &[key(KeyCode::PageUp)],
        keys_text: "PgUp/PgDn",
        id: "cmd-occupation-page-up",
        action: OccupationAction::PageUp,
    },
    Command {
        keys: &[key(KeyCode::PageDown)],
        keys_text: "PgDn",
        id: "cmd-occupation-page-down",
        action: OccupationAction::PageDown,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        id: "cmd-occupation-erase",
        action: OccupationAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-occupation-pick",
        action: OccupationAction::Pick,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        keys_text: "Esc",
        id: "cmd-occupation-cancel",
        action: OccupationAction::Cancel,
    },
];

/// The draws view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrawsAction {
    Up,
    Down,
    PreviousCategory,
    NextCategory,
    PlanTo,
    Update,
    Help,
    Close,
}

pub const DRAWS_COMMANDS: &[Command<DrawsAction>] = &[
    Command {
        keys: &[key(KeyCode::Left), key(KeyCode::Char('h'))],
        keys_text: "←/→",
        id: "cmd-draws-previous-category",
        action: DrawsAction::PreviousCategory,
    },
    Command {
        keys: &[key(KeyCode::Right), key(KeyCode::Char('l'))],
        keys_text: "→/l",
        id: "cmd-draws-next-category",
        action: DrawsAction::NextCategory,
    },
    Command {
        keys: &[key(KeyCode::Char('p')), key(KeyCode::Enter)],
        keys_text: "p",
        id: "cmd-draws-plan-to",
        action: DrawsAction::PlanTo,
    },
    Command {
        keys: &[key(KeyCode::Char('U'))],
        keys_text: "U",
        id: "cmd-draws-update",
        action: DrawsAction::Update,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-draws-up",
        action: DrawsAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-draws-down",
        action: DrawsAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        keys_text: "?",
        id: "cmd-draws-help",
        action: DrawsAction::Help,
    },
    Command {
        keys: &[
            key(KeyCode::Esc),
            key(KeyCode::Char('q')),
            key(KeyCode::Char('d')),
        ],
        keys_text: "Esc",
        id: "cmd-draws-close",
        action: DrawsAction::Close,
    },
];

/// The plan view. Digits type a new target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAction {
    Up,
    Down,
    Apply,
    Erase,
    Help,
    Close,
}

pub const PLAN_COMMANDS: &[Command<PlanAction>] = &[
    Command {
        keys: &[],
        keys_text: "0-9",
        id: "cmd-plan-erase",
        action: PlanAction::Erase,
    },
    Command {
        keys: &[],
        keys_text: "%",
        id: "cmd-plan-chance",
        action: PlanAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        id: "cmd-plan-erase-2",
        action: PlanAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-plan-up",
        action: PlanAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-plan-down",
        action: PlanAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-plan-apply",
        action: PlanAction::Apply,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        keys_text: "?",
        id: "cmd-plan-help",
        action: PlanAction::Help,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        id: "cmd-plan-close",
        action: PlanAction::Close,
    },
];

/// The comparison of two scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareAction {
    Up,
    Down,
    SwapA,
    SwapB,
    Help,
    Close,
}

pub const COMPARE_COMMANDS: &[Command<CompareAction>] = &[
    Command {
        keys: &[key(KeyCode::Char('a'))],
        keys_text: "a/b",
        id: "cmd-compare-swap-a",
        action: CompareAction::SwapA,
    },
    Command {
        keys: &[key(KeyCode::Char('b'))],
        keys_text: "b",
        id: "cmd-compare-swap-b",
        action: CompareAction::SwapB,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-compare-up",
        action: CompareAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-compare-down",
        action: CompareAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        keys_text: "?",
        id: "cmd-compare-help",
        action: CompareAction::Help,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        id: "cmd-compare-close",
        action: CompareAction::Close,
    },
];

/// The timeline chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineAction {
    Up,
    Down,
    PageUp,
    PageDown,
    Help,
    Close,
}

pub const TIMELINE_COMMANDS: &[Command<TimelineAction>] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-timeline-up",
        action: TimelineAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-timeline-down",
        action: TimelineAction::Down,
    },
    Command {
        keys: &[key(KeyCode::PageUp)],
        keys_text: "PgUp/PgDn",
        id: "cmd-timeline-page-up",
        action: TimelineAction::PageUp,
    },
    Command {
        keys: &[key(KeyCode::PageDown)],
        keys_text: "PgDn",
        id: "cmd-timeline-page-down",
        action: TimelineAction::PageDown,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        keys_text: "?",
        id: "cmd-timeline-help",
        action: TimelineAction::Help,
    },
    Command {
        keys: &[
            key(KeyCode::Esc),
            key(KeyCode::Char('q')),
            key(KeyCode::Char('t')),
        ],
        keys_text: "Esc",
        id: "cmd-timeline-close",
        action: TimelineAction::Close,
    },
];

/// Typing a value or a name. Other printable keys are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAction {
    Confirm,
    Erase,
    EraseWord,
    EraseAll,
    Cancel,
}

pub const PROMPT_COMMANDS: &[Command<PromptAction>] = &[
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-prompt-confirm",
        action: PromptAction::Confirm,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        id: "cmd-prompt-erase",
        action: PromptAction::Erase,
    },
    Command {
        keys: &[ctrl('w')],
        keys_text: "Ctrl-w",
        id: "cmd-prompt-erase-word",
        action: PromptAction::EraseWord,
    },
    Command {
        keys: &[ctrl('u')],
        keys_text: "Ctrl-u",
        id: "cmd-prompt-erase-all",
        action: PromptAction::EraseAll,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        keys_text: "Esc",
        id: "cmd-prompt-cancel",
        action: PromptAction::Cancel,
    },
];

/// Choosing a saved scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickAction {
    Up,
    Down,
    Choose,
    Cancel,
}

pub const PICK_COMMANDS: &[Command<PickAction>] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-pick-up",
        action: PickAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-pick-down",
        action: PickAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-pick-choose",
        action: PickAction::Choose,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        id: "cmd-pick-cancel",
        action: PickAction::Cancel,
    },
];

/// Choosing a field's value from a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceAction {
    Up,
    Down,
    Choose,
    Cancel,
}

pub const CHOICE_COMMANDS: &[Command<ChoiceAction>] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-choice-up",
        action: ChoiceAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-choice-down",
        action: ChoiceAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        id: "cmd-choice-choose",
        action: ChoiceAction::Choose,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        id: "cmd-choice-cancel",
        action: ChoiceAction::Cancel,
    },
];

/// A question before something that cannot be taken back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmAction {
    Yes,
    SaveFirst,
    No,
}

pub const CONFIRM_COMMANDS: &[Command<ConfirmAction>] = &[
    Command {
        keys: &[
            key(KeyCode::Char('y')),
            key(KeyCode::Char('Y')),
            key(KeyCode::Char('o')),
            key(KeyCode::Char('O')),
        ],
        keys_text: "y",
        id: "cmd-confirm-yes",
        action: ConfirmAction::Yes,
    },
    Command {
        keys: &[key(KeyCode::Char('s')), key(KeyCode::Char('S'))],
        keys_text: "s",
        id: "cmd-confirm-save-first",
        action: ConfirmAction::SaveFirst,
    },
    Command {
        keys: &[
            key(KeyCode::Char('n')),
            key(KeyCode::Char('N')),
            key(KeyCode::Esc),
        ],
        keys_text: "n/Esc",
        id: "cmd-confirm-no",
        action: ConfirmAction::No,
    },
];

/// The help and a notice: any key closes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAction {
    Up,
    Down,
}

pub const READ_COMMANDS: &[Command<ReadAction>] = &[
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        id: "cmd-read-up",
        action: ReadAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        id: "cmd-read-down",
        action: ReadAction::Down,
    },
    Command {
        keys: &[],
        keys_text: "any key",
        id: "cmd-read-down-2",
        action: ReadAction::Down,
    },
];

/// A command without its action: keys, footer word, help line.
pub type Described = (String, String, String);

/// Each command's keys, footer word and help line, without its action.
pub fn described<A>(table: &[Command<A>]) -> Vec<Described> {
    let mut rows: Vec<Described> = Vec::new();
    for command in table {
        let keys = command.keys();
        // The second of a pair (no footer word, and its keys already named
        // in the row before, "↑/↓ … (↓/j: down)") has no row of its own.
        let said_before = rows
            .last()
            .is_some_and(|(_, _, before_help)| before_help.contains(&format!("({keys}")));
        if command.short().is_empty() && said_before {
            continue;
        }
        rows.push((keys, command.short(), command.help()));
    }
    rows
}

/// The keys and footer word of each command, for a footer.
pub fn footer_of<A>(table: &[Command<A>]) -> Vec<(String, String)> {
    table.iter().map(|c| (c.keys(), c.short())).collect()
}

/// Every screen's commands, in the order the help shows them.
pub fn every_screen() -> Vec<(String, Vec<Described>)> {
    vec![
        (crate::t!("help-main-screen"), described(COMMANDS)),
        (crate::t!("help-draws"), described(DRAWS_COMMANDS)),
        (crate::t!("help-plans"), described(PLAN_COMMANDS)),
        (crate::t!("help-compare"), described(COMPARE_COMMANDS)),
        (crate::t!("help-timeline"), described(TIMELINE_COMMANDS)),
        (crate::t!("help-work-history"), described(WORK_COMMANDS)),
        (crate::t!("help-job"), described(JOB_COMMANDS)),
        (crate::t!("help-occupation"), described(OCCUPATION_COMMANDS)),
        (crate::t!("help-typing"), described(PROMPT_COMMANDS)),
        (crate::t!("help-choosing"), described(PICK_COMMANDS)),
        (crate::t!("help-choosing-value"), described(CHOICE_COMMANDS)),
        (crate::t!("help-questions"), described(CONFIRM_COMMANDS)),
        (crate::t!("help-reading"), described(READ_COMMANDS)),
    ]
}

/// Ctrl-c quits from anywhere, even a prompt.
pub fn is_interrupt(event: KeyEvent) -> bool {
    event.code == KeyCode::Char('c') && event.modifiers.contains(KeyModifiers::CONTROL)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_of<A>(table: &[Command<A>]) -> Vec<Key> {
        table
            .iter()
            .flat_map(|command| command.keys.iter().copied())
            .collect()
    }

    #[test]
    fn the_help_names_each_key_of_a_screen_once() {
        for (screen, rows) in every_screen() {
            let mut seen: Vec<&String> = Vec::new();
            for (keys, _, _) in &rows {
                assert!(!seen.contains(&keys), "{screen}: {keys} listed twice");
                seen.push(keys);
            }
            // "↑/↓ scroll up (↓/j: down)" and then "↓/j scroll down" is the
            // same key twice.
            for pair in rows.windows(2) {
                let (keys, help) = (&pair[1].0, &pair[0].2);
                assert!(
                    !help.contains(&format!("({keys}")),
                    "{screen}: {keys} already in \"{help}\""
                );
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_within_a_screen() {
        for (screen, keys) in [
            ("main", keys_of(COMMANDS)),
            ("draws", keys_of(DRAWS_COMMANDS)),
            ("plans", keys_of(PLAN_COMMANDS)),
            ("compare", keys_of(COMPARE_COMMANDS)),
            ("timeline", keys_of(TIMELINE_COMMANDS)),
            ("work history", keys_of(WORK_COMMANDS)),
            ("job", keys_of(JOB_COMMANDS)),
            ("occupation", keys_of(OCCUPATION_COMMANDS)),
            ("prompt", keys_of(PROMPT_COMMANDS)),
            ("pick", keys_of(PICK_COMMANDS)),
            ("confirm", keys_of(CONFIRM_COMMANDS)),
            ("help", keys_of(READ_COMMANDS)),
        ] {
            let mut seen = Vec::new();
            for k in keys {
                assert!(!seen.contains(&k), "{k:?} is bound twice in the {screen} screen");
                seen.push(k);
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
