//! The profile form: headings, fields, values and the CLB each score gives.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::fit;
use crate::tui::app::App;
use crate::tui::form::{level_note, value};
use crate::tui::layout;
use crate::tui::screens::Screen;
use crate::tui::state::Focus;
use crate::tui::text;

pub struct FormPanel<'a> {
    pub app: &'a App,
}

const LABEL_WIDTH: usize = 18;

impl Widget for FormPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.state.theme;
        let focused = app.state.focus == Focus::Form;
        let block = Block::bordered()
            .title(text::profile_title())
            .border_style(theme.border(focused));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let profile = &app.state.scenario.profile;
        let rows = app.state.rows();
        let typing = match app.top() {
            Some(Screen::Edit(prompt)) => Some(prompt),
            _ => None,
        };
        for line in layout::form_lines(rows, app.state.form_scroll, area) {
            let at = Rect::new(inner.x, line.y, inner.width, 1);
            if let Some(heading) = line.heading {
                Line::styled(fit(&crate::i18n::message(heading, &[]), width), theme.heading())
                    .render(at, buf);
                continue;
            }
            let Some(index) = line.row else {
                continue;
            };
            let row = rows[index];
            let selected = index == app.state.selected_field;
            let shown = match typing {
                Some(prompt) if selected && prompt.field == row.id => format!("[{}_]", prompt.buffer),
                _ => value(&app.state.scenario, row.id, app.state.today()),
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
                fit(&text::field_label(row.id), LABEL_WIDTH),
                fit(&value_text, value_width)
            );
            let style = if selected {
                theme.selected(focused)
            } else {
                ratatui::style::Style::new()
            };
            Line::from(Span::styled(fit(&text, width), style)).render(at, buf);
        }
    }
}
