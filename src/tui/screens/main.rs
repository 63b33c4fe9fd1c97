//! The main screen: the form, the score, the eligibility panel and the
//! gains. Its keys come from `keymap::COMMANDS`.

use crossterm::event::KeyEvent;

use super::draws::DrawsView;
use super::prompts::{Confirm, EditPrompt, NamePrompt, NamePurpose, PickPurpose};
use super::{Next, Screen};
use crate::tui::effect::Effect;
use crate::tui::form::{self, FieldId};
use crate::tui::keymap::{self, Action};
use crate::tui::state::{Focus, State, StatusKind};

/// How far above today's score the plan view starts.
const FIRST_PLAN_STEP: u16 = 25;

pub fn handle(event: KeyEvent, state: &mut State) -> Next {
    match keymap::action_for(event) {
        Some(action) => update(action, state),
        None => Next::Stay,
    }
}

pub fn update(action: Action, state: &mut State) -> Next {
    state.status = None;
    match action {
        Action::Up => state.move_selection(-1),
        Action::Down => state.move_selection(1),
        Action::Lower => state.step_field(-1),
        Action::Raise => state.step_field(1),
        Action::Enter => match state.focus {
            Focus::Form => return start_editing(state),
            Focus::Gains => state.apply_selected_gain(),
        },
        Action::NextPanel => {
            state.focus = match state.focus {
                Focus::Form => Focus::Gains,
                Focus::Gains => Focus::Form,
            }
        }
        Action::Undo => state.undo(),
        Action::Redo => state.redo(),
        Action::Save => {
            return match state.file.path.clone() {
                // What was read or last written must still be there; the
                // check is made under a lock right before the file is
                // replaced (`save_tracked`).
                Some(path) => Next::Run(Effect::Save {
                    path,
                    scenario: state.scenario.clone(),
                    expect: state.file.expect(),
                    then: None,
                }),
                None => Next::Open(Screen::Name(NamePrompt::new(NamePurpose::Save, state, None))),
            };
        }
        Action::SaveAs => return Next::Open(Screen::Name(NamePrompt::new(NamePurpose::SaveAs, state, None))),
        Action::Open => {
            return if state.is_dirty() {
                Next::Open(Screen::Confirm(Confirm::Discard))
            } else {
                Next::Run(Effect::List(PickPurpose::Open))
            }
        }
        Action::New => state.new_scenario(),
        Action::Compare => return Next::Run(Effect::List(PickPurpose::Compare)),
        Action::Help => return Next::Open(Screen::Help { scroll: 0 }),
        Action::GainsOrder => {
            let order = state.switch_gains_order();
            state.set_status(crate::tui::text::gains_ordered(order), StatusKind::Info);
            return Next::Run(Effect::RememberGainsOrder(order));
        }
        Action::Language => {
            let code = crate::i18n::next_language();
            crate::i18n::set_language(&code);
            // Nothing to work out again: gains, reasons and notes are kept
            // as facts and worded as they are drawn.
            state.set_status(
                crate::t!("language-switched", name = crate::t!("language-name")),
                StatusKind::Info,
            );
            return Next::Run(Effect::RememberLanguage(code));
        }
        Action::WriteReport => match state.report() {
            Ok((path, html)) => return Next::Run(Effect::WriteReport { path, html }),
            Err(problem) => state.set_status(problem, StatusKind::Error),
        },
        Action::Versus => {
            let said = match state.switch_versus() {
                Some(rules) => crate::t!("versus-on", id = rules.id()),
                None => crate::t!("versus-off"),
            };
            state.set_status(said, StatusKind::Info);
        }
        Action::Draws => return Next::Open(Screen::Draws(DrawsView::default())),
        Action::Plan => {
            // The lowest cut-off that changes the answer, named; a round
            // number only when there is no draw data to take one from.
            if let Some((category, cutoff, date)) = state.first_target() {
                return Next::Open(Screen::Plan(Box::new(
                    state.plan_to_category(&category, cutoff, date),
                )));
            }
            let target = state.breakdown().total.saturating_add(FIRST_PLAN_STEP).min(1200);
            return Next::Open(Screen::Plan(Box::new(state.plan_view(target, None, None))));
        }
        Action::Timeline => {
            return Next::Open(Screen::Timeline(Box::new(super::TimelineView::new(
                state.timeline(),
            ))))
        }
        Action::Quit => {
            if state.is_dirty() {
                return Next::Open(Screen::Confirm(Confirm::Quit));
            }
            state.should_quit = true;
        }
    }
    Next::Stay
}

fn start_editing(state: &mut State) -> Next {
    let Some(row) = state.selected_row().copied() else {
        return Next::Stay;
    };
    if row.id == FieldId::WorkHistory {
        return Next::Open(Screen::Work(Box::default()));
    }
    if form::is_typed(row.id) {
        return Next::Open(Screen::Edit(EditPrompt::new(row.id)));
    }
    // Choices open a list to choose from, as the help says Enter does.
    let list = super::ChoiceList::of(state, row.id);
    if list.options.len() < 2 {
        return Next::Stay;
    }
    Next::Open(Screen::Choose(list))
}
