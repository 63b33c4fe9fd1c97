//! The screens of the planner, as a stack over the main screen. Each screen
//! owns its state, reads its keys from its own table and answers a key with
//! what should happen next; the app carries that out. Popups are screens.

pub mod compare;
pub mod draws;
pub mod main;
pub mod plan;
pub mod prompts;
pub mod work;

use crossterm::event::KeyEvent;

use super::effect::Effect;
use super::keymap::{self, Command};
use super::state::State;
use crate::advisor::Timeline;

pub use prompts::{
    Confirm, EditPrompt, NamePrompt, NamePurpose, Notice, OverwriteReason, PickPurpose, Picker, Side,
};

/// Everything over the main screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Draws(draws::DrawsView),
    Plan(Box<plan::PlanView>),
    Compare(Box<compare::CompareView>),
    Timeline(Box<TimelineView>),
    Work(Box<work::WorkScreen>),
    Edit(EditPrompt),
    Name(NamePrompt),
    Pick(Picker),
    Choose(ChoiceList),
    Confirm(Confirm),
    Help { scroll: u16 },
    Notice(Notice),
}

/// What a screen asks for after a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    Stay,
    /// Close this screen.
    Close,
    /// Open another screen over this one.
    Open(Screen),
    /// Close this screen and open another in its place.
    Replace(Screen),
    /// Close this screen and ask for an effect (reading or writing files).
    CloseAndRun(Effect),
    /// Stay and ask for an effect.
    Run(Effect),
    /// Close every screen: back to the main one.
    Home,
}

impl Screen {
    /// Whether the screen is a popup drawn over the one beneath it.
    pub fn is_popup(&self) -> bool {
        matches!(
            self,
            Screen::Edit(_)
                | Screen::Name(_)
                | Screen::Pick(_)
                | Screen::Choose(_)
                | Screen::Confirm(_)
                | Screen::Help { .. }
                | Screen::Notice(_)
        )
    }

    /// This screen's commands as the footer shows them: keys and a word.
    pub fn footer(&self) -> Vec<(String, String)> {
        fn pairs<A>(table: &[Command<A>]) -> Vec<(String, String)> {
            keymap::footer_of(table)
        }
        match self {
            Screen::Draws(_) => pairs(keymap::DRAWS_COMMANDS),
            Screen::Plan(_) => pairs(keymap::PLAN_COMMANDS),
            Screen::Compare(_) => pairs(keymap::COMPARE_COMMANDS),
            Screen::Timeline(_) => pairs(keymap::TIMELINE_COMMANDS),
            Screen::Work(screen) => match &screen.draft {
                Some(draft) if draft.finder.is_some() => pairs(keymap::OCCUPATION_COMMANDS),
                Some(_) => pairs(keymap::JOB_COMMANDS),
                None => pairs(keymap::WORK_COMMANDS),
            },
            Screen::Edit(_) | Screen::Name(_) => pairs(keymap::PROMPT_COMMANDS),
            Screen::Pick(_) => pairs(keymap::PICK_COMMANDS),
            Screen::Choose(_) => pairs(keymap::CHOICE_COMMANDS),
            Screen::Confirm(confirm) => pairs(keymap::CONFIRM_COMMANDS)
                .into_iter()
                .filter(|(keys, _)| confirm.offers_saving() || *keys != "s")
                .collect(),
            Screen::Help { .. } | Screen::Notice(_) => pairs(keymap::READ_COMMANDS),
        }
    }

    /// The screen's answer to a key.
    pub fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        match self {
            Screen::Draws(view) => view.handle(event, state),
            Screen::Plan(view) => view.handle(event, state),
            Screen::Compare(view) => view.handle(event, state),
            Screen::Timeline(view) => view.handle(event),
            Screen::Work(screen) => work::handle(screen, event, state),
            Screen::Edit(prompt) => prompt.handle(event, state),
            Screen::Name(prompt) => prompt.handle(event, state),
            Screen::Pick(picker) => picker.handle(event),
            Screen::Choose(list) => list.handle(event, state),
            Screen::Confirm(confirm) => confirm.handle(event, state),
            Screen::Help { scroll } => {
                // Never past the last line: no hidden distance to scroll back.
                let most = super::layout::help_scroll_max(state.size);
                match keymap::action_in(keymap::READ_COMMANDS, event) {
                    Some(keymap::ReadAction::Up) => *scroll = scroll.saturating_sub(1).min(most),
                    Some(keymap::ReadAction::Down) => *scroll = scroll.saturating_add(1).min(most),
                    None => return Next::Close,
                }
                Next::Stay
            }
            Screen::Notice(Notice { scroll, .. }) => {
                match keymap::action_in(keymap::READ_COMMANDS, event) {
                    Some(keymap::ReadAction::Up) => *scroll = scroll.saturating_sub(1),
                    Some(keymap::ReadAction::Down) => *scroll = scroll.saturating_add(1),
                    None => return Next::Close,
                }
                Next::Stay
            }
        }
    }

    /// Pasted text, where the screen takes typing; `false` where it does not.
    pub fn paste(&mut self, text: &str, reference: &crate::engine::eligibility::Reference) -> bool {
        match self {
            Screen::Work(screen) => screen.type_text(text, reference),
            Screen::Edit(prompt) => prompt.type_text(text),
            Screen::Name(prompt) => prompt.type_text(text),
            Screen::Plan(view) => view.type_text(text),
            _ => false,
        }
    }
}

/// The timeline and how far its list of days is scrolled.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineView {
    pub timeline: Timeline,
    pub scroll: u16,
}

impl TimelineView {
    pub fn new(timeline: Timeline) -> Self {
        TimelineView { timeline, scroll: 0 }
    }

    /// The lines of its list: deadlines (and their heading), key days, notes.
    pub fn lines(&self) -> usize {
        let deadlines = self.timeline.deadlines.len();
        deadlines
            + usize::from(deadlines > 0)
            + self.timeline.key_dates.len().max(1)
            + self.timeline.notes.len()
    }

    fn handle(&mut self, event: crossterm::event::KeyEvent) -> Next {
        use keymap::TimelineAction;
        // Never past the last line: no hidden distance to scroll back.
        let most = u16::try_from(self.lines().saturating_sub(1)).unwrap_or(u16::MAX);
        match keymap::action_in(keymap::TIMELINE_COMMANDS, event) {
            Some(TimelineAction::Close) => return Next::Close,
            Some(TimelineAction::Help) => return Next::Open(Screen::Help { scroll: 0 }),
            Some(TimelineAction::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(TimelineAction::Down) => self.scroll = (self.scroll + 1).min(most),
            Some(TimelineAction::PageUp) => self.scroll = self.scroll.saturating_sub(PAGE),
            Some(TimelineAction::PageDown) => self.scroll = self.scroll.saturating_add(PAGE).min(most),
            None => {}
        }
        Next::Stay
    }
}

/// Lines a page key moves.
const PAGE: u16 = 10;

/// A field's values to choose from (Enter on a choice field), each as the
/// scenario it gives.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceList {
    pub field: crate::tui::form::FieldId,
    /// Each value as the form shows it, and the scenario with it.
    pub options: Vec<(String, crate::scenario::Scenario)>,
    pub selected: usize,
}

impl ChoiceList {
    /// Every value the field takes, from the first: stepping down to the
    /// first, then up to the last, as ←/→ would.
    pub fn of(state: &State, field: crate::tui::form::FieldId) -> ChoiceList {
        use crate::tui::form;
        let step = |scenario: &crate::scenario::Scenario, delta: i8| {
            form::step(scenario, field, delta, state.tables())
        };
        let mut first = state.scenario.clone();
        for _ in 0..MAX_CHOICES {
            let earlier = step(&first, -1);
            if earlier == first {
                break;
            }
            first = earlier;
        }
        let mut options = vec![(form::value(&first, field, state.today()), first.clone())];
        let mut at = first;
        for _ in 0..MAX_CHOICES {
            let later = step(&at, 1);
            if later == at {
                break;
            }
            options.push((form::value(&later, field, state.today()), later.clone()));
            at = later;
        }
        let selected = options
            .iter()
            .position(|(_, scenario)| *scenario == state.scenario)
            .unwrap_or(0);
        ChoiceList {
            field,
            options,
            selected,
        }
    }

    fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        use keymap::ChoiceAction;
        match keymap::action_in(keymap::CHOICE_COMMANDS, event) {
            Some(ChoiceAction::Up) => self.selected = self.selected.saturating_sub(1),
            Some(ChoiceAction::Down) => {
                self.selected = (self.selected + 1).min(self.options.len().saturating_sub(1))
            }
            Some(ChoiceAction::Choose) => {
                if let Some((_, scenario)) = self.options.get(self.selected) {
                    if *scenario != state.scenario {
                        state.change_scenario(scenario.clone());
                    }
                }
                return Next::Close;
            }
            Some(ChoiceAction::Cancel) => return Next::Close,
            None => {}
        }
        Next::Stay
    }
}

/// The most values a choice field has (education has ten).
const MAX_CHOICES: usize = 32;
