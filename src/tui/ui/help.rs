//! Every key of every screen, grouped by screen, from the same tables as
//! the footers. Scrolls with ↑/↓; any other key closes it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::layout;
use crate::tui::text;

pub struct HelpPopup<'a> {
    pub app: &'a App,
    pub scroll: u16,
}

impl Widget for HelpPopup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let mut lines: Vec<Line> = Vec::new();
        let text_width = layout::help_text_width(area);
        for (screen, commands) in keymap::every_screen() {
            lines.push(Line::styled(format!(" {screen}"), theme.total()));
            for (keys, _, help) in commands {
                // Longer lines wrap under the text, at a space: a word is
                // never cut, in whatever language.
                let mut rows = layout::wrap_words(&help, text_width).into_iter();
                // Keys longer than their column ("Retour arrière") keep a
                // space before the text.
                let column = if keys.chars().count() >= 12 {
                    format!("   {keys} ")
                } else {
                    format!("   {keys:<12}")
                };
                lines.push(Line::from(vec![
                    Span::styled(column, theme.heading()),
                    Span::raw(rows.next().unwrap_or_default()),
                ]));
                for row in rows {
                    lines.push(Line::raw(format!("{:15}{row}", "")));
                }
            }
        }
        lines.push(Line::styled(text::mouse_heading(), theme.total()));
        for row in layout::wrap_words(&crate::t!("mouse"), text_width + 12) {
            lines.push(Line::raw(format!("   {row}")));
        }
        debug_assert_eq!(
            lines.len(),
            layout::help_lines(area),
            "layout counts the help's lines as drawn"
        );
        let height = (lines.len() as u16 + 2).min(area.height);
        let popup = centered(area, 96, height);
        let scroll = self.scroll.min(layout::help_scroll_max(area));
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(Block::bordered().title(format!(
                " {} · {} ",
                crate::t!("keys-title"),
                super::footer_words(keymap::READ_COMMANDS)
            )))
            .render(popup, buf);
    }
}
