//! Programs, unmet requirements, round kinds and the reasons a round is
//! closed to someone, worded when shown: in the language in use on a
//! screen, in English in JSON.

use std::fmt;

use crate::engine::eligibility::unmet::MONTH_SEVENTHS;
use crate::engine::eligibility::work::whole_hours;
use crate::engine::eligibility::*;
use crate::engine::Date;

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

impl RoundKind {
    /// How a person names rounds of this kind ("French rounds"), with the
    /// category's name from the list in force on `date`.
    pub fn rounds_label(&self, reference: &Reference, date: Date) -> String {
        match self {
            RoundKind::Category(id) => {
                let name = reference
                    .categories_on(date)
                    .and_then(|list| list.categories.iter().find(|c| *c.id == **id))
                    .map_or(id.as_str(), |rule| &*rule.name);
                crate::t!(
                    "rounds-category",
                    category = crate::i18n::words::category_name(id, name)
                )
            }
            _ => crate::i18n::words::rounds_of_kind(&self.key()),
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Reason::Program(program, unmet) => crate::t!(
                "reason-of",
                program = program.short_label(),
                reason = unmet.to_string()
            ),
            Reason::Category(unmet) => unmet.to_string(),
            Reason::NoNomination => crate::t!("unmet-nomination"),
            Reason::NoListOn(date) => crate::t!("unmet-no-list-on", date = *date),
            Reason::NoSuchCategory { version, key } => {
                crate::t!("unmet-no-such-category", version = version, key = key)
            }
            Reason::KindNotKnown { kind } => crate::t!("unmet-kind-not-known", kind = kind),
        };
        f.write_str(&text)
    }
}

/// JSON holds a reason as its English words, whatever the reader speaks.
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&crate::i18n::in_english(|| self.to_string()))
    }
}

impl GridScore {
    /// Each factor of the FSW grid with its points ("language 24/28", ...),
    /// as `eligibility` and the report say them.
    pub fn factors(&self) -> String {
        self.rows
            .iter()
            .map(|row| {
                crate::t!(
                    "grid-factor",
                    factor = row.factor.key(),
                    points = row.points,
                    max = row.max
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Program {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                Program::Fsw => "program-fsw",
                Program::Cec => "program-cec",
                Program::Fst => "program-fst",
            },
            &[],
        )
    }

    pub fn short_label(self) -> String {
        crate::i18n::message(
            match self {
                Program::Fsw => "program-fsw-short",
                Program::Cec => "program-cec-short",
                Program::Fst => "program-fst-short",
            },
            &[],
        )
    }
}

impl Report {
    /// Where the stated years and the counted ones disagree, a line saying so.
    pub fn years_disagreement(&self) -> Option<String> {
        let (canadian, foreign) = self.counted_years?;
        let mut parts = Vec::new();
        if canadian != self.canadian_years {
            parts.push(crate::t!(
                "years-disagree",
                place = "canadian",
                stated = self.canadian_years,
                counted = canadian
            ));
        }
        if foreign != self.foreign_years {
            parts.push(crate::t!(
                "years-disagree",
                place = "foreign",
                stated = self.foreign_years,
                counted = foreign
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}
