//! A requirement not met, in words and figures.

use std::fmt;

use super::work::{whole_hours, Sevenths};
use super::Program;
use crate::engine::Date;

/// What kind of work a count is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    NotRecorded {
        category: String,
        reason: String,
    },
}

/// 1,560 hours are 12 months.
const MONTH_SEVENTHS: Sevenths = 130 * 7;

fn money(value: f64) -> String {
    if value.fract() == 0.0 && value < 1e15 {
        crate::i18n::number(value as i64)
    } else {
        crate::i18n::decimal(value, 2)
    }
}

impl fmt::Display for Unmet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::t;
        let text = match self {
            Unmet::Quebec => t!("unmet-quebec"),
            Unmet::WorkHistory { program } => t!(
                "unmet-work-history",
                program = program.map_or("none", |p| p.key())
            ),
            Unmet::Hours {
                kind,
                have,
                need,
                window_years,
                met_on,
            } => {
                let months = |sevenths: Sevenths| sevenths / MONTH_SEVENTHS;
                let (what, canadian_only) = match kind {
                    HoursKind::Canadian => ("canadian", false),
                    HoursKind::OneSkilledJob => ("one-skilled-job", false),
                    HoursKind::Trade => ("trade", false),
                    HoursKind::ListedJob => ("listed-job", false),
                    HoursKind::ListedOccupation { canadian_only } => ("listed-occupation", *canadian_only),
                };
                let counted = t!(
                    "unmet-hours",
                    have_months = months(*have),
                    need_months = months(*need),
                    have_hours = whole_hours(*have),
                    need_hours = whole_hours(*need),
                    kind = what,
                    in_canada = if canadian_only { "yes" } else { "no" },
                    years = *window_years
                );
                match met_on {
                    Some(day) => t!(
                        "unmet-hours-met-on",
                        counted = counted,
                        months = months(*need),
                        date = *day
                    ),
                    None => counted,
                }
            }
            Unmet::Language {
                need,
                best: best_level,
            } => {
                let best = match best_level {
                    Some(level) => t!("unmet-language-best", level = *level),
                    None => t!("unmet-language-no-result"),
                };
                match need {
                    LanguageNeed::AllFour(level) => {
                        t!("unmet-language-all-four", level = *level, best = best)
                    }
                    LanguageNeed::Cec { level, teer_2_or_3 } => t!(
                        "unmet-language-cec",
                        level = *level,
                        lower = *teer_2_or_3,
                        best = best
                    ),
                    LanguageNeed::Trades {
                        listening,
                        speaking,
                        reading,
                        writing,
                    } => t!(
                        "unmet-language-trades",
                        listening = *listening,
                        speaking = *speaking,
                        reading = *reading,
                        writing = *writing,
                        best = best
                    ),
                    LanguageNeed::French(level) => {
                        let best = match best_level {
                            Some(level) => t!("unmet-french-best", level = *level),
                            None => t!("unmet-french-none"),
                        };
                        t!("unmet-language-french", level = *level, best = best)
                    }
                }
            }
            Unmet::Education => t!("unmet-education"),
            Unmet::EducationAssessed => t!("unmet-education-assessed"),
            Unmet::GridPoints { have, need } => t!("unmet-grid-points", need = *need, have = *have),
            Unmet::FundsUnknown {
                program,
                need,
                family,
            } => t!(
                "unmet-funds-unknown",
                program = program.short_label(),
                need = *need,
                family = *family
            ),
            Unmet::Funds { have, need, family } => t!(
                "unmet-funds",
                need = *need,
                family = *family,
                have = money(*have),
                short = money(*need as f64 - have)
            ),
            Unmet::OfferOrCertificate => t!("unmet-offer-or-certificate"),
            Unmet::NotInPool { known: true } => t!("unmet-not-in-pool"),
            Unmet::NotInPool { known: false } => t!("unmet-not-in-pool-unknown"),
            Unmet::NotRecorded { category, reason } => {
                crate::i18n::words::category_condition(category, reason)
            }
        };
        f.write_str(&text)
    }
}
