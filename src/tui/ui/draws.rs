//! The draws view: cut-offs of the last twelve months by category with the
//! user's total across them, the last six months of rounds, and the pool.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph, Widget};

use super::fit;
use crate::draws::{self, Category, Loaded, Person, Round};
use crate::engine::eligibility::{Answer, Reference};
use crate::engine::Date;
use crate::tui::app::App;
use crate::tui::screens::draws::DrawsView;

pub struct DrawsScreen<'a> {
    pub app: &'a App,
    pub view: &'a DrawsView,
}

const PALETTE: [Color; 8] = [
    Color::Cyan,
    Color::Yellow,
    Color::Magenta,
    Color::Green,
    Color::LightRed,
    Color::LightBlue,
    Color::White,
    Color::LightGreen,
];

impl Widget for DrawsScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.state.theme;
        let total = app.state.breakdown().total;
        let [header, chart_area, table_area, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Percentage(55),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        super::top_footer(app, footer, buf);
        let Some(loaded) = app.state.draws() else {
            Line::raw(" No draw data is loaded.").render(header, buf);
            return;
        };
        render_header(app, loaded, total, header, buf);

        let newest = loaded.feed.newest().date;
        let chart_from = newest.plus_months(-12);
        let x = |date: Date| (date.days_since_unix_epoch() - chart_from.days_since_unix_epoch()) as f64;
        let x_max = x(newest).max(1.0);
        // Nomination rounds sit 600 points higher and would flatten the rest.
        let charted: Vec<&Round> = loaded
            .feed
            .rounds
            .iter()
            .filter(|r| r.date >= chart_from && r.category != Category::ProvincialNominee)
            .collect();
        let mut categories: Vec<Category> = Vec::new();
        for round in &charted {
            if !categories.contains(&round.category) {
                categories.push(round.category.clone());
            }
        }
        let points: Vec<Vec<(f64, f64)>> = categories
            .iter()
            .map(|category| {
                let mut series: Vec<(f64, f64)> = charted
                    .iter()
                    .filter(|r| &r.category == category)
                    .map(|r| (x(r.date), f64::from(r.cutoff)))
                    .collect();
                series.reverse();
                series
            })
            .collect();
        let you = [(0.0, f64::from(total)), (x_max, f64::from(total))];
        let lowest = charted.iter().map(|r| r.cutoff).min().unwrap_or(total).min(total);
        let highest = charted.iter().map(|r| r.cutoff).max().unwrap_or(total).max(total);
        let y_min = f64::from(lowest.saturating_sub(10) / 10 * 10);
        let y_max = f64::from((highest + 19) / 10 * 10);
        let mut datasets: Vec<Dataset> = categories
            .iter()
            .zip(points.iter())
            .enumerate()
            .map(|(index, (category, series))| {
                let style = if theme.color {
                    Style::new().fg(PALETTE[index % PALETTE.len()])
                } else {
                    Style::new()
                };
                Dataset::default()
                    .name(category.label().to_string())
                    .marker(Marker::Braille)
                    .graph_type(GraphType::Line)
                    .style(style)
                    .data(series)
            })
            .collect();
        datasets.push(
            Dataset::default()
                .name(format!("You: {total}"))
                .marker(Marker::Dot)
                .graph_type(GraphType::Line)
                .style(theme.total())
                .data(&you),
        );
        let chart = Chart::new(datasets)
            .block(Block::bordered().title(" Cut-offs, last 12 months (nomination rounds left out: +600) "))
            .x_axis(
                Axis::default()
                    .bounds([0.0, x_max])
                    .labels([chart_from.to_string(), newest.to_string()]),
            )
            .y_axis(
                Axis::default()
                    .bounds([y_min, y_max])
                    .labels([format!("{y_min:.0}"), format!("{y_max:.0}")]),
            )
            .legend_position(Some(ratatui::widgets::LegendPosition::TopLeft))
            .hidden_legend_constraints((Constraint::Percentage(60), Constraint::Percentage(80)));
        chart.render(chart_area, buf);

        render_rounds(app, loaded, total, self.view.scroll, table_area, buf);
    }
}

fn render_header(app: &App, loaded: &Loaded, total: u16, area: Rect, buf: &mut Buffer) {
    let theme = app.state.theme;
    let width = usize::from(area.width);
    Line::styled(
        fit(&format!(" Draws · {}", loaded.describe()), width),
        theme.total(),
    )
    .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let pool = loaded
        .feed
        .latest_distribution()
        .map(|(round, distribution)| draws::pool_position(&round.number, distribution, total));
    let text = match pool {
        Some(pool) => format!(
            " Your {total}: about {} ahead of you in a pool of {} (top {:.1}%, {})",
            draws::thousands(pool.ahead),
            draws::thousands(pool.total),
            pool.top_percent,
            pool.as_on
        ),
        None => format!(" Your {total}: no pool distribution has been published"),
    };
    if area.height > 1 {
        Line::raw(fit(&text, width)).render(Rect::new(area.x, area.y + 1, area.width, 1), buf);
    }
}

fn render_rounds(app: &App, loaded: &Loaded, total: u16, scroll: u16, area: Rect, buf: &mut Buffer) {
    let theme = app.state.theme;
    let since = loaded.feed.newest().date.plus_months(-6);
    let person = Person::assessed(
        app.state.scenario.situation(),
        Reference::active(),
        app.state.eligibility(),
    );
    let lines: Vec<Line> = loaded
        .feed
        .rounds
        .iter()
        .filter(|r| r.date >= since)
        .map(|round| {
            // Reachable only when the person can be in the round at all.
            let answer = person.entry_to(round).answer;
            let reached = answer == Answer::Yes && total >= round.cutoff;
            let mark = match answer {
                Answer::Yes if reached => "✓",
                Answer::Yes => " ",
                Answer::No => "✗",
                Answer::Unknown => "?",
            };
            let style = if reached { theme.gain() } else { Style::new() };
            Line::from(vec![
                Span::raw(format!(
                    " {}  {:>4}  {:<22} {:>6}  ",
                    round.date,
                    round.number,
                    fit(round.category.label(), 22),
                    draws::thousands(round.size)
                )),
                Span::styled(format!("{:>4} {mark}", round.cutoff), style),
            ])
        })
        .collect();
    Paragraph::new(lines)
        .scroll((scroll, 0))
        .block(Block::bordered().title(format!(
            " Rounds of the last six months (✓ {total} reaches it, ✗ not eligible, ? not known) "
        )))
        .render(area, buf);
}
