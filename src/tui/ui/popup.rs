//! Small dialogs over the main screen: typing a value, naming a scenario,
//! picking a saved one, and the confirmations.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{centered, fit, plain_line};
use crate::tui::app::{App, Mode, NamePurpose, OverwriteReason, PickPurpose, Side};
use crate::tui::form::label;

pub struct Popup<'a> {
    pub app: &'a App,
}

impl Widget for Popup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.theme;
        let (title, lines): (String, Vec<Line>) = match &self.app.mode {
            Mode::Editing { field, buffer, error } => {
                let hint = match field {
                    crate::tui::form::FieldId::Score(slot, ability) => slot
                        .result(&self.app.scenario.profile)
                        .map(|r| self.app.tables().expected_score(r.language(), r.test(), *ability))
                        .unwrap_or_default(),
                    field => crate::tui::form::typing_hint(*field).to_string(),
                };
                let mut lines = vec![
                    Line::from(vec![
                        Span::raw(" > "),
                        Span::styled(format!("{buffer}_"), theme.total()),
                    ]),
                    plain_line(format!(" {hint}")),
                ];
                if let Some(error) = error {
                    lines.push(Line::styled(format!(" {error}"), theme.error()));
                }
                lines.push(Line::styled(" Enter sets it · Esc cancels", theme.muted()));
                (format!(" {} ", label(*field).trim()), lines)
            }
            Mode::Naming { purpose, buffer } => {
                let title = match purpose {
                    NamePurpose::Save => " Save scenario as ",
                    NamePurpose::SaveAs => " Save a copy as ",
                };
                let folder = self
                    .app
                    .store
                    .as_ref()
                    .map(|s| s.scenarios_dir().display().to_string())
                    .unwrap_or_default();
                (
                    title.to_string(),
                    vec![
                        Line::from(vec![
                            Span::raw(" Name: "),
                            Span::styled(format!("{buffer}_"), theme.total()),
                        ]),
                        Line::styled(format!(" in {folder}"), theme.muted()),
                        Line::styled(" Enter saves · Esc cancels", theme.muted()),
                    ],
                )
            }
            Mode::Picking {
                purpose,
                entries,
                selected,
            } => {
                let title = match purpose {
                    PickPurpose::Open => " Open a saved scenario ".to_string(),
                    PickPurpose::Compare => " Compare with ".to_string(),
                    PickPurpose::CompareSide(Side::A) => " Put on side A ".to_string(),
                    PickPurpose::CompareSide(Side::B) => " Put on side B ".to_string(),
                };
                let mut lines: Vec<Line> = entries
                    .iter()
                    .enumerate()
                    .map(|(index, entry)| {
                        let text = fit(&format!(" {}", crate::files::printable(&entry.name, false)), 46);
                        if index == *selected {
                            Line::styled(text, theme.selected(true))
                        } else {
                            Line::raw(text)
                        }
                    })
                    .collect();
                lines.push(Line::styled(
                    " ↑/↓ choose · Enter opens · Esc cancels",
                    theme.muted(),
                ));
                (title, lines)
            }
            Mode::ConfirmQuit => (
                " Unsaved changes ".to_string(),
                vec![
                    plain_line(" This scenario has changes that are not saved."),
                    Line::from(vec![
                        Span::styled(" y", theme.heading()),
                        Span::raw(" quit without saving   "),
                        Span::styled("n/Esc", theme.heading()),
                        Span::raw(" stay"),
                    ]),
                ],
            ),
            Mode::ConfirmOverwrite { path, reason } => (
                " Overwrite? ".to_string(),
                vec![
                    plain_line(match reason {
                        OverwriteReason::ChangedOnDisk => format!(
                            " {} changed on disk since it was opened or saved.",
                            path.display()
                        ),
                        OverwriteReason::OpenFile => format!(
                            " That name is the file open now, {}: save over it?",
                            path.display()
                        ),
                        OverwriteReason::Exists => {
                            format!(" {} is another saved scenario: replace it?", path.display())
                        }
                    }),
                    Line::from(vec![
                        Span::styled(" y", theme.heading()),
                        Span::raw(" overwrite it   "),
                        Span::styled("n/Esc", theme.heading()),
                        Span::raw(" keep the file as it is"),
                    ]),
                ],
            ),
            Mode::Notice { title, text } => {
                let mut lines: Vec<Line> = text.lines().map(|line| plain_line(format!(" {line}"))).collect();
                lines.push(Line::styled(" Press any key", theme.muted()));
                (format!(" {title} "), lines)
            }
            Mode::Normal
            | Mode::Help
            | Mode::Compare(_)
            | Mode::Draws { .. }
            | Mode::Plan(_)
            | Mode::Timeline(_)
            | Mode::Work(_) => return,
        };
        let width = 64.min(area.width);
        // Long lines wrap: count the lines they take at this width.
        let inner = usize::from(width.saturating_sub(2)).max(1);
        let height: usize = lines.iter().map(|line| line.width().div_ceil(inner).max(1)).sum();
        let popup = centered(area, width, height as u16 + 2);
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(title).border_style(theme.border(true)))
            .render(popup, buf);
    }
}
