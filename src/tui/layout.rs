//! Where each panel goes for a terminal size. Shared by the views, which draw
//! there, and by the app, which maps mouse clicks back to rows.

use ratatui::layout::{Constraint, Layout, Rect};

use super::form::FormRow;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// The score panel's height when there is room: total, zone, four bars, rules.
const SCORE_HEIGHT: u16 = 11;

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
        // On short terminals the score panel gives up its bars first, so
        // the gains always keep rows.
        let score_height = if right.height >= SCORE_HEIGHT + 6 {
            SCORE_HEIGHT
        } else {
            right.height.saturating_sub(6).max(3)
        };
        let below_score = right.height.saturating_sub(score_height);
        let eligibility_height = if below_score >= 14 {
            6
        } else if below_score >= 8 {
            // One line at 80x24, so the gains keep five rows.
            3
        } else {
            0
        };
        let [score, eligibility, gains] = Layout::vertical([
            Constraint::Length(score_height),
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

/// One line of the form panel: a group's heading, or a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormLine {
    pub y: u16,
    pub heading: Option<&'static str>,
    /// The index of the row drawn on this line.
    pub row: Option<usize>,
}

/// Where each line of the form goes inside its border, from row `scroll`
/// on: the drawing and the mouse both read this.
pub fn form_lines(rows: &[FormRow], scroll: usize, form: Rect) -> Vec<FormLine> {
    let bottom = form.y + form.height.saturating_sub(1);
    let mut y = form.y + 1;
    let mut lines = Vec::new();
    for (index, row) in rows.iter().enumerate().skip(scroll) {
        if let Some(heading) = row.heading {
            if y >= bottom {
                break;
            }
            lines.push(FormLine {
                y,
                heading: Some(heading),
                row: None,
            });
            y += 1;
        }
        if y >= bottom {
            break;
        }
        lines.push(FormLine {
            y,
            heading: None,
            row: Some(index),
        });
        y += 1;
    }
    lines
}

/// How many lines rows `from..=to` take (a row under a heading takes two).
pub fn form_lines_between(rows: &[FormRow], from: usize, to: usize) -> usize {
    rows[from..=to.min(rows.len().saturating_sub(1))]
        .iter()
        .map(|row| 1 + usize::from(row.heading.is_some()))
        .sum()
}

/// `text` in rows of at most `width` characters, broken at spaces.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in text.split(' ') {
        let needed = row.chars().count() + usize::from(!row.is_empty()) + word.chars().count();
        if !row.is_empty() && needed > width {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(word);
    }
    rows.push(row);
    rows
}

/// The help's width for its text: the popup's inner width less the keys'
/// column.
pub fn help_text_width(area: Rect) -> usize {
    usize::from(area.width.min(96).saturating_sub(2))
        .saturating_sub(15)
        .max(20)
}

/// How many lines the help takes in `area`, as it is drawn.
pub fn help_lines(area: Rect) -> usize {
    let width = help_text_width(area);
    let commands: usize = super::keymap::every_screen()
        .into_iter()
        .map(|(_, rows)| {
            1 + rows
                .iter()
                .map(|(_, _, help)| wrap_words(help, width).len().max(1))
                .sum::<usize>()
        })
        .sum();
    commands + 1 + wrap_words(&crate::t!("mouse"), width + 12).len()
}

/// The furthest the help scrolls in `area`: its last line at the bottom.
pub fn help_scroll_max(area: Rect) -> u16 {
    let lines = help_lines(area);
    let height = (lines as u16 + 2).min(area.height);
    let shown = usize::from(height.saturating_sub(2));
    u16::try_from(lines.saturating_sub(shown)).unwrap_or(u16::MAX)
}
