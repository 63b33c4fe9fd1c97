//! Two scenarios side by side: the fields that differ first, then every
//! factor with both scores and the difference.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::fit;
use crate::engine::{Date, Section};
use crate::scenario::Scenario;
use crate::tui::app::App;
use crate::tui::form::{self, FieldId};
use crate::tui::screens::compare::CompareView;
use crate::tui::text;

pub struct CompareScreen<'a> {
    pub app: &'a App,
    pub view: &'a CompareView,
}

/// The fields of the form whose values differ, as the form shows them
/// (test and level, not the file's raw numbers), in the form's order.
fn differing_fields(
    a: &Scenario,
    b: &Scenario,
    today: Date,
    reference: &crate::engine::eligibility::Reference,
) -> Vec<(String, String, String)> {
    // Each row named with its group ("First language · Listening").
    let named = |scenario: &Scenario| {
        let mut heading = "";
        form::every_row(scenario)
            .into_iter()
            .map(|row| {
                heading = row.heading.unwrap_or(heading);
                (
                    row.id,
                    format!(
                        "{} · {}",
                        crate::i18n::message(heading, &[]),
                        text::field_label(row.id).trim()
                    ),
                )
            })
            .collect::<Vec<(FieldId, String)>>()
    };
    let mut rows = named(a);
    for (id, name) in named(b) {
        if !rows.iter().any(|(known, _)| *known == id) {
            rows.push((id, name));
        }
    }
    let shown = |scenario: &Scenario, id: FieldId| {
        let value = form::value(scenario, id, today);
        match form::level_note(&scenario.profile, id) {
            _ if value.is_empty() => crate::t!("none"),
            Some(note) => format!("{value} ({note})"),
            None => value,
        }
    };
    let mut differing: Vec<(String, String, String)> = rows
        .into_iter()
        .filter_map(|(id, name)| {
            let (left, right) = (shown(a, id), shown(b, id));
            (left != right).then_some((name, left, right))
        })
        .collect();
    // Each job that differs, as the work history lists it.
    let jobs = |scenario: &Scenario| scenario.background.work.clone().unwrap_or_default();
    let (left, right) = (jobs(a), jobs(b));
    for index in 0..left.len().max(right.len()) {
        let name = crate::t!("compare-job", number = index + 1);
        match (left.get(index), right.get(index)) {
            (Some(x), Some(y)) if x != y => {
                // Only what changed in the job, so both sides fit a line.
                let (mut was, mut now) = (Vec::new(), Vec::new());
                let mut differ = |what: String, a: String, b: String| {
                    if a != b {
                        was.push(format!("{what} {a}"));
                        now.push(format!("{what} {b}"));
                    }
                };
                let to = |job: &crate::engine::eligibility::Job| {
                    job.to.map_or_else(|| crate::t!("none"), |d| d.to_string())
                };
                differ("NOC".to_string(), x.noc.to_string(), y.noc.to_string());
                differ(crate::t!("job-from"), x.from.to_string(), y.from.to_string());
                differ(crate::t!("job-to"), to(x), to(y));
                differ(
                    crate::t!("job-hours"),
                    x.hours_per_week.to_string(),
                    y.hours_per_week.to_string(),
                );
                let place = |job: &crate::engine::eligibility::Job| match job.place {
                    crate::engine::eligibility::Place::Canada => crate::t!("place-canada"),
                    crate::engine::eligibility::Place::Abroad => crate::t!("place-abroad"),
                };
                differ(crate::t!("job-place"), place(x), place(y));
                let yes_no = |value: bool| if value { crate::t!("yes") } else { crate::t!("no") };
                differ(
                    crate::t!("job-self-employed"),
                    yes_no(x.self_employed),
                    yes_no(y.self_employed),
                );
                differ(
                    crate::t!("job-student"),
                    yes_no(x.while_full_time_student),
                    yes_no(y.while_full_time_student),
                );
                differing.push((format!("{name} ({})", x.noc), was.join(", "), now.join(", ")));
            }
            (Some(_), Some(_)) => {}
            (x, y) => {
                let line = |job: Option<&crate::engine::eligibility::Job>| {
                    job.map_or_else(|| crate::t!("none"), |job| super::work::job_line(reference, job))
                };
                differing.push((name, line(x), line(y)));
            }
        }
    }
    differing
}

fn signed(value: i32) -> String {
    if value > 0 {
        format!("+{value}")
    } else {
        value.to_string()
    }
}

impl Widget for CompareScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let view = self.view;
        let comparison = &view.comparison;
        let [header, body, footer] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)]).areas(area);
        Line::styled(
            fit(
                &format!(
                    " {}",
                    crate::t!(
                        "compare-title",
                        a = view.a.0.as_str(),
                        b = view.b.0.as_str(),
                        rules = comparison.rules.as_str()
                    )
                ),
                usize::from(header.width),
            ),
            theme.total(),
        )
        .render(header, buf);

        let width = usize::from(body.width.saturating_sub(2));
        let name_width = width.saturating_sub(22).min(40);
        let column = |text: String| format!("{text:>6}");
        let diff_style = |difference: i32| {
            if difference > 0 {
                theme.gain()
            } else if difference < 0 {
                theme.loss()
            } else {
                Style::new()
            }
        };
        let mut lines: Vec<Line> = Vec::new();
        lines.push(Line::from(vec![
            Span::styled(fit(&text::total_row(), name_width + 1), theme.total()),
            Span::styled(column(comparison.a_total.to_string()), theme.total()),
            Span::styled(column(comparison.b_total.to_string()), theme.total()),
            Span::styled(
                column(signed(comparison.difference)),
                diff_style(comparison.difference),
            ),
        ]));
        lines.push(Line::raw(""));
        lines.push(Line::styled(text::fields_that_differ(), theme.heading()));
        let differing = differing_fields(
            &view.a.1,
            &view.b.1,
            self.app.state.today(),
            self.app.state.reference(),
        );
        if differing.is_empty() {
            lines.push(Line::styled(
                format!(" {}", crate::t!("profiles-same")),
                theme.muted(),
            ));
        }
        for (name, a, b) in differing {
            lines.push(Line::raw(fit(
                &format!(" {}", crate::t!("field-change", field = name, from = a, to = b)),
                width,
            )));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!(
                " {}{}{}{}",
                fit(&crate::t!("factor"), name_width),
                column("A".into()),
                column("B".into()),
                column("B-A".into())
            ),
            theme.heading(),
        ));
        let mut current_section = "";
        for factor in &comparison.factors {
            if factor.section != current_section {
                current_section = factor.section;
                if let Some(section) = comparison.sections.iter().find(|s| s.section == factor.section) {
                    lines.push(Line::from(vec![
                        Span::styled(
                            fit(&format!(" {}", section_name(section.section)), name_width + 1),
                            theme.total(),
                        ),
                        Span::raw(column(section.a.to_string())),
                        Span::raw(column(section.b.to_string())),
                        Span::styled(column(signed(section.difference)), diff_style(section.difference)),
                    ]));
                }
            }
            if factor.a == 0 && factor.b == 0 {
                continue;
            }
            let style = if factor.difference != 0 {
                theme.total()
            } else {
                Style::new()
            };
            lines.push(Line::from(vec![
                Span::styled(
                    fit(&format!("   {}", factor.which.label()), name_width + 1),
                    style,
                ),
                Span::raw(column(factor.a.to_string())),
                Span::raw(column(factor.b.to_string())),
                Span::styled(column(signed(factor.difference)), diff_style(factor.difference)),
            ]));
        }
        Paragraph::new(lines)
            .scroll((view.scroll, 0))
            .block(Block::bordered().border_style(theme.border(true)))
            .render(body, buf);
        super::top_footer(self.app, footer, buf);
    }
}

/// A section's name ("A. Core / human capital") from its key.
fn section_name(key: &str) -> String {
    Section::ALL
        .into_iter()
        .find(|section| section.key() == key)
        .map_or_else(|| key.to_uppercase(), Section::label)
}
