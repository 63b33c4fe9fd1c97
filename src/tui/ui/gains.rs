//! The gains still available, biggest first: what is in the user's hands,
//! then what is not.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::fit;
use crate::tui::app::App;
use crate::tui::state::Focus;
use crate::tui::text;

pub struct GainsPanel<'a> {
    pub app: &'a App,
}

impl Widget for GainsPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.state.theme;
        let focused = app.state.focus == Focus::Gains;
        let block = Block::bordered()
            .title(text::gains_title(app.state.gains_order))
            .border_style(theme.border(focused));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let gains = app.state.gains();
        if gains.is_empty() {
            Line::styled(text::no_gains(), theme.muted()).render(inner, buf);
            return;
        }
        let lines = app.state.gain_lines();
        let mut height = usize::from(inner.height);
        // When the list is longer than the panel, what is out of the user's
        // hands would fall off the bottom: sum it up on the last two lines.
        let outside: Vec<String> = gains
            .iter()
            .filter(|gain| gain.control == crate::advisor::Control::OutOfYourHands)
            .map(|gain| format!("{} +{}", gain.label, gain.points))
            .collect();
        if app.state.gains_summary_shown(height) {
            height -= 2;
            let y = inner.y + height as u16;
            Line::styled(text::not_in_your_hands(), theme.heading())
                .render(Rect::new(inner.x, y, inner.width, 1), buf);
            Line::raw(fit(&format!(" {}", outside.join(" · ")), width))
                .render(Rect::new(inner.x, y + 1, inner.width, 1), buf);
        }
        let first = app.state.gains_scroll(height);
        for (offset, item) in lines.into_iter().skip(first).take(height).enumerate() {
            let line = match item {
                None => Line::styled(text::not_in_your_hands(), theme.heading()),
                Some(index) => {
                    let gain = &gains[index];
                    let points = format!("+{:<4}", gain.points);
                    let room = width.saturating_sub(6);
                    // How long it takes, right after what it is.
                    let named = match gain.effort {
                        Some((_, months)) if months > 0 => {
                            format!("{} · {}", gain.label, text::takes(months))
                        }
                        _ => gain.label.to_string(),
                    };
                    // The short form is worked out only when the full one does not fit.
                    let label = match app.state.openings(gain, false) {
                        None => named,
                        Some(full) if named.chars().count() + full.chars().count() + 3 <= room => {
                            format!("{named} · {full}")
                        }
                        Some(_) => {
                            format!("{named} · {}", app.state.openings(gain, true).unwrap_or_default())
                        }
                    };
                    if index == app.state.selected_gain && focused {
                        let text = format!(" {points}{label}");
                        Line::styled(fit(&text, width), theme.selected(true))
                    } else {
                        Line::from(vec![
                            Span::raw(" "),
                            Span::styled(points, theme.gain()),
                            Span::raw(fit(&label, width.saturating_sub(6))),
                        ])
                    }
                }
            };
            line.render(Rect::new(inner.x, inner.y + offset as u16, inner.width, 1), buf);
        }
    }
}
