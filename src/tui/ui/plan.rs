//! The plan view: the least-effort plans to a target, step by step, and who
//! in a couple should be the principal applicant.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::fit;
use crate::advisor::RoundStanding;
use crate::tui::app::App;
use crate::tui::screens::plan::PlanView;

pub struct PlanScreen<'a> {
    pub app: &'a App,
    pub view: &'a PlanView,
}

impl Widget for PlanScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let view = self.view;
        let result = &view.advice.in_hand;
        let [header, body, footer] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(1)]).areas(area);
        let width = usize::from(area.width);
        let target_text = if view.typed.is_empty() {
            view.target.to_string()
        } else {
            format!("{}_", view.typed)
        };
        let source = view
            .source
            .as_deref()
            .map(|s| format!(" · {s}"))
            .unwrap_or_default();
        Line::from(vec![
            Span::styled(" Plan · target ", theme.total()),
            Span::styled(target_text, theme.selected(true)),
            Span::raw(fit(
                &format!(
                    "{source} · now {} · rules {}",
                    result.current,
                    self.app.state.rules().id()
                ),
                width,
            )),
        ])
        .render(Rect::new(header.x, header.y, header.width, 1), buf);
        Line::styled(
            " Effort = months x difficulty (1-5) of each step, from rules/effort.json (your copy in the config folder wins)",
            theme.muted(),
        )
        .render(Rect::new(header.x, header.y + 1, header.width, 1), buf);

        let mut lines: Vec<Line> = Vec::new();
        let round = view.advice.round.as_ref();
        let closed = round.filter(|r| r.now == Some(false));
        let style = if closed.is_some() {
            theme.error()
        } else {
            theme.muted()
        };
        for (heading, reasons) in round.map(RoundStanding::said).unwrap_or_default() {
            lines.push(Line::styled(format!(" {heading} {}", reasons.join("; ")), style));
        }
        if result.current >= result.target && closed.is_none() {
            lines.push(Line::raw(format!(
                " Already there: {} is at or above {}.",
                result.current, result.target
            )));
        } else if result.plans.is_empty() && result.reachable_max < result.target {
            lines.push(Line::raw(format!(
                " Out of your hands: every move you can make together reaches {}, short of {}.",
                result.reachable_max, result.target
            )));
        }
        if !result.complete {
            lines.push(Line::styled(
                " The search stopped at its safety limit: the best plans found, not proven the cheapest.",
                theme.error(),
            ));
        }
        for (index, plan) in result.plans.iter().enumerate() {
            let heading = format!(
                " Plan {} · effort {} · about {} months · reaches {} (+{}){}",
                index + 1,
                plan.effort,
                plan.months,
                plan.total,
                plan.total.saturating_sub(result.current),
                if plan.pareto {
                    " · best for its effort"
                } else {
                    ""
                }
            );
            lines.push(if index == view.selected {
                Line::styled(fit(&heading, width.saturating_sub(2)), theme.selected(true))
            } else {
                Line::styled(heading, theme.heading())
            });
            for step in &plan.steps {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {:>+5}  ", step.points), theme.gain()),
                    Span::raw(format!(
                        "{}  (effort {}, {} months)",
                        step.label, step.effort, step.months
                    )),
                ]));
            }
            let said = round.is_some_and(|r| r.now.is_none() && r.unmet_now == plan.not_known);
            if !plan.not_known.is_empty() && !said {
                lines.push(Line::styled(
                    format!("   Then still not known: {}", plan.not_known.join("; ")),
                    theme.muted(),
                ));
            }
        }
        if let Some(plan) = &view.advice.with_nomination {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                format!(
                    " With a provincial nomination (not in your hands alone): effort {}, reaches {}",
                    plan.effort, plan.total
                ),
                theme.muted(),
            ));
        }
        if !view.household.is_empty() {
            lines.push(Line::raw(""));
            for said in &view.household {
                lines.push(Line::styled(format!(" {said}"), theme.total()));
            }
        }
        // Keep the chosen plan in view.
        let selected_line = lines
            .iter()
            .position(|line| {
                line.spans
                    .first()
                    .is_some_and(|s| s.content.starts_with(&format!(" Plan {} ", view.selected + 1)))
            })
            .unwrap_or(0);
        let height = usize::from(body.height.saturating_sub(2));
        let scroll = (selected_line + 4).saturating_sub(height) as u16;
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(Block::bordered().border_style(theme.border(true)))
            .render(body, buf);
        super::top_footer(self.app, footer, buf);
    }
}
