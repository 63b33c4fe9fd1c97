//! Two scenarios side by side.

use crossterm::event::KeyEvent;

use super::prompts::{PickPurpose, Side};
use super::Next;
use crate::scenario::compare::Comparison;
use crate::scenario::Scenario;
use crate::tui::effect::Effect;
use crate::tui::keymap::{self, CompareAction};
use crate::tui::state::State;

#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    pub a: (String, Scenario),
    pub b: (String, Scenario),
    pub comparison: Comparison,
    pub scroll: u16,
}

impl CompareView {
    pub fn handle(&mut self, event: KeyEvent, _state: &mut State) -> Next {
        match keymap::action_in(keymap::COMPARE_COMMANDS, event) {
            Some(CompareAction::Close) => return Next::Close,
            Some(CompareAction::Help) => return Next::Open(super::Screen::Help { scroll: 0 }),
            Some(CompareAction::SwapA) => return Next::Run(Effect::List(PickPurpose::CompareSide(Side::A))),
            Some(CompareAction::SwapB) => return Next::Run(Effect::List(PickPurpose::CompareSide(Side::B))),
            Some(CompareAction::Down) => self.scroll = self.scroll.saturating_add(1),
            Some(CompareAction::Up) => self.scroll = self.scroll.saturating_sub(1),
            None => {}
        }
        Next::Stay
    }

    /// The side that stays when `side` is swapped for another scenario.
    pub fn other_than(&self, side: Side) -> (String, Scenario) {
        match side {
            Side::A => self.b.clone(),
            Side::B => self.a.clone(),
        }
    }
}
