//! Whether a person could be in a round: its program, its category list on
//! its date, a nomination for PNP rounds. The person is judged as on one day
//! (today, or `--as-of`); a category round by the list version of its date.

use std::borrow::Cow;

use super::{Category, Round};
use crate::engine::eligibility::{self, Answer, Entry, Program, Reference, Report, RoundKind, Situation};
use crate::engine::Date;

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

/// What a round of this category asks; `None` for a name never seen before.
pub fn round_kind(category: &Category) -> Option<RoundKind> {
    Some(match category {
        Category::AllPrograms => RoundKind::Pool,
        Category::ProvincialNominee => RoundKind::Nominated,
        Category::CanadianExperience => RoundKind::Program(Program::Cec),
        Category::FederalSkilledWorker => RoundKind::Program(Program::Fsw),
        Category::FederalSkilledTrades => RoundKind::Program(Program::Fst),
        Category::Other(_) => return None,
        category => RoundKind::Category(category.key()),
    })
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

    /// The person's way into a round of this category held on this date.
    pub fn entry(&self, category: &Category, round_date: Date) -> Entry {
        match round_kind(category) {
            Some(kind) => {
                eligibility::entry(&self.situation, self.reference, &self.report, &kind, round_date)
            }
            None => Entry {
                answer: Answer::Unknown,
                reasons: vec![crate::engine::eligibility::Reason::KindNotKnown {
                    kind: category.label(),
                }],
                version: None,
            },
        }
    }

    /// The person's way into one round.
    pub fn entry_to(&self, round: &Round) -> Entry {
        self.entry(&round.category, round.date)
    }
}
