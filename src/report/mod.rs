//! A report of a scenario to share with a spouse or a consultant, worded
//! in the reader's language: the score with every row, what each test
//! converted to, eligibility with its reasons, the gains, the plans nothing
//! beats, the score month by month with its deadlines, the chance of an
//! invitation, and how the figures were made. Rendered as one self-contained
//! HTML page (inline style and SVG, no script, nothing fetched) or as
//! Markdown. Pure: the caller reads the files and writes the result.

use std::fmt::Write as _;
use std::path::Path;

use crate::advisor::effort::EffortTable;
use crate::advisor::{self, outlook};
use crate::draws::{self, Feed};
use crate::engine::dated::profile_on;
use crate::engine::eligibility::{Answer, ReferenceSource};
use crate::engine::{Date, Factor, LanguageTables, RuleBook, Section, SelectError, Zone};
use crate::scenario::Scenario;

/// What a report is made from.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    /// The scenario as loaded (its facts as of `today`).
    pub scenario: &'a Scenario,
    /// The file it came from, as the person named it.
    pub file: &'a Path,
    pub book: &'a RuleBook,
    pub reference: ReferenceSource<'a>,
    pub today: Date,
    /// The day reported on (`--as-of`, else today).
    pub date: Date,
    pub effort: &'a EffortTable,
    pub feed: &'a Feed,
}

/// How many months the timeline shows.
const TIMELINE_MONTHS: u16 = 24;
/// How many gains are listed.
const GAINS_SHOWN: usize = 10;

/// A table: its header, rows, and which columns hold numbers (aligned right).
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub numeric: Vec<bool>,
}

pub struct Part {
    pub heading: String,
    pub lines: Vec<String>,
    pub tables: Vec<(Option<String>, Table)>,
    pub notes: Vec<String>,
}

/// The score month by month, and the cut-offs to read it against.
pub struct Chart {
    pub title: String,
    /// What the chart says, in words, for those who cannot see it.
    pub summary: String,
    pub points: Vec<(Date, u16)>,
    pub lines: Vec<(String, u16)>,
}

pub struct Document {
    pub language: String,
    pub title: String,
    pub subtitle: Vec<String>,
    pub parts: Vec<Part>,
    pub chart: Option<(usize, Chart)>,
    pub footer: Vec<String>,
}

fn answer(answer: Answer) -> String {
    crate::worded::answer_word(answer)
}

/// Everything the report says, worded in the language in use.
pub fn gather(inputs: &Inputs) -> Result<Document, SelectError> {
    let Inputs {
        scenario,
        file,
        book,
        reference,
        today,
        date,
        effort,
        feed,
    } = *inputs;
    let rules = book.in_force_on(date)?;
    let settled = scenario.clone().settled(date, reference);
    let tables = LanguageTables::official();
    let dated = profile_on(&settled.situation(), reference.get(), today, date, tables);
    let profile = dated.profile;
    let breakdown = rules.score(&profile);
    let name = scenario.name.clone().unwrap_or_else(|| {
        file.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    });
    let newest = feed.newest();
    let mut parts = Vec::new();

    // The score, row by row.
    let zone = Zone::of(breakdown.total);
    let mut rows = Vec::new();
    for section in Section::ALL {
        rows.push(vec![
            format!("**{}**", section.label()),
            String::new(),
            breakdown.section(section).to_string(),
            breakdown.section_max(section).to_string(),
        ]);
        for row in breakdown.rows_in(section) {
            let hidden = row.points == 0 && (row.max == 0 || matches!(row.factor, Factor::SectionCap(_)));
            if hidden {
                continue;
            }
            rows.push(vec![
                crate::worded::row_label(row.factor, rules),
                crate::worded::detail(row.factor, &profile, rules),
                row.points.to_string(),
                row.max.to_string(),
            ]);
        }
    }
    let mut languages: Vec<String> = [
        Some(&profile.first_language),
        profile.second_language.as_ref(),
        profile
            .spouse
            .as_ref()
            .and_then(|spouse| spouse.language.as_ref()),
    ]
    .into_iter()
    .flatten()
    .map(crate::worded::language_line)
    .collect();
    languages.extend(dated.notes.iter().map(ToString::to_string));
    parts.push(Part {
        heading: crate::t!("report-score"),
        lines: vec![
            crate::t!(
                "report-total",
                total = breakdown.total,
                max = rules.max_total().to_string(),
                zone = zone.range_words(),
                advice = zone.advice_words()
            ),
            crate::t!(
                "rule-set-scored",
                id = rules.id(),
                title = crate::i18n::words::rule_set_title(rules.id(), rules.title()),
                household = if breakdown.with_spouse {
                    crate::t!("household-with-spouse")
                } else {
                    crate::t!("household-single")
                }
            ),
        ],
        tables: vec![(
            None,
            Table {
                header: vec![
                    crate::t!("report-column-row"),
                    crate::t!("report-column-on"),
                    crate::t!("report-column-points"),
                    crate::t!("report-column-max"),
                ],
                rows,
                numeric: vec![false, false, true, true],
            },
        )],
        notes: languages,
    });

    // Eligibility: programs and category lists, with reasons.
    let eligibility = crate::engine::eligibility::assess(&settled.situation(), reference.get(), date);
    let programs = eligibility
        .programs
        .iter()
        .map(|program| {
            let mut why: Vec<String> = program.unmet.iter().map(ToString::to_string).collect();
            if let Some(grid) = &program.grid {
                why.insert(
                    0,
                    crate::t!(
                        "report-grid",
                        total = grid.total,
                        pass = grid.pass_mark,
                        rows = grid.factors()
                    ),
                );
            }
            vec![program.program.label(), answer(program.answer), why.join("; ")]
        })
        .collect();
    let mut eligibility_tables = vec![(
        Some(crate::t!("programs")),
        Table {
            header: vec![
                crate::t!("report-column-program"),
                crate::t!("report-column-answer"),
                crate::t!("report-column-why"),
            ],
            rows: programs,
            numeric: vec![false, false, false],
        },
    )];
    let mut eligibility_lines = Vec::new();
    match &eligibility.categories {
        None => eligibility_lines.push(crate::t!("no-categories-yet")),
        Some(categories) => eligibility_tables.push((
            Some(crate::t!(
                "categories-in-force",
                version = categories.version.as_str(),
                date = categories.in_force_from
            )),
            Table {
                header: vec![
                    crate::t!("report-column-category"),
                    crate::t!("report-column-answer"),
                    crate::t!("report-column-why"),
                ],
                rows: categories
                    .categories
                    .iter()
                    .map(|category| {
                        vec![
                            draws::category::label_of(&category.id),
                            answer(category.answer),
                            category
                                .unmet
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("; "),
                        ]
                    })
                    .collect(),
                numeric: vec![false, false, false],
            },
        )),
    }
    parts.push(Part {
        heading: crate::t!("report-eligibility"),
        lines: eligibility_lines,
        tables: eligibility_tables,
        notes: Vec::new(),
    });

    // The gains: what each change alone adds, cheapest way first.
    let mut gains = advisor::gains::gains(&profile, rules, tables);
    advisor::gains::price(
        &mut gains,
        &profile,
        effort,
        advisor::gains::GainsOrder::default(),
    );
    parts.push(Part {
        heading: crate::t!("report-gains"),
        lines: vec![crate::t!("report-gains-intro")],
        tables: vec![(
            None,
            Table {
                header: vec![
                    crate::t!("report-column-change"),
                    crate::t!("report-column-points"),
                    crate::t!("report-column-effort"),
                    crate::t!("report-column-months"),
                ],
                rows: gains
                    .iter()
                    .take(GAINS_SHOWN)
                    .map(|gain| {
                        let (effort, months) = gain
                            .effort
                            .map_or((String::from("-"), String::from("-")), |(e, m)| {
                                (e.to_string(), m.to_string())
                            });
                        vec![
                            gain.label.to_string(),
                            format!("+{}", gain.points),
                            effort,
                            months,
                        ]
                    })
                    .collect(),
                numeric: vec![false, true, true, true],
            },
        )],
        notes: Vec::new(),
    });

    // The score month by month, with the cut-offs of the rounds the person
    // could be in, and the days not to miss.
    let mut timeline = advisor::project(
        &settled.situation(),
        reference.get(),
        book,
        today,
        date,
        TIMELINE_MONTHS,
        tables,
    );
    let past = outlook::past_rounds(feed);
    let (asker, _) =
        outlook::Asker::from_report(breakdown.total, &eligibility, profile.provincial_nomination);
    let horizons = [3u16, 6, 12];
    let forecast = outlook::forecast(&past, &asker, date, &horizons, &outlook::Model::shipped());
    advisor::timeline::mark_wait(&mut timeline.deadlines, date, forecast.expected_wait_months);
    let person = draws::Person::new(settled.situation(), reference.get(), date);
    let standings = draws::standings(feed, breakdown.total, None, 6, Some(&person));
    let open: Vec<(String, u16)> = standings
        .iter()
        .filter(|standing| standing.entry.as_ref().and_then(|entry| entry.eligible) == Some(true))
        .map(|standing| (standing.label.clone(), standing.latest_cutoff))
        .collect();
    let points: Vec<(Date, u16)> = timeline
        .months
        .iter()
        .filter_map(|point| Some((point.date.parse().ok()?, point.total)))
        .collect();
    let lowest = points.iter().map(|p| p.1).min().unwrap_or(0);
    let highest = points.iter().map(|p| p.1).max().unwrap_or(0);
    let chart = Chart {
        title: crate::t!("report-chart-title", months = TIMELINE_MONTHS),
        summary: crate::t!(
            "report-chart-summary",
            from = date,
            now = breakdown.total,
            lowest = lowest,
            highest = highest,
            months = TIMELINE_MONTHS
        ),
        points,
        lines: open,
    };
    let mut timeline_tables = vec![(
        Some(crate::t!("report-key-dates")),
        Table {
            header: vec![
                crate::t!("report-column-date"),
                crate::t!("report-column-change-points"),
                crate::t!("report-column-total"),
                crate::t!("report-column-why"),
            ],
            rows: timeline
                .key_dates
                .iter()
                .map(|key| {
                    vec![
                        key.date.clone(),
                        if key.change > 0 {
                            format!("+{}", key.change)
                        } else {
                            key.change.to_string()
                        },
                        key.total.to_string(),
                        key.reasons.join("; "),
                    ]
                })
                .collect(),
            numeric: vec![false, true, true, false],
        },
    )];
    if !timeline.deadlines.is_empty() {
        timeline_tables.push((
            Some(crate::t!("report-deadlines")),
            Table {
                header: vec![
                    crate::t!("report-column-date"),
                    crate::t!("report-column-what"),
                    crate::t!("report-column-before"),
                ],
                rows: timeline
                    .deadlines
                    .iter()
                    .map(|deadline| {
                        let mark = if deadline.before_likely_invitation {
                            format!(" {}", crate::t!("report-before-invitation"))
                        } else {
                            String::new()
                        };
                        vec![
                            deadline.date.clone(),
                            format!("{}{mark}", deadline.what),
                            deadline.before.clone(),
                        ]
                    })
                    .collect(),
                numeric: vec![false, false, false],
            },
        ));
    }
    // The best plans (Pareto) to the latest cut-off of the rounds held in
    // the last year that the person could be in (the lowest), else of any
    // held in the last year.
    let year_ago = date.plus_months(-12).to_string();
    let recent = || {
        standings
            .iter()
            .filter(|standing| standing.latest_date >= year_ago)
    };
    let goal = recent()
        .filter(|standing| standing.entry.as_ref().and_then(|entry| entry.eligible) == Some(true))
        .min_by_key(|standing| standing.latest_cutoff)
        .or_else(|| recent().min_by_key(|standing| standing.latest_cutoff));
    if let Some(goal) = goal {
        parts.push(plans_part(&settled, book, reference, today, date, effort, goal));
    }
    parts.push(Part {
        heading: crate::t!("report-timeline"),
        lines: Vec::new(),
        tables: timeline_tables,
        notes: timeline.notes.clone(),
    });
    let chart_after = parts.len() - 1;

    // The chance of an invitation.
    let data_until = newest.date;
    let mut outlook_lines = vec![crate::t!(
        "report-outlook-any",
        three = crate::i18n::percent(forecast.any.first().copied().unwrap_or(0.0)),
        six = crate::i18n::percent(forecast.any.get(1).copied().unwrap_or(0.0)),
        twelve = crate::i18n::percent(forecast.any.get(2).copied().unwrap_or(0.0))
    )];
    if let Some(wait) = forecast.expected_wait_months {
        outlook_lines.push(crate::t!("report-outlook-wait", months = format!("{wait:.1}")));
    }
    // What the rounds cannot say yet: IRCC's word on a kind open to them.
    for kind in &forecast.by_kind {
        if let Some(said) = &kind.announced {
            outlook_lines.push(crate::t!(
                "report-announced",
                kind = draws::category::label_of(&kind.kind),
                said = said.describe()
            ));
        }
    }
    outlook_lines.push(crate::t!(
        "report-data",
        round = &newest.number,
        date = data_until,
        days = date.days_since_unix_epoch() - data_until.days_since_unix_epoch()
    ));
    let outlook_rows = forecast
        .by_kind
        .iter()
        .map(|kind| {
            let mut row = vec![draws::category::label_of(&kind.kind)];
            row.extend(
                horizons
                    .iter()
                    .enumerate()
                    .map(|(i, _)| crate::i18n::percent(kind.p.get(i).copied().unwrap_or(0.0))),
            );
            row.push(kind.rounds_last_12_months.to_string());
            row.push(
                kind.last_cutoff
                    .map_or(String::from("-"), |cutoff| cutoff.to_string()),
            );
            row
        })
        .collect();
    let backtest = outlook::shipped_backtest().map(|tested| {
        crate::t!(
            "report-backtest",
            ratio = format!("{:.2}", tested.ratio),
            model = format!("{:.3}", tested.model),
            persistence = format!("{:.3}", tested.persistence)
        )
    });
    parts.push(Part {
        heading: crate::t!("report-outlook"),
        lines: outlook_lines,
        tables: vec![(
            None,
            Table {
                header: vec![
                    crate::t!("report-column-kind"),
                    crate::t!("report-column-within", months = 3),
                    crate::t!("report-column-within", months = 6),
                    crate::t!("report-column-within", months = 12),
                    crate::t!("report-column-rounds-year"),
                    crate::t!("report-column-last-cutoff"),
                ],
                rows: outlook_rows,
                numeric: vec![false, true, true, true, true, true],
            },
        )],
        notes: backtest.into_iter().collect(),
    });

    Ok(Document {
        language: crate::i18n::language(),
        title: crate::t!("report-title", name = name),
        subtitle: vec![crate::t!(
            "report-subtitle",
            date = date,
            file = file.display().to_string(),
            version = env!("CARGO_PKG_VERSION")
        )],
        parts,
        chart: Some((chart_after, chart)),
        footer: vec![
            crate::t!("report-not-advice"),
            crate::t!(
                "report-how",
                rules = rules.id(),
                round = &newest.number,
                date = data_until
            ),
        ],
    })
}

/// The plans (those nothing beats) to a round's latest cut-off, with their
/// steps, effort and the day each is done.
fn plans_part(
    settled: &Scenario,
    book: &RuleBook,
    reference: ReferenceSource,
    today: Date,
    date: Date,
    effort: &EffortTable,
    goal: &draws::Standing,
) -> Part {
    let calendar = advisor::calendar::Calendar {
        situation: settled.situation(),
        reference: reference.get(),
        book,
        known_on: today,
        from: date,
        horizon: advisor::calendar::HORIZON_MONTHS,
    };
    let kind = draws::entry::round_kind(&goal.category);
    let advice = advisor::plan::plan_on_calendar(
        &calendar,
        goal.latest_cutoff,
        kind.as_ref(),
        LanguageTables::official(),
        effort,
        false,
        None,
    );
    let result = &advice.in_hand;
    let mut lines = vec![crate::t!(
        "report-plans-goal",
        kind = goal.label.as_str(),
        cutoff = goal.latest_cutoff,
        round = goal.latest_round.as_str(),
        date = goal.latest_date.as_str()
    )];
    let shown: Vec<&advisor::Plan> = result.plans.iter().filter(|plan| plan.pareto).collect();
    if result.current >= result.target && kind.is_none() {
        lines.push(advisor::plan::already_there(result));
    } else if shown.is_empty() {
        lines.push(advisor::plan::out_of_hands(result));
    }
    let rows = shown
        .iter()
        .enumerate()
        .map(|(index, plan)| {
            vec![
                (index + 1).to_string(),
                plan.steps
                    .iter()
                    .map(|step| {
                        advisor::plan::step_text(step)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                plan.effort.to_string(),
                plan.done_on.clone().unwrap_or_default(),
                plan.total.to_string(),
            ]
        })
        .collect::<Vec<_>>();
    let mut notes = Vec::new();
    if let Some(round) = &advice.round {
        for reason in round.unmet_now.iter().chain(&round.out_of_reach) {
            notes.push(reason.to_string());
        }
    }
    Part {
        heading: crate::t!("report-plans"),
        lines,
        tables: if rows.is_empty() {
            Vec::new()
        } else {
            vec![(
                None,
                Table {
                    header: vec![
                        crate::t!("report-column-plan"),
                        crate::t!("report-column-steps"),
                        crate::t!("report-column-effort"),
                        crate::t!("report-column-done"),
                        crate::t!("report-column-reaches"),
                    ],
                    rows,
                    numeric: vec![true, false, true, false, true],
                },
            )]
        },
        notes,
    }
}

/// Markdown: headings, pipe tables, the chart as a table of every third
/// month.
pub fn markdown(document: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md_text(&document.title));
    for line in &document.subtitle {
        let _ = writeln!(out, "{}\n", md_text(line));
    }
    for (index, part) in document.parts.iter().enumerate() {
        let _ = writeln!(out, "## {}\n", md_text(&part.heading));
        for line in &part.lines {
            let _ = writeln!(out, "{}\n", md_text(line));
        }
        if let Some((at, chart)) = &document.chart {
            if *at == index {
                let _ = writeln!(out, "### {}\n", md_text(&chart.title));
                let _ = writeln!(out, "{}\n", md_text(&chart.summary));
                let table = Table {
                    header: vec![crate::t!("report-column-date"), crate::t!("report-column-total")],
                    rows: chart
                        .points
                        .iter()
                        .step_by(3)
                        .map(|(date, total)| vec![date.to_string(), total.to_string()])
                        .collect(),
                    numeric: vec![false, true],
                };
                md_table(&mut out, &table);
                for (kind, cutoff) in &chart.lines {
                    let line = crate::t!("report-cutoff-line", kind = kind.as_str(), cutoff = *cutoff);
                    let _ = writeln!(out, "- {}", md_text(&line));
                }
                if !chart.lines.is_empty() {
                    out.push('\n');
                }
            }
        }
        for (caption, table) in &part.tables {
            if let Some(caption) = caption {
                let _ = writeln!(out, "### {}\n", md_text(caption));
            }
            md_table(&mut out, table);
        }
        for note in &part.notes {
            let _ = writeln!(out, "- {}", md_text(note));
        }
        if !part.notes.is_empty() {
            out.push('\n');
        }
    }
    let _ = writeln!(out, "---\n");
    for line in &document.footer {
        let _ = writeln!(out, "{}\n", md_text(line));
    }
    out
}

/// Text in Markdown: characters that would start markup or break a table
/// are escaped; bold written as `**...**` by this module is kept.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '\\' | '`' | '_' | '[' | ']' | '<' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn md_table(out: &mut String, table: &Table) {
    let cells = |row: &[String]| {
        row.iter()
            .map(|cell| md_text(cell))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let _ = writeln!(out, "| {} |", cells(&table.header));
    let rule: Vec<&str> = table
        .numeric
        .iter()
        .map(|&numeric| if numeric { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    for row in &table.rows {
        let _ = writeln!(out, "| {} |", cells(row));
    }
    out.push('\n');
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A cell: `**bold**` (section rows) becomes a strong element.
fn cell(text: &str) -> String {
    match text.strip_prefix("**").and_then(|rest| rest.strip_suffix("**")) {
        Some(inner) => format!("<strong>{}</strong>", escape(inner)),
        None => escape(text),
    }
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:60rem;\
padding:1rem;color:#111;background:#fff;line-height:1.4}h1{font-size:1.6rem}h2{border-bottom:2px solid #333;\
padding-bottom:.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\
th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#eee}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.wrap{overflow-x:auto}svg{max-width:100%;height:auto}\
footer{margin-top:2rem;border-top:1px solid #999;font-size:.9rem}@media print{h2{break-after:avoid}\
table{break-inside:auto}tr{break-inside:avoid}}";

/// One HTML page: inline style, inline SVG, no script.
pub fn html(document: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&document.language),
        escape(&document.title),
        escape(&document.title)
    );
    for line in &document.subtitle {
        let _ = writeln!(out, "<p>{}</p>", escape(line));
    }
    for (index, part) in document.parts.iter().enumerate() {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", escape(&part.heading));
        for line in &part.lines {
            let _ = writeln!(out, "<p>{}</p>", escape(line));
        }
        if let Some((at, chart)) = &document.chart {
            if *at == index {
                out.push_str(&svg_chart(chart));
            }
        }
        for (caption, table) in &part.tables {
            out.push_str("<div class=\"wrap\"><table>");
            if let Some(caption) = caption {
                let _ = write!(out, "<caption><strong>{}</strong></caption>", escape(caption));
            }
            out.push_str("<thead><tr>");
            for (heading, &numeric) in table.header.iter().zip(&table.numeric) {
                let class = if numeric { " class=\"n\"" } else { "" };
                let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", escape(heading));
            }
            out.push_str("</tr></thead><tbody>\n");
            for row in &table.rows {
                out.push_str("<tr>");
                for (text, &numeric) in row.iter().zip(&table.numeric) {
                    let class = if numeric { " class=\"n\"" } else { "" };
                    let _ = write!(out, "<td{class}>{}</td>", cell(text));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody></table></div>\n");
        }
        if !part.notes.is_empty() {
            out.push_str("<ul>");
            for note in &part.notes {
                let _ = write!(out, "<li>{}</li>", escape(note));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("<footer>\n");
    for line in &document.footer {
        let _ = writeln!(out, "<p>{}</p>", escape(line));
    }
    out.push_str("</footer>\n</body>\n</html>\n");
    out
}

/// The score as a line over the months, each cut-off a dashed line with its
/// words beside it (no meaning in colour alone), a title and a description
/// for screen readers.
fn svg_chart(chart: &Chart) -> String {
    let (width, height) = (720.0_f64, 300.0_f64);
    let (left, right, top, bottom) = (48.0, 200.0, 16.0, 40.0);
    let values = chart
        .points
        .iter()
        .map(|p| p.1)
        .chain(chart.lines.iter().map(|l| l.1));
    // Round steps of the score axis: 10, 20, 50 or 100 points.
    let (least, most) = (values.clone().min().unwrap_or(0), values.max().unwrap_or(100));
    let step = [10u16, 20, 50, 100, 200]
        .into_iter()
        .find(|step| (most - least + 20) / step <= 6)
        .unwrap_or(200);
    let low = least.saturating_sub(10) / step * step;
    let high = (most + 10).div_ceil(step) * step;
    let span = f64::from(high.saturating_sub(low).max(1));
    let plot_width = width - left - right;
    let plot_height = height - top - bottom;
    let count = chart.points.len().max(2) - 1;
    let x = |index: usize| left + plot_width * index as f64 / count as f64;
    let y = |value: u16| top + plot_height * (1.0 - (f64::from(value) - f64::from(low)) / span);
    let mut out = String::new();
    let _ = write!(
        out,
        "<figure><svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" \
         xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\" font-family=\"sans-serif\">\
         <title id=\"chart-title\">{}</title><desc id=\"chart-desc\">{}</desc>",
        escape(&chart.title),
        escape(&chart.summary)
    );
    // Grid and the score axis.
    for value in (low..=high).step_by(usize::from(step)) {
        let at = y(value);
        let _ = write!(
            out,
            "<line x1=\"{left}\" y1=\"{at:.1}\" x2=\"{:.1}\" y2=\"{at:.1}\" stroke=\"#ddd\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{value}</text>",
            width - right,
            left - 6.0,
            at + 4.0
        );
    }
    // Months along the bottom, every sixth.
    for (index, (date, _)) in chart.points.iter().enumerate().step_by(6) {
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            x(index),
            height - bottom + 16.0,
            &date.to_string()[..7]
        );
    }
    // Cut-offs: dashed, each with its words, the words kept apart.
    let mut lines: Vec<&(String, u16)> = chart.lines.iter().collect();
    lines.sort_by_key(|line| std::cmp::Reverse(line.1));
    let mut next_free = f64::MIN;
    for (kind, value) in lines {
        let at = y(*value);
        let label_at = (at + 4.0).max(next_free);
        next_free = label_at + 14.0;
        let _ = write!(
            out,
            "<line x1=\"{left}\" y1=\"{at:.1}\" x2=\"{:.1}\" y2=\"{at:.1}\" stroke=\"#555\" stroke-dasharray=\"6 4\"/>\
             <text x=\"{:.1}\" y=\"{label_at:.1}\">{} {value}</text>",
            width - right,
            width - right + 4.0,
            escape(kind)
        );
    }
    let path: Vec<String> = chart
        .points
        .iter()
        .enumerate()
        .map(|(index, (_, total))| format!("{:.1},{:.1}", x(index), y(*total)))
        .collect();
    let _ = write!(
        out,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#000\" stroke-width=\"2.5\"/>",
        path.join(" ")
    );
    if let Some((_, first)) = chart.points.first() {
        let _ = write!(
            out,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\"/><text x=\"{:.1}\" y=\"{:.1}\">{first}</text>",
            x(0),
            y(*first),
            x(0) + 6.0,
            y(*first) - 6.0
        );
    }
    let _ = writeln!(
        out,
        "</svg><figcaption>{}</figcaption></figure>",
        escape(&chart.summary)
    );
    out
}
