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
    Versus,
    WriteReport,
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

/// One command of a screen: its keys, what they are called, and what they
/// do. The footer and the help write the keys from `keys`, so a key bound is
/// a key shown.
pub struct Command<A: 'static> {
    pub keys: &'static [Key],
    /// For a command with no keys of its own (digits typed into a target,
    /// "any key" closing the help): what the person types, in words.
    pub typed: &'static str,
    /// The message naming the command: its value is a word or two for
    /// the footer (none keeps it out of the footer), its `help` attribute
    /// the line in the help.
    pub id: &'static str,
    /// This command and the next are one row of the footer and the help
    /// ("↑/k ↓/j scroll"); the help names the next one's keys as `$other`.
    pub with_next: bool,
    pub action: A,
}

impl<A> Command<A> {
    /// The footer's word or two; empty keeps the command out of the footer.
    /// The second of a pair has no id: the first names both.
    pub fn short(&self) -> String {
        if self.id.is_empty() {
            return String::new();
        }
        crate::i18n::message(self.id, &[])
    }

    /// The help's line; `other` names the keys of the command it pairs with.
    pub fn help(&self, other: Option<&Command<A>>) -> String {
        match other {
            Some(other) => crate::i18n::attribute(self.id, "help", &[("other", other.keys().into())]),
            None => crate::i18n::attribute(self.id, "help", &[]),
        }
    }

    /// How the keys are written, with key names in the language in use:
    /// every key bound, each once (a letter bound in both cases is written
    /// once, in the case shown first).
    pub fn keys(&self) -> String {
        if self.keys.is_empty() {
            return keys_in_words(self.typed);
        }
        let mut names: Vec<String> = Vec::new();
        for (index, key) in self.keys.iter().enumerate() {
            let other_case = |earlier: &Key| match (earlier.code, key.code) {
                (KeyCode::Char(a), KeyCode::Char(b)) => {
                    earlier.ctrl == key.ctrl && a != b && a.eq_ignore_ascii_case(&b)
                }
                _ => false,
            };
            if self.keys[..index].iter().any(other_case) {
                continue;
            }
            names.push(key_name(*key));
        }
        keys_in_words(&names.join("/"))
    }
}

/// A key as the footer and the help write it.
fn key_name(key: Key) -> String {
    let name = match key.code {
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "Shift-Tab".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::Delete => "Del".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::Home => "Home".to_string(),
        KeyCode::End => "End".to_string(),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        other => format!("{other:?}"),
    };
    if key.ctrl {
        format!("Ctrl-{name}")
    } else {
        name
    }
}

/// "Enter", "Esc", "Space", "any key"... as the language in use names them;
/// arrows and letters stay as they are.
pub fn keys_in_words(keys: &str) -> String {
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
        ("Shift", "key-shift"),
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
        typed: "",
        id: "cmd-main-up",
        with_next: true,
        action: Action::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: Action::Down,
    },
    Command {
        keys: &[
            key(KeyCode::Left),
            key(KeyCode::Char('h')),
            key(KeyCode::Char('-')),
        ],
        typed: "",
        id: "cmd-main-lower",
        with_next: true,
        action: Action::Lower,
    },
    Command {
        keys: &[
            key(KeyCode::Right),
            key(KeyCode::Char('l')),
            key(KeyCode::Char('+')),
        ],
        typed: "",
        id: "",
        with_next: false,
        action: Action::Raise,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        typed: "",
        id: "cmd-main-enter",
        with_next: false,
        action: Action::Enter,
    },
    Command {
        keys: &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        typed: "",
        id: "cmd-main-next-panel",
        with_next: false,
        action: Action::NextPanel,
    },
    Command {
        keys: &[key(KeyCode::Char('u'))],
        typed: "",
        id: "cmd-main-undo",
        with_next: false,
        action: Action::Undo,
    },
    Command {
        keys: &[ctrl('r')],
        typed: "",
        id: "cmd-main-redo",
        with_next: false,
        action: Action::Redo,
    },
    Command {
        keys: &[key(KeyCode::Char('s'))],
        typed: "",
        id: "cmd-main-save",
        with_next: false,
        action: Action::Save,
    },
    Command {
        keys: &[key(KeyCode::Char('S'))],
        typed: "",
        id: "cmd-main-save-as",
        with_next: false,
        action: Action::SaveAs,
    },
    Command {
        keys: &[key(KeyCode::Char('o'))],
        typed: "",
        id: "cmd-main-open",
        with_next: false,
        action: Action::Open,
    },
    Command {
        keys: &[key(KeyCode::Char('n'))],
        typed: "",
        id: "cmd-main-new",
        with_next: false,
        action: Action::New,
    },
    Command {
        keys: &[key(KeyCode::Char('c'))],
        typed: "",
        id: "cmd-main-compare",
        with_next: false,
        action: Action::Compare,
    },
    Command {
        keys: &[key(KeyCode::Char('d'))],
        typed: "",
        id: "cmd-main-draws",
        with_next: false,
        action: Action::Draws,
    },
    Command {
        keys: &[key(KeyCode::Char('p'))],
        typed: "",
        id: "cmd-main-plan",
        with_next: false,
        action: Action::Plan,
    },
    Command {
        keys: &[key(KeyCode::Char('t'))],
        typed: "",
        id: "cmd-main-timeline",
        with_next: false,
        action: Action::Timeline,
    },
    Command {
        keys: &[key(KeyCode::Char('g'))],
        typed: "",
        id: "cmd-main-gains-order",
        with_next: false,
        action: Action::GainsOrder,
    },
    Command {
        keys: &[key(KeyCode::Char('L'))],
        typed: "",
        id: "cmd-main-language",
        with_next: false,
        action: Action::Language,
    },
    Command {
        keys: &[key(KeyCode::Char('W'))],
        typed: "",
        id: "cmd-main-report",
        with_next: false,
        action: Action::WriteReport,
    },
    Command {
        keys: &[key(KeyCode::Char('V'))],
        typed: "",
        id: "cmd-main-versus",
        with_next: false,
        action: Action::Versus,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        typed: "",
        id: "cmd-main-help",
        with_next: false,
        action: Action::Help,
    },
    Command {
        keys: &[key(KeyCode::Char('q')), ctrl('c')],
        typed: "",
        id: "cmd-main-quit",
        with_next: false,
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
        typed: "",
        id: "cmd-work-up",
        with_next: true,
        action: WorkAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: WorkAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Char('a'))],
        typed: "",
        id: "cmd-work-add",
        with_next: false,
        action: WorkAction::Add,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        typed: "",
        id: "cmd-work-edit",
        with_next: false,
        action: WorkAction::Edit,
    },
    Command {
        keys: &[key(KeyCode::Char('e'))],
        typed: "",
        id: "cmd-work-end",
        with_next: false,
        action: WorkAction::End,
    },
    Command {
        keys: &[key(KeyCode::Char('x')), key(KeyCode::Delete)],
        typed: "",
        id: "cmd-work-remove",
        with_next: false,
        action: WorkAction::Remove,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        typed: "",
        id: "cmd-work-close",
        with_next: false,
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
        typed: "",
        id: "cmd-job-up",
        with_next: true,
        action: JobAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Tab)],
        typed: "",
        id: "",
        with_next: false,
        action: JobAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Left)],
        typed: "",
        id: "cmd-job-lower",
        with_next: false,
        action: JobAction::Lower,
    },
    Command {
        keys: &[key(KeyCode::Right)],
        typed: "",
        id: "cmd-job-raise",
        with_next: false,
        action: JobAction::Raise,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        typed: "",
        id: "cmd-job-erase",
        with_next: false,
        action: JobAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        typed: "",
        id: "cmd-job-confirm",
        with_next: false,
        action: JobAction::Confirm,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        typed: "",
        id: "cmd-job-cancel",
        with_next: false,
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
        typed: "",
        id: "cmd-occupation-up",
        with_next: true,
        action: OccupationAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down)],
        typed: "",
        id: "",
        with_next: false,
        action: OccupationAction::Down,
    },
    Command {
        keys: &[key(KeyCode::PageUp)],
        typed: "",
        id: "cmd-occupation-page-up",
        with_next: true,
        action: OccupationAction::PageUp,
    },
    Command {
        keys: &[key(KeyCode::PageDown)],
        typed: "",
        id: "",
        with_next: false,
        action: OccupationAction::PageDown,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        typed: "",
        id: "cmd-occupation-erase",
        with_next: false,
        action: OccupationAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        typed: "",
        id: "cmd-occupation-pick",
        with_next: false,
        action: OccupationAction::Pick,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        typed: "",
        id: "cmd-occupation-cancel",
        with_next: false,
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
        typed: "",
        id: "cmd-draws-previous-category",
        with_next: true,
        action: DrawsAction::PreviousCategory,
    },
    Command {
        keys: &[key(KeyCode::Right), key(KeyCode::Char('l'))],
        typed: "",
        id: "",
        with_next: false,
        action: DrawsAction::NextCategory,
    },
    Command {
        keys: &[key(KeyCode::Char('p')), key(KeyCode::Enter)],
        typed: "",
        id: "cmd-draws-plan-to",
        with_next: false,
        action: DrawsAction::PlanTo,
    },
    Command {
        keys: &[key(KeyCode::Char('U'))],
        typed: "",
        id: "cmd-draws-update",
        with_next: false,
        action: DrawsAction::Update,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        typed: "",
        id: "cmd-draws-up",
        with_next: true,
        action: DrawsAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: DrawsAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        typed: "",
        id: "cmd-draws-help",
        with_next: false,
        action: DrawsAction::Help,
    },
    Command {
        keys: &[
            key(KeyCode::Esc),
            key(KeyCode::Char('q')),
            key(KeyCode::Char('d')),
        ],
        typed: "",
        id: "cmd-draws-close",
        with_next: false,
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
        typed: "0-9",
        id: "cmd-plan-erase",
        with_next: false,
        action: PlanAction::Erase,
    },
    Command {
        keys: &[],
        typed: "%",
        id: "cmd-plan-chance",
        with_next: false,
        action: PlanAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        typed: "",
        id: "cmd-plan-erase-2",
        with_next: false,
        action: PlanAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        typed: "",
        id: "cmd-plan-up",
        with_next: true,
        action: PlanAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: PlanAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        typed: "",
        id: "cmd-plan-apply",
        with_next: false,
        action: PlanAction::Apply,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        typed: "",
        id: "cmd-plan-help",
        with_next: false,
        action: PlanAction::Help,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        typed: "",
        id: "cmd-plan-close",
        with_next: false,
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
        typed: "",
        id: "cmd-compare-swap-a",
        with_next: true,
        action: CompareAction::SwapA,
    },
    Command {
        keys: &[key(KeyCode::Char('b'))],
        typed: "",
        id: "",
        with_next: false,
        action: CompareAction::SwapB,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        typed: "",
        id: "cmd-compare-up",
        with_next: true,
        action: CompareAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: CompareAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        typed: "",
        id: "cmd-compare-help",
        with_next: false,
        action: CompareAction::Help,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        typed: "",
        id: "cmd-compare-close",
        with_next: false,
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
        typed: "",
        id: "cmd-timeline-up",
        with_next: true,
        action: TimelineAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: TimelineAction::Down,
    },
    Command {
        keys: &[key(KeyCode::PageUp)],
        typed: "",
        id: "cmd-timeline-page-up",
        with_next: true,
        action: TimelineAction::PageUp,
    },
    Command {
        keys: &[key(KeyCode::PageDown)],
        typed: "",
        id: "",
        with_next: false,
        action: TimelineAction::PageDown,
    },
    Command {
        keys: &[key(KeyCode::Char('?'))],
        typed: "",
        id: "cmd-timeline-help",
        with_next: false,
        action: TimelineAction::Help,
    },
    Command {
        keys: &[
            key(KeyCode::Esc),
            key(KeyCode::Char('q')),
            key(KeyCode::Char('t')),
        ],
        typed: "",
        id: "cmd-timeline-close",
        with_next: false,
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
        typed: "",
        id: "cmd-prompt-confirm",
        with_next: false,
        action: PromptAction::Confirm,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        typed: "",
        id: "cmd-prompt-erase",
        with_next: false,
        action: PromptAction::Erase,
    },
    Command {
        keys: &[ctrl('w')],
        typed: "",
        id: "cmd-prompt-erase-word",
        with_next: false,
        action: PromptAction::EraseWord,
    },
    Command {
        keys: &[ctrl('u')],
        typed: "",
        id: "cmd-prompt-erase-all",
        with_next: false,
        action: PromptAction::EraseAll,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        typed: "",
        id: "cmd-prompt-cancel",
        with_next: false,
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
        typed: "",
        id: "cmd-pick-up",
        with_next: true,
        action: PickAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: PickAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        typed: "",
        id: "cmd-pick-choose",
        with_next: false,
        action: PickAction::Choose,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        typed: "",
        id: "cmd-pick-cancel",
        with_next: false,
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
        typed: "",
        id: "cmd-choice-up",
        with_next: true,
        action: ChoiceAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: ChoiceAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        typed: "",
        id: "cmd-choice-choose",
        with_next: false,
        action: ChoiceAction::Choose,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        typed: "",
        id: "cmd-choice-cancel",
        with_next: false,
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
        typed: "",
        id: "cmd-confirm-yes",
        with_next: false,
        action: ConfirmAction::Yes,
    },
    Command {
        keys: &[key(KeyCode::Char('s')), key(KeyCode::Char('S'))],
        typed: "",
        id: "cmd-confirm-save-first",
        with_next: false,
        action: ConfirmAction::SaveFirst,
    },
    Command {
        keys: &[
            key(KeyCode::Char('n')),
            key(KeyCode::Char('N')),
            key(KeyCode::Esc),
        ],
        typed: "",
        id: "cmd-confirm-no",
        with_next: false,
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
        typed: "",
        id: "cmd-read-up",
        with_next: true,
        action: ReadAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        typed: "",
        id: "",
        with_next: false,
        action: ReadAction::Down,
    },
    Command {
        keys: &[],
        typed: "any key",
        id: "cmd-read-down-2",
        with_next: false,
        action: ReadAction::Down,
    },
];

/// A command without its action: keys, footer word, help line.
pub type Described = (String, String, String);

/// Each command's keys, footer word and help line, without its action.
pub fn described<A>(table: &[Command<A>]) -> Vec<Described> {
    rows(table)
        .map(|(command, other)| (command.keys(), command.short(), command.help(other)))
        .collect()
}

/// The keys and footer word of each command, for a footer: a pair's keys
/// side by side ("↑/k ↓/j scroll").
pub fn footer_of<A>(table: &[Command<A>]) -> Vec<(String, String)> {
    rows(table)
        .map(|(command, other)| {
            let keys = match other {
                Some(other) => format!("{} {}", command.keys(), other.keys()),
                None => command.keys(),
            };
            (keys, command.short())
        })
        .collect()
}

/// Each row of a table: a command, and the one it pairs with if any (which
/// has no row of its own).
fn rows<A>(table: &[Command<A>]) -> impl Iterator<Item = (&Command<A>, Option<&Command<A>>)> {
    let mut index = 0;
    std::iter::from_fn(move || {
        let command = table.get(index)?;
        let other = command.with_next.then(|| table.get(index + 1)).flatten();
        index += if other.is_some() { 2 } else { 1 };
        Some((command, other))
    })
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

    /// Every key a screen binds is written in its help, once: in the
    /// keys of its row, or (the second of a pair) in the row before's text.
    fn help_names_every_key_once<A>(screen: &str, table: &[Command<A>]) {
        let rows = described(table);
        let written: Vec<String> = rows
            .iter()
            .flat_map(|(keys, _, help)| {
                let mut names: Vec<String> = keys.split('/').map(str::to_string).collect();
                if let Some(other) = help.split('(').nth(1).and_then(|rest| rest.split(':').next()) {
                    names.extend(other.trim().split('/').map(str::to_string));
                }
                names
            })
            .collect();
        for command in table {
            for key in command.keys {
                let name = keys_in_words(&key_name(*key));
                let lower = name.to_lowercase();
                let times = written
                    .iter()
                    .filter(|w| **w == name || w.to_lowercase() == lower)
                    .count();
                assert!(
                    times >= 1,
                    "{screen}: {name} is bound but the help does not show it: {rows:?}"
                );
                assert!(
                    written.iter().filter(|w| **w == name).count() <= 1,
                    "{screen}: {name} shown twice: {rows:?}"
                );
            }
        }
    }

    #[test]
    fn the_help_names_every_key_a_screen_binds_once() {
        help_names_every_key_once("main", COMMANDS);
        help_names_every_key_once("draws", DRAWS_COMMANDS);
        help_names_every_key_once("plans", PLAN_COMMANDS);
        help_names_every_key_once("compare", COMPARE_COMMANDS);
        help_names_every_key_once("timeline", TIMELINE_COMMANDS);
        help_names_every_key_once("work history", WORK_COMMANDS);
        help_names_every_key_once("job", JOB_COMMANDS);
        help_names_every_key_once("occupation", OCCUPATION_COMMANDS);
        help_names_every_key_once("prompt", PROMPT_COMMANDS);
        help_names_every_key_once("pick", PICK_COMMANDS);
        help_names_every_key_once("choice", CHOICE_COMMANDS);
        help_names_every_key_once("confirm", CONFIRM_COMMANDS);
        help_names_every_key_once("help", READ_COMMANDS);
    }

    #[test]
    fn the_draws_view_says_every_key_that_closes_it() {
        let close = DRAWS_COMMANDS
            .iter()
            .find(|command| command.id == "cmd-draws-close")
            .unwrap();
        assert_eq!(close.keys(), "Esc/q/d");
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
