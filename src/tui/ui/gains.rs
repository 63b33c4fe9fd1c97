//! The gains still available, biggest first: what is in the user's hands,
//! then what is not.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::fit;
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
        let height = usize::from(inner.height);
        let first = app.gains_scroll(height);
        for (offset, item) in app.gain_lines().into_iter().skip(first).take(height).enumerate() {
            let line = match item {
                None => Line::styled(" Not in your hands:", theme.heading()),
                Some(index) => {
                    let gain = &gains[index];
                    let points = format!("+{:<4}", gain.points);
                    if index == app.selected_gain && focused {
                        let text = format!(" {points}{}", gain.label);
                        Line::styled(fit(&text, width), theme.selected(true))
                    } else {
                        Line::from(vec![
                            Span::raw(" "),
                            Span::styled(points, theme.gain()),
                            Span::raw(fit(&gain.label, width.saturating_sub(6))),
                        ])
                    }
                }
            };
            line.render(Rect::new(inner.x, inner.y + offset as u16, inner.width, 1), buf);
        }
    }
}
