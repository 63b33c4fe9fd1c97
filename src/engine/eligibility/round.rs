//! What a round asks of a person besides its cut-off: the pool, a program,
//! a nomination or a category of the list in force on the round's date.

use super::{assess_category, Answer, Program, Reference, Report, Situation};
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

/// A person's way into a round, and why not when there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub answer: Answer,
    pub reasons: Vec<String>,
    /// The category list version the round was held under.
    pub version: Option<String>,
}

impl Entry {
    fn unknown(reason: String, version: Option<String>) -> Entry {
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
            .map(|unmet| {
                crate::t!(
                    "reason-of",
                    program = program.short_label(),
                    reason = unmet.to_string()
                )
            })
            .collect(),
        version: None,
    }
}

fn pool_entry(report: &Report) -> Entry {
    let mut reasons = Vec::new();
    if report.in_pool != Answer::Yes {
        for program in &report.programs {
            if let Some(first) = program.unmet.first() {
                reasons.push(crate::t!(
                    "reason-of",
                    program = program.program.short_label(),
                    reason = first.to_string()
                ));
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
                entry.reasons.insert(0, crate::t!("unmet-nomination"));
            }
            entry
        }
        RoundKind::Program(program) => program_entry(report, *program),
        RoundKind::Category(key) => {
            let Some(list) = reference.categories_on(round_date) else {
                return Entry::unknown(crate::t!("unmet-no-list-on", date = round_date), None);
            };
            let Some(rule) = list.categories.iter().find(|c| c.id == *key) else {
                return Entry::unknown(
                    crate::t!("unmet-no-such-category", version = &list.version, key = key),
                    Some(list.version.clone()),
                );
            };
            let answer = assess_category(situation, reference, rule, report.in_pool, report.as_of);
            Entry {
                answer: answer.answer,
                reasons: answer.unmet.iter().map(ToString::to_string).collect(),
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

    /// How a person names rounds of this kind ("French rounds"), with the
    /// category's name from the list in force on `date`.
    pub fn rounds_label(&self, reference: &Reference, date: Date) -> String {
        match self {
            RoundKind::Category(id) => {
                let name = reference
                    .categories_on(date)
                    .and_then(|list| list.categories.iter().find(|c| c.id == *id))
                    .map_or(id.as_str(), |rule| rule.name.as_str());
                crate::t!(
                    "rounds-category",
                    category = crate::i18n::words::category_name(id, name)
                )
            }
            _ => crate::i18n::words::rounds_of_kind(&self.key()),
        }
    }
}
