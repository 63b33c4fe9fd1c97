//! Every key of every screen, grouped by screen, from the same tables as
//! the footers. Scrolls with ↑/↓; any other key closes it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::text;

pub struct HelpPopup<'a> {
    pub app: &'a App,
    pub scroll: u16,
}

impl Widget for HelpPopup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let mut lines: Vec<Line> = Vec::new();
        for (screen, commands) in keymap::every_screen() {
            lines.push(Line::styled(format!(" {screen}"), theme.total()));
            for (keys, _, help) in commands {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {keys:<12}"), theme.heading()),
                    Span::raw(help),
                ]));
            }
        }
        lines.push(Line::styled(text::mouse_heading(), theme.total()));
        lines.push(Line::raw(format!("   {}", text::mouse())));
        let height = (lines.len() as u16 + 2).min(area.height);
        let popup = centered(area, 96, height);
        let shown = usize::from(popup.height.saturating_sub(2));
        let most = lines.len().saturating_sub(shown) as u16;
        let scroll = self.scroll.min(most);
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(
                Block::bordered().title(format!(" Keys · {} ", super::footer_words(keymap::READ_COMMANDS))),
            )
            .render(popup, buf);
    }
}
