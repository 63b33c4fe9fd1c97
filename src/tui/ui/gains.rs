//! The gains still available, biggest first: what is in the user's hands,
//! then what is not.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::fit;
use crate::advisor::Control;
use crate::tui::app::{App, Focus};

pub struct GainsPanel<'a> {
    pub app: &'a App,
}

impl Widget for GainsPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.theme;
        let focused = app.focus == Focus::Gains;
        let block = Block::bordered()
            .title(" Biggest gains (Enter applies) ")
            .border_style(theme.border(focused));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let gains = app.gains();
        if gains.is_empty() {
            Line::styled(" No move left raises this score.", theme.muted()).render(inner, buf);
            return;
        }
        // Lines: each gain, plus one heading where what is out of hand begins.
        let mut lines: Vec<(Option<usize>, Line)> = Vec::new();
        let mut previous: Option<Control> = None;
        for (index, gain) in gains.iter().enumerate() {
            if gain.control == Control::OutOfYourHands && previous != Some(Control::OutOfYourHands) {
                lines.push((None, Line::styled(" Not in your hands:", theme.heading())));
            }
            previous = Some(gain.control);
            let points = format!("+{:<4}", gain.points);
            let text = format!(" {}{}", points, fit(&gain.label, width.saturating_sub(7)));
            let line = if index == app.selected_gain && focused {
                Line::styled(fit(&text, width), theme.selected(true))
            } else {
                Line::from(vec![
                    Span::raw(" "),
                    Span::styled(points, theme.gain()),
                    Span::raw(fit(&gain.label, width.saturating_sub(6))),
                ])
            };
            lines.push((Some(index), line));
        }
        let height = usize::from(inner.height);
        let selected_line = lines
            .iter()
            .position(|(index, _)| *index == Some(app.selected_gain))
            .unwrap_or(0);
        let first = if focused && selected_line >= height {
            selected_line + 1 - height
        } else {
            0
        };
        for (offset, (_, line)) in lines.into_iter().skip(first).take(height).enumerate() {
            line.render(Rect::new(inner.x, inner.y + offset as u16, inner.width, 1), buf);
        }
    }
}
