//! The least-effort plans to a target, typed or taken from a round.

use crossterm::event::KeyEvent;

use super::prompts::typed_char;
use super::Next;
use crate::advisor::Advice;
use crate::engine::eligibility::RoundKind;
use crate::tui::keymap::{self, PlanAction};
use crate::tui::state::{State, StatusKind};
use crate::tui::text;

#[derive(Debug, Clone, PartialEq)]
pub struct PlanView {
    pub target: u16,
    /// What the user is typing as a new target.
    pub typed: String,
    /// Where the target came from, when not typed ("latest CEC cut-off").
    pub source: Option<String>,
    /// The kind of round the plans must also open, when the target came
    /// from one (kept when a score is typed).
    pub round: Option<RoundKind>,
    pub advice: Advice,
    pub household: Vec<String>,
    pub selected: usize,
    /// Each plan's total month by month until it is done.
    pub by_month: Vec<Vec<u16>>,
    /// Each plan's chance of an invitation once done, in words.
    pub after: Vec<Option<String>>,
    /// A target typed but not planned to yet: the search runs once the
    /// keys waiting have been read (`App::catch_up`), not on every digit.
    pub pending: bool,
}

/// The most digits a target has.
const TARGET_DIGITS: usize = 4;

impl PlanView {
    pub fn type_text(&mut self, text: &str) -> bool {
        for c in text.chars().filter(char::is_ascii_digit) {
            if self.typed.len() < TARGET_DIGITS {
                self.typed.push(c);
            }
        }
        // A pasted target is planned to as a typed one is.
        self.pending = self
            .typed
            .parse::<u16>()
            .is_ok_and(|target| (1..=1200).contains(&target));
        true
    }

    pub fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        match keymap::action_in(keymap::PLAN_COMMANDS, event) {
            Some(PlanAction::Close) => return Next::Close,
            Some(PlanAction::Help) => return Next::Open(super::Screen::Help { scroll: 0 }),
            Some(PlanAction::Up) => self.selected = self.selected.saturating_sub(1),
            Some(PlanAction::Down) => {
                let last = self.advice.in_hand.plans.len().saturating_sub(1);
                self.selected = (self.selected + 1).min(last);
            }
            Some(PlanAction::Erase) => {
                self.typed.pop();
                self.retarget();
            }
            Some(PlanAction::Apply) => {
                if let Some(plan) = self.advice.in_hand.plans.get(self.selected).cloned() {
                    state.carry_out(&plan);
                    let today = state.breakdown().total;
                    state.set_status(
                        text::plan_applied(self.selected + 1, &plan, today),
                        StatusKind::Info,
                    );
                    return Next::Home;
                }
            }
            None => match typed_char(event) {
                Some('%') => self.plan_to_chance(state),
                Some(c) if c.is_ascii_digit() => {
                    self.type_text(&c.to_string());
                }
                _ => {}
            },
        }
        Next::Stay
    }

    /// Digits then "%": the plans to that chance of an invitation.
    fn plan_to_chance(&mut self, state: &mut State) {
        let percent = self.typed.parse::<u16>().ok().filter(|p| (1..=100).contains(p));
        let Some(percent) = percent else {
            state.set_status(crate::t!("plan-chance-typed"), StatusKind::Error);
            return;
        };
        match state.plan_view_to_chance(f64::from(percent) / 100.0) {
            Some(view) => *self = view,
            None => state.set_status(crate::t!("plan-chance-no-draws"), StatusKind::Error),
        }
    }

    /// A typed target replaces the one shown as soon as it is a score and
    /// the keys waiting have been read.
    fn retarget(&mut self) {
        self.pending = self
            .typed
            .parse::<u16>()
            .is_ok_and(|target| (1..=1200).contains(&target));
    }

    /// Plans to the target typed, if one is waiting.
    pub fn catch_up(&mut self, state: &State) {
        if !std::mem::take(&mut self.pending) {
            return;
        }
        if let Ok(target) = self.typed.parse::<u16>() {
            let typed = std::mem::take(&mut self.typed);
            *self = state.plan_view(target, None, self.round.clone());
            self.typed = typed;
        }
    }
}
