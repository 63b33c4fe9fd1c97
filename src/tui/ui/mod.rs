//! Drawing: one widget per panel, each only reading the app's state.

mod bars;
mod compare;
mod draws;
mod eligibility;
mod form;
mod gains;
mod help;
mod plan;
mod popup;
mod score;
mod timeline;
mod work;

use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use ratatui::Frame;

use super::app::{App, Mode};
use super::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};

/// Draws the whole screen for the app's state.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let buffer = frame.buffer_mut();
    let areas = Areas::of(area);
    if areas.too_small {
        let message = format!(
            "The terminal is {}x{}; crs-planner needs at least {MIN_WIDTH}x{MIN_HEIGHT}. Make it larger, or press q to quit.",
            area.width, area.height
        );
        Paragraph::new(message)
            .wrap(Wrap { trim: true })
            .alignment(Alignment::Center)
            .render(centered_line_area(area), buffer);
        return;
    }
    if let Mode::Compare(view) = &app.mode {
        compare::CompareScreen { app, view }.render(area, buffer);
        return;
    }
    match &app.mode {
        Mode::Draws { scroll, category } => {
            draws::DrawsScreen {
                app,
                scroll: *scroll,
                category: *category,
            }
            .render(area, buffer);
            return;
        }
        Mode::Plan(view) => {
            plan::PlanScreen { app, view }.render(area, buffer);
            return;
        }
        Mode::Timeline(timeline) => {
            timeline::TimelineScreen { app, timeline }.render(area, buffer);
            return;
        }
        Mode::Work(screen) => {
            work::WorkView { app, screen }.render(area, buffer);
            return;
        }
        _ => {}
    }
    bars::Header { app }.render(areas.header, buffer);
    form::FormPanel { app }.render(areas.form, buffer);
    score::ScorePanel { app }.render(areas.score, buffer);
    eligibility::EligibilityPanel { app }.render(areas.eligibility, buffer);
    gains::GainsPanel { app }.render(areas.gains, buffer);
    bars::StatusLine { app }.render(areas.status, buffer);
    bars::Footer { app }.render(areas.footer, buffer);
    match &app.mode {
        Mode::Help => help::HelpPopup { app }.render(area, buffer),
        Mode::Normal
        | Mode::Compare(_)
        | Mode::Draws { .. }
        | Mode::Plan(_)
        | Mode::Timeline(_)
        | Mode::Work(_) => {}
        _ => popup::Popup { app }.render(area, buffer),
    }
}

fn centered_line_area(area: Rect) -> Rect {
    let height = 3.min(area.height);
    Rect::new(
        area.x,
        area.y + area.height.saturating_sub(height) / 2,
        area.width,
        height,
    )
}

/// A rectangle of at most `width` x `height` in the middle of `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Pads or cuts text to exactly `width` characters.
pub(crate) fn fit(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        format!("{text}{}", " ".repeat(width - count))
    } else if width == 0 {
        String::new()
    } else {
        let mut cut: String = text.chars().take(width - 1).collect();
        cut.push('…');
        cut
    }
}

pub(crate) fn plain_line(text: impl Into<String>) -> Line<'static> {
    Line::raw(text.into())
}
