//! Whether a person could be in a round: its program, its category list on
//! its date, a nomination for PNP rounds. The person is judged as on one day
//! (today, or `--as-of`); a category round by the list version of its date.

use std::borrow::Cow;

use super::{Category, Round};
use crate::engine::eligibility::{self, Answer, Program, Reference, Report, Situation};
use crate::engine::Date;

/// A person's way into a round, and why not when there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub answer: Answer,
    pub reasons: Vec<String>,
    /// The category list version the round was held under.
    pub version: Option<String>,
}

/// Whether rounds of this kind invite by a category list (not a program,
/// the pool or a name never seen before).
pub fn is_category_round(category: &Category) -> bool {
    !matches!(
        category,
        Category::AllPrograms
            | Category::ProvincialNominee
            | Category::CanadianExperience
            | Category::FederalSkilledWorker
            | Category::FederalSkilledTrades
            | Category::Other(_)
    )
}

/// The category list version a round was held under; `None` for program rounds.
pub fn list_version(reference: &Reference, round: &Round) -> Option<String> {
    if !is_category_round(&round.category) {
        return None;
    }
    reference
        .categories_on(round.date)
        .map(|list| list.version.clone())
}

/// A person judged on one day, ready to be read against many rounds.
pub struct Person<'a> {
    situation: Situation<'a>,
    reference: &'a Reference,
    pub report: Cow<'a, Report>,
}

impl<'a> Person<'a> {
    pub fn new(situation: Situation<'a>, reference: &'a Reference, date: Date) -> Self {
        Person {
            situation,
            reference,
            report: Cow::Owned(eligibility::assess(&situation, reference, date)),
        }
    }

    /// A person whose answers are already worked out (the planner keeps
    /// them up to date), so reading rounds costs no new assessment.
    pub fn assessed(situation: Situation<'a>, reference: &'a Reference, report: &'a Report) -> Self {
        Person {
            situation,
            reference,
            report: Cow::Borrowed(report),
        }
    }

    fn program_entry(&self, program: Program) -> Entry {
        let answer = self.report.program(program);
        Entry {
            answer: answer.answer,
            reasons: answer
                .unmet
                .iter()
                .map(|unmet| format!("{}: {unmet}", program.short_label()))
                .collect(),
            version: None,
        }
    }

    fn pool_entry(&self) -> Entry {
        let mut reasons = Vec::new();
        if self.report.in_pool != Answer::Yes {
            for program in &self.report.programs {
                if let Some(first) = program.unmet.first() {
                    reasons.push(format!("{}: {first}", program.program.short_label()));
                }
            }
        }
        Entry {
            answer: self.report.in_pool,
            reasons,
            version: None,
        }
    }

    /// The person's way into a round of this category held on this date.
    pub fn entry(&self, category: &Category, round_date: Date) -> Entry {
        match category {
            Category::AllPrograms => self.pool_entry(),
            Category::ProvincialNominee => {
                let mut entry = self.pool_entry();
                if !self.situation.profile.provincial_nomination {
                    entry.answer = Answer::No;
                    entry.reasons.insert(0, "a provincial nomination".to_string());
                }
                entry
            }
            Category::CanadianExperience => self.program_entry(Program::Cec),
            Category::FederalSkilledWorker => self.program_entry(Program::Fsw),
            Category::FederalSkilledTrades => self.program_entry(Program::Fst),
            Category::Other(name) => Entry {
                answer: Answer::Unknown,
                reasons: vec![format!("a round kind not known to this version ({name})")],
                version: None,
            },
            category => {
                let key = category.key();
                let Some(list) = self.reference.categories_on(round_date) else {
                    return Entry {
                        answer: Answer::Unknown,
                        reasons: vec![format!("no category list was in force on {round_date}")],
                        version: None,
                    };
                };
                let Some(rule) = list.categories.iter().find(|c| c.id == key) else {
                    return Entry {
                        answer: Answer::Unknown,
                        reasons: vec![format!("the {} lists have no {key} category", list.version)],
                        version: Some(list.version.clone()),
                    };
                };
                let answer = eligibility::assess_category(
                    &self.situation,
                    self.reference,
                    rule,
                    self.report.in_pool,
                    self.report.as_of,
                );
                Entry {
                    answer: answer.answer,
                    reasons: answer.unmet.iter().map(ToString::to_string).collect(),
                    version: Some(list.version.clone()),
                }
            }
        }
    }

    /// The person's way into one round.
    pub fn entry_to(&self, round: &Round) -> Entry {
        self.entry(&round.category, round.date)
    }
}
