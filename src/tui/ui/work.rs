//! The work-history screen: the jobs, what they give (experience years and
//! the eligibility panel, live), one job's form and the occupation finder.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::eligibility::EligibilityPanel;
use super::keymap_pairs;
use super::{centered, fit};
use crate::engine::eligibility::{Job, Noc, Place, Reference};
use crate::engine::Date;
use crate::tui::app::App;
use crate::tui::form::yes_no;
use crate::tui::keymap::JOB_COMMANDS;
use crate::tui::screens::work::{JobDraft, JobField, OccupationFinder, WorkScreen};
use crate::tui::text;

pub struct WorkView<'a> {
    pub app: &'a App,
    pub screen: &'a WorkScreen,
}

fn title_of(reference: &Reference, code: Noc) -> String {
    reference
        .occupations
        .get(code)
        .map_or_else(|| crate::t!("not-in-noc-list"), text::occupation_title)
}

/// The categories of the list in force that list an occupation: by id in
/// English (the ids `draws --category` takes, and short), by name in
/// another language, whose readers the English ids would not serve.
fn listing(reference: &Reference, code: Noc, today: Date) -> String {
    let english = crate::i18n::speaks("en");
    reference
        .categories_listing(code, today)
        .iter()
        .map(|rule| {
            if english {
                rule.id.to_string()
            } else {
                text::kind_short(&rule.id)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn job_line(reference: &Reference, job: &Job) -> String {
    let places = [crate::t!("place-canada"), crate::t!("place-abroad")];
    let place_width = places.iter().map(|p| p.chars().count()).max().unwrap_or(0);
    let place = match job.place {
        Place::Canada => &places[0],
        Place::Abroad => &places[1],
    };
    // Padded to the width of a closed span, so that the columns after it
    // line up whether a job has ended or goes on.
    let span_width = crate::t!("job-span", from = job.from, to = job.from)
        .chars()
        .count();
    let span = match job.to {
        Some(to) => crate::t!("job-span", from = job.from, to = to),
        None => crate::t!("job-span-ongoing", from = job.from),
    };
    let mut flags = Vec::new();
    if job.self_employed {
        flags.push(crate::t!("self-employed"));
    }
    if job.while_full_time_student {
        flags.push(crate::t!("while-a-student"));
    }
    let flags = if flags.is_empty() {
        String::new()
    } else {
        format!(" ({})", flags.join(", "))
    };
    format!(
        "{} T{} {:<place_width$} {:<span_width$} {:>3} {}  {}{flags}",
        job.noc,
        job.noc.teer(),
        place,
        span,
        job.hours_per_week,
        crate::t!("hours-a-week-short"),
        title_of(reference, job.noc)
    )
}

impl Widget for WorkView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.state.theme;
        let reference = app.state.reference();
        let [header, list, panel, status, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(3),
            Constraint::Length(8),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let width = usize::from(area.width);
        let profile = &app.state.scenario.profile;
        Line::styled(
            fit(
                &format!(
                    " {}",
                    crate::t!(
                        "work-title",
                        date = app.state.today(),
                        canadian = profile.canadian_experience_years,
                        foreign = profile.foreign_experience_years
                    )
                ),
                width,
            ),
            theme.total(),
        )
        .render(Rect::new(header.x, header.y, header.width, 1), buf);
        let stated = app.state.scenario.background.stated_years;
        if stated.canadian || stated.foreign {
            Line::styled(fit(&text::stated_years_win(), width), theme.muted())
                .render(Rect::new(header.x, header.y + 1, header.width, 1), buf);
        }

        let jobs = app.state.jobs();
        let block = Block::bordered()
            .title(format!(" {} ", crate::t!("jobs-title", count = jobs.len())))
            .border_style(theme.border(self.screen.draft.is_none()));
        let inner = block.inner(list);
        block.render(list, buf);
        if jobs.is_empty() {
            Line::styled(text::no_jobs(), theme.muted()).render(inner, buf);
        }
        let height = usize::from(inner.height).max(1);
        let first = self.screen.selected.saturating_sub(height - 1);
        for (offset, (index, job)) in jobs.iter().enumerate().skip(first).take(height).enumerate() {
            let text = fit(
                &format!(" {}", job_line(reference, job)),
                usize::from(inner.width),
            );
            let line = if index == self.screen.selected {
                Line::styled(text, theme.selected(self.screen.draft.is_none()))
            } else {
                Line::raw(text)
            };
            line.render(Rect::new(inner.x, inner.y + offset as u16, inner.width, 1), buf);
        }
        EligibilityPanel { app }.render(panel, buf);
        if let Some(said) = &app.state.status {
            Line::styled(fit(&format!(" {}", said.text), width), theme.total()).render(status, buf);
        }
        super::top_footer(app, footer, buf);
        if let Some(draft) = &self.screen.draft {
            JobPopup { app, draft }.render(area, buf);
            if let Some(finder) = &draft.finder {
                FinderPopup { app, finder }.render(area, buf);
            }
        }
    }
}

struct JobPopup<'a> {
    app: &'a App,
    draft: &'a JobDraft,
}

impl Widget for JobPopup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let draft = self.draft;
        let reference = self.app.state.reference();
        let mut lines = Vec::new();
        let label_width = JobField::ALL
            .iter()
            .map(|field| field.label().chars().count())
            .max()
            .unwrap_or(0)
            + 1;
        // The popup's width, as `centered` will make it, inside its border.
        let popup_width = usize::from(area.width.min(96).saturating_sub(2));
        for field in JobField::ALL {
            let chosen = draft.field == field;
            let shown = match field {
                JobField::Occupation => match draft.noc {
                    Some(code) => fit(
                        &format!("{code} {}", title_of(reference, code)),
                        popup_width.saturating_sub(label_width + 1),
                    )
                    .trim_end()
                    .to_string(),
                    None => String::new(),
                },
                JobField::Place => match draft.place {
                    Place::Canada => crate::t!("place-in-canada"),
                    Place::Abroad => crate::t!("place-abroad"),
                },
                JobField::From => draft.from.clone(),
                JobField::To if draft.to.is_empty() && !chosen => crate::t!("ongoing"),
                JobField::To => draft.to.clone(),
                JobField::Hours => draft.hours.clone(),
                JobField::SelfEmployed => yes_no(draft.self_employed),
                JobField::Student => yes_no(draft.student),
            };
            let cursor = if chosen && matches!(field, JobField::From | JobField::To | JobField::Hours) {
                "_"
            } else {
                ""
            };
            let label = format!(" {:<label_width$}", field.label());
            let mut spans = vec![
                Span::styled(label, theme.heading()),
                Span::styled(format!("{shown}{cursor}"), theme.selected(chosen)),
            ];
            if let Some(problem) = draft.problem(field) {
                spans.push(Span::styled(format!("  {problem}"), theme.error()));
            } else if field == JobField::To && draft.to.is_empty() && chosen {
                spans.push(Span::styled(text::empty_goes_on(), theme.muted()));
            }
            lines.push(Line::from(spans));
            if field == JobField::Occupation {
                if let Some(code) = draft.noc {
                    let listed = listing(reference, code, self.app.state.today());
                    let text = if listed.is_empty() {
                        crate::t!("job-teer-unlisted", teer = code.teer())
                    } else {
                        crate::t!("job-teer-listed", teer = code.teer(), listed = listed)
                    };
                    let text = fit(&format!("   {text}"), popup_width).trim_end().to_string();
                    lines.push(Line::styled(text, theme.muted()));
                }
            }
        }
        lines.push(Line::raw(""));
        match &draft.refused {
            Some(problem) => lines.push(Line::styled(
                format!(" {}", crate::t!("job-not-saved", problem = problem)),
                theme.error(),
            )),
            None => lines.push(super::keys_line(&keymap_pairs(JOB_COMMANDS), &theme)),
        }
        let title = if draft.editing.is_some() {
            text::change_a_job()
        } else {
            text::add_a_job()
        };
        let popup = centered(area, 96, lines.len() as u16 + 2);
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .block(Block::bordered().title(title))
            .render(popup, buf);
    }
}

struct FinderPopup<'a> {
    app: &'a App,
    finder: &'a OccupationFinder,
}

impl Widget for FinderPopup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let reference = self.app.state.reference();
        let results = self.finder.results(reference);
        let popup = centered(area, 100, area.height.saturating_sub(2));
        Clear.render(popup, buf);
        let block = Block::bordered().title(format!(
            " {} ",
            crate::t!(
                "finder-title",
                version = reference.occupations.version.as_str(),
                found = results.len(),
                all = reference.occupations.all().len()
            )
        ));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let width = usize::from(inner.width);
        Line::from(vec![
            Span::raw(" > "),
            Span::styled(format!("{}_", self.finder.query()), theme.total()),
            Span::styled(text::finder_hint(), theme.muted()),
        ])
        .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        let rows = usize::from(inner.height.saturating_sub(2));
        if results.is_empty() {
            Line::styled(text::no_occupation(), theme.muted())
                .render(Rect::new(inner.x, inner.y + 2, inner.width, 1), buf);
            return;
        }
        let first = self.finder.selected.saturating_sub(rows.saturating_sub(1));
        for (offset, (index, occupation)) in results.iter().enumerate().skip(first).take(rows).enumerate() {
            let listed = listing(reference, occupation.code, self.app.state.today());
            let listed = if listed.is_empty() {
                String::new()
            } else {
                format!("  [{listed}]")
            };
            let text = fit(
                &format!(
                    " {} T{}  {}{listed}",
                    occupation.code,
                    occupation.teer(),
                    text::occupation_title(occupation)
                ),
                width,
            );
            let line = if index == self.finder.selected {
                Line::styled(text, theme.selected(true))
            } else {
                Line::raw(text)
            };
            line.render(
                Rect::new(inner.x, inner.y + 2 + offset as u16, inner.width, 1),
                buf,
            );
        }
    }
}
