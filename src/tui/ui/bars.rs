//! The header, the status line and the footer. The footer is made from the
//! keymap table, like the help, so both list the same keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{fit, fitting_commands};
use crate::tui::app::App;
use crate::tui::keymap::COMMANDS;
use crate::tui::state::StatusKind;
use crate::tui::theme::Theme;

/// Draw data older than this is flagged in the header.
const STALE_AFTER_DAYS: i64 = 28;

/// " crs-planner · Title (file.json)": the header's left part.
fn title_text(app: &App) -> String {
    let file = app
        .state
        .file
        .path
        .as_ref()
        .and_then(|p| p.file_name())
        .map(|n| format!(" ({})", n.to_string_lossy()))
        .unwrap_or_default();
    format!(" crs-planner · {}{file}", app.state.title())
}

/// " [modified]" while there are unsaved changes.
fn modified_text(app: &App) -> String {
    if app.state.is_dirty() {
        format!(" [{}]", crate::t!("modified"))
    } else {
        String::new()
    }
}

pub struct Header<'a> {
    pub app: &'a App,
}

impl Widget for Header<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let modified = modified_text(app);
        let left = title_text(app);
        let right = format!("{} ", crate::t!("rules-id", id = app.state.rules().id()));
        let width = usize::from(area.width);
        // Data more than four weeks old is said in the header, in full
        // where the title still fits beside it, else in short.
        let age = match app.state.draws_age_days().filter(|days| *days > STALE_AFTER_DAYS) {
            None => String::new(),
            Some(days) => {
                let long = format!(" {} ", crate::t!("header-draws-age", weeks = days / 7));
                let fixed = left.chars().count() + modified.chars().count() + right.chars().count() + 1;
                if fixed + long.chars().count() <= width {
                    long
                } else {
                    format!(" {} ", crate::t!("header-draws-age-short", weeks = days / 7))
                }
            }
        };
        let right_len = right.chars().count() + age.chars().count();
        // The title gives way before "[modified]" does.
        let space = width.saturating_sub(right_len + 1 + modified.chars().count());
        let title = fit(&left, left.chars().count().min(space));
        let gap = space.saturating_sub(title.chars().count());
        let line = Line::from(vec![
            Span::styled(title, app.state.theme.total()),
            Span::styled(modified, app.state.theme.error()),
            Span::raw(" ".repeat(gap + 1)),
            Span::styled(age, app.state.theme.error()),
            Span::styled(right, app.state.theme.muted()),
        ]);
        line.render(area, buf);
    }
}

pub struct StatusLine<'a> {
    pub app: &'a App,
}

impl Widget for StatusLine<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = &self.app.state;
        let Some(status) = &state.status else {
            // Nothing to report: what the selected field means.
            if let (None, Some(row)) = (self.app.top(), state.selected_row()) {
                if state.focus == crate::tui::state::Focus::Form {
                    let help = crate::tui::text::field_help(row.id);
                    Line::styled(
                        fit(&format!(" {help}"), usize::from(area.width)),
                        state.theme.muted(),
                    )
                    .render(area, buf);
                }
            }
            return;
        };
        let style = match status.kind {
            StatusKind::Info => Style::new(),
            StatusKind::Error => self.app.state.theme.error(),
        };
        let prefix = match status.kind {
            StatusKind::Info => " ",
            StatusKind::Error => &format!(" {} ", crate::t!("error-prefix")),
        };
        Line::styled(
            fit(&format!("{prefix}{}", status.text), usize::from(area.width)),
            style,
        )
        .render(area, buf);
    }
}

pub struct Footer<'a> {
    pub app: &'a App,
}

/// The footer for a list of commands, as many as fit with help and quit
/// (or back and cancel) always there.
pub(crate) fn footer_line(pairs: &[(String, String)], width: usize, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for (keys, short) in fitting_commands(pairs, width) {
        spans.push(Span::styled(keys, theme.heading()));
        spans.push(Span::raw(format!(" {short}  ")));
    }
    Line::from(spans)
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let pairs = match self.app.top() {
            Some(screen) => screen.footer(),
            None => crate::tui::keymap::footer_of(COMMANDS),
        };
        footer_line(&pairs, usize::from(area.width), &self.app.state.theme).render(area, buf);
    }
}
