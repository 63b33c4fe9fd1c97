//! The JSON shape of a score, as `score --json` and `score --batch` print it.
//! Scripts rely on it: add fields, never rename or remove them.

use serde::Serialize;

use crate::engine::{Abilities, Breakdown, Section};

#[derive(Serialize)]
pub struct ScoreJson<'a> {
    pub total: u16,
    pub core: u16,
    pub spouse: u16,
    pub transferability: u16,
    pub additional: u16,
    pub rules: &'a str,
    pub factors: [FactorJson; crate::engine::score::ROWS],
    /// The CLB/NCLC level each result converted to.
    pub levels: LevelsJson,
    /// Language results expired or about to expire on the scoring date.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Serialize, Clone, Copy)]
pub struct FactorJson {
    pub section: &'static str,
    pub factor: &'static str,
    pub points: i32,
    pub max: u16,
}

#[derive(Serialize)]
pub struct LevelsJson {
    pub first_language: AbilitiesJson,
    pub second_language: Option<AbilitiesJson>,
    pub spouse_language: Option<AbilitiesJson>,
}

#[derive(Serialize)]
pub struct AbilitiesJson {
    pub listening: u8,
    pub reading: u8,
    pub writing: u8,
    pub speaking: u8,
}

impl From<Abilities<u8>> for AbilitiesJson {
    fn from(levels: Abilities<u8>) -> Self {
        let [listening, reading, writing, speaking] = levels.0;
        AbilitiesJson {
            listening,
            reading,
            writing,
            speaking,
        }
    }
}

impl<'a> From<&Breakdown<'a>> for ScoreJson<'a> {
    fn from(breakdown: &Breakdown<'a>) -> Self {
        let factors = breakdown.rows.map(|row| FactorJson {
            section: row.factor.section().key(),
            factor: row.factor.key(),
            points: row.points,
            max: row.max,
        });
        ScoreJson {
            total: breakdown.total,
            core: breakdown.section(Section::Core),
            spouse: breakdown.section(Section::Spouse),
            transferability: breakdown.section(Section::Transferability),
            additional: breakdown.section(Section::Additional),
            rules: breakdown.rules.id(),
            factors,
            levels: LevelsJson {
                first_language: breakdown.levels.first.into(),
                second_language: breakdown.levels.second.map(Into::into),
                spouse_language: breakdown.levels.spouse.map(Into::into),
            },
            warnings: Vec::new(),
        }
    }
}

/// A line of `--batch` that could not be scored.
#[derive(Serialize)]
pub struct LineErrorJson<'a> {
    pub line: u64,
    pub error: &'a str,
}
