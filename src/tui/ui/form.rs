//! The profile form: headings, fields, values and the CLB each score gives.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::fit;
use crate::tui::app::{App, Focus, Mode};
use crate::tui::form::{label, level_note, value};

pub struct FormPanel<'a> {
    pub app: &'a App,
}

const LABEL_WIDTH: usize = 18;

impl Widget for FormPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme;
        let focused = app.focus == Focus::Form;
        let block = Block::bordered()
            .title(" Profile ")
            .border_style(theme.border(focused));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let profile = &app.scenario.profile;
        let mut y = inner.y;
        let bottom = inner.y + inner.height;
        for (index, row) in app.rows().iter().enumerate().skip(app.form_scroll) {
            if let Some(heading) = row.heading {
                if y >= bottom {
                    break;
                }
                Line::styled(fit(heading, width), theme.heading())
                    .render(Rect::new(inner.x, y, inner.width, 1), buf);
                y += 1;
            }
            if y >= bottom {
                break;
            }
            let selected = index == app.selected_field;
            let editing = match &app.mode {
                Mode::Editing { field, buffer, .. } if selected && *field == row.id => Some(buffer.clone()),
                _ => None,
            };
            let shown = match editing {
                Some(buffer) => format!("[{buffer}_]"),
                None => value(&app.scenario, row.id),
            };
            let note = level_note(profile, row.id).unwrap_or_default();
            let value_width = width.saturating_sub(LABEL_WIDTH + 1);
            let value_text = if note.is_empty() {
                shown
            } else {
                let gap = value_width
                    .saturating_sub(shown.chars().count() + note.chars().count())
                    .max(1);
                format!("{shown}{}{note}", " ".repeat(gap))
            };
            let text = format!(
                " {}{}",
                fit(&label(row.id), LABEL_WIDTH),
                fit(&value_text, value_width)
            );
            let style = if selected {
                theme.selected(focused)
            } else {
                ratatui::style::Style::new()
            };
            Line::from(Span::styled(fit(&text, width), style))
                .render(Rect::new(inner.x, y, inner.width, 1), buf);
            y += 1;
        }
    }
}
