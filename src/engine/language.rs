//! Official test scores to CLB/NCLC levels, from the equivalency charts kept as
//! data in `rules/language-tests.json`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::error::InputError;
use crate::said::Said;

use serde::Deserialize;

use super::date::Date;
use super::profile::{Abilities, Ability, Language, LanguageResult, LanguageTest};

const OFFICIAL_TABLES: &str = include_str!("../../rules/language-tests.json");

/// Levels 4 to 10 each have a lowest score; below the first is "below CLB 4".
const FIRST_LISTED_LEVEL: u8 = 4;
const LISTED_LEVELS: usize = 7;

/// The level reported for a score under the CLB 4 row. It earns nothing anywhere.
pub const BELOW_CLB_4: u8 = 0;

#[derive(Debug, Clone, PartialEq)]
struct TestTable {
    languages: Vec<Language>,
    scales: Abilities<(u16, u16)>,
    /// `None` when the scores already are levels (plain CLB/NCLC).
    thresholds: Option<Abilities<[u16; LISTED_LEVELS]>>,
}

/// A result counts until the second anniversary of its test (Feb 29 gives Feb 28).
pub const RESULT_VALID_YEARS: u16 = 2;

/// Whether a result taken on `taken` still counts on `date`.
pub fn result_valid_on(taken: Date, date: Date) -> bool {
    date < taken.plus_years(RESULT_VALID_YEARS)
}

/// The equivalency charts of every supported test.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageTables {
    tests: [TestTable; 6],
}

/// Why a language result cannot be accepted; the caller adds the file and the
/// field path.
#[derive(Debug, Clone, PartialEq)]
pub enum LanguageError {
    /// A score its test cannot give.
    Score {
        ability: Ability,
        expected: Said,
        found: String,
    },
    /// An English test for French or the other way round.
    WrongLanguage {
        test: LanguageTest,
        language: Language,
        expected: String,
    },
}

impl LanguageTables {
    /// The charts shipped with the program. They are checked by the test suite,
    /// so failing to read them here is a build defect, not a user error.
    pub fn official() -> &'static LanguageTables {
        static TABLES: OnceLock<LanguageTables> = OnceLock::new();
        TABLES.get_or_init(|| {
            LanguageTables::from_json(OFFICIAL_TABLES)
                .unwrap_or_else(|message| panic!("rules/language-tests.json: {message}"))
        })
    }

    /// Reads charts in the `crs-language-tests/1` format.
    pub fn from_json(text: &str) -> Result<Self, InputError> {
        let raw: RawTables = serde_json::from_str(text).map_err(|e| InputError::at("", e.to_string()))?;
        if raw.format != "crs-language-tests/1" {
            return Err(InputError::at(
                "format",
                format!("expected \"crs-language-tests/1\", found {:?}", raw.format),
            ));
        }
        let mut tests = Vec::with_capacity(LanguageTest::ALL.len());
        for test in LanguageTest::ALL {
            let raw_test = raw
                .tests
                .get(test.key())
                .ok_or_else(|| InputError::at(format!("tests.{}", test.key()), "missing"))?;
            tests.push(compile_test(test, raw_test)?);
        }
        let tests: [TestTable; 6] = tests
            .try_into()
            .map_err(|_| InputError::at("tests", "expected six tests"))?;
        Ok(LanguageTables { tests })
    }

    fn table(&self, test: LanguageTest) -> &TestTable {
        &self.tests[test as usize]
    }

    /// Checks each score against its test's scale and converts it, giving a
    /// result the engine can score. Scores are in the test's own scale
    /// (IELTS 7.5, PTE 79).
    pub fn result(
        &self,
        language: Language,
        test: LanguageTest,
        scores: Abilities<f64>,
    ) -> Result<LanguageResult, LanguageError> {
        let table = self.table(test);
        if !table.languages.contains(&language) {
            let allowed: Vec<&str> = table.languages.iter().map(|l| l.key()).collect();
            return Err(LanguageError::WrongLanguage {
                test,
                language,
                expected: allowed.join(" or "),
            });
        }
        let mut units = Abilities([0u16; 4]);
        for ability in Ability::ALL {
            let value = scores.get(ability);
            let parsed =
                to_units(test, value, table.scales.get(ability)).ok_or_else(|| LanguageError::Score {
                    ability,
                    expected: self.expected_score(language, test, ability),
                    found: format_found(value),
                })?;
            units.set(ability, parsed);
        }
        Ok(self.result_from_units(language, test, units))
    }

    /// A result in plain CLB/NCLC levels (0 to 12 each).
    pub fn plain_levels(&self, language: Language, levels: Abilities<u8>) -> LanguageResult {
        let units = levels.map(|_, level| u16::from(level.min(12)));
        self.result_from_units(language, LanguageTest::Clb, units)
    }

    /// Builds a result from scores already in the test's units; each is
    /// clamped onto the test's scale so the result stays one the test can give.
    pub fn result_from_units(
        &self,
        language: Language,
        test: LanguageTest,
        units: Abilities<u16>,
    ) -> LanguageResult {
        let table = self.table(test);
        let units = units.map(|ability, score| {
            let (min, max) = table.scales.get(ability);
            score.clamp(min, max)
        });
        let levels = units.map(|ability, score| self.level(test, ability, score));
        LanguageResult {
            language,
            test,
            scores: units,
            levels,
        }
    }

    /// The CLB/NCLC level a score (in the test's units) reaches.
    pub fn level(&self, test: LanguageTest, ability: Ability, units: u16) -> u8 {
        match &self.table(test).thresholds {
            None => u8::try_from(units).unwrap_or(u8::MAX),
            Some(thresholds) => {
                let reached = thresholds
                    .get(ability)
                    .iter()
                    .take_while(|&&lowest| units >= lowest)
                    .count();
                if reached == 0 {
                    BELOW_CLB_4
                } else {
                    FIRST_LISTED_LEVEL + reached as u8 - 1
                }
            }
        }
    }

    /// The lowest score (in the test's units) that reaches `level`, if the
    /// test can reach it at all. Levels above 10 are reached only by plain CLB.
    pub fn lowest_score_for(&self, test: LanguageTest, ability: Ability, level: u8) -> Option<u16> {
        let table = self.table(test);
        let (min, max) = table.scales.get(ability);
        match &table.thresholds {
            None => (u16::from(level) >= min && u16::from(level) <= max).then_some(level.into()),
            Some(thresholds) => {
                if level < FIRST_LISTED_LEVEL {
                    return Some(min);
                }
                let index = usize::from(level - FIRST_LISTED_LEVEL);
                thresholds.get(ability).get(index).copied()
            }
        }
    }

    /// The scale of one ability of a test, in the test's units.
    pub fn scale(&self, test: LanguageTest, ability: Ability) -> (u16, u16) {
        self.table(test).scales.get(ability)
    }

    /// Which tests can report a language.
    pub fn tests_for(&self, language: Language) -> impl Iterator<Item = LanguageTest> + '_ {
        LanguageTest::ALL
            .into_iter()
            .filter(move |&test| self.table(test).languages.contains(&language))
    }

    /// What a valid score looks like, for error messages.
    pub fn expected_score(&self, language: Language, test: LanguageTest, ability: Ability) -> Said {
        let (min, max) = self.scale(test, ability);
        let what = match test {
            LanguageTest::Clb => crate::said!(
                "score-expected-level",
                level = Said::message(language.level_name_id(), Vec::new())
            ),
            LanguageTest::Ielts => crate::said!("score-expected-band", ability = ability.key()),
            other => crate::said!(
                "score-expected-score",
                test = Said::message(other.label_id(), Vec::new()),
                ability = ability.key()
            ),
        };
        if test.units_per_point() == 1 {
            crate::said!("score-expected-whole", what = what, min = min, max = max)
        } else {
            crate::said!(
                "score-expected-halves",
                what = what,
                min = test.score_fact(min),
                max = test.score_fact(max),
                step = crate::said::Fact::Decimal(0.5, 1)
            )
        }
    }
}

/// A JSON number to test units, if it is on the scale exactly.
fn to_units(test: LanguageTest, value: f64, (min, max): (u16, u16)) -> Option<u16> {
    let scaled = value * f64::from(test.units_per_point());
    // In range (NaN never is), the cast keeps the whole part exactly, so
    // comparing it with the value tells a whole number without `fract`,
    // which is a library call on this hot path.
    if !(f64::from(min)..=f64::from(max)).contains(&scaled) {
        return None;
    }
    let units = scaled as u16;
    (f64::from(units) == scaled).then_some(units)
}

/// A number as the user wrote it: whole numbers without a decimal point.
pub(crate) fn format_found(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTables {
    format: String,
    #[allow(dead_code)]
    source: Option<String>,
    tests: BTreeMap<String, RawTest>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTest {
    languages: Vec<String>,
    scale: RawScale,
    #[serde(default)]
    scale_by_ability: BTreeMap<String, RawScale>,
    thresholds: Option<BTreeMap<String, Vec<f64>>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: f64,
    max: f64,
    step: f64,
}

fn compile_test(test: LanguageTest, raw: &RawTest) -> Result<TestTable, InputError> {
    // `rest` is "key: problem", the key under this test's.
    let at = |rest: &str| {
        let (path, problem) = rest.split_once(": ").unwrap_or((rest, "invalid"));
        InputError::at(format!("tests.{}.{path}", test.key()), problem)
    };
    let languages = raw
        .languages
        .iter()
        .map(|key| Language::from_key(key).ok_or_else(|| at(&format!("languages: unknown language {key:?}"))))
        .collect::<Result<Vec<_>, _>>()?;
    for key in raw.scale_by_ability.keys() {
        if !Ability::ALL.iter().any(|a| a.key() == key) {
            return Err(at(&format!("scale_by_ability.{key}: not an ability")));
        }
    }
    let per_point = f64::from(test.units_per_point());
    let unit = |value: f64, path: &str| -> Result<u16, InputError> {
        let scaled = value * per_point;
        if scaled.fract() != 0.0 || !(0.0..=f64::from(u16::MAX)).contains(&scaled) {
            return Err(at(&format!("{path}: {value} is not a score of this test")));
        }
        Ok(scaled as u16)
    };
    let mut scales = Abilities([(0u16, 0u16); 4]);
    for ability in Ability::ALL {
        let scale = raw
            .scale_by_ability
            .get(ability.key())
            .copied()
            .unwrap_or(raw.scale);
        if scale.step * per_point != 1.0 {
            return Err(at(&format!(
                "scale.step: expected {} for this test",
                1.0 / per_point
            )));
        }
        let min = unit(scale.min, "scale.min")?;
        let max = unit(scale.max, "scale.max")?;
        if min > max {
            return Err(at("scale: min is above max"));
        }
        scales.set(ability, (min, max));
    }
    let thresholds = match &raw.thresholds {
        None => None,
        Some(by_ability) => {
            let mut table = Abilities([[0u16; LISTED_LEVELS]; 4]);
            for key in by_ability.keys() {
                if !Ability::ALL.iter().any(|a| a.key() == key) {
                    return Err(at(&format!("thresholds.{key}: not an ability")));
                }
            }
            for ability in Ability::ALL {
                let path = format!("thresholds.{}", ability.key());
                let values = by_ability
                    .get(ability.key())
                    .ok_or_else(|| at(&format!("{path}: missing")))?;
                if values.len() != LISTED_LEVELS {
                    return Err(at(&format!(
                        "{path}: expected {LISTED_LEVELS} scores, for levels 4 to 10"
                    )));
                }
                let (min, max) = scales.get(ability);
                let mut row = [0u16; LISTED_LEVELS];
                for (index, &value) in values.iter().enumerate() {
                    let score = unit(value, &format!("{path}[{index}]"))?;
                    if score < min || score > max {
                        return Err(at(&format!("{path}[{index}]: {value} is off the test's scale")));
                    }
                    if index > 0 && score <= row[index - 1] {
                        return Err(at(&format!("{path}[{index}]: must be above the level below it")));
                    }
                    row[index] = score;
                }
                table.set(ability, row);
            }
            Some(table)
        }
    };
    Ok(TestTable {
        languages,
        scales,
        thresholds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_tables_load() {
        let tables = LanguageTables::from_json(OFFICIAL_TABLES).expect("shipped tables are valid");
        assert_eq!(tables.scale(LanguageTest::Tcf, Ability::Writing), (0, 20));
        assert_eq!(tables.scale(LanguageTest::Tcf, Ability::Reading), (0, 699));
        assert_eq!(tables.scale(LanguageTest::Ielts, Ability::Reading), (0, 18));
    }

    #[test]
    fn ielts_between_bands_takes_the_lower_level() {
        let tables = LanguageTables::official();
        assert_eq!(tables.level(LanguageTest::Ielts, Ability::Reading, 15), 9);
        assert_eq!(tables.level(LanguageTest::Ielts, Ability::Listening, 14), 7);
    }

    #[test]
    fn plain_levels_pass_through() {
        let tables = LanguageTables::official();
        assert_eq!(tables.level(LanguageTest::Clb, Ability::Speaking, 12), 12);
        assert_eq!(tables.level(LanguageTest::Clb, Ability::Speaking, 3), 3);
    }
}
