//! Every key, generated from the same table as the footer.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::tui::app::App;
use crate::tui::keymap::COMMANDS;

pub struct HelpPopup<'a> {
    pub app: &'a App,
}

/// Keys that only mean something inside a view or a prompt.
const CONTEXT_KEYS: &[(&str, &str)] = &[
    ("Esc", "close a popup, cancel typing"),
    ("a / b", "in compare: swap side A or B for a saved scenario"),
    ("mouse", "click selects a field or gain; the wheel scrolls"),
];

impl Widget for HelpPopup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.theme;
        let mut lines: Vec<Line> = COMMANDS
            .iter()
            .map(|command| {
                Line::from(vec![
                    Span::styled(format!(" {:<10}", command.keys_text), theme.heading()),
                    Span::raw(command.help),
                ])
            })
            .collect();
        lines.push(Line::raw(""));
        for (keys, help) in CONTEXT_KEYS {
            lines.push(Line::from(vec![
                Span::styled(format!(" {keys:<10}"), theme.heading()),
                Span::raw(*help),
            ]));
        }
        let height = lines.len() as u16 + 2;
        let popup = centered(area, 72, height);
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .block(Block::bordered().title(" Keys (any key closes) "))
            .render(popup, buf);
    }
}
