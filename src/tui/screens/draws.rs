//! The draws view: recent rounds against the score, the place in the pool,
//! and a category chosen as a plan target.

use crossterm::event::KeyEvent;

use super::{Next, Screen};
use crate::tui::keymap::{self, DrawsAction};
use crate::tui::state::State;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DrawsView {
    /// How far the rounds table is scrolled.
    pub scroll: u16,
    /// The chosen category, an index into `State::target_categories`.
    pub category: usize,
}

impl DrawsView {
    pub fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        let count = state.target_categories().len().max(1);
        match keymap::action_in(keymap::DRAWS_COMMANDS, event) {
            Some(DrawsAction::Close) => return Next::Close,
            Some(DrawsAction::Down) => self.scroll = self.scroll.saturating_add(1),
            Some(DrawsAction::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(DrawsAction::NextCategory) => {
                self.category = (self.category + 1) % count;
                self.scroll = 0;
            }
            Some(DrawsAction::PreviousCategory) => {
                self.category = (self.category + count - 1) % count;
                self.scroll = 0;
            }
            Some(DrawsAction::PlanTo) => {
                if let Some((category, cutoff, date)) = state.target_categories().get(self.category) {
                    let view = state.plan_to_category(category, *cutoff, *date);
                    return Next::Open(Screen::Plan(Box::new(view)));
                }
            }
            None => {}
        }
        Next::Stay
    }
}
