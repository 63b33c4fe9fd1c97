//! `crs-planner eligibility`: the programs and categories a scenario is in
//! on a date, as a report, as JSON, or as JSON lines with `--batch`.

use crate::context::Context;
use std::io::{self, BufRead, Write};

use clap::Args;
use serde::Serialize;

use super::score::answer_lines;
use super::{report, write_failure, EXIT_BAD_INPUT};
use crate::engine::eligibility::{self, Answer, Reference, ReferenceSource, Report, Unmet};
use crate::engine::Date;
use crate::scenario::{self, Scenario};

#[derive(Args, Debug)]
pub struct EligibilityArgs {
    /// Scenario file or bare profile object; `-` reads standard input.
    #[arg(
        value_name = "FILE",
        required_unless_present = "batch",
        conflicts_with = "batch"
    )]
    file: Option<String>,
    /// Print the answers as JSON.
    #[arg(long)]
    json: bool,
    /// Read JSON lines (one profile or scenario each) on standard input and
    /// print one JSON line per input line.
    #[arg(long, conflicts_with = "json")]
    batch: bool,
    /// Judge on this date (YYYY-MM-DD); default today.
    #[arg(long = "as-of", value_name = "DATE", value_parser = super::parse_date)]
    as_of: Option<Date>,
}

pub fn run(context: &Context, args: &EligibilityArgs) -> u8 {
    let date = args.as_of.unwrap_or(context.today);
    if args.batch {
        let (input, output) = super::batch_io();
        return match eligibility_lines(context.today, date, context.reference, input, output) {
            Ok(0) => super::EXIT_OK,
            Ok(_) => EXIT_BAD_INPUT,
            Err(error) => report(Err(write_failure(error))),
        };
    }
    report((|| {
        let file = args.file.as_deref().unwrap_or("-");
        let scenario =
            super::score::read_scenario(context, file)?.on_date(context.today, date, context.reference);
        let answers = assess(&scenario, context.reference.get(), date);
        let mut out = io::stdout().lock();
        if args.json {
            let json = crate::i18n::in_english(|| EligibilityJson::from(&answers));
            serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write_failure(e.into()))?;
            writeln!(out).map_err(write_failure)
        } else {
            let title = super::scenario_title(file, scenario.name.as_deref());
            super::write_report(&mut out, &render(&title, &answers))
        }
    })())
}

/// The answers for a scenario whose years are settled on `date`.
pub fn assess(scenario: &Scenario, reference: &Reference, date: Date) -> Report {
    eligibility::assess(&scenario.situation(), reference, date)
}

/// One JSON line per input line; gives the number of lines that failed.
pub fn eligibility_lines(
    today: Date,
    date: Date,
    reference: ReferenceSource,
    input: impl BufRead,
    mut output: impl Write,
) -> io::Result<u64> {
    // The facts in each line are as of today.
    let known_on = today;
    let mut wording = Wording::default();
    answer_lines(input, &mut output, |text, out| {
        let scenario = scenario::parse(text, "", today, reference).map_err(|e| e.detail())?;
        let scenario = scenario.on_date_for_eligibility(known_on, date, reference);
        write_line(&assess(&scenario, reference.get(), date), &mut wording, out);
        Ok(())
    })
}

/// The unmet reasons worded so far, in the language of the run: a batch of
/// 20,000 lines says about 485,000 reasons but only a few hundred different
/// ones, and wording one is most of a line's work.
#[derive(Default)]
pub struct Wording {
    /// Each reason as a JSON string, quoted and escaped, ready to copy.
    said: rustc_hash::FxHashMap<Unmet, Box<[u8]>>,
    /// The reasons that carry no figure, by `constant_slot`: half of a
    /// batch's reasons (every category says whether one is in the pool),
    /// found without hashing.
    constant: [Option<Box<[u8]>>; CONSTANT_SLOTS],
    /// Each category's `{"category":..,"version":..,"eligible":` as last
    /// written, by the category's place in its list: the same few heads
    /// begin every line.
    heads: Vec<Option<CategoryHead>>,
}

struct CategoryHead {
    id: std::sync::Arc<str>,
    version: String,
    json: Box<[u8]>,
}

/// Enough for every reason a batch repeats; past it, reasons are worded
/// each time rather than kept.
const MAX_REASONS_KEPT: usize = 4096;

const CONSTANT_SLOTS: usize = 10;

/// Where a reason without figures is kept (`None` for one with figures).
fn constant_slot(unmet: &Unmet) -> Option<usize> {
    use crate::engine::eligibility::Program;
    Some(match unmet {
        Unmet::Quebec => 0,
        Unmet::Education => 1,
        Unmet::EducationAssessed => 2,
        Unmet::OfferOrCertificate => 3,
        Unmet::NotInPool { known } => 4 + usize::from(*known),
        Unmet::WorkHistory { program } => match program {
            None => 6,
            Some(Program::Fsw) => 7,
            Some(Program::Cec) => 8,
            Some(Program::Fst) => 9,
        },
        _ => return None,
    })
}

impl Wording {
    /// Writes the reason as a JSON string.
    fn write(&mut self, unmet: &Unmet, out: &mut Vec<u8>) {
        if let Some(slot) = constant_slot(unmet) {
            let said = self.constant[slot].get_or_insert_with(|| Self::worded(unmet).into_boxed_slice());
            return out.extend_from_slice(said);
        }
        if let Some(said) = self.said.get(unmet) {
            return out.extend_from_slice(said);
        }
        let start = out.len();
        super::json::write::string(out, &unmet.to_string());
        if self.said.len() < MAX_REASONS_KEPT {
            self.said.insert(unmet.clone(), out[start..].into());
        }
    }

    fn worded(unmet: &Unmet) -> Vec<u8> {
        let mut json = Vec::new();
        super::json::write::string(&mut json, &unmet.to_string());
        json
    }

    /// `[...]` of the reasons.
    fn write_all(&mut self, unmet: &[Unmet], out: &mut Vec<u8>) {
        super::json::write::array(out, unmet, |out, unmet| self.write(unmet, out));
    }

    /// The category's object up to its answer, for the category at
    /// `place` in its list.
    fn write_head(&mut self, place: usize, id: &std::sync::Arc<str>, version: &str, out: &mut Vec<u8>) {
        if place >= self.heads.len() {
            self.heads.resize_with(place + 1, || None);
        }
        let head = &mut self.heads[place];
        let known = head
            .as_ref()
            .is_some_and(|head| std::sync::Arc::ptr_eq(&head.id, id) && head.version == version);
        if !known {
            use super::json::write::string;
            let mut json = b"{\"category\":".to_vec();
            string(&mut json, id);
            json.extend_from_slice(b",\"version\":");
            string(&mut json, version);
            json.extend_from_slice(b",\"eligible\":");
            *head = Some(CategoryHead {
                id: id.clone(),
                version: version.to_string(),
                json: json.into_boxed_slice(),
            });
        }
        if let Some(head) = head {
            out.extend_from_slice(&head.json);
        }
    }
}

/// The JSON shape of `../shared/spec/eligibility.md`.
#[derive(Serialize)]
pub struct EligibilityJson {
    pub as_of: String,
    pub in_pool: Option<bool>,
    pub experience: ExperienceJson,
    pub programs: Vec<ProgramJson>,
    pub categories: Vec<CategoryJson>,
}

#[derive(Serialize)]
pub struct ExperienceJson {
    pub canadian_years: u8,
    pub foreign_years: u8,
}

#[derive(Serialize)]
pub struct ProgramJson {
    pub program: &'static str,
    pub eligible: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grid: Option<Vec<GridJson>>,
    /// The FSW grid counted the second official language as first.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub second_language_as_first: bool,
    pub unmet: Vec<String>,
}

#[derive(Serialize)]
pub struct GridJson {
    pub factor: &'static str,
    pub points: u8,
    pub max: u8,
}

#[derive(Serialize)]
pub struct CategoryJson {
    pub category: String,
    pub version: String,
    pub eligible: Option<bool>,
    pub unmet: Vec<String>,
}

/// The report's line of `eligibility --batch`, written straight from it as
/// `serde_json::to_writer` writes its `EligibilityJson` (a property test
/// compares the two), reasons worded through `wording` (one language for
/// the life of `wording`): building the JSON's strings and freeing them was
/// a third of a batch, serde's writer another.
pub fn write_line(report: &Report, wording: &mut Wording, out: &mut Vec<u8>) {
    use super::json::write::{array, date, key, maybe, whole};
    out.extend_from_slice(b"{\"as_of\":");
    date(out, report.as_of);
    out.extend_from_slice(b",\"in_pool\":");
    maybe(out, report.in_pool.as_option());
    out.extend_from_slice(b",\"experience\":{\"canadian_years\":");
    whole(out, report.canadian_years.into());
    out.extend_from_slice(b",\"foreign_years\":");
    whole(out, report.foreign_years.into());
    out.extend_from_slice(b"},\"programs\":");
    array(out, &report.programs, |out, program| {
        out.extend_from_slice(b"{\"program\":");
        key(out, program.program.key());
        out.extend_from_slice(b",\"eligible\":");
        maybe(out, program.answer.as_option());
        if let Some(grid) = &program.grid {
            out.extend_from_slice(b",\"points\":");
            whole(out, grid.total.into());
            out.extend_from_slice(b",\"grid\":");
            array(out, &grid.rows, |out, row| {
                out.extend_from_slice(b"{\"factor\":");
                key(out, row.factor.key());
                out.extend_from_slice(b",\"points\":");
                whole(out, row.points.into());
                out.extend_from_slice(b",\"max\":");
                whole(out, row.max.into());
                out.push(b'}');
            });
            if grid.second_as_first {
                out.extend_from_slice(b",\"second_language_as_first\":true");
            }
        }
        out.extend_from_slice(b",\"unmet\":");
        wording.write_all(&program.unmet, out);
        out.push(b'}');
    });
    out.extend_from_slice(b",\"categories\":");
    let categories = report.categories.as_ref();
    let listed = categories.map_or(&[][..], |c| &c.categories[..]);
    let version = categories.map_or("", |c| &c.version);
    let mut place = 0;
    array(out, listed, |out, category| {
        wording.write_head(place, &category.id, version, out);
        place += 1;
        maybe(out, category.answer.as_option());
        out.extend_from_slice(b",\"unmet\":");
        wording.write_all(&category.unmet, out);
        out.push(b'}');
    });
    out.push(b'}');
}

impl From<&Report> for EligibilityJson {
    fn from(report: &Report) -> Self {
        let version = report
            .categories
            .as_ref()
            .map(|c| c.version.clone())
            .unwrap_or_default();
        EligibilityJson {
            as_of: report.as_of.to_string(),
            in_pool: report.in_pool.as_option(),
            experience: ExperienceJson {
                canadian_years: report.canadian_years,
                foreign_years: report.foreign_years,
            },
            programs: report
                .programs
                .iter()
                .map(|p| ProgramJson {
                    program: p.program.key(),
                    eligible: p.answer.as_option(),
                    points: p.grid.as_ref().map(|g| g.total),
                    grid: p.grid.as_ref().map(|g| {
                        g.rows
                            .iter()
                            .map(|row| GridJson {
                                factor: row.factor.key(),
                                points: row.points,
                                max: row.max,
                            })
                            .collect()
                    }),
                    second_language_as_first: p.grid.as_ref().is_some_and(|g| g.second_as_first),
                    unmet: p.unmet.iter().map(Unmet::to_string).collect(),
                })
                .collect(),
            categories: report
                .categories
                .iter()
                .flat_map(|c| c.categories.iter())
                .map(|c| CategoryJson {
                    category: c.id.to_string(),
                    version: version.clone(),
                    eligible: c.answer.as_option(),
                    unmet: c.unmet.iter().map(Unmet::to_string).collect(),
                })
                .collect(),
        }
    }
}

pub use crate::worded::answer_word;

/// The readable report: each program and category, and for each "no" or
/// "unknown" what is missing.
pub fn render(title: &str, report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{}\n\n",
        crate::t!("eligibility-title", date = report.as_of, title = title)
    ));
    let in_programs: Vec<String> = report
        .programs
        .iter()
        .filter(|p| p.answer == Answer::Yes)
        .map(|p| p.program.short_label())
        .collect();
    let pool = match report.in_pool {
        Answer::Yes => crate::t!("pool-yes", programs = in_programs.join(", ")),
        Answer::No => crate::t!("pool-no"),
        Answer::Unknown => crate::t!("pool-unknown"),
    };
    out.push_str(&format!("{}\n", crate::t!("in-the-pool", answer = pool)));
    // Which years are used, said once: the file's own (for the score) and,
    // where the work history counts others, those (for programs and
    // categories).
    let source = match report.counted_years {
        Some((canadian, foreign)) if (canadian, foreign) == (report.canadian_years, report.foreign_years) => {
            crate::t!("years-counted")
        }
        Some((canadian, foreign)) => crate::t!(
            "years-stated-over-history",
            canadian = years(canadian),
            foreign = years(foreign)
        ),
        None => crate::t!("years-stated"),
    };
    out.push_str(&format!(
        "{}\n",
        crate::t!(
            "experience-line",
            canadian = years(report.canadian_years),
            foreign = years(report.foreign_years),
            source = source
        )
    ));
    out.push_str(&format!("\n{}\n", crate::t!("programs")));
    for program in &report.programs {
        out.push_str(&format!(
            "  {:<4} {}",
            program.program.short_label(),
            answer_word(program.answer)
        ));
        if let Some(grid) = &program.grid {
            out.push_str(&format!(
                "  ({})",
                crate::t!(
                    "grid-points",
                    total = grid.total,
                    pass = grid.pass_mark,
                    rows = grid.factors()
                )
            ));
        }
        out.push('\n');
        if program.grid.as_ref().is_some_and(|grid| grid.second_as_first) {
            out.push_str(&format!("         {}\n", crate::t!("grid-second-as-first")));
        }
        for unmet in &program.unmet {
            out.push_str(&format!("         - {unmet}\n"));
        }
    }
    match &report.categories {
        None => out.push_str(&format!("\n{}\n", crate::t!("no-categories-yet"))),
        Some(categories) => {
            out.push_str(&format!(
                "\n{}\n",
                crate::t!(
                    "categories-in-force",
                    version = categories.version.as_str(),
                    date = categories.in_force_from
                )
            ));
            // By name in the language in use, as the draws view says them.
            let names: Vec<String> = categories
                .categories
                .iter()
                .map(|c| crate::draws::category::label_of(&c.id))
                .collect();
            let width = names
                .iter()
                .map(|name| name.chars().count())
                .max()
                .unwrap_or(0)
                .max(16);
            for (category, name) in categories.categories.iter().zip(&names) {
                out.push_str(&format!("  {:<width$} {}\n", name, answer_word(category.answer)));
                for unmet in &category.unmet {
                    out.push_str(&format!("         - {unmet}\n"));
                }
            }
        }
    }
    out
}

fn years(count: u8) -> String {
    crate::t!("years", count = count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::eligibility::Program;

    /// Every reason without figures has a slot of its own, and what is
    /// copied from it is what wording it alone writes.
    #[test]
    fn reasons_without_figures_keep_a_slot_each() {
        let plain = [
            Unmet::Quebec,
            Unmet::Education,
            Unmet::EducationAssessed,
            Unmet::OfferOrCertificate,
            Unmet::NotInPool { known: true },
            Unmet::NotInPool { known: false },
            Unmet::WorkHistory { program: None },
            Unmet::WorkHistory {
                program: Some(Program::Fsw),
            },
            Unmet::WorkHistory {
                program: Some(Program::Cec),
            },
            Unmet::WorkHistory {
                program: Some(Program::Fst),
            },
        ];
        let mut slots: Vec<usize> = plain.iter().map(|u| constant_slot(u).expect("a slot")).collect();
        slots.sort_unstable();
        slots.dedup();
        assert_eq!(slots.len(), plain.len(), "one slot each");
        assert!(slots.iter().all(|&slot| slot < CONSTANT_SLOTS));
        let figured = Unmet::GridPoints { have: 40, need: 67 };
        assert_eq!(constant_slot(&figured), None);
        // Batch lines are in English whatever the reader speaks.
        crate::i18n::in_english(|| {
            let mut wording = Wording::default();
            // Twice round, the second time from the slots.
            for unmet in plain.iter().chain(&plain).chain([&figured]) {
                let mut out = Vec::new();
                wording.write(unmet, &mut out);
                let alone = serde_json::to_string(&unmet.to_string()).unwrap();
                assert_eq!(String::from_utf8(out).unwrap(), alone, "{unmet:?}");
            }
        });
    }
}
