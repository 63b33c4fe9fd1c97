//! The score: the total out of 1200, the zone it is in, and each section
//! against its maximum.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::fit;
use crate::engine::{Section, Zone};
use crate::tui::app::App;
use crate::tui::text;

pub struct ScorePanel<'a> {
    pub app: &'a App,
}

fn short_label(section: Section) -> String {
    match section {
        Section::Core => crate::t!("section-core-short"),
        Section::Spouse => crate::t!("section-spouse-short"),
        Section::Transferability => crate::t!("section-transfer-short"),
        Section::Additional => crate::t!("section-additional-short"),
    }
}

/// The words of `text` that fit in `width`, and the rest.
fn split_words(text: &str, width: usize) -> (String, String) {
    let mut first = String::new();
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.peek() {
        let needed = if first.is_empty() {
            word.len()
        } else {
            first.len() + 1 + word.len()
        };
        if needed > width {
            break;
        }
        if !first.is_empty() {
            first.push(' ');
        }
        first.push_str(word);
        words.next();
    }
    (first, words.collect::<Vec<_>>().join(" "))
}

impl Widget for ScorePanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.state.theme;
        let breakdown = app.state.breakdown();
        let block = Block::bordered()
            .title(text::score_title())
            .border_style(theme.border(false));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let zone = Zone::of(breakdown.total);
        let mut lines = vec![Line::from(vec![
            Span::raw(text::total_label()),
            Span::styled(
                format!("{} / {}", breakdown.total, app.state.rules().max_total()),
                theme.total(),
            ),
        ])];
        // The zone's advice wraps onto a second line in a narrow panel.
        let range = format!("{} ", zone.range_words());
        let advice_width = width.saturating_sub(range.chars().count() + 1).max(1);
        let (first, rest) = split_words(&zone.advice_words(), advice_width);
        lines.push(Line::from(vec![
            Span::raw(" "),
            Span::styled(range.clone(), theme.zone(zone)),
            Span::raw(first),
        ]));
        lines.push(Line::raw(format!(
            " {}{}",
            " ".repeat(range.chars().count()),
            fit(&rest, advice_width)
        )));
        let label_width = 11;
        let numbers_width = 10;
        let bar_width = width.saturating_sub(label_width + numbers_width + 3);
        for section in Section::ALL {
            let points = breakdown.section(section);
            let max = breakdown.section_max(section);
            let filled = if max == 0 {
                0
            } else {
                (usize::from(points) * bar_width + usize::from(max) / 2) / usize::from(max)
            };
            let numbers = if max == 0 {
                "—".to_string()
            } else {
                format!("{points:>3} / {max}")
            };
            lines.push(Line::from(vec![
                Span::raw(format!(" {}", fit(&short_label(section), label_width))),
                Span::styled("█".repeat(filled), theme.gauge()),
                Span::styled("░".repeat(bar_width - filled.min(bar_width)), theme.muted()),
                Span::raw(format!(" {numbers:>numbers_width$}")),
            ]));
        }
        lines.push(Line::styled(
            fit(
                &format!(
                    " {} · {}",
                    crate::t!("rules-id-title", id = app.state.rules().id()),
                    if breakdown.with_spouse {
                        crate::t!("with-spouse")
                    } else {
                        crate::t!("single")
                    }
                ),
                width,
            ),
            theme.muted(),
        ));
        // The same profile under another rule set (the versus key).
        if let Some(other) = app.state.versus() {
            let difference = i32::from(other.total) - i32::from(breakdown.total);
            let line = crate::t!(
                "versus-line",
                id = other.rules.id(),
                total = other.total,
                difference = if difference > 0 {
                    format!("+{difference}")
                } else {
                    difference.to_string()
                }
            );
            lines.push(Line::styled(fit(&format!(" {line}"), width), theme.total()));
        }
        // The chance of an invitation, live, once the rounds are read.
        if let Some(outlook) = app.state.outlook() {
            let line = match app.state.outlook_stale_since() {
                Some(newest) => format!("{} · {}", text::outlook_line(outlook), text::rounds_until(newest)),
                None => text::outlook_line(outlook),
            };
            lines.push(Line::styled(fit(&line, width), theme.total()));
        }
        for (offset, line) in lines.into_iter().enumerate() {
            let y = inner.y + offset as u16;
            if y >= inner.y + inner.height {
                break;
            }
            line.render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}
