//! The plan view: the least-effort plans to a target, step by step, and who
//! in a couple should be the principal applicant.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::fit;
use crate::advisor::plan;
use crate::advisor::RoundStanding;
use crate::tui::app::App;
use crate::tui::screens::plan::PlanView;
use crate::tui::text;

pub struct PlanScreen<'a> {
    pub app: &'a App,
    pub view: &'a PlanView,
}

impl Widget for PlanScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let view = self.view;
        let result = &view.advice.in_hand;
        // The chosen plan month by month, where there is room.
        let chart_height = if area.height >= 30 { 6 } else { 0 };
        let [header, body, chart, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(0),
            Constraint::Length(chart_height),
            Constraint::Length(1),
        ])
        .areas(area);
        if let (Some(months), true) = (view.by_month.get(view.selected), chart_height > 0) {
            render_months(months, view.selected + 1, &theme, chart, buf);
        }
        let width = usize::from(area.width);
        let target_text = if !view.typed.is_empty() {
            format!("{}_", view.typed)
        } else if let Some(asked) = &view.advice.chance {
            crate::i18n::percent(f64::from(asked.least) / 1000.0)
        } else if view.typed.is_empty() {
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
            Span::styled(text::plan_target(), theme.total()),
            Span::styled(target_text, theme.selected(true)),
            Span::raw(fit(
                &format!(
                    "{source} · {}",
                    crate::t!(
                        "plan-now",
                        current = result.current,
                        rules = self.app.state.rules().id()
                    )
                ),
                width,
            )),
        ])
        .render(Rect::new(header.x, header.y, header.width, 1), buf);
        Line::styled(
            fit(&format!(" {}", crate::t!("plan-effort-note")), width),
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
            let reasons: Vec<String> = reasons.iter().map(ToString::to_string).collect();
            lines.push(Line::styled(format!(" {heading} {}", reasons.join("; ")), style));
        }
        if let Some(asked) = &view.advice.chance {
            lines.push(Line::raw(format!(" {}", plan::chance_asked(asked))));
        } else if result.current >= result.target && closed.is_none() {
            lines.push(Line::raw(format!(" {}", plan::already_there(result))));
        } else if result.plans.is_empty() && result.reachable_max < result.target {
            lines.push(Line::raw(format!(" {}", plan::out_of_hands(result))));
        }
        if !result.complete {
            lines.push(Line::styled(
                format!(" {}", crate::t!("plan-safety-limit")),
                theme.error(),
            ));
        }
        let mut selected_line = 0;
        for (index, shown) in result.plans.iter().enumerate() {
            let heading = format!(" {}", plan::heading(index + 1, shown, result.current));
            if index == view.selected {
                selected_line = lines.len();
            }
            lines.push(if index == view.selected {
                Line::styled(fit(&heading, width.saturating_sub(2)), theme.selected(true))
            } else {
                Line::styled(heading, theme.heading())
            });
            for step in &shown.steps {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {:>+5}  ", step.points), theme.gain()),
                    Span::raw(plan::step_text(step)),
                ]));
            }
            if shown.on_the_way != 0 {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {:>+5}  ", shown.on_the_way), theme.muted()),
                    Span::raw(crate::t!("plan-on-the-way")),
                ]));
            }
            if let Some(Some(after)) = view.after.get(index) {
                lines.push(Line::styled(format!("   {after}"), theme.total()));
            }
            if let Some(unknown) = plan::not_known(shown, round) {
                lines.push(Line::styled(format!("   {unknown}"), theme.muted()));
            }
        }
        if let Some(nominated) = &view.advice.with_nomination {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                format!(" {}", plan::nomination_heading(nominated)),
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

/// A plan's total month by month, as bars scaled between its lowest and
/// highest month.
fn render_months(
    months: &[u16],
    number: usize,
    theme: &crate::tui::theme::Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let (Some(&low), Some(&high)) = (months.iter().min(), months.iter().max()) else {
        return;
    };
    let floor = low.saturating_sub(5);
    let data: Vec<u64> = months.iter().map(|&total| u64::from(total - floor)).collect();
    let first = months.first().copied().unwrap_or(0);
    let last = months.last().copied().unwrap_or(0);
    ratatui::widgets::Sparkline::default()
        .block(Block::bordered().title(text::plan_by_month(number, first, last, months.len() - 1, high)))
        .data(&data)
        .style(theme.total())
        .render(area, buf);
}
