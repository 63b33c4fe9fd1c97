//! The timeline view: the score month by month for three years, and the
//! days it moves.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};

use crate::advisor::Timeline;
use crate::tui::app::App;
use crate::tui::text;

pub struct TimelineScreen<'a> {
    pub app: &'a App,
    pub timeline: &'a Timeline,
    /// How far the list of days is scrolled.
    pub scroll: u16,
}

impl Widget for TimelineScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.state.theme;
        let timeline = self.timeline;
        let [header, chart_area, list_area, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Percentage(50),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let first = timeline.months.first().map_or(0, |m| m.total);
        let last = timeline.months.last().map_or(0, |m| m.total);
        let title = format!(
            " {}",
            crate::t!(
                "timeline-title",
                from = &timeline.from,
                first = first,
                last = last,
                months = timeline.months.len().saturating_sub(1)
            )
        );
        Line::styled(super::fit(&title, usize::from(header.width)), theme.total()).render(header, buf);
        let points: Vec<(f64, f64)> = timeline
            .months
            .iter()
            .enumerate()
            .map(|(index, month)| (index as f64, f64::from(month.total)))
            .collect();
        let low = timeline.months.iter().map(|m| m.total).min().unwrap_or(0);
        let high = timeline.months.iter().map(|m| m.total).max().unwrap_or(0);
        let y_min = f64::from(low.saturating_sub(20) / 10 * 10);
        let y_max = f64::from((high + 29) / 10 * 10);
        let x_max = (timeline.months.len().max(2) - 1) as f64;
        let first_date = timeline.months.first().map_or(String::new(), |m| m.date.clone());
        let last_date = timeline.months.last().map_or(String::new(), |m| m.date.clone());
        Chart::new(vec![Dataset::default()
            .name(crate::t!("crs-total"))
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.gauge())
            .data(&points)])
        .block(Block::bordered().title(text::score_by_month()))
        .x_axis(
            Axis::default()
                .bounds([0.0, x_max])
                .labels([first_date, last_date]),
        )
        .y_axis(
            Axis::default()
                .bounds([y_min, y_max])
                .labels([format!("{y_min:.0}"), format!("{y_max:.0}")]),
        )
        .render(chart_area, buf);
        let mut lines: Vec<Line> = timeline
            .key_dates
            .iter()
            .map(|key| {
                let style = if key.change > 0 {
                    theme.gain()
                } else {
                    theme.loss()
                };
                Line::styled(format!(" {}  (total {})", key.describe(), key.total), style)
            })
            .collect();
        if lines.is_empty() {
            lines.push(Line::raw(text::no_key_dates()));
        }
        // Deadlines first: they are what to act on.
        let mut deadlines: Vec<Line> = Vec::new();
        if !timeline.deadlines.is_empty() {
            deadlines.push(Line::styled(text::deadlines(), theme.heading()));
        }
        for deadline in &timeline.deadlines {
            let style = if deadline.soon {
                theme.error()
            } else {
                ratatui::style::Style::new()
            };
            deadlines.push(Line::styled(format!(" {}", deadline.describe()), style));
        }
        lines.splice(0..0, deadlines);
        for note in &timeline.notes {
            lines.push(Line::styled(format!(" {note}"), theme.muted()));
        }
        Paragraph::new(lines)
            .scroll((self.scroll, 0))
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(text::key_dates()))
            .render(list_area, buf);
        super::top_footer(self.app, footer, buf);
    }
}
