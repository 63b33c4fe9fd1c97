//! How much effort each kind of move takes: months and a difficulty, kept
//! as data (`rules/effort.json`) that a user's copy can change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::InputError;

const SHIPPED_EFFORT: &str = include_str!("../../rules/effort.json");

/// The kinds of move whose effort the data sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EffortKind {
    LanguageRetake,
    LanguageLevel,
    NewLanguage,
    NewLanguageLevel,
    CanadianExperienceYear,
    ForeignExperienceYear,
    EducationStep,
    CanadianCredentialShort,
    CanadianCredentialLong,
    CertificateOfQualification,
    SpouseEducationStep,
    SpouseCanadianExperienceYear,
    ProvincialNomination,
}

impl EffortKind {
    pub const ALL: [EffortKind; 13] = [
        EffortKind::LanguageRetake,
        EffortKind::LanguageLevel,
        EffortKind::NewLanguage,
        EffortKind::NewLanguageLevel,
        EffortKind::CanadianExperienceYear,
        EffortKind::ForeignExperienceYear,
        EffortKind::EducationStep,
        EffortKind::CanadianCredentialShort,
        EffortKind::CanadianCredentialLong,
        EffortKind::CertificateOfQualification,
        EffortKind::SpouseEducationStep,
        EffortKind::SpouseCanadianExperienceYear,
        EffortKind::ProvincialNomination,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EffortKind::LanguageRetake => "language_retake",
            EffortKind::LanguageLevel => "language_level",
            EffortKind::NewLanguage => "new_language",
            EffortKind::NewLanguageLevel => "new_language_level",
            EffortKind::CanadianExperienceYear => "canadian_experience_year",
            EffortKind::ForeignExperienceYear => "foreign_experience_year",
            EffortKind::EducationStep => "education_step",
            EffortKind::CanadianCredentialShort => "canadian_credential_one_or_two_years",
            EffortKind::CanadianCredentialLong => "canadian_credential_three_years",
            EffortKind::CertificateOfQualification => "certificate_of_qualification",
            EffortKind::SpouseEducationStep => "spouse_education_step",
            EffortKind::SpouseCanadianExperienceYear => "spouse_canadian_experience_year",
            EffortKind::ProvincialNomination => "provincial_nomination",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Effort {
    pub months: u16,
    /// 1 (just time) to 5 (very hard, or not in your hands).
    pub difficulty: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEffort {
    months: u16,
    difficulty: u8,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEffortFile {
    format: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
    moves: BTreeMap<String, RawEffort>,
}

/// Months and difficulty for each kind of move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffortTable {
    efforts: [Effort; 13],
}

impl EffortTable {
    /// The defaults shipped in `rules/effort.json`.
    pub fn shipped() -> EffortTable {
        let mut table = EffortTable {
            efforts: [Effort {
                months: 0,
                difficulty: 1,
            }; 13],
        };
        table
            .apply_json(SHIPPED_EFFORT, true)
            .unwrap_or_else(|e| panic!("rules/effort.json is shipped broken: {e}"));
        table
    }

    /// Overrides some or all kinds from a `crs-effort/1` file; `complete`
    /// demands every kind (for the shipped defaults). The error names the key;
    /// the caller names the file (`InputError::in_file`).
    pub fn apply_json(&mut self, text: &str, complete: bool) -> Result<(), InputError> {
        // Text after the object is refused, as in every other data file.
        let raw: RawEffortFile =
            crate::error::from_json_path(text).map_err(|(path, problem)| InputError::at(path, problem))?;
        if raw.format != "crs-effort/1" {
            return Err(InputError::at(
                "format",
                crate::error::expected_found("\"crs-effort/1\"", format!("{:?}", raw.format)),
            ));
        }
        for (key, value) in &raw.moves {
            let kind = EffortKind::ALL
                .into_iter()
                .find(|kind| kind.key() == key)
                .ok_or_else(|| {
                    let keys: Vec<&str> = EffortKind::ALL.iter().map(|k| k.key()).collect();
                    InputError::at(
                        format!("moves.{key}"),
                        crate::t!("effort-unknown-move", keys = crate::error::one_of(keys)),
                    )
                })?;
            if !(1..=5).contains(&value.difficulty) {
                return Err(InputError::at(
                    format!("moves.{key}.difficulty"),
                    crate::error::expected_found(
                        crate::t!("input-from-to", min = 1, max = 5),
                        value.difficulty.to_string(),
                    ),
                ));
            }
            if value.months > 600 {
                return Err(InputError::at(
                    format!("moves.{key}.months"),
                    crate::error::expected_found(
                        crate::t!("input-at-most", max = 600),
                        value.months.to_string(),
                    ),
                ));
            }
            self.efforts[kind as usize] = Effort {
                months: value.months,
                difficulty: value.difficulty,
            };
        }
        if complete {
            if let Some(missing) = EffortKind::ALL
                .iter()
                .find(|kind| !raw.moves.contains_key(kind.key()))
            {
                return Err(InputError::at(
                    format!("moves.{}", missing.key()),
                    crate::t!("input-absent"),
                ));
            }
        }
        Ok(())
    }

    pub fn get(&self, kind: EffortKind) -> Effort {
        self.efforts[kind as usize]
    }

    /// Effort points: months times difficulty, so a hard month weighs more.
    pub(crate) fn cost(&self, kind: EffortKind, times: u32) -> u32 {
        let effort = self.get(kind);
        u32::from(effort.months) * u32::from(effort.difficulty) * times
    }

    pub(crate) fn months(&self, kind: EffortKind, times: u16) -> u16 {
        self.get(kind).months.saturating_mul(times)
    }
}
