//! A requirement not met, in words and figures.

use super::work::Sevenths;
use super::Program;
use crate::engine::Date;

/// What kind of work a count is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HoursKind {
    /// CEC: Canadian skilled work, any number of jobs.
    Canadian,
    /// FSW: one continuous skilled job.
    OneSkilledJob,
    /// FST: one skilled trade.
    Trade,
    /// Category lists of 2023 and 2025: one continuous job in a listed occupation.
    ListedJob,
    /// Category lists of 2026: one listed occupation, continuous or not.
    ListedOccupation { canadian_only: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LanguageNeed {
    AllFour(u8),
    /// CEC: the higher level, or the lower one with a year in TEER 2 or 3.
    Cec {
        level: u8,
        teer_2_or_3: u8,
    },
    Trades {
        listening: u8,
        speaking: u8,
        reading: u8,
        writing: u8,
    },
    French(u8),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Unmet {
    Quebec,
    /// The file has no `work`; `program` names what it decides.
    WorkHistory {
        program: Option<Program>,
    },
    Hours {
        kind: HoursKind,
        have: Sevenths,
        need: Sevenths,
        window_years: u16,
        /// When it will be met if the jobs going on go on.
        met_on: Option<Date>,
    },
    Language {
        need: LanguageNeed,
        best: Option<u8>,
    },
    Education,
    EducationAssessed,
    GridPoints {
        have: u8,
        need: u8,
    },
    FundsUnknown {
        program: Program,
        need: u64,
        family: u8,
    },
    Funds {
        have: f64,
        need: u64,
        family: u8,
    },
    OfferOrCertificate,
    NotInPool {
        known: bool,
    },
    /// A category's condition a scenario cannot show; the data words it.
    /// Both shared with the category's rule (a batch says it on every line).
    NotRecorded {
        category: std::sync::Arc<str>,
        reason: std::sync::Arc<str>,
    },
}

// A reason is a value a batch words once and looks up after: funds are
// compared by value and hashed by their bits (0 and -0 alike, so equal
// reasons hash alike; a NaN, which no valid file gives, is only never
// found again).
impl Eq for Unmet {}

impl std::hash::Hash for Unmet {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Unmet::Quebec | Unmet::Education | Unmet::EducationAssessed | Unmet::OfferOrCertificate => {}
            Unmet::WorkHistory { program } => program.hash(state),
            Unmet::Hours {
                kind,
                have,
                need,
                window_years,
                met_on,
            } => (kind, have, need, window_years, met_on).hash(state),
            Unmet::Language { need, best } => (need, best).hash(state),
            Unmet::GridPoints { have, need } => (have, need).hash(state),
            Unmet::FundsUnknown {
                program,
                need,
                family,
            } => (program, need, family).hash(state),
            Unmet::Funds { have, need, family } => {
                let bits = if *have == 0.0 { 0 } else { have.to_bits() };
                (bits, need, family).hash(state)
            }
            Unmet::NotInPool { known } => known.hash(state),
            Unmet::NotRecorded { category, reason } => (category, reason).hash(state),
        }
    }
}

/// 1,560 hours are 12 months.
pub(crate) const MONTH_SEVENTHS: Sevenths = 130 * 7;
