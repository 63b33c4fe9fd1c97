//! The facts eligibility is judged by: NOC 2021 unit groups, the category
//! lists by version, the program tables and the proof-of-funds amounts.
//! Shipped in `rules/occupations/` and compiled in two stages: serde reads a
//! file into its raw shape (`Raw*`), then `compile` checks what serde cannot
//! (codes that exist, dates in order) and builds the typed value. A user file
//! of the same format adds to or replaces the shipped one.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::engine::{Date, Education};

/// A NOC 2021 unit group: five digits, kept as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Noc(u32);

impl Noc {
    /// Exactly five ASCII digits; whether the group exists is the list's say.
    pub fn parse(text: &str) -> Option<Noc> {
        (text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok().map(Noc))
            .flatten()
    }

    /// TEER is the code's second digit (`00xxx` is TEER 0).
    pub fn teer(self) -> u8 {
        (self.0 / 1000 % 10) as u8
    }

    /// Skilled work in every program's sense: TEER 0, 1, 2 or 3.
    pub fn is_skilled(self) -> bool {
        self.teer() <= 3
    }

    /// Whether the code lies in a group written as its leading digits
    /// ("72" a major group, "6320" a minor group, "62200" the unit group).
    pub fn in_group(self, group: &str) -> bool {
        // The code's first digits as a number, compared as a number: the
        // code written with its five digits starts with `group` (every code
        // starts with no digits).
        const BELOW: [u32; 6] = [100_000, 10_000, 1_000, 100, 10, 1];
        let Some(&below) = BELOW.get(group.len()) else {
            return false;
        };
        let prefix = group.bytes().try_fold(0u32, |value, byte| {
            byte.is_ascii_digit().then(|| value * 10 + u32::from(byte - b'0'))
        });
        prefix.is_some_and(|prefix| self.0 / below == prefix)
    }
}

impl fmt::Display for Noc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:05}", self.0)
    }
}

/// A reference file that cannot be used: which file, where in it, and what
/// was expected there.
pub use crate::error::InputError as DataError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupation {
    pub code: Noc,
    pub title: String,
    pub title_fr: Option<String>,
}

impl Occupation {
    pub fn teer(&self) -> u8 {
        self.code.teer()
    }
}

/// Every unit group of one NOC version, in code order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupations {
    pub version: String,
    list: Vec<Occupation>,
}

impl Occupations {
    pub fn get(&self, code: Noc) -> Option<&Occupation> {
        self.list
            .binary_search_by_key(&code, |o| o.code)
            .ok()
            .map(|i| &self.list[i])
    }

    pub fn all(&self) -> &[Occupation] {
        &self.list
    }

    /// A code a person or a file wrote: five digits naming a unit group of
    /// this version, or what was expected.
    pub fn code(&self, text: &str) -> Result<Noc, crate::said::Said> {
        match Noc::parse(text) {
            Some(code) if self.get(code).is_some() => Ok(code),
            Some(_) => Err(crate::said!(
                "input-noc-not-in",
                expected = crate::said!("input-noc"),
                found = format!("{text:?}"),
                version = &self.version
            )),
            None => Err(crate::error::expected_found(
                crate::said!("input-noc"),
                format!("{text:?}"),
            )),
        }
    }

    /// Unit groups whose code starts with the query's digits, or whose title
    /// holds every word of it (any case), in code order.
    pub fn search(&self, query: &str) -> Vec<&Occupation> {
        let query = query.trim();
        if query.is_empty() {
            return self.list.iter().collect();
        }
        if query.bytes().all(|b| b.is_ascii_digit()) {
            return self.list.iter().filter(|o| o.code.in_group(query)).collect();
        }
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        self.list
            .iter()
            .filter(|o| {
                // The French title too, where the data has one.
                let title = match &o.title_fr {
                    Some(french) => format!("{} {}", o.title, french).to_lowercase(),
                    None => o.title.to_lowercase(),
                };
                words.iter().all(|word| title.contains(word.as_str()))
            })
            .collect()
    }
}

/// What a category asks beyond being in the pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// A valid French result at this NCLC or more in all four abilities.
    French { level: u8 },
    /// One job (same NOC, no day between entries) of a listed NOC with these
    /// hours in the window.
    ContinuousJob { hours: u32, window_years: u16 },
    /// These hours in one listed NOC in the window, continuous or not.
    HoursInOneNoc {
        hours: u32,
        window_years: u16,
        canadian_only: bool,
    },
    /// Decided by something a scenario does not record.
    /// Shared with every reason that quotes it.
    Unknown { reason: std::sync::Arc<str> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryRule {
    /// The id `draws` uses: `french`, `healthcare`, `senior-managers`, ...
    pub id: std::sync::Arc<str>,
    pub name: std::sync::Arc<str>,
    pub condition: Condition,
    /// Listed occupations, in code order (empty for French).
    pub occupations: Vec<Noc>,
    /// A category added to a version after it came into force.
    pub listed_from: Option<Date>,
}

impl CategoryRule {
    pub fn lists(&self, code: Noc) -> bool {
        self.occupations.binary_search(&code).is_ok()
    }

    pub fn in_force_on(&self, date: Date) -> bool {
        self.listed_from.is_none_or(|from| from <= date)
    }
}

/// One version of the category lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryList {
    pub version: String,
    pub in_force_from: Date,
    pub categories: Vec<CategoryRule>,
}

/// Proof of funds for a family size, in force from a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FundsTable {
    pub effective: Date,
    pub amounts: [u32; 7],
    pub each_additional: u32,
}

impl FundsTable {
    pub fn amount(&self, family_members: u8) -> u64 {
        let members = usize::from(family_members.max(1));
        if members <= 7 {
            u64::from(self.amounts[members - 1])
        } else {
            u64::from(self.amounts[6]) + (members as u64 - 7) * u64::from(self.each_additional)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CecTable {
    pub hours: u32,
    pub window_years: u16,
    pub language: u8,
    pub language_teer_2_or_3: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FswTable {
    pub hours: u32,
    pub window_years: u16,
    pub language: u8,
    pub pass_mark: u8,
    pub grid: Grid,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grid {
    pub first_language: FirstLanguagePoints,
    pub second_language: SecondLanguagePoints,
    pub education: BTreeMap<String, u8>,
    pub experience: Vec<ExperienceBand>,
    pub age: AgePoints,
    pub arranged_employment: u8,
    pub adaptability: Adaptability,
}

impl Grid {
    pub fn education_points(&self, education: Education) -> u8 {
        self.education.get(education.key()).copied().unwrap_or(0)
    }

    pub fn experience_points(&self, years: u32) -> u8 {
        self.experience
            .iter()
            .rev()
            .find(|band| years >= u32::from(band.years))
            .map_or(0, |band| band.points)
    }

    pub fn age_points(&self, age: u8) -> u8 {
        let AgePoints {
            from,
            full_until,
            full,
        } = self.age;
        if age < from {
            0
        } else if age <= full_until {
            full
        } else {
            full.saturating_sub(age - full_until)
        }
    }

    pub fn language_max(&self) -> u8 {
        4 * self.first_language.clb_9_or_more + self.second_language.points
    }

    pub fn experience_max(&self) -> u8 {
        self.experience.iter().map(|band| band.points).max().unwrap_or(0)
    }

    pub fn education_max(&self) -> u8 {
        self.education.values().copied().max().unwrap_or(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstLanguagePoints {
    pub clb_7: u8,
    pub clb_8: u8,
    pub clb_9_or_more: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecondLanguagePoints {
    pub points: u8,
    pub all_four_at_least: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExperienceBand {
    pub years: u8,
    pub points: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgePoints {
    pub from: u8,
    pub full_until: u8,
    pub full: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adaptability {
    pub max: u8,
    pub spouse_language: u8,
    pub spouse_language_level: u8,
    pub study: u8,
    pub spouse_study: u8,
    pub study_years: u8,
    pub canadian_work: u8,
    pub spouse_canadian_work: u8,
    pub arranged_employment: u8,
    pub relative: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FstLanguage {
    pub listening: u8,
    pub speaking: u8,
    pub reading: u8,
    pub writing: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TradeGroups {
    pub groups: Vec<String>,
    pub except: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FstTable {
    pub hours: u32,
    pub window_years: u16,
    pub language: FstLanguage,
    pub trades: TradeGroups,
}

impl FstTable {
    pub fn is_trade(&self, code: Noc) -> bool {
        self.trades.groups.iter().any(|g| code.in_group(g))
            && !self.trades.except.iter().any(|g| code.in_group(g))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programs {
    #[serde(default)]
    format: String,
    #[serde(default)]
    source: String,
    pub year_hours: u32,
    pub hours_per_week_cap: u8,
    pub cec: CecTable,
    pub fsw: FswTable,
    pub fst: FstTable,
}

/// Everything eligibility reads, checked and ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub occupations: Occupations,
    /// By the date each came into force.
    pub category_lists: Vec<CategoryList>,
    /// By effective date.
    pub funds: Vec<FundsTable>,
    pub programs: Programs,
}

const SHIPPED: [(&str, &str); 6] = [
    (
        "rules/occupations/noc-2021.json",
        include_str!("../../../rules/occupations/noc-2021.json"),
    ),
    (
        "rules/occupations/programs.json",
        include_str!("../../../rules/occupations/programs.json"),
    ),
    (
        "rules/occupations/funds.json",
        include_str!("../../../rules/occupations/funds.json"),
    ),
    (
        "rules/occupations/categories-2023.json",
        include_str!("../../../rules/occupations/categories-2023.json"),
    ),
    (
        "rules/occupations/categories-2025.json",
        include_str!("../../../rules/occupations/categories-2025.json"),
    ),
    (
        "rules/occupations/categories-2026.json",
        include_str!("../../../rules/occupations/categories-2026.json"),
    ),
];

static SHIPPED_REFERENCE: OnceLock<Reference> = OnceLock::new();

/// The reference data a run uses, read only when something needs it: the
/// shipped data is built the first time it is asked for (a file without a
/// work history never needs it), a user's is given whole. Passed down from
/// where the program starts, never kept in a global.
#[derive(Debug, Clone, Copy)]
pub enum ReferenceSource<'a> {
    Shipped,
    Given(&'a Reference),
}

impl<'a> ReferenceSource<'a> {
    pub fn get(self) -> &'a Reference {
        match self {
            ReferenceSource::Shipped => Reference::shipped(),
            ReferenceSource::Given(reference) => reference,
        }
    }
}

impl Reference {
    /// The reference built into the program.
    pub fn shipped() -> &'static Reference {
        SHIPPED_REFERENCE.get_or_init(|| {
            let mut files = SHIPPED.iter();
            let (noc_name, noc_text) = files.next().expect("the NOC file is listed first");
            let (programs_name, programs_text) = files.next().expect("the programs file is listed second");
            let mut reference = Reference {
                occupations: read_occupations(noc_name, noc_text).expect("the shipped NOC list is valid"),
                category_lists: Vec::new(),
                funds: Vec::new(),
                programs: read_programs(programs_name, programs_text)
                    .expect("the shipped programs are valid"),
            };
            for (name, text) in files {
                reference = reference
                    .with_file(name, text)
                    .expect("the shipped reference files are valid");
            }
            reference
        })
    }

    /// Adds one file (any of the four formats): a NOC list or a programs
    /// file replaces; a category version replaces the one of its name or is
    /// added; funds tables replace the tables of their dates or are added.
    pub fn with_file(mut self, file: &str, text: &str) -> Result<Reference, DataError> {
        let format = format_of(file, text)?;
        match format.as_str() {
            // A rule set's list of occupations by tier, read by the rules
            // that name it, not reference data.
            crate::engine::rules::occupation::LIST_FORMAT => {}
            "crs-noc/1" => {
                self.occupations = read_occupations(file, text)?;
                for list in &self.category_lists {
                    check_listed(file, list, &self.occupations, "new")?;
                }
            }
            "crs-programs/1" => self.programs = read_programs(file, text)?,
            "crs-funds/1" => {
                for table in read_funds(file, text)? {
                    self.funds.retain(|t| t.effective != table.effective);
                    self.funds.push(table);
                }
                self.funds.sort_by_key(|t| t.effective);
            }
            "crs-categories/1" => {
                let list = read_categories(file, text, &self.occupations)?;
                self.category_lists.retain(|l| l.version != list.version);
                if let Some(same_day) = self
                    .category_lists
                    .iter()
                    .find(|l| l.in_force_from == list.in_force_from)
                {
                    return Err(DataError::new(
                        file,
                        "in_force_from",
                        crate::said!(
                            "data-same-start",
                            date = list.in_force_from,
                            version = &same_day.version
                        ),
                    ));
                }
                self.category_lists.push(list);
                self.category_lists.sort_by_key(|l| l.in_force_from);
            }
            other => {
                return Err(DataError::new(
                    file,
                    "format",
                    crate::error::expected_found(crate::error::one_of(DATA_FORMATS), format!("{other:?}")),
                ))
            }
        }
        Ok(self)
    }

    /// The category lists in force on a date (none before the first).
    pub fn categories_on(&self, date: Date) -> Option<&CategoryList> {
        self.category_lists.iter().rev().find(|l| l.in_force_from <= date)
    }

    /// The first day after `list` when another version replaces it.
    pub fn replaced_on(&self, list: &CategoryList) -> Option<Date> {
        self.category_lists
            .iter()
            .find(|l| l.in_force_from > list.in_force_from)
            .map(|l| l.in_force_from)
    }

    /// The funds table in force on a date; before the oldest, the oldest.
    pub fn funds_on(&self, date: Date) -> Option<&FundsTable> {
        self.funds
            .iter()
            .rev()
            .find(|t| t.effective <= date)
            .or_else(|| self.funds.first())
    }

    /// The categories that list an occupation in the version in force on a date.
    pub fn categories_listing(&self, code: Noc, date: Date) -> Vec<&CategoryRule> {
        self.categories_on(date)
            .map(|list| list.categories.iter().filter(|c| c.lists(code)).collect())
            .unwrap_or_default()
    }
}

/// The formats a reference data file may have.
const DATA_FORMATS: [&str; 5] = [
    "\"crs-noc/1\"",
    "\"crs-categories/1\"",
    "\"crs-programs/1\"",
    "\"crs-funds/1\"",
    "\"crs-occupation-list/1\"",
];

fn read_json<'a, T: Deserialize<'a>>(file: &str, text: &'a str) -> Result<T, DataError> {
    crate::error::from_json_path(text).map_err(|(path, problem)| DataError::new(file, path, problem))
}

fn format_of(file: &str, text: &str) -> Result<String, DataError> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
    }
    let head: Head = read_json(file, text)?;
    head.format.ok_or_else(|| {
        DataError::new(
            file,
            "format",
            crate::error::missing(crate::error::one_of(DATA_FORMATS)),
        )
    })
}

fn date_at(file: &str, path: &str, text: &str) -> Result<Date, DataError> {
    text.parse()
        .map_err(|e: crate::engine::date::DateError| DataError::new(file, path, e.to_string()))
}

/// The code `text` names, or the problem at the key `path` gives (made
/// only then: the reference holds thousands of codes, read at start-up).
fn noc_at(file: &str, path: impl FnOnce() -> String, text: &str) -> Result<Noc, DataError> {
    Noc::parse(text).ok_or_else(|| {
        DataError::new(
            file,
            path(),
            crate::error::expected_found(crate::said!("data-noc"), format!("{text:?}")),
        )
    })
}

fn read_occupations(file: &str, text: &str) -> Result<Occupations, DataError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawNoc {
        #[allow(dead_code)]
        format: String,
        version: String,
        #[allow(dead_code)]
        #[serde(default)]
        source: String,
        unit_groups: Vec<RawUnitGroup>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawUnitGroup {
        code: String,
        teer: u8,
        title: String,
        #[serde(default)]
        title_fr: Option<String>,
    }
    let raw: RawNoc = read_json(file, text)?;
    let mut list = Vec::with_capacity(raw.unit_groups.len());
    for (i, group) in raw.unit_groups.into_iter().enumerate() {
        let path = || format!("unit_groups[{i}]");
        let code = noc_at(file, || format!("{}.code", path()), &group.code)?;
        if group.teer != code.teer() {
            return Err(DataError::new(
                file,
                format!("{}.teer", path()),
                crate::error::expected_found(
                    crate::said!("data-teer", teer = code.teer()),
                    group.teer.to_string(),
                ),
            ));
        }
        if group.title.trim().is_empty() {
            return Err(DataError::new(
                file,
                format!("{}.title", path()),
                crate::error::expected_found(crate::said!("data-title"), crate::said!("found-empty-text")),
            ));
        }
        list.push(Occupation {
            code,
            title: group.title,
            title_fr: group.title_fr,
        });
    }
    list.sort_by_key(|o| o.code);
    if let Some(pair) = list.windows(2).find(|pair| pair[0].code == pair[1].code) {
        return Err(DataError::new(
            file,
            "unit_groups",
            crate::said!("data-code-twice", code = pair[0].code.to_string()),
        ));
    }
    if list.is_empty() {
        return Err(DataError::new(
            file,
            "unit_groups",
            crate::said!("data-no-unit-groups"),
        ));
    }
    Ok(Occupations {
        version: raw.version,
        list,
    })
}

/// The longest window a program or category counts work in (IRCC's are 3
/// to 10 years; the category conditions allow as much).
const MAX_WINDOW_YEARS: u16 = 50;

fn read_programs(file: &str, text: &str) -> Result<Programs, DataError> {
    let programs: Programs = read_json(file, text)?;
    let _ = (&programs.format, &programs.source);
    let positive = [
        ("year_hours", programs.year_hours),
        ("hours_per_week_cap", u32::from(programs.hours_per_week_cap)),
        ("cec.hours", programs.cec.hours),
        ("fsw.hours", programs.fsw.hours),
        ("fst.hours", programs.fst.hours),
    ];
    for (path, value) in positive {
        if value == 0 || value > 100_000 {
            return Err(DataError::new(
                file,
                path,
                crate::error::expected_found(crate::said!("data-hours"), value.to_string()),
            ));
        }
    }
    let windows = [
        ("cec.window_years", programs.cec.window_years),
        ("fsw.window_years", programs.fsw.window_years),
        ("fst.window_years", programs.fst.window_years),
    ];
    for (path, years) in windows {
        if years == 0 || years > MAX_WINDOW_YEARS {
            return Err(DataError::new(
                file,
                path,
                crate::error::expected_found(
                    crate::said!("data-window-years", most = MAX_WINDOW_YEARS),
                    years.to_string(),
                ),
            ));
        }
    }
    if programs.hours_per_week_cap > 168 {
        return Err(DataError::new(
            file,
            "hours_per_week_cap",
            crate::error::expected_found(
                crate::said!("data-hours-a-week"),
                programs.hours_per_week_cap.to_string(),
            ),
        ));
    }
    for key in programs.fsw.grid.education.keys() {
        if Education::from_key(key).is_none() {
            let keys: Vec<&str> = Education::ALL.into_iter().map(Education::key).collect();
            return Err(DataError::new(
                file,
                format!("fsw.grid.education.{key}"),
                crate::error::expected_found(crate::error::one_of(keys), format!("{key:?}")),
            ));
        }
    }
    let bands = &programs.fsw.grid.experience;
    if bands.windows(2).any(|pair| pair[0].years >= pair[1].years) {
        return Err(DataError::new(
            file,
            "fsw.grid.experience",
            crate::said!("data-bands-rising"),
        ));
    }
    Ok(programs)
}

fn read_funds(file: &str, text: &str) -> Result<Vec<FundsTable>, DataError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawFunds {
        #[allow(dead_code)]
        format: String,
        #[allow(dead_code)]
        #[serde(default)]
        source: String,
        tables: Vec<RawTable>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawTable {
        effective: String,
        amounts: [u32; 7],
        each_additional: u32,
    }
    let raw: RawFunds = read_json(file, text)?;
    let mut tables = Vec::new();
    for (i, table) in raw.tables.iter().enumerate() {
        let effective = date_at(file, &format!("tables[{i}].effective"), &table.effective)?;
        if tables.iter().any(|t: &FundsTable| t.effective == effective) {
            return Err(DataError::new(
                file,
                format!("tables[{i}].effective"),
                crate::said!("data-date-twice", date = effective),
            ));
        }
        if table.amounts.windows(2).any(|pair| pair[0] > pair[1]) {
            return Err(DataError::new(
                file,
                format!("tables[{i}].amounts"),
                crate::said!("data-amounts-rising"),
            ));
        }
        tables.push(FundsTable {
            effective,
            amounts: table.amounts,
            each_additional: table.each_additional,
        });
    }
    if tables.is_empty() {
        return Err(DataError::new(file, "tables", crate::said!("data-no-tables")));
    }
    Ok(tables)
}

fn read_categories(file: &str, text: &str, occupations: &Occupations) -> Result<CategoryList, DataError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawList {
        #[allow(dead_code)]
        format: String,
        version: String,
        in_force_from: String,
        #[allow(dead_code)]
        #[serde(default)]
        source: String,
        categories: Vec<RawCategory>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawCategory {
        id: String,
        name: String,
        condition: RawCondition,
        #[serde(default)]
        occupations: Vec<String>,
        #[serde(default)]
        listed_from: Option<String>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "snake_case")]
    enum RawCondition {
        FrenchAllFour(u8),
        ContinuousJob {
            hours: u32,
            window_years: u16,
        },
        HoursInOneNoc {
            hours: u32,
            window_years: u16,
            #[serde(default)]
            canadian_only: bool,
        },
        Unknown(String),
    }
    let raw: RawList = read_json(file, text)?;
    if raw.version.trim().is_empty() {
        return Err(DataError::new(
            file,
            "version",
            crate::error::expected_found(
                crate::said!("data-version-name"),
                crate::said!("found-empty-text"),
            ),
        ));
    }
    let in_force_from = date_at(file, "in_force_from", &raw.in_force_from)?;
    let mut categories: Vec<CategoryRule> = Vec::new();
    for (i, category) in raw.categories.into_iter().enumerate() {
        let path = format!("categories[{i}]");
        let slug = !category.id.is_empty()
            && category
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !slug {
            return Err(DataError::new(
                file,
                format!("{path}.id"),
                crate::error::expected_found(crate::said!("data-category-id"), format!("{:?}", category.id)),
            ));
        }
        if categories.iter().any(|c| *c.id == *category.id) {
            return Err(DataError::new(
                file,
                format!("{path}.id"),
                crate::said!("data-category-twice", id = format!("{:?}", category.id)),
            ));
        }
        let window_check = |hours: u32, window_years: u16| -> Result<(), DataError> {
            if hours == 0 || hours > 100_000 || window_years == 0 || window_years > 50 {
                return Err(DataError::new(
                    file,
                    format!("{path}.condition"),
                    crate::said!("data-window", hours = hours.to_string(), years = window_years),
                ));
            }
            Ok(())
        };
        let condition = match category.condition {
            RawCondition::FrenchAllFour(level) => Condition::French { level },
            RawCondition::ContinuousJob { hours, window_years } => {
                window_check(hours, window_years)?;
                Condition::ContinuousJob { hours, window_years }
            }
            RawCondition::HoursInOneNoc {
                hours,
                window_years,
                canadian_only,
            } => {
                window_check(hours, window_years)?;
                Condition::HoursInOneNoc {
                    hours,
                    window_years,
                    canadian_only,
                }
            }
            RawCondition::Unknown(reason) => Condition::Unknown {
                reason: reason.into(),
            },
        };
        let mut codes = Vec::with_capacity(category.occupations.len());
        for (j, code) in category.occupations.iter().enumerate() {
            codes.push(noc_at(file, || format!("{path}.occupations[{j}]"), code)?);
        }
        codes.sort();
        codes.dedup();
        let needs_list = matches!(
            condition,
            Condition::ContinuousJob { .. } | Condition::HoursInOneNoc { .. }
        );
        if needs_list && codes.is_empty() {
            return Err(DataError::new(
                file,
                format!("{path}.occupations"),
                crate::said!("data-no-codes"),
            ));
        }
        let listed_from = match &category.listed_from {
            Some(text) => Some(date_at(file, &format!("{path}.listed_from"), text)?),
            None => None,
        };
        categories.push(CategoryRule {
            id: category.id.into(),
            name: category.name.into(),
            condition,
            occupations: codes,
            listed_from,
        });
    }
    let list = CategoryList {
        version: raw.version,
        in_force_from,
        categories,
    };
    check_listed(file, &list, occupations, "in-use")?;
    Ok(list)
}

fn check_listed(
    file: &str,
    list: &CategoryList,
    occupations: &Occupations,
    what: &str,
) -> Result<(), DataError> {
    for (i, category) in list.categories.iter().enumerate() {
        if let Some(code) = category
            .occupations
            .iter()
            .find(|c| occupations.get(**c).is_none())
        {
            return Err(DataError::new(
                file,
                format!("categories[{i}].occupations"),
                crate::said!(
                    "data-code-not-listed",
                    list = what,
                    version = &occupations.version,
                    code = code.to_string()
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A code is in a group when its five digits start with the group's:
    /// every code against groups of each length, and what is no group.
    #[test]
    fn a_code_is_in_the_groups_its_digits_start_with() {
        let groups = [
            "", "0", "7", "72", "720", "7201", "72010", "72011", "00012", "000", "720100", "7a", "+7", " 72",
            "-1",
        ];
        for code in (0..100_000).step_by(7).chain([0, 12, 72_010, 99_999]) {
            let noc = Noc::parse(&format!("{code:05}")).expect("five digits");
            for group in groups {
                let written = format!("{code:05}");
                let naive = group.len() <= 5
                    && group.bytes().all(|b| b.is_ascii_digit())
                    && written.starts_with(group);
                assert_eq!(noc.in_group(group), naive, "{written} in {group:?}");
            }
        }
    }

    #[test]
    fn the_shipped_reference_holds_what_its_sources_count() {
        let reference = Reference::shipped();
        assert_eq!(reference.occupations.all().len(), 516);
        let by_teer = |teer| {
            reference
                .occupations
                .all()
                .iter()
                .filter(|o| o.teer() == teer)
                .count()
        };
        assert_eq!([0, 1, 2, 3, 4, 5].map(by_teer), [48, 97, 162, 69, 95, 45]);
        let trades = reference
            .occupations
            .all()
            .iter()
            .filter(|o| reference.programs.fst.is_trade(o.code))
            .count();
        assert_eq!(trades, 96);
        let versions: Vec<&str> = reference
            .category_lists
            .iter()
            .map(|l| l.version.as_str())
            .collect();
        assert_eq!(versions, ["2023", "2025", "2026"]);
        let sizes = |version: &str| -> Vec<(String, usize)> {
            let list = reference
                .category_lists
                .iter()
                .find(|l| l.version == version)
                .unwrap();
            list.categories
                .iter()
                .map(|c| (c.id.to_string(), c.occupations.len()))
                .collect()
        };
        let expect = |pairs: &[(&str, usize)]| -> Vec<(String, usize)> {
            pairs.iter().map(|(id, n)| (id.to_string(), *n)).collect()
        };
        assert_eq!(
            sizes("2023"),
            expect(&[
                ("french", 0),
                ("healthcare", 35),
                ("stem", 24),
                ("trades", 10),
                ("transport", 10),
                ("agriculture", 3)
            ])
        );
        assert_eq!(
            sizes("2025"),
            expect(&[
                ("french", 0),
                ("healthcare", 37),
                ("stem", 11),
                ("trades", 25),
                ("education", 5),
                ("agriculture", 1),
                ("physicians", 3)
            ])
        );
        assert_eq!(
            sizes("2026"),
            expect(&[
                ("french", 0),
                ("healthcare", 37),
                ("stem", 11),
                ("trades", 25),
                ("education", 5),
                ("transport", 4),
                ("physicians", 3),
                ("senior-managers", 4),
                ("researchers", 2),
                ("military", 3)
            ])
        );
        let funds = reference.funds_on("2026-11-29".parse().unwrap()).unwrap();
        assert_eq!(funds.amount(1), 15_263);
        assert_eq!(funds.amount(9), 40_392 + 2 * 4_112);
        let oldest = reference.funds_on("2020-01-01".parse().unwrap()).unwrap();
        assert_eq!(oldest.amount(1), 13_757);
    }

    #[test]
    fn versions_are_picked_by_date() {
        let reference = Reference::shipped();
        let on = |text: &str| {
            reference
                .categories_on(text.parse().unwrap())
                .map(|l| l.version.as_str())
        };
        assert_eq!(on("2023-05-30"), None);
        assert_eq!(on("2023-05-31"), Some("2023"));
        assert_eq!(on("2025-02-26"), Some("2023"));
        assert_eq!(on("2025-02-27"), Some("2025"));
        assert_eq!(on("2026-02-17"), Some("2025"));
        assert_eq!(on("2026-02-18"), Some("2026"));
    }

    #[test]
    fn a_user_file_is_checked_against_the_noc_list() {
        let text = r#"{"format": "crs-categories/1", "version": "2027", "in_force_from": "2027-01-01",
            "categories": [{"id": "stem", "name": "STEM", "condition": {"hours_in_one_noc": {"hours": 1560, "window_years": 3}},
            "occupations": ["21232", "21239"]}]}"#;
        let error = Reference::shipped()
            .clone()
            .with_file("x.json", text)
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "x.json: categories[0].occupations: expected unit groups of the NOC list (NOC 2021 Version 1.0), found 21239, which it does not have"
        );
        let good = text.replace("21239", "21231");
        let reference = Reference::shipped().clone().with_file("x.json", &good).unwrap();
        assert_eq!(
            reference
                .categories_on("2027-06-01".parse().unwrap())
                .unwrap()
                .version,
            "2027"
        );
    }
}
