//! Which programs and categories the person is in, on the planner's day,
//! updated with the score on every change.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::engine::eligibility::{Answer, Program, Report};
use crate::tui::app::App;
use crate::tui::text;
use crate::tui::theme::Theme;

pub struct EligibilityPanel<'a> {
    pub app: &'a App,
}

fn mark(answer: Answer) -> String {
    match answer {
        Answer::Yes => crate::t!("yes"),
        Answer::No => crate::t!("no"),
        Answer::Unknown => "?".to_string(),
    }
}

fn style(theme: &Theme, answer: Answer) -> Style {
    match answer {
        Answer::Yes => theme.gain(),
        Answer::No => theme.loss(),
        Answer::Unknown => theme.muted(),
    }
}

/// "FSW yes 80/100  CEC no  FST no"; `tight` parts the programs with one
/// space instead of two, for a narrow panel.
fn programs_line<'a>(report: &Report, theme: &Theme, compact: bool, tight: bool) -> Line<'a> {
    let mut spans = Vec::new();
    for program in Program::ALL {
        let answer = report.program(program);
        if !spans.is_empty() {
            spans.push(Span::raw(if tight { " " } else { "  " }));
        }
        spans.push(Span::styled(program.short_label(), theme.heading()));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(mark(answer.answer), style(theme, answer.answer)));
        if let Some(grid) = &answer.grid {
            let out_of = if compact { "" } else { "/100" };
            spans.push(Span::styled(format!(" {}{out_of}", grid.total), theme.muted()));
        }
    }
    Line::from(spans)
}

/// "Categories (2026): french, healthcare" — those the person is in.
fn categories_line(report: &Report) -> String {
    match &report.categories {
        None => crate::t!("no-categories-yet"),
        Some(categories) => {
            let open: Vec<String> = categories
                .categories
                .iter()
                .filter(|c| c.answer == Answer::Yes)
                .map(|c| crate::draws::category::label_of(&c.id))
                .collect();
            let listed = if open.is_empty() {
                crate::t!("none")
            } else {
                open.join(", ")
            };
            crate::t!(
                "categories-line",
                version = categories.version.as_str(),
                listed = listed
            )
        }
    }
}

/// The categories the person is in, in few words.
fn short_categories(report: &Report) -> String {
    let open: Vec<String> = report
        .categories
        .iter()
        .flat_map(|c| c.categories.iter())
        .filter(|c| c.answer == Answer::Yes)
        .map(|c| crate::draws::category::label_of(&c.id))
        .collect();
    if open.is_empty() {
        crate::t!("no-category")
    } else {
        open.join(", ")
    }
}

/// As many items of "a, b, c" as fit in `room`, whole, with "…" for the
/// rest; nothing when not even the first fits.
fn fitting_list(list: &str, room: usize) -> String {
    if list.chars().count() <= room {
        return list.to_string();
    }
    let mut shown = String::new();
    for item in list.split(", ") {
        let next = if shown.is_empty() {
            item.to_string()
        } else {
            format!("{shown}, {item}")
        };
        if next.chars().count() + 2 > room {
            break;
        }
        shown = next;
    }
    if shown.is_empty() {
        shown
    } else {
        format!("{shown}, …")
    }
}

/// The first thing missing for the first program not yet open.
fn first_unmet(report: &Report) -> Option<String> {
    if let Some(note) = report.years_disagreement() {
        return Some(note);
    }
    report
        .programs
        .iter()
        .filter(|p| p.answer != Answer::Yes)
        .find_map(|p| {
            p.unmet.first().map(|u| {
                crate::t!(
                    "reason-of",
                    program = p.program.short_label(),
                    reason = u.to_string()
                )
            })
        })
}

impl Widget for EligibilityPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height < 3 {
            return;
        }
        let theme = &self.app.state.theme;
        let report = self.app.state.eligibility();
        let pool = match report.in_pool {
            Answer::Yes => text::in_pool(),
            Answer::No => text::not_in_pool(),
            Answer::Unknown => text::pool_not_known(),
        };
        let block = Block::bordered()
            .title(pool)
            .title_style(style(theme, report.in_pool))
            .border_style(theme.border(false));
        let compact = area.height <= 3;
        let mut lines = vec![programs_line(report, theme, compact, false)];
        if compact {
            // One line: the programs, then as much of the categories as
            // fits after them (the programs closer together if that makes
            // them fit), cut between words.
            let inner = usize::from(area.width.saturating_sub(2));
            let categories = short_categories(report);
            let wanted = categories.chars().count() + 2;
            if lines[0].width() + wanted > inner {
                let tight = programs_line(report, theme, true, true);
                if tight.width() + wanted <= inner {
                    lines[0] = tight;
                }
            }
            let room = inner.saturating_sub(lines[0].width() + 2);
            let shown = fitting_list(&categories, room);
            if !shown.is_empty() {
                lines[0].spans.push(Span::raw("  "));
                lines[0].spans.push(Span::raw(shown));
            }
        } else {
            lines.push(Line::raw(categories_line(report)));
            if let Some(unmet) = first_unmet(report) {
                lines.push(Line::styled(unmet, theme.muted()));
            }
        }
        let paragraph = Paragraph::new(lines).block(block);
        if area.height <= 3 {
            paragraph.render(area, buf);
        } else {
            paragraph
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(area, buf);
        }
    }
}
