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
    NotRecorded(String),
}

/// 1,560 hours are 12 months.
const MONTH_SEVENTHS: Sevenths = 130 * 7;

pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn money(value: f64) -> String {
    if value.fract() == 0.0 && value < 1e15 {
        thousands(value as u64)
    } else {
        format!("{value:.2}")
    }
}

impl fmt::Display for Unmet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unmet::Quebec => f.write_str(
                "you plan to live in Quebec, which selects its own immigrants: no Express Entry program applies",
            ),
            Unmet::WorkHistory { program } => match program {
                Some(Program::Cec) => f.write_str("profile.work is not given: CEC's Canadian hours are not known"),
                Some(Program::Fsw) => {
                    f.write_str("profile.work is not given: FSW's one continuous skilled job is not known")
                }
                Some(Program::Fst) => f.write_str("profile.work is not given: FST's hours in a trade are not known"),
                None => f.write_str("profile.work is not given: the work history decides this"),
            },
            Unmet::Hours {
                kind,
                have,
                need,
                window_years,
                met_on,
            } => {
                let months = |sevenths: Sevenths| sevenths / MONTH_SEVENTHS;
                let what = match kind {
                    HoursKind::Canadian => "of Canadian skilled work (TEER 0-3)".to_string(),
                    HoursKind::OneSkilledJob => "in one continuous skilled job (TEER 0-3)".to_string(),
                    HoursKind::Trade => "in one skilled trade".to_string(),
                    HoursKind::ListedJob => "of continuous work in one listed occupation".to_string(),
                    HoursKind::ListedOccupation { canadian_only } => format!(
                        "in one listed occupation{}",
                        if *canadian_only { ", in Canada" } else { "" }
                    ),
                };
                write!(
                    f,
                    "{} of {} months ({} of {} hours) {what} in the last {window_years} years",
                    months(*have),
                    months(*need),
                    thousands(whole_hours(*have)),
                    thousands(whole_hours(*need)),
                )?;
                if let Some(day) = met_on {
                    write!(f, "; {} on {day} if your job goes on", months(*need))?;
                }
                Ok(())
            }
            Unmet::Language { need, best: best_level } => {
                let french_best = match best_level {
                    Some(level) => format!("your best French result's lowest ability is {level}"),
                    None => "you have none".to_string(),
                };
                let best = match best_level {
                    Some(level) => format!("your best valid result's lowest ability is {level}"),
                    None => "you have no valid result".to_string(),
                };
                match need {
                    LanguageNeed::AllFour(level) => write!(f, "CLB/NCLC {level} in all four abilities: {best}"),
                    LanguageNeed::Cec { level, teer_2_or_3 } => write!(
                        f,
                        "CLB/NCLC {level} in all four abilities ({teer_2_or_3} with a year of Canadian work in TEER 2 or 3): {best}"
                    ),
                    LanguageNeed::Trades {
                        listening,
                        speaking,
                        reading,
                        writing,
                    } => write!(
                        f,
                        "CLB/NCLC {listening} listening, {speaking} speaking, {reading} reading and {writing} writing in one result: {best}"
                    ),
                    LanguageNeed::French(level) => {
                        write!(f, "NCLC {level} in all four abilities of a valid French result: {french_best}")
                    }
                }
            }
            Unmet::Education => f.write_str("a secondary school diploma or more"),
            Unmet::EducationAssessed => f.write_str(
                "an educational credential assessment (ECA) of a foreign credential (profile.education_assessed is false)",
            ),
            Unmet::GridPoints { have, need } => write!(f, "{need} of 100 points on the FSW grid: you have {have}"),
            Unmet::FundsUnknown { program, need, family } => write!(
                f,
                "profile.funds_cad is not given: {} needs {} CAD for a family of {family}, unless you may work in Canada and have a job offer",
                program.short_label(),
                thousands(*need)
            ),
            Unmet::Funds { have, need, family } => write!(
                f,
                "proof of funds: {} CAD for a family of {family}; you have {} ({} short)",
                thousands(*need),
                money(*have),
                money(*need as f64 - have)
            ),
            Unmet::OfferOrCertificate => {
                f.write_str("a job offer or a certificate of qualification in the trade from a Canadian authority")
            }
            Unmet::NotInPool { known: true } => f.write_str("in the pool: no program (FSW, CEC, FST) applies"),
            Unmet::NotInPool { known: false } => {
                f.write_str("in the pool: whether a program (FSW, CEC, FST) applies is not known")
            }
            Unmet::NotRecorded(reason) => f.write_str(reason),
        }
    }
}
