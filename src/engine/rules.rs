//! Rule sets: the CRS points tables as data (`rules/sets/*.json`), compiled
//! into flat lookup tables so that scoring is a handful of array reads.

use std::fmt;

use serde::Deserialize;

use super::date::Date;
use super::profile::{CanadianEducation, Education, JobOffer, MAX_AGE, MAX_EXPERIENCE_YEARS};

/// The rule sets shipped in `rules/sets/`, embedded by `build.rs`: adding a
/// file there adds a rule set with no code change.
const SHIPPED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/shipped_rules.rs"));

pub const RULES_FORMAT: &str = "crs-rules/1";

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
    /// The most each breakdown row can give, by `usize::from(with_spouse)`.
    pub(crate) row_max: ByStatus<[u16; super::score::ROWS]>,
}

/// A rules file that cannot be used, with the key at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesError {
    /// Dotted path of the offending key (`core.age[3].with_spouse`); empty for
    /// the document as a whole.
    pub path: String,
    pub message: String,
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for RulesError {}

fn error(path: impl Into<String>, message: impl Into<String>) -> RulesError {
    RulesError {
        path: path.into(),
        message: message.into(),
    }
}

impl RuleSet {
    /// Reads and checks a rule set in the `crs-rules/1` format.
    pub fn from_json(text: &str) -> Result<RuleSet, RulesError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let raw: RawRuleSet = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let message = if inner.is_syntax() || inner.is_eof() {
                format!("not valid JSON ({inner})")
            } else {
                plain_words(&strip_position(&inner.to_string()))
            };
            error(if path == "." { String::new() } else { path }, message)
        })?;
        deserializer
            .end()
            .map_err(|e| error("", format!("unexpected text after the rule set ({e})")))?;
        compile(raw)
    }

    pub fn id(&self) -> &str {
        &self.id
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
    /// its parts. Empty for a sound rule set.
    pub fn consistency_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut monotone = |name: &str, values: &[u16]| {
            if let Some(at) = values.windows(2).position(|pair| pair[1] < pair[0]) {
                problems.push(format!("{name}: step {} scores less than step {at}", at + 1));
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
                problems.push(format!("{name}: cap {cap} is below a part worth {part}"));
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
        for status in [WITHOUT, WITH] {
            let spouse = if status == WITH { self.spouse_cap } else { 0 };
            let sections = self.core_cap[status] + spouse + self.transferability_cap + self.additional_cap;
            if sections != self.max_total {
                problems.push(format!(
                    "max_total: the section caps add up to {sections}, not {}",
                    self.max_total
                ));
            }
        }
        problems
    }
}

/// serde's words for a value of the wrong kind ("invalid type: string
/// \"x\", expected u16", "invalid length 0, expected struct RawRuleSet with
/// 10 elements") in the words the rest of the program uses.
fn plain_words(message: &str) -> String {
    let expected = |kind: &str| match kind {
        "u8" => "a whole number from 0 to 255".to_string(),
        "u16" => "a whole number of points from 0 to 65535".to_string(),
        "u32" | "u64" | "usize" => "a whole number".to_string(),
        kind if kind.starts_with("struct ") || kind.starts_with("a map") => "an object".to_string(),
        kind if kind.starts_with("a sequence") => "a list".to_string(),
        other => other.to_string(),
    };
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        if let Some((found, kind)) = rest.split_once(", expected ") {
            return format!("expected {}, found {}", expected(kind), found.replace('`', ""));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if let Some((_, kind)) = rest.split_once(", expected ") {
            let kind = kind.split(" with ").next().unwrap_or(kind);
            return format!("expected {}, found a list", expected(kind));
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("missing {}", field.replace('`', "\""));
    }
    message.replace('`', "\"")
}

fn max_of(values: &[u16]) -> u16 {
    values.iter().copied().max().unwrap_or(0)
}

/// serde_json appends "at line L column C", which means nothing to someone
/// reading a path; the path says where.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// Every rule set known to the program, oldest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuleBook {
    sets: Vec<RuleSet>,
}

/// No rule set covers a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectError {
    #[error("no rule set is in force on {date}: the oldest one, {oldest}, starts on {oldest_from}")]
    BeforeOldest {
        date: Date,
        oldest: String,
        oldest_from: Date,
    },
    #[error("no rule sets are loaded")]
    Empty,
    #[error("no rule set has the id {0:?}")]
    UnknownId(String),
}

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

// ---- the file format -------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRuleSet {
    format: String,
    id: String,
    in_force_from: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    source: Option<String>,
    core: RawCore,
    spouse: RawSpouse,
    transferability: RawTransferability,
    additional: RawAdditional,
    max_total: u16,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
struct RawPair {
    with_spouse: u16,
    without_spouse: u16,
}

impl RawPair {
    fn by_status(self) -> ByStatus<u16> {
        [self.without_spouse, self.with_spouse]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgeBand {
    from: u8,
    to: u8,
    with_spouse: u16,
    without_spouse: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClbPair {
    min_clb: u8,
    with_spouse: u16,
    without_spouse: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYearsPair {
    min_years: u8,
    with_spouse: u16,
    without_spouse: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClbPoints {
    min_clb: u8,
    points: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYearsPoints {
    min_years: u8,
    points: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCore {
    cap: RawPair,
    age: Vec<RawAgeBand>,
    education: RawEducation<RawPair>,
    first_language_per_ability: Vec<RawClbPair>,
    second_language_per_ability: Vec<RawClbPair>,
    second_language_cap: RawPair,
    canadian_experience: Vec<RawYearsPair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEducation<T> {
    less_than_secondary: T,
    secondary: T,
    one_year: T,
    two_year: T,
    bachelors: T,
    two_or_more: T,
    masters: T,
    doctoral: T,
}

impl<T: Copy> RawEducation<T> {
    fn in_order(&self) -> [T; 8] {
        [
            self.less_than_secondary,
            self.secondary,
            self.one_year,
            self.two_year,
            self.bachelors,
            self.two_or_more,
            self.masters,
            self.doctoral,
        ]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpouse {
    cap: u16,
    education: RawEducation<u16>,
    language_per_ability: Vec<RawClbPoints>,
    language_cap: u16,
    canadian_experience: Vec<RawYearsPoints>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguageLevel {
    level: u8,
    min_clb_all_four: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExperienceLevel {
    level: u8,
    min_years: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRank {
    rank: u8,
    min_years: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRankPoints {
    rank: u8,
    level_1: u16,
    level_2: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCertificate {
    min_clb_all_four: u8,
    points: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransferability {
    cap: u16,
    language_levels: Vec<RawLanguageLevel>,
    canadian_experience_levels: Vec<RawExperienceLevel>,
    education_rank: RawEducation<u8>,
    foreign_experience_ranks: Vec<RawRank>,
    points_by_rank_and_level: Vec<RawRankPoints>,
    education_cap: u16,
    foreign_experience_cap: u16,
    certificate_of_qualification: Vec<RawCertificate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJobOffer {
    teer_0_major_00: u16,
    other: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCanadianEducation {
    one_or_two_year: u16,
    three_year_or_more: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrench {
    min_nclc_all_four: u8,
    english_min_clb_all_four: u8,
    with_weak_or_no_english: u16,
    with_english: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdditional {
    cap: u16,
    provincial_nomination: u16,
    job_offer: RawJobOffer,
    canadian_education: RawCanadianEducation,
    sibling_in_canada: u16,
    french: RawFrench,
}

// ---- compiling -----------------------------------------------------------

/// Fills a table indexed by `0..N` from rows that each start at a threshold
/// and hold until the next; below the first threshold the value is zero.
fn step_table<const N: usize, T: Copy + Default>(
    path: &str,
    key: &str,
    rows: impl IntoIterator<Item = (u8, T)>,
) -> Result<[T; N], RulesError> {
    let mut table = [T::default(); N];
    let mut previous: Option<u8> = None;
    for (index, (threshold, value)) in rows.into_iter().enumerate() {
        let at = format!("{path}[{index}].{key}");
        if usize::from(threshold) >= N {
            return Err(error(
                at,
                format!("expected at most {}, found {threshold}", N - 1),
            ));
        }
        if previous.is_some_and(|p| threshold <= p) {
            return Err(error(at, "must be above the row before it"));
        }
        previous = Some(threshold);
        for slot in &mut table[usize::from(threshold)..] {
            *slot = value;
        }
    }
    Ok(table)
}

fn split_status<const N: usize>(
    path: &str,
    key: &str,
    rows: impl IntoIterator<Item = (u8, u16, u16)> + Clone,
) -> Result<ByStatus<[u16; N]>, RulesError> {
    let without = step_table::<N, u16>(path, key, rows.clone().into_iter().map(|(t, _, w)| (t, w)))?;
    let with = step_table::<N, u16>(path, key, rows.into_iter().map(|(t, s, _)| (t, s)))?;
    Ok([without, with])
}

fn level_index(path: String, value: u8, allowed: std::ops::RangeInclusive<u8>) -> Result<u8, RulesError> {
    if allowed.contains(&value) {
        Ok(value)
    } else {
        Err(error(
            path,
            format!("expected {} to {}, found {value}", allowed.start(), allowed.end()),
        ))
    }
}

/// The ages every rule set must give points for (or say 0 for) explicitly.
const FIRST_SCORED_AGE: u8 = 18;
const LAST_SCORED_AGE: u8 = 44;

fn compile(raw: RawRuleSet) -> Result<RuleSet, RulesError> {
    if raw.format != RULES_FORMAT {
        return Err(error(
            "format",
            format!("expected \"{RULES_FORMAT}\", found {:?}", raw.format),
        ));
    }
    let _ = raw.source;
    if raw.id.trim().is_empty() {
        return Err(error(
            "id",
            "expected a name for the rule set, found an empty text",
        ));
    }
    let in_force_from: Date = raw
        .in_force_from
        .parse()
        .map_err(|e: super::date::DateError| error("in_force_from", e.to_string()))?;

    let core = &raw.core;
    let mut age = [[0u16; AGES]; 2];
    let mut covered = [false; AGES];
    for (index, band) in core.age.iter().enumerate() {
        let at = format!("core.age[{index}]");
        if band.from > band.to {
            return Err(error(format!("{at}.to"), "must not be below `from`"));
        }
        if usize::from(band.to) >= AGES {
            return Err(error(format!("{at}.to"), format!("expected at most {MAX_AGE}")));
        }
        for years in band.from..=band.to {
            let slot = usize::from(years);
            if covered[slot] {
                return Err(error(at, format!("age {years} is in two bands")));
            }
            covered[slot] = true;
            age[WITHOUT][slot] = band.without_spouse;
            age[WITH][slot] = band.with_spouse;
        }
    }

    // Every age that earns points in any rule set so far must be in a band:
    // an empty or gappy table would score those ages 0 without a word.
    if let Some(missing) = (FIRST_SCORED_AGE..=LAST_SCORED_AGE).find(|&age| !covered[usize::from(age)]) {
        return Err(error(
            "core.age",
            format!("age {missing} is in no band; expected bands covering every age from {FIRST_SCORED_AGE} to {LAST_SCORED_AGE}"),
        ));
    }

    let education_pairs = core.education.in_order();
    let education = [
        education_pairs.map(|pair| pair.without_spouse),
        education_pairs.map(|pair| pair.with_spouse),
    ];
    let first_language = split_status::<LEVELS>(
        "core.first_language_per_ability",
        "min_clb",
        core.first_language_per_ability
            .iter()
            .map(|r| (r.min_clb, r.with_spouse, r.without_spouse))
            .collect::<Vec<_>>(),
    )?;
    let second_language = split_status::<LEVELS>(
        "core.second_language_per_ability",
        "min_clb",
        core.second_language_per_ability
            .iter()
            .map(|r| (r.min_clb, r.with_spouse, r.without_spouse))
            .collect::<Vec<_>>(),
    )?;
    let canadian_experience = split_status::<YEARS>(
        "core.canadian_experience",
        "min_years",
        core.canadian_experience
            .iter()
            .map(|r| (r.min_years, r.with_spouse, r.without_spouse))
            .collect::<Vec<_>>(),
    )?;

    let spouse = &raw.spouse;
    let spouse_language = step_table::<LEVELS, u16>(
        "spouse.language_per_ability",
        "min_clb",
        spouse.language_per_ability.iter().map(|r| (r.min_clb, r.points)),
    )?;
    let spouse_canadian_experience = step_table::<YEARS, u16>(
        "spouse.canadian_experience",
        "min_years",
        spouse.canadian_experience.iter().map(|r| (r.min_years, r.points)),
    )?;

    let transfer = &raw.transferability;
    for (index, row) in transfer.language_levels.iter().enumerate() {
        level_index(
            format!("transferability.language_levels[{index}].level"),
            row.level,
            1..=2,
        )?;
    }
    let language_level = step_table::<LEVELS, u8>(
        "transferability.language_levels",
        "min_clb_all_four",
        transfer
            .language_levels
            .iter()
            .map(|r| (r.min_clb_all_four, r.level)),
    )?;
    for (index, row) in transfer.canadian_experience_levels.iter().enumerate() {
        level_index(
            format!("transferability.canadian_experience_levels[{index}].level"),
            row.level,
            1..=2,
        )?;
    }
    let canadian_experience_level = step_table::<YEARS, u8>(
        "transferability.canadian_experience_levels",
        "min_years",
        transfer
            .canadian_experience_levels
            .iter()
            .map(|r| (r.min_years, r.level)),
    )?;
    let education_rank = transfer.education_rank.in_order();
    for (level, rank) in Education::ALL.iter().zip(education_rank) {
        level_index(
            format!("transferability.education_rank.{}", level.key()),
            rank,
            0..=2,
        )?;
    }
    for (index, row) in transfer.foreign_experience_ranks.iter().enumerate() {
        level_index(
            format!("transferability.foreign_experience_ranks[{index}].rank"),
            row.rank,
            1..=2,
        )?;
    }
    let foreign_experience_rank = step_table::<YEARS, u8>(
        "transferability.foreign_experience_ranks",
        "min_years",
        transfer
            .foreign_experience_ranks
            .iter()
            .map(|r| (r.min_years, r.rank)),
    )?;
    let mut combination_points = [[0u16; 3]; 3];
    let mut ranks_seen = [false; 3];
    for (index, row) in transfer.points_by_rank_and_level.iter().enumerate() {
        let rank = level_index(
            format!("transferability.points_by_rank_and_level[{index}].rank"),
            row.rank,
            1..=2,
        )?;
        if ranks_seen[usize::from(rank)] {
            return Err(error(
                format!("transferability.points_by_rank_and_level[{index}].rank"),
                format!("rank {rank} is listed twice"),
            ));
        }
        ranks_seen[usize::from(rank)] = true;
        combination_points[usize::from(rank)] = [0, row.level_1, row.level_2];
    }
    let certificate_of_qualification = step_table::<LEVELS, u16>(
        "transferability.certificate_of_qualification",
        "min_clb_all_four",
        transfer
            .certificate_of_qualification
            .iter()
            .map(|r| (r.min_clb_all_four, r.points)),
    )?;

    let additional = &raw.additional;
    let french = &additional.french;
    level_index(
        "additional.french.min_nclc_all_four".into(),
        french.min_nclc_all_four,
        0..=12,
    )?;
    level_index(
        "additional.french.english_min_clb_all_four".into(),
        french.english_min_clb_all_four,
        0..=12,
    )?;

    let mut set = RuleSet {
        id: raw.id,
        in_force_from,
        title: raw.title,
        core_cap: core.cap.by_status(),
        age,
        education,
        first_language,
        second_language,
        second_language_cap: core.second_language_cap.by_status(),
        canadian_experience,
        spouse_cap: spouse.cap,
        spouse_education: spouse.education.in_order(),
        spouse_language,
        spouse_language_cap: spouse.language_cap,
        spouse_canadian_experience,
        transferability_cap: transfer.cap,
        language_level,
        canadian_experience_level,
        education_rank,
        foreign_experience_rank,
        combination_points,
        education_combination_cap: transfer.education_cap,
        foreign_combination_cap: transfer.foreign_experience_cap,
        certificate_of_qualification,
        additional_cap: additional.cap,
        provincial_nomination: additional.provincial_nomination,
        job_offer: [
            0,
            additional.job_offer.teer_0_major_00,
            additional.job_offer.other,
        ],
        canadian_education: [
            0,
            additional.canadian_education.one_or_two_year,
            additional.canadian_education.three_year_or_more,
        ],
        sibling_in_canada: additional.sibling_in_canada,
        french_min_nclc: french.min_nclc_all_four,
        french_english_min_clb: french.english_min_clb_all_four,
        french_with_weak_or_no_english: french.with_weak_or_no_english,
        french_with_english: french.with_english,
        max_total: raw.max_total,
        row_max: [[0; super::score::ROWS]; 2],
    };
    check_point_sizes(&set)?;
    // A rule set that contradicts how the law is built (a cap below one of
    // its parts, caps that do not add up to the total, a better level
    // scoring less) is a mistake in the file, not a reform: refuse it.
    if let Some(problem) = set.consistency_problems().into_iter().next() {
        let (path, message) = problem.split_once(": ").unwrap_or(("", problem.as_str()));
        let path = path.split(" (").next().unwrap_or(path);
        return Err(error(path, format!("{message}; expected a consistent rule set")));
    }
    set.row_max = [set.row_maxima(false), set.row_maxima(true)];
    Ok(set)
}

/// The largest grand total a rule set may declare; with every table value at
/// most the grand total, no sum in scoring can overflow.
const LARGEST_TOTAL: u16 = 2000;

fn check_point_sizes(set: &RuleSet) -> Result<(), RulesError> {
    if set.max_total == 0 || set.max_total > LARGEST_TOTAL {
        return Err(error(
            "max_total",
            format!("expected 1 to {LARGEST_TOTAL}, found {}", set.max_total),
        ));
    }
    let most = set.max_total;
    let tables: [(&str, &[u16]); 22] = [
        ("core.cap", &set.core_cap),
        ("core.age", set.age.as_flattened()),
        ("core.education", set.education.as_flattened()),
        (
            "core.first_language_per_ability",
            set.first_language.as_flattened(),
        ),
        (
            "core.second_language_per_ability",
            set.second_language.as_flattened(),
        ),
        ("core.second_language_cap", &set.second_language_cap),
        ("core.canadian_experience", set.canadian_experience.as_flattened()),
        ("spouse.cap", std::slice::from_ref(&set.spouse_cap)),
        ("spouse.education", &set.spouse_education),
        ("spouse.language_per_ability", &set.spouse_language),
        (
            "spouse.language_cap",
            std::slice::from_ref(&set.spouse_language_cap),
        ),
        ("spouse.canadian_experience", &set.spouse_canadian_experience),
        (
            "transferability.cap",
            std::slice::from_ref(&set.transferability_cap),
        ),
        (
            "transferability.points_by_rank_and_level",
            set.combination_points.as_flattened(),
        ),
        (
            "transferability.certificate_of_qualification",
            &set.certificate_of_qualification,
        ),
        ("additional.cap", std::slice::from_ref(&set.additional_cap)),
        (
            "additional.provincial_nomination",
            std::slice::from_ref(&set.provincial_nomination),
        ),
        ("additional.job_offer", &set.job_offer),
        ("additional.canadian_education", &set.canadian_education),
        (
            "additional.sibling_in_canada",
            std::slice::from_ref(&set.sibling_in_canada),
        ),
        (
            "additional.french.with_english",
            std::slice::from_ref(&set.french_with_english),
        ),
        (
            "additional.french.with_weak_or_no_english",
            std::slice::from_ref(&set.french_with_weak_or_no_english),
        ),
    ];
    for (path, values) in tables {
        if let Some(&value) = values.iter().find(|&&value| value > most) {
            return Err(error(
                path,
                format!("{value} points is more than the whole score ({most})"),
            ));
        }
    }
    for (path, value) in [
        ("transferability.education_cap", set.education_combination_cap),
        (
            "transferability.foreign_experience_cap",
            set.foreign_combination_cap,
        ),
    ] {
        if value > most {
            return Err(error(
                path,
                format!("{value} points is more than the whole score ({most})"),
            ));
        }
    }
    Ok(())
}

impl RuleSet {
    pub(crate) fn canadian_education_points(&self, level: CanadianEducation) -> u16 {
        self.canadian_education[level as usize]
    }
}
