//! What a round asks of a person besides its cut-off: the pool, a program,
//! a nomination or a category of the list in force on the round's date.

use super::{assess_category, Answer, Program, Reference, Report, Situation, Unmet};
use crate::engine::Date;

/// The kinds of round, by what they ask.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoundKind {
    /// Open to every program: being in the pool is enough.
    Pool,
    /// Provincial nominee rounds: the pool and a nomination.
    Nominated,
    Program(Program),
    /// A category of the list in force on the round's date, by its id.
    Category(String),
}

/// Why a person is not (or may not be) in a round: kept as facts, worded
/// only when shown, in the language in use then.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A program's requirement (the pool asks for one program's, a program
    /// round for its own).
    Program(Program, Unmet),
    /// A condition of the round's category.
    Category(Unmet),
    /// Provincial nominee rounds invite only nominees.
    NoNomination,
    /// No category list was in force on the round's day.
    NoListOn(Date),
    /// The list in force has no category of this key.
    NoSuchCategory { version: String, key: String },
    /// A kind of round the program cannot judge (its name as the feed gives it).
    KindNotKnown { kind: String },
}

/// A person's way into a round, and why not when there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub answer: Answer,
    pub reasons: Vec<Reason>,
    /// The category list version the round was held under.
    pub version: Option<String>,
}

impl Entry {
    fn unknown(reason: Reason, version: Option<String>) -> Entry {
        Entry {
            answer: Answer::Unknown,
            reasons: vec![reason],
            version,
        }
    }
}

fn program_entry(report: &Report, program: Program) -> Entry {
    let answer = report.program(program);
    Entry {
        answer: answer.answer,
        reasons: answer
            .unmet
            .iter()
            .map(|unmet| Reason::Program(program, unmet.clone()))
            .collect(),
        version: None,
    }
}

fn pool_entry(report: &Report) -> Entry {
    let mut reasons = Vec::new();
    if report.in_pool != Answer::Yes {
        for program in &report.programs {
            if let Some(first) = program.unmet.first() {
                reasons.push(Reason::Program(program.program, first.clone()));
            }
        }
    }
    Entry {
        answer: report.in_pool,
        reasons,
        version: None,
    }
}

/// The person's way into a round of this kind held on `round_date`, given
/// the person's `report` (judged on its own date).
pub fn entry(
    situation: &Situation,
    reference: &Reference,
    report: &Report,
    kind: &RoundKind,
    round_date: Date,
) -> Entry {
    match kind {
        RoundKind::Pool => pool_entry(report),
        RoundKind::Nominated => {
            let mut entry = pool_entry(report);
            if !situation.profile.provincial_nomination {
                entry.answer = Answer::No;
                entry.reasons.insert(0, Reason::NoNomination);
            }
            entry
        }
        RoundKind::Program(program) => program_entry(report, *program),
        RoundKind::Category(key) => {
            let Some(list) = reference.categories_on(round_date) else {
                return Entry::unknown(Reason::NoListOn(round_date), None);
            };
            let Some(rule) = list.categories.iter().find(|c| *c.id == **key) else {
                return Entry::unknown(
                    Reason::NoSuchCategory {
                        version: list.version.clone(),
                        key: key.clone(),
                    },
                    Some(list.version.clone()),
                );
            };
            let answer = assess_category(situation, reference, rule, report.in_pool, report.as_of);
            Entry {
                answer: answer.answer,
                reasons: answer.unmet.iter().cloned().map(Reason::Category).collect(),
                version: Some(list.version.clone()),
            }
        }
    }
}

impl RoundKind {
    /// The key `draws` and `--target-category` use for rounds of this kind.
    pub fn key(&self) -> String {
        match self {
            RoundKind::Pool => "all".to_string(),
            RoundKind::Nominated => "pnp".to_string(),
            RoundKind::Program(program) => program.key().to_string(),
            RoundKind::Category(id) => id.clone(),
        }
    }
}
