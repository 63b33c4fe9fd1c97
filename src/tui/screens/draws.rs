//! The draws view: recent rounds against the score, the place in the pool,
//! and a category chosen as a plan target.

use crossterm::event::KeyEvent;

use super::{Next, Screen};
use crate::draws::Category;
use crate::engine::Date;
use crate::tui::effect::Effect;
use crate::tui::keymap::{self, DrawsAction};
use crate::tui::state::{State, StatusKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DrawsView {
    /// How far the rounds table is scrolled.
    pub scroll: u16,
    /// The chosen category: 0 for every category, else one more than its
    /// index in `State::target_categories`.
    pub category: usize,
}

impl DrawsView {
    /// The category chosen, with its latest cut-off and that round's date;
    /// `None` while every category is shown.
    pub fn chosen(&self, state: &State) -> Option<(Category, u16, Date)> {
        let index = self.category.checked_sub(1)?;
        state.target_categories().get(index).cloned()
    }

    pub fn handle(&mut self, event: KeyEvent, state: &mut State) -> Next {
        // Every category, then each one.
        let count = state.target_categories().len() + 1;
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
            Some(DrawsAction::PlanTo) => match self.chosen(state) {
                Some((category, cutoff, date)) => {
                    let view = state.plan_to_category(&category, cutoff, date);
                    return Next::Open(Screen::Plan(Box::new(view)));
                }
                None => state.set_status(crate::t!("choose-a-category"), StatusKind::Info),
            },
            Some(DrawsAction::Help) => return Next::Open(Screen::Help { scroll: 0 }),
            Some(DrawsAction::Update) => {
                if state.updating_draws {
                    state.set_status(crate::t!("draws-updating-already"), StatusKind::Info);
                } else {
                    state.updating_draws = true;
                    state.set_status(crate::t!("draws-updating"), StatusKind::Info);
                    return Next::Run(Effect::UpdateDraws {
                        url: state.feed_url.clone(),
                    });
                }
            }
            None => {}
        }
        Next::Stay
    }
}
