//! The header, the status line and the footer. The footer is made from the
//! keymap table, like the help, so both list the same keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::fit;
use crate::tui::app::{App, StatusKind};
use crate::tui::keymap::COMMANDS;

pub struct Header<'a> {
    pub app: &'a App,
}

impl Widget for Header<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let file = app
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| format!(" ({})", n.to_string_lossy()))
            .unwrap_or_default();
        let modified = if app.is_dirty() { " [modified]" } else { "" };
        let left = format!(" crs-planner · {}{file}{modified}", app.title());
        let right = format!("rules {} ", app.rules().id());
        let width = usize::from(area.width);
        let space = width.saturating_sub(right.chars().count() + 1);
        let line = Line::from(vec![
            Span::styled(fit(&left, space), app.theme.total()),
            Span::raw(" "),
            Span::styled(right, app.theme.muted()),
        ]);
        line.render(area, buf);
    }
}

pub struct StatusLine<'a> {
    pub app: &'a App,
}

impl Widget for StatusLine<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(status) = &self.app.status else {
            return;
        };
        let style = match status.kind {
            StatusKind::Info => Style::new(),
            StatusKind::Error => self.app.theme.error(),
        };
        let prefix = match status.kind {
            StatusKind::Info => " ",
            StatusKind::Error => " Error: ",
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

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for command in COMMANDS.iter().filter(|c| !c.short.is_empty()) {
            let key = command.keys_text;
            let piece = key.chars().count() + command.short.chars().count() + 3;
            if used + piece > usize::from(area.width) {
                break;
            }
            used += piece;
            spans.push(Span::styled(key, self.app.theme.heading()));
            spans.push(Span::raw(format!(" {}  ", command.short)));
        }
        Line::from(spans).render(area, buf);
    }
}
