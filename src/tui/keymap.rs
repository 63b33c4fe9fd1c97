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

/// One command of a screen: its keys, how they are written, and what they do.
pub struct Command<A: 'static> {
    pub keys: &'static [Key],
    /// How the keys are written in the footer and help.
    pub keys_text: &'static str,
    /// A word or two for the footer; empty keeps it out of the footer.
    pub short: &'static str,
    pub help: &'static str,
    pub action: A,
}

pub const COMMANDS: &[Command<Action>] = &[
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
        short: "choose",
        help: "previous job (↓/j: next)",
        action: WorkAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        short: "",
        help: "next job",
        action: WorkAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Char('a'))],
        keys_text: "a",
        short: "add",
        help: "add a job",
        action: WorkAction::Add,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        short: "edit",
        help: "edit the chosen job",
        action: WorkAction::Edit,
    },
    Command {
        keys: &[key(KeyCode::Char('e'))],
        keys_text: "e",
        short: "end today",
        help: "end the chosen job today (Enter to give another day)",
        action: WorkAction::End,
    },
    Command {
        keys: &[key(KeyCode::Char('x')), key(KeyCode::Delete)],
        keys_text: "x/Del",
        short: "remove",
        help: "remove the chosen job (u on the main screen brings it back)",
        action: WorkAction::Remove,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        short: "back",
        help: "back to the planner",
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
        short: "field",
        help: "previous field (↓/Tab: next)",
        action: JobAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Tab)],
        keys_text: "↓/Tab",
        short: "",
        help: "next field",
        action: JobAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Left)],
        keys_text: "←/→",
        short: "change",
        help: "change a choice (where, self-employed, student)",
        action: JobAction::Lower,
    },
    Command {
        keys: &[key(KeyCode::Right)],
        keys_text: "→",
        short: "",
        help: "change a choice the other way",
        action: JobAction::Raise,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        short: "",
        help: "erase a character",
        action: JobAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        short: "save job",
        help: "on Occupation: find one; elsewhere: save the job",
        action: JobAction::Confirm,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        keys_text: "Esc",
        short: "cancel",
        help: "leave the job as it was",
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
        short: "choose",
        help: "previous occupation (↓: next)",
        action: OccupationAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down)],
        keys_text: "↓",
        short: "",
        help: "next occupation",
        action: OccupationAction::Down,
    },
    Command {
        keys: &[key(KeyCode::PageUp)],
        keys_text: "PgUp/PgDn",
        short: "page",
        help: "a page up (PgDn: down)",
        action: OccupationAction::PageUp,
    },
    Command {
        keys: &[key(KeyCode::PageDown)],
        keys_text: "PgDn",
        short: "",
        help: "a page down",
        action: OccupationAction::PageDown,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        short: "",
        help: "erase a character of the search",
        action: OccupationAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        short: "pick",
        help: "pick the chosen occupation",
        action: OccupationAction::Pick,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        keys_text: "Esc",
        short: "cancel",
        help: "keep the occupation as it was",
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
    Close,
}

pub const DRAWS_COMMANDS: &[Command<DrawsAction>] = &[
    Command {
        keys: &[key(KeyCode::Left), key(KeyCode::Char('h'))],
        keys_text: "←/→",
        short: "category",
        help: "the previous category (→/l: the next): the chart and the rounds show only it; first comes every category",
        action: DrawsAction::PreviousCategory,
    },
    Command {
        keys: &[key(KeyCode::Right), key(KeyCode::Char('l'))],
        keys_text: "→/l",
        short: "",
        help: "the next category",
        action: DrawsAction::NextCategory,
    },
    Command {
        keys: &[key(KeyCode::Char('p')), key(KeyCode::Enter)],
        keys_text: "p",
        short: "plan to it",
        help: "plan to the chosen category's rounds and latest cut-off",
        action: DrawsAction::PlanTo,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        short: "scroll",
        help: "scroll the rounds up (↓/j: down)",
        action: DrawsAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        short: "",
        help: "scroll the rounds down",
        action: DrawsAction::Down,
    },
    Command {
        keys: &[
            key(KeyCode::Esc),
            key(KeyCode::Char('q')),
            key(KeyCode::Char('d')),
        ],
        keys_text: "Esc",
        short: "back",
        help: "back to the planner",
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
    Close,
}

pub const PLAN_COMMANDS: &[Command<PlanAction>] = &[
    Command {
        keys: &[],
        keys_text: "0-9",
        short: "target",
        help: "type a target score (the plans follow as you type)",
        action: PlanAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        short: "",
        help: "erase a digit of the target",
        action: PlanAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        short: "choose",
        help: "the previous plan (↓/j: the next)",
        action: PlanAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        short: "",
        help: "the next plan",
        action: PlanAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        short: "apply",
        help: "apply the chosen plan as a what-if (u undoes it)",
        action: PlanAction::Apply,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        short: "back",
        help: "back to the planner",
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
    Close,
}

pub const COMPARE_COMMANDS: &[Command<CompareAction>] = &[
    Command {
        keys: &[key(KeyCode::Char('a'))],
        keys_text: "a/b",
        short: "swap side",
        help: "put a saved scenario on side A (b: side B)",
        action: CompareAction::SwapA,
    },
    Command {
        keys: &[key(KeyCode::Char('b'))],
        keys_text: "b",
        short: "",
        help: "put a saved scenario on side B",
        action: CompareAction::SwapB,
    },
    Command {
        keys: &[key(KeyCode::Up), key(KeyCode::Char('k'))],
        keys_text: "↑/↓",
        short: "scroll",
        help: "scroll up (↓/j: down)",
        action: CompareAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        short: "",
        help: "scroll down",
        action: CompareAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        short: "back",
        help: "back to the planner",
        action: CompareAction::Close,
    },
];

/// The timeline chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineAction {
    Close,
}

pub const TIMELINE_COMMANDS: &[Command<TimelineAction>] = &[Command {
    keys: &[
        key(KeyCode::Esc),
        key(KeyCode::Char('q')),
        key(KeyCode::Char('t')),
    ],
    keys_text: "Esc",
    short: "back",
    help: "back to the planner",
    action: TimelineAction::Close,
}];

/// Typing a value or a name. Other printable keys are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAction {
    Confirm,
    Erase,
    Cancel,
}

pub const PROMPT_COMMANDS: &[Command<PromptAction>] = &[
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        short: "set",
        help: "set it (checked on the spot)",
        action: PromptAction::Confirm,
    },
    Command {
        keys: &[key(KeyCode::Backspace)],
        keys_text: "Backspace",
        short: "erase",
        help: "erase a character",
        action: PromptAction::Erase,
    },
    Command {
        keys: &[key(KeyCode::Esc)],
        keys_text: "Esc",
        short: "cancel",
        help: "leave it as it was",
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
        short: "choose",
        help: "the previous scenario (↓/j: the next)",
        action: PickAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        short: "",
        help: "the next scenario",
        action: PickAction::Down,
    },
    Command {
        keys: &[key(KeyCode::Enter)],
        keys_text: "Enter",
        short: "open",
        help: "take the chosen scenario",
        action: PickAction::Choose,
    },
    Command {
        keys: &[key(KeyCode::Esc), key(KeyCode::Char('q'))],
        keys_text: "Esc",
        short: "cancel",
        help: "keep things as they are",
        action: PickAction::Cancel,
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
        keys: &[key(KeyCode::Char('y')), key(KeyCode::Char('Y'))],
        keys_text: "y",
        short: "yes",
        help: "go ahead",
        action: ConfirmAction::Yes,
    },
    Command {
        keys: &[key(KeyCode::Char('s')), key(KeyCode::Char('S'))],
        keys_text: "s",
        short: "save first",
        help: "save, then go ahead (where offered)",
        action: ConfirmAction::SaveFirst,
    },
    Command {
        keys: &[
            key(KeyCode::Char('n')),
            key(KeyCode::Char('N')),
            key(KeyCode::Esc),
        ],
        keys_text: "n/Esc",
        short: "no",
        help: "leave everything as it is",
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
        short: "scroll",
        help: "scroll up (↓/j: down)",
        action: ReadAction::Up,
    },
    Command {
        keys: &[key(KeyCode::Down), key(KeyCode::Char('j'))],
        keys_text: "↓/j",
        short: "",
        help: "scroll down",
        action: ReadAction::Down,
    },
    Command {
        keys: &[],
        keys_text: "any key",
        short: "close",
        help: "close",
        action: ReadAction::Down,
    },
];

/// A command without its action: keys, footer word, help line.
pub type Described = (&'static str, &'static str, &'static str);

/// Each command's keys, footer word and help line, without its action.
pub fn described<A>(table: &[Command<A>]) -> Vec<Described> {
    table
        .iter()
        .map(|command| (command.keys_text, command.short, command.help))
        .collect()
}

/// Every screen's commands, in the order the help shows them.
pub fn every_screen() -> Vec<(&'static str, Vec<Described>)> {
    vec![
        ("Main screen", described(COMMANDS)),
        ("Draws", described(DRAWS_COMMANDS)),
        ("Plans", described(PLAN_COMMANDS)),
        ("Compare", described(COMPARE_COMMANDS)),
        ("Timeline", described(TIMELINE_COMMANDS)),
        ("Work history", described(WORK_COMMANDS)),
        ("A job", described(JOB_COMMANDS)),
        ("Finding an occupation", described(OCCUPATION_COMMANDS)),
        ("Typing a value or a name", described(PROMPT_COMMANDS)),
        ("Choosing a saved scenario", described(PICK_COMMANDS)),
        ("Questions", described(CONFIRM_COMMANDS)),
        ("Help and notices", described(READ_COMMANDS)),
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
