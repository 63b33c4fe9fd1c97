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
use crate::engine::eligibility::Answer;
use crate::engine::Date;
use crate::tui::app::App;
use crate::tui::screens::draws::DrawsView;
use crate::tui::text;

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
        // What an update came to shows here, above the keys.
        let status_height = u16::from(app.state.status.is_some());
        let [header, chart_area, table_area, status, footer] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Percentage(55),
            Constraint::Min(3),
            Constraint::Length(status_height),
            Constraint::Length(1),
        ])
        .areas(area);
        super::bars::StatusLine { app }.render(status, buf);
        super::top_footer(app, footer, buf);
        let Some(loaded) = app.state.draws() else {
            Line::raw(text::no_draws()).render(header, buf);
            return;
        };
        render_header(app, loaded, total, header, buf);

        let chosen = self.view.chosen(&app.state);
        // The twelve months before the planner's day, the window the
        // outlook counts rounds in too (data that stops early shows as an
        // empty end); a chosen category's up to its latest round (some have
        // had none for years).
        let newest = match &chosen {
            Some((_, _, latest)) => *latest,
            None => app.state.today().max(loaded.feed.newest().date),
        };
        let chart_from = newest.plus_months(-12);
        let shows = |category: &Category| chosen.as_ref().is_none_or(|(c, _, _)| c == category);
        let x = |date: Date| (date.days_since_unix_epoch() - chart_from.days_since_unix_epoch()) as f64;
        let x_max = x(newest).max(1.0);
        // Nomination rounds sit 600 points higher and would flatten the rest,
        // unless they are the ones chosen.
        let charted: Vec<&Round> = loaded
            .feed
            .rounds
            .iter()
            .filter(|r| r.date >= chart_from && r.date <= newest && shows(&r.category))
            .filter(|r| chosen.is_some() || r.category != Category::ProvincialNominee)
            .collect();
        let mut categories: Vec<Category> = Vec::new();
        for round in &charted {
            if !categories.contains(&round.category) {
                categories.push(round.category.clone());
            }
        }
        // Without colour only the marks tell the kinds apart, and there are
        // four: the four kinds with the most rounds are drawn, the legend
        // says how many more there are (←/→ charts any one of them).
        let mut not_drawn = 0;
        if !theme.color && categories.len() > DISTINCT_MARKS {
            let count = |category: &Category| charted.iter().filter(|r| &r.category == category).count();
            let mut by_rounds = categories.clone();
            by_rounds.sort_by_key(|category| std::cmp::Reverse(count(category)));
            by_rounds.truncate(DISTINCT_MARKS);
            not_drawn = categories.len() - DISTINCT_MARKS;
            categories.retain(|category| by_rounds.contains(category));
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
        // Without colour, each category has its own mark (and the legend
        // shows it); with colour, its own colour.
        let mark = |index: usize| series_mark(index, theme.color);
        let style_of = |index: usize| {
            if theme.color {
                Style::new().fg(PALETTE[index % PALETTE.len()])
            } else {
                Style::new()
            }
        };
        let mut datasets: Vec<Dataset> = points
            .iter()
            .enumerate()
            .map(|(index, series)| {
                Dataset::default()
                    .marker(mark(index).0)
                    .graph_type(if theme.color {
                        GraphType::Line
                    } else {
                        GraphType::Scatter
                    })
                    .style(style_of(index))
                    .data(series)
            })
            .collect();
        // Your score: a thin line, unlike any category's mark.
        datasets.push(
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(theme.total())
                .data(&you),
        );
        let title = match &chosen {
            None => text::every_category_chart(chart_from, newest),
            Some((category, cutoff, date)) => {
                let age = app.state.today().full_years_since(*date);
                format!(
                    " {} ",
                    crate::t!(
                        "chart-latest-cutoff",
                        category = category.label(),
                        cutoff = cutoff,
                        date = *date,
                        years = age
                    )
                )
            }
        };
        // The legend names every line of the chart, each entry whole: on
        // up to three lines.
        let width = usize::from(chart_area.width);
        let mut legend: Vec<Line> = vec![Line::from(Span::styled(
            format!(" ⠒⠒ {}  ", crate::t!("chart-you", total = total)),
            theme.total(),
        ))];
        for (index, category) in categories.iter().enumerate() {
            let entry = format!("{} {}  ", mark(index).1, category.label());
            let last = legend.len() - 1;
            if legend[last].width() + entry.chars().count() > width + 2 && legend[last].width() > 1 {
                legend.push(Line::from(Span::raw(" ")));
            }
            let last = legend.len() - 1;
            legend[last].spans.push(Span::styled(entry, style_of(index)));
        }
        if not_drawn > 0 {
            let entry = crate::t!("chart-not-drawn", count = not_drawn);
            let last = legend.len() - 1;
            if legend[last].width() + entry.chars().count() > width + 2 {
                legend.push(Line::from(Span::raw(" ")));
            }
            let last = legend.len() - 1;
            legend[last].spans.push(Span::styled(entry, theme.muted()));
        }
        let rows = legend.len().min(3) as u16;
        legend.truncate(usize::from(rows));
        let [legend_area, chart_area] =
            Layout::vertical([Constraint::Length(rows), Constraint::Min(0)]).areas(chart_area);
        Paragraph::new(legend).render(legend_area, buf);
        let step = (y_max - y_min) / 4.0;
        let y_labels: Vec<String> = (0..=4)
            .map(|i| format!("{:.0}", y_min + step * f64::from(i)))
            .collect();
        let chart = Chart::new(datasets)
            .block(Block::bordered().title(title))
            .x_axis(Axis::default().bounds([0.0, x_max]).labels([
                chart_from.to_string(),
                chart_from.plus_months(6).to_string(),
                newest.to_string(),
            ]))
            .y_axis(Axis::default().bounds([y_min, y_max]).labels(y_labels))
            .legend_position(None);
        chart.render(chart_area, buf);

        render_rounds(app, loaded, total, self.view, table_area, buf);
    }
}

/// How many kinds of round have marks of their own without colour.
const DISTINCT_MARKS: usize = 4;

/// A category's mark in the chart and the legend when there is no colour.
fn series_mark(index: usize, color: bool) -> (Marker, &'static str) {
    const MARKS: [(Marker, &str); DISTINCT_MARKS] = [
        (Marker::Block, "█"),
        (Marker::Dot, "•"),
        (Marker::Bar, "▄"),
        (Marker::HalfBlock, "▀"),
    ];
    if color {
        (Marker::Braille, "━━")
    } else {
        MARKS[index % MARKS.len()]
    }
}

fn render_header(app: &App, loaded: &Loaded, total: u16, area: Rect, buf: &mut Buffer) {
    let theme = app.state.theme;
    let width = usize::from(area.width);
    Line::styled(
        fit(
            &format!(" {} · {}", crate::t!("help-draws"), loaded.describe()),
            width,
        ),
        theme.total(),
    )
    .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let pool = loaded
        .feed
        .latest_distribution()
        .map(|(round, distribution)| draws::pool_position(&round.number, distribution, total));
    let text = match pool {
        Some(pool) => format!(
            " {}",
            crate::t!(
                "pool-position",
                total = total,
                ahead = pool.ahead,
                pool = pool.total,
                percent = crate::i18n::Arg::Decimal(100.0 - pool.top_percent, 1),
                date = pool.as_on
            )
        ),
        None => format!(" {}", crate::t!("pool-position-none", total = total)),
    };
    if area.height > 1 {
        Line::raw(fit(&text, width)).render(Rect::new(area.x, area.y + 1, area.width, 1), buf);
    }
    // The chance within six months by kind of round, as the planner sees it.
    if let (Some(outlook), true) = (app.state.outlook(), area.height > 2) {
        Line::styled(fit(&text::outlook_by_kind(outlook), width), theme.total())
            .render(Rect::new(area.x, area.y + 2, area.width, 1), buf);
    }
}

fn render_rounds(app: &App, loaded: &Loaded, total: u16, view: &DrawsView, area: Rect, buf: &mut Buffer) {
    let theme = app.state.theme;
    let since = loaded.feed.newest().date.plus_months(-6);
    let chosen = view.chosen(&app.state).map(|(category, _, _)| category);
    // Every category: the last six months. One category: its rounds, however old.
    let recent = |round: &Round| match &chosen {
        None => round.date >= since,
        Some(category) => *category == round.category,
    };
    let person = Person::assessed(
        app.state.scenario.situation(),
        app.state.reference(),
        app.state.eligibility(),
    );
    let mut lines: Vec<Line> = vec![Line::styled(
        format!(
            " {:<10}  {:>5}  {:<22} {:>6}  {:>7}",
            crate::t!("column-date"),
            crate::t!("column-round"),
            crate::t!("column-category"),
            crate::t!("column-size"),
            crate::t!("column-cutoff")
        ),
        theme.heading(),
    )];
    lines.extend(
        loaded
            .feed
            .rounds
            .iter()
            .filter(|r| recent(r))
            .skip(usize::from(view.scroll))
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
                        " {}  {:>5}  {:<22} {:>6}  ",
                        round.date,
                        round.number,
                        fit(&round.category.label(), 22),
                        crate::i18n::number(round.size)
                    )),
                    Span::styled(format!("{:>7} {mark}", round.cutoff), style),
                ])
            }),
    );
    Paragraph::new(lines)
        .block(Block::bordered().title(match &chosen {
            None => format!(" {} ", crate::t!("rounds-six-months", total = total)),
            Some(category) => format!(
                " {} ",
                crate::t!("rounds-of-category", category = category.label(), total = total)
            ),
        }))
        .render(area, buf);
}
