//! Rule sets: the CRS points tables as data (`rules/sets/*.json`), compiled
//! into flat lookup tables so that scoring is a handful of array reads.

mod check;
mod compile;
pub mod occupation;
mod raw;

use super::date::Date;
use super::profile::{CanadianEducation, JobOffer, MAX_AGE, MAX_EXPERIENCE_YEARS};
use crate::said::Said;
use compile::compile;
use raw::RawRuleSet;

/// The rule sets shipped in `rules/sets/`, embedded by `build.rs`: adding a
/// file there adds a rule set with no code change.
const SHIPPED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/shipped_rules.rs"));

pub const RULES_FORMAT: &str = "crs-rules/1";
/// The first format with occupation-based factors; reads every
/// `crs-rules/1` file's keys the same way.
pub const RULES_FORMAT_2: &str = "crs-rules/2";
/// Every rules format read.
pub const RULES_FORMATS: [&str; 2] = [RULES_FORMAT, RULES_FORMAT_2];

const LEVELS: usize = 13; // CLB/NCLC 0..=12
const AGES: usize = MAX_AGE as usize + 1;
const YEARS: usize = MAX_EXPERIENCE_YEARS as usize + 1;

/// Points that differ with and without an accompanying spouse, indexed by
/// `usize::from(with_spouse)`.
pub(crate) type ByStatus<T> = [T; 2];

pub(crate) const WITHOUT: usize = 0;
pub(crate) const WITH: usize = 1;

/// One rule set, compiled. Tables are indexed directly by age, CLB, years or
/// education level, so scoring needs no search and no allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSet {
    pub(crate) id: String,
    pub(crate) in_force_from: Date,
    pub(crate) title: String,

    pub(crate) core_cap: ByStatus<u16>,
    pub(crate) age: ByStatus<[u16; AGES]>,
    pub(crate) education: ByStatus<[u16; 8]>,
    pub(crate) first_language: ByStatus<[u16; LEVELS]>,
    pub(crate) second_language: ByStatus<[u16; LEVELS]>,
    pub(crate) second_language_cap: ByStatus<u16>,
    pub(crate) canadian_experience: ByStatus<[u16; YEARS]>,

    pub(crate) spouse_cap: u16,
    pub(crate) spouse_education: [u16; 8],
    pub(crate) spouse_language: [u16; LEVELS],
    pub(crate) spouse_language_cap: u16,
    pub(crate) spouse_canadian_experience: [u16; YEARS],

    pub(crate) transferability_cap: u16,
    /// Level 0, 1 or 2 reached with the lowest first-language CLB as index.
    pub(crate) language_level: [u8; LEVELS],
    /// Level 0, 1 or 2 reached with these years of Canadian experience.
    pub(crate) canadian_experience_level: [u8; YEARS],
    pub(crate) education_rank: [u8; 8],
    pub(crate) foreign_experience_rank: [u8; YEARS],
    /// Indexed `[rank][level]`; rank and level 0 score nothing.
    pub(crate) combination_points: [[u16; 3]; 3],
    pub(crate) education_combination_cap: u16,
    pub(crate) foreign_combination_cap: u16,
    /// Indexed by the lowest first-language CLB.
    pub(crate) certificate_of_qualification: [u16; LEVELS],

    pub(crate) additional_cap: u16,
    pub(crate) provincial_nomination: u16,
    pub(crate) job_offer: [u16; 3],
    pub(crate) canadian_education: [u16; 3],
    pub(crate) sibling_in_canada: u16,
    pub(crate) french_min_nclc: u8,
    pub(crate) french_english_min_clb: u8,
    pub(crate) french_with_weak_or_no_english: u16,
    pub(crate) french_with_english: u16,

    pub(crate) max_total: u16,
    /// Points by tier for work or a job offer in listed occupations
    /// (`crs-rules/2`); none in the official rule sets.
    pub(crate) occupation_factors: Vec<occupation::OccupationFactor>,
    /// The most each breakdown row can give, by `usize::from(with_spouse)`.
    pub(crate) row_max: ByStatus<[u16; super::factor::ROWS]>,
}

/// A rules file that cannot be used, with the key at fault (the file is
/// named by whoever read it).
pub use crate::error::InputError as RulesError;

fn error(path: impl Into<String>, message: impl Into<Said>) -> RulesError {
    RulesError::at(path, message)
}

impl RuleSet {
    /// Reads and checks a rule set in the `crs-rules/1` or `crs-rules/2`
    /// format whose occupation lists, if any, are all inline.
    pub fn from_json(text: &str) -> Result<RuleSet, RulesError> {
        RuleSet::from_json_with_lists(text, &|name| {
            Err(error(
                "occupation_lists",
                crate::said!(
                    "rules-list-file-missing",
                    folder = "occupations/",
                    name = format!("{name:?}")
                ),
            ))
        })
    }

    /// Reads and checks a rule set, asking `read_list` for the text of each
    /// list kept in a file of its own.
    pub fn from_json_with_lists(text: &str, read_list: occupation::ListFiles) -> Result<RuleSet, RulesError> {
        // Read at full speed, and again keeping the path only to say where
        // a text that fails is wrong (every run reads the shipped sets).
        let raw: RawRuleSet =
            crate::error::from_json_path(text).map_err(|(path, problem)| error(path, problem))?;
        compile(raw, read_list)
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// The occupation-based factors (`crs-rules/2`), in the file's order.
    pub fn occupation_factors(&self) -> &[occupation::OccupationFactor] {
        &self.occupation_factors
    }

    pub fn has_occupation_factors(&self) -> bool {
        !self.occupation_factors.is_empty()
    }

    pub fn in_force_from(&self) -> Date {
        self.in_force_from
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    /// Whether the rule set awards anything for a job offer.
    pub fn scores_job_offer(&self) -> bool {
        self.job_offer.iter().any(|&points| points > 0)
    }

    pub fn job_offer_points(&self, offer: JobOffer) -> u16 {
        self.job_offer[offer as usize]
    }

    /// Section caps and the grand maximum, as (with spouse, without spouse).
    pub fn max_total(&self) -> u16 {
        self.max_total
    }

    /// Ways the tables contradict how the law is built: a better education,
    /// language level or more experience scoring less, or a cap below one of
    /// its parts, each with the table at fault (and, in brackets, which of
    /// its columns). Empty for a sound rule set.
    pub fn consistency_problems(&self) -> Vec<(String, Said)> {
        let mut problems = Vec::new();
        let mut monotone = |name: &str, values: &[u16]| {
            if let Some(at) = values.windows(2).position(|pair| pair[1] < pair[0]) {
                problems.push((
                    name.to_string(),
                    crate::said!("rules-step-less", step = at + 1, before = at),
                ));
            }
        };
        for status in [WITHOUT, WITH] {
            let label = if status == WITH {
                "with spouse"
            } else {
                "without spouse"
            };
            monotone(&format!("core.education ({label})"), &self.education[status]);
            monotone(
                &format!("core.first_language_per_ability ({label})"),
                &self.first_language[status],
            );
            monotone(
                &format!("core.second_language_per_ability ({label})"),
                &self.second_language[status],
            );
            monotone(
                &format!("core.canadian_experience ({label})"),
                &self.canadian_experience[status],
            );
        }
        monotone("spouse.education", &self.spouse_education);
        monotone("spouse.language_per_ability", &self.spouse_language);
        monotone("spouse.canadian_experience", &self.spouse_canadian_experience);
        monotone(
            "transferability.certificate_of_qualification",
            &self.certificate_of_qualification,
        );
        monotone("additional.canadian_education", &self.canadian_education);
        for rank in 0..3 {
            monotone(
                "transferability.points_by_rank_and_level (by level)",
                &self.combination_points[rank],
            );
        }
        for level in 0..3 {
            let by_rank: Vec<u16> = (0..3).map(|rank| self.combination_points[rank][level]).collect();
            monotone("transferability.points_by_rank_and_level (by rank)", &by_rank);
        }
        let ranks: Vec<u16> = self.education_rank.iter().map(|&r| u16::from(r)).collect();
        monotone("transferability.education_rank", &ranks);

        let mut cap_at_least = |name: &str, cap: u16, part: u16| {
            if cap < part {
                problems.push((
                    name.to_string(),
                    crate::said!(
                        "rules-cap-below-part",
                        cap = cap.to_string(),
                        part = part.to_string()
                    ),
                ));
            }
        };
        for status in [WITHOUT, WITH] {
            let core_parts = [
                max_of(&self.age[status]),
                max_of(&self.education[status]),
                max_of(&self.first_language[status]) * 4,
                self.second_language_cap[status],
                max_of(&self.canadian_experience[status]),
            ];
            for part in core_parts {
                cap_at_least("core.cap", self.core_cap[status], part);
            }
            cap_at_least(
                "core.second_language_cap",
                self.second_language_cap[status],
                max_of(&self.second_language[status]),
            );
        }
        for part in [
            max_of(&self.spouse_education),
            self.spouse_language_cap,
            max_of(&self.spouse_canadian_experience),
        ] {
            cap_at_least("spouse.cap", self.spouse_cap, part);
        }
        let combination_max = self
            .combination_points
            .iter()
            .flatten()
            .copied()
            .max()
            .unwrap_or(0);
        cap_at_least(
            "transferability.education_cap",
            self.education_combination_cap,
            combination_max,
        );
        cap_at_least(
            "transferability.foreign_experience_cap",
            self.foreign_combination_cap,
            combination_max,
        );
        for part in [
            self.education_combination_cap,
            self.foreign_combination_cap,
            max_of(&self.certificate_of_qualification),
        ] {
            cap_at_least("transferability.cap", self.transferability_cap, part);
        }
        for part in [
            self.provincial_nomination,
            max_of(&self.job_offer),
            max_of(&self.canadian_education),
            self.sibling_in_canada,
            self.french_with_english.max(self.french_with_weak_or_no_english),
        ] {
            cap_at_least("additional.cap", self.additional_cap, part);
        }
        for factor in &self.occupation_factors {
            let cap = match factor.section {
                super::factor::OccupationSection::Core => self.core_cap[WITHOUT].min(self.core_cap[WITH]),
                super::factor::OccupationSection::Transferability => self.transferability_cap,
                super::factor::OccupationSection::Additional => self.additional_cap,
            };
            cap_at_least(
                &format!("{}.cap", factor.section.key()),
                cap,
                factor.most(false).max(factor.most(true)),
            );
        }
        for status in [WITHOUT, WITH] {
            let spouse = if status == WITH { self.spouse_cap } else { 0 };
            let sections = self.core_cap[status] + spouse + self.transferability_cap + self.additional_cap;
            if sections != self.max_total {
                problems.push((
                    "max_total".to_string(),
                    crate::said!(
                        "rules-caps-add-up",
                        sections = sections.to_string(),
                        total = self.max_total.to_string()
                    ),
                ));
            }
        }
        problems
    }
}

fn max_of(values: &[u16]) -> u16 {
    values.iter().copied().max().unwrap_or(0)
}

/// Every rule set known to the program, oldest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuleBook {
    sets: Vec<RuleSet>,
}

/// No rule set covers a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectError {
    BeforeOldest {
        date: Date,
        oldest: String,
        oldest_from: Date,
    },
    Empty,
    UnknownId(String),
}

impl SelectError {
    pub fn said(&self) -> Said {
        match self {
            SelectError::BeforeOldest {
                date,
                oldest,
                oldest_from,
            } => crate::said!(
                "rules-before-oldest",
                date = *date,
                oldest = oldest,
                from = *oldest_from
            ),
            SelectError::Empty => crate::said!("rules-none-loaded"),
            SelectError::UnknownId(id) => crate::said!("rules-no-id", id = id),
        }
    }
}

impl std::fmt::Display for SelectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for SelectError {}

impl RuleBook {
    /// The rule sets compiled into the program.
    pub fn shipped() -> RuleBook {
        let mut book = RuleBook::default();
        for (name, text) in SHIPPED {
            let set = RuleSet::from_json(text)
                .unwrap_or_else(|e| panic!("rules/sets/{name} is shipped broken: {e}"));
            book.insert(set);
        }
        book
    }

    /// Adds a rule set, replacing one with the same id.
    pub fn insert(&mut self, set: RuleSet) {
        self.sets.retain(|existing| existing.id != set.id);
        let at = self.sets.partition_point(|existing| {
            (existing.in_force_from, &existing.id) < (set.in_force_from, &set.id)
        });
        self.sets.insert(at, set);
    }

    pub fn sets(&self) -> &[RuleSet] {
        &self.sets
    }

    pub fn get(&self, id: &str) -> Result<&RuleSet, SelectError> {
        self.sets
            .iter()
            .find(|set| set.id == id)
            .ok_or_else(|| SelectError::UnknownId(id.to_string()))
    }

    /// The newest rule set in force on `date`.
    /// The rule set in force on `date`; before the oldest, the newest (a
    /// projection never stops for want of a rule set).
    pub fn for_day(&self, date: Date) -> &RuleSet {
        self.in_force_on(date)
            .ok()
            .or_else(|| self.sets.last())
            .expect("a rule book is never empty")
    }

    pub fn in_force_on(&self, date: Date) -> Result<&RuleSet, SelectError> {
        let oldest = self.sets.first().ok_or(SelectError::Empty)?;
        self.sets
            .iter()
            .rev()
            .find(|set| set.in_force_from <= date)
            .ok_or_else(|| SelectError::BeforeOldest {
                date,
                oldest: oldest.id.clone(),
                oldest_from: oldest.in_force_from,
            })
    }
}

/// Shipped rule file names, for tests that check each one.
pub fn shipped_rule_files() -> &'static [(&'static str, &'static str)] {
    SHIPPED
}

/// The highest value of each thing the advisor can raise that still earns
/// points under a rule set: past it, more earns nothing anywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ceilings {
    pub first_language: u8,
    pub second_language: u8,
    pub spouse_language: u8,
    pub canadian_years: u8,
    pub foreign_years: u8,
    pub spouse_canadian_years: u8,
}

/// The last index at which a table's value changes (0 when it never does).
fn last_rise<T: PartialEq>(table: &[T]) -> u8 {
    let last = (1..table.len())
        .rev()
        .find(|&i| table[i] != table[i - 1])
        .unwrap_or(0);
    u8::try_from(last).unwrap_or(u8::MAX)
}

impl RuleSet {
    /// Read from the tables, so a rules file that moves a threshold is
    /// advised on as it scores.
    pub fn ceilings(&self) -> Ceilings {
        let both =
            |tables: &ByStatus<[u16; LEVELS]>| last_rise(&tables[WITHOUT]).max(last_rise(&tables[WITH]));
        // The French bonus reads the French result and the English one.
        let french = self.french_min_nclc.max(self.french_english_min_clb);
        Ceilings {
            first_language: both(&self.first_language)
                .max(last_rise(&self.language_level))
                .max(last_rise(&self.certificate_of_qualification))
                .max(french),
            second_language: both(&self.second_language).max(french),
            spouse_language: last_rise(&self.spouse_language),
            canadian_years: last_rise(&self.canadian_experience[WITHOUT])
                .max(last_rise(&self.canadian_experience[WITH]))
                .max(last_rise(&self.canadian_experience_level))
                // Years that reach an occupation factor's months.
                .max(
                    self.occupation_factors
                        .iter()
                        .filter_map(|factor| factor.work.as_ref())
                        .map(|part| part.min_months.div_ceil(12))
                        .max()
                        .unwrap_or(0),
                ),
            foreign_years: last_rise(&self.foreign_experience_rank),
            spouse_canadian_years: last_rise(&self.spouse_canadian_experience),
        }
    }

    pub(crate) fn canadian_education_points(&self, level: CanadianEducation) -> u16 {
        self.canadian_education[level as usize]
    }
}
