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
        // The popup's inner width less the keys' column.
        let text_width = usize::from(area.width.min(96).saturating_sub(2))
            .saturating_sub(15)
            .max(20);
        for (screen, commands) in keymap::every_screen() {
            lines.push(Line::styled(format!(" {screen}"), theme.total()));
            for (keys, _, help) in commands {
                // Longer lines wrap under the text, at a space: a word is
                // never cut, in whatever language.
                let mut rows = wrap_words(&help, text_width).into_iter();
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
        for row in wrap_words(&crate::t!("mouse"), text_width + 12) {
            lines.push(Line::raw(format!("   {row}")));
        }
        let height = (lines.len() as u16 + 2).min(area.height);
        let popup = centered(area, 96, height);
        let shown = usize::from(popup.height.saturating_sub(2));
        let most = lines.len().saturating_sub(shown) as u16;
        let scroll = self.scroll.min(most);
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

/// `text` in rows of at most `width` characters, broken at spaces.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in text.split(' ') {
        let needed = row.chars().count() + usize::from(!row.is_empty()) + word.chars().count();
        if !row.is_empty() && needed > width {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(word);
    }
    rows.push(row);
    rows
}
