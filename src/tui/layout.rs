//! Where each panel goes for a terminal size. Shared by the views, which draw
//! there, and by the app, which maps mouse clicks back to rows.

use ratatui::layout::{Constraint, Layout, Rect};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub form: Rect,
    pub score: Rect,
    /// Empty on short terminals, where the gains need the room.
    pub eligibility: Rect,
    pub gains: Rect,
    pub status: Rect,
    pub footer: Rect,
    pub too_small: bool,
}

impl Areas {
    pub fn of(size: Rect) -> Areas {
        let too_small = size.width < MIN_WIDTH || size.height < MIN_HEIGHT;
        let [header, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(size);
        let form_width = if size.width >= 110 { 48 } else { size.width / 2 };
        let [form, right] =
            Layout::horizontal([Constraint::Length(form_width), Constraint::Min(0)]).areas(body);
        let below_score = right.height.saturating_sub(11);
        let eligibility_height = if below_score >= 14 {
            6
        } else if below_score >= 8 {
            // One line at 80x24, so the gains keep five rows.
            3
        } else {
            0
        };
        let [score, eligibility, gains] = Layout::vertical([
            Constraint::Length(11),
            Constraint::Length(eligibility_height),
            Constraint::Min(0),
        ])
        .areas(right);
        Areas {
            header,
            form,
            score,
            eligibility,
            gains,
            status,
            footer,
            too_small,
        }
    }

    /// Lines inside the form's border.
    pub fn form_rows(&self) -> u16 {
        self.form.height.saturating_sub(2)
    }
}
