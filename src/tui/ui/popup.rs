//! Small dialogs over the main screen: typing a value, naming a scenario,
//! picking a saved one, and the confirmations.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget, Wrap};

use super::{centered, fit, keys_line, plain_line};
use crate::tui::app::App;
use crate::tui::screens::{Confirm, NamePurpose, OverwriteReason, PickPurpose, Screen, Side};
use crate::tui::text;

pub struct Popup<'a> {
    pub app: &'a App,
    pub screen: &'a Screen,
}

impl Widget for Popup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = &self.app.state;
        let theme = state.theme;
        let (title, mut lines): (String, Vec<Line>) = match self.screen {
            Screen::Edit(prompt) => {
                let hint = match prompt.field {
                    crate::tui::form::FieldId::Score(slot, ability) => slot
                        .result(&state.scenario.profile)
                        .map(|r| {
                            state
                                .tables()
                                .expected_score(r.language(), r.test(), ability)
                                .to_string()
                        })
                        .unwrap_or_default(),
                    field => text::typing_hint(field).to_string(),
                };
                let mut lines = vec![Line::from(vec![
                    Span::raw("> "),
                    Span::styled(format!("{}_", prompt.buffer), theme.total()),
                ])];
                // The problem says what was expected: no need for the hint too.
                match &prompt.error {
                    Some(error) => lines.push(Line::styled(error.clone(), theme.error())),
                    None => lines.push(plain_line(hint)),
                }
                (format!(" {} ", text::field_label(prompt.field).trim()), lines)
            }
            Screen::Name(prompt) => {
                let title = match prompt.purpose {
                    NamePurpose::Save => text::save_as_title(),
                    NamePurpose::SaveAs => text::save_copy_title(),
                };
                let folder = state
                    .store
                    .as_ref()
                    .map(|s| s.scenarios_dir().display().to_string())
                    .unwrap_or_default();
                (
                    title.to_string(),
                    vec![
                        Line::from(vec![
                            Span::raw(text::name_label()),
                            if prompt.offered {
                                // Selected: typing replaces it.
                                Span::styled(prompt.buffer.clone(), theme.selected(true))
                            } else {
                                Span::styled(format!("{}_", prompt.buffer), theme.total())
                            },
                        ]),
                        Line::styled(crate::t!("saved-in", folder = folder.as_str()), theme.muted()),
                    ],
                )
            }
            Screen::Choose(list) => {
                let lines: Vec<Line> = list
                    .options
                    .iter()
                    .enumerate()
                    .map(|(index, (value, _))| {
                        let text = fit(&format!(" {value}"), 46);
                        if index == list.selected {
                            Line::styled(text, theme.selected(true))
                        } else {
                            Line::raw(text)
                        }
                    })
                    .collect();
                (format!(" {} ", text::field_label(list.field).trim()), lines)
            }
            Screen::Pick(picker) => {
                let title = match picker.purpose {
                    PickPurpose::Open => text::pick_open().to_string(),
                    PickPurpose::Compare => text::pick_compare().to_string(),
                    PickPurpose::CompareSide(Side::A) => text::pick_side_a().to_string(),
                    PickPurpose::CompareSide(Side::B) => text::pick_side_b().to_string(),
                };
                let lines: Vec<Line> = picker
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(index, entry)| {
                        let total = match picker.totals.get(index).copied().flatten() {
                            Some(total) => format!("{total:>5}"),
                            None => text::does_not_load().to_string(),
                        };
                        let title = picker.titles.get(index).unwrap_or(&entry.name);
                        let text = format!("{}{total}", fit(&crate::files::printable(title, false), 46));
                        if index == picker.selected {
                            Line::styled(text, theme.selected(true))
                        } else {
                            Line::raw(text)
                        }
                    })
                    .collect();
                (title, lines)
            }
            Screen::Confirm(Confirm::Quit) => (
                text::unsaved_changes().to_string(),
                vec![plain_line(crate::t!("quit-anyway"))],
            ),
            Screen::Confirm(Confirm::Discard) => (
                text::unsaved_changes().to_string(),
                vec![plain_line(crate::t!("open-anyway"))],
            ),
            Screen::Confirm(Confirm::Overwrite { path, reason, .. }) => (
                text::overwrite_title().to_string(),
                vec![plain_line(match reason {
                    OverwriteReason::ChangedOnDisk => {
                        crate::t!("overwrite-changed-on-disk", file = path.as_path())
                    }
                    OverwriteReason::OpenFile => {
                        crate::t!("overwrite-open-file", file = path.as_path())
                    }
                    OverwriteReason::Exists => {
                        crate::t!("overwrite-exists", file = path.as_path())
                    }
                })],
            ),
            Screen::Notice(notice) => {
                let lines: Vec<Line> = notice
                    .text
                    .lines()
                    .skip(usize::from(notice.scroll))
                    .map(|line| plain_line(line.to_string()))
                    .collect();
                (format!(" {} ", notice.title), lines)
            }
            _ => return,
        };
        lines.push(keys_line(&self.screen.footer(), &theme));
        let width = 68.min(area.width);
        // Long lines wrap inside the padding: count the lines they take.
        let inner = usize::from(width.saturating_sub(4)).max(1);
        let height: usize = lines.iter().map(|line| line.width().div_ceil(inner).max(1)).sum();
        let popup = centered(area, width, height as u16 + 2);
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .title(title)
                    .border_style(theme.border(true))
                    .padding(Padding::horizontal(1)),
            )
            .render(popup, buf);
    }
}
