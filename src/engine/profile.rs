//! The validated applicant profile: every value here is one the CRS can score.
//!
//! Raw file structs live in `scenario`; they become a `Profile` only through
//! validation, so the engine never has to wonder whether a value is legal.

/// Highest level of education, in the official order (each level scores at
/// least as much as the one before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Education {
    LessThanSecondary,
    Secondary,
    OneYear,
    TwoYear,
    Bachelors,
    TwoOrMore,
    Masters,
    Doctoral,
}

impl Education {
    pub const ALL: [Education; 8] = [
        Education::LessThanSecondary,
        Education::Secondary,
        Education::OneYear,
        Education::TwoYear,
        Education::Bachelors,
        Education::TwoOrMore,
        Education::Masters,
        Education::Doctoral,
    ];

    /// The spelling used in scenario and rules files.
    pub fn key(self) -> &'static str {
        match self {
            Education::LessThanSecondary => "less_than_secondary",
            Education::Secondary => "secondary",
            Education::OneYear => "one_year",
            Education::TwoYear => "two_year",
            Education::Bachelors => "bachelors",
            Education::TwoOrMore => "two_or_more",
            Education::Masters => "masters",
            Education::Doctoral => "doctoral",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.key() == key)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A Canadian post-secondary credential (additional points).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CanadianEducation {
    None,
    OneOrTwoYear,
    ThreeYearOrMore,
}

impl CanadianEducation {
    pub const ALL: [CanadianEducation; 3] = [
        CanadianEducation::None,
        CanadianEducation::OneOrTwoYear,
        CanadianEducation::ThreeYearOrMore,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CanadianEducation::None => "none",
            CanadianEducation::OneOrTwoYear => "one_or_two_year",
            CanadianEducation::ThreeYearOrMore => "three_year_or_more",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.key() == key)
    }
}

/// A valid offer of arranged employment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JobOffer {
    None,
    /// NOC TEER 0, Major Group 00 (senior management).
    Teer0Major00,
    /// Any other TEER 0, 1, 2 or 3 occupation.
    Other,
}

impl JobOffer {
    pub const ALL: [JobOffer; 3] = [JobOffer::None, JobOffer::Teer0Major00, JobOffer::Other];

    pub fn key(self) -> &'static str {
        match self {
            JobOffer::None => "none",
            JobOffer::Teer0Major00 => "teer_0_major_00",
            JobOffer::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|offer| offer.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    English,
    French,
}

impl Language {
    /// The catalogue's name for the language.
    pub fn label_id(self) -> &'static str {
        match self {
            Language::English => "language-english",
            Language::French => "language-french",
        }
    }

    /// The catalogue's name for this language's levels: French levels are
    /// called NCLC, English ones CLB.
    pub fn level_name_id(self) -> &'static str {
        match self {
            Language::English => "language-english-level",
            Language::French => "language-french-level",
        }
    }

    pub const ALL: [Language; 2] = [Language::English, Language::French];

    pub fn key(self) -> &'static str {
        match self {
            Language::English => "english",
            Language::French => "french",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|language| language.key() == key)
    }
}

/// The four abilities every language test measures, in scenario-file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ability {
    Listening,
    Reading,
    Writing,
    Speaking,
}

impl Ability {
    pub const ALL: [Ability; 4] = [
        Ability::Listening,
        Ability::Reading,
        Ability::Writing,
        Ability::Speaking,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Ability::Listening => "listening",
            Ability::Reading => "reading",
            Ability::Writing => "writing",
            Ability::Speaking => "speaking",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One value per ability, indexed by `Ability`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Abilities<T>(pub [T; 4]);

impl<T: Copy> Abilities<T> {
    pub fn get(&self, ability: Ability) -> T {
        self.0[ability.index()]
    }

    pub fn set(&mut self, ability: Ability, value: T) {
        self.0[ability.index()] = value;
    }

    pub fn map<U>(self, mut f: impl FnMut(Ability, T) -> U) -> Abilities<U> {
        let [l, r, w, s] = self.0;
        Abilities([
            f(Ability::Listening, l),
            f(Ability::Reading, r),
            f(Ability::Writing, w),
            f(Ability::Speaking, s),
        ])
    }
}

impl Abilities<u8> {
    /// The lowest of the four: several CRS rules need every ability at a level.
    pub fn lowest(&self) -> u8 {
        self.0.into_iter().min().unwrap_or(0)
    }
}

/// The tests IRCC accepts, plus plain CLB/NCLC levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LanguageTest {
    Clb,
    Ielts,
    Celpip,
    Pte,
    Tef,
    Tcf,
}

impl LanguageTest {
    /// The catalogue's name for the test.
    pub fn label_id(self) -> &'static str {
        match self {
            LanguageTest::Clb => "language-test-clb",
            LanguageTest::Ielts => "language-test-ielts",
            LanguageTest::Celpip => "language-test-celpip",
            LanguageTest::Pte => "language-test-pte",
            LanguageTest::Tef => "language-test-tef",
            LanguageTest::Tcf => "language-test-tcf",
        }
    }

    /// A score as people write it: IELTS in half bands with one decimal.
    pub fn score_fact(self, units: u16) -> crate::said::Fact {
        match self {
            LanguageTest::Ielts => crate::said::Fact::Decimal(f64::from(units) / 2.0, 1),
            _ => crate::said::Fact::Text(units.to_string()),
        }
    }

    pub const ALL: [LanguageTest; 6] = [
        LanguageTest::Clb,
        LanguageTest::Ielts,
        LanguageTest::Celpip,
        LanguageTest::Pte,
        LanguageTest::Tef,
        LanguageTest::Tcf,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LanguageTest::Clb => "clb",
            LanguageTest::Ielts => "ielts",
            LanguageTest::Celpip => "celpip",
            LanguageTest::Pte => "pte",
            LanguageTest::Tef => "tef",
            LanguageTest::Tcf => "tcf",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|test| test.key() == key)
    }

    /// IELTS bands move in halves; every other test in whole points. Scores are
    /// kept in these units so that they stay exact integers.
    pub fn units_per_point(self) -> u16 {
        match self {
            LanguageTest::Ielts => 2,
            _ => 1,
        }
    }
}

/// A test result with its CLB/NCLC levels already worked out.
///
/// Built only by `LanguageTables::result`, which checks every score against the
/// test's scale, so a `LanguageResult` always holds a score its test can give
/// and the levels that score converts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageResult {
    pub(crate) language: Language,
    pub(crate) test: LanguageTest,
    /// In the test's own units (half bands for IELTS).
    pub(crate) scores: Abilities<u16>,
    pub(crate) levels: Abilities<u8>,
}

impl LanguageResult {
    pub fn language(&self) -> Language {
        self.language
    }

    pub fn test(&self) -> LanguageTest {
        self.test
    }

    /// Scores in the test's units (IELTS in half bands).
    pub fn scores(&self) -> Abilities<u16> {
        self.scores
    }

    /// CLB (English) or NCLC (French) per ability.
    pub fn levels(&self) -> Abilities<u8> {
        self.levels
    }

    /// A score as a JSON number: IELTS as a band (7.5), the others whole.
    pub fn score_value(&self, ability: Ability) -> f64 {
        f64::from(self.scores.get(ability)) / f64::from(self.test.units_per_point())
    }
}

/// An accompanying spouse or common-law partner (not a citizen or PR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Spouse {
    pub education: Education,
    pub language: Option<LanguageResult>,
    pub canadian_experience_years: u8,
}

pub const MAX_AGE: u8 = 120;
pub const MAX_EXPERIENCE_YEARS: u8 = 60;

/// Everything the CRS looks at, validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Profile {
    pub age: u8,
    pub education: Education,
    pub first_language: LanguageResult,
    pub second_language: Option<LanguageResult>,
    pub canadian_experience_years: u8,
    pub foreign_experience_years: u8,
    pub certificate_of_qualification: bool,
    pub canadian_education: CanadianEducation,
    pub sibling_in_canada: bool,
    pub provincial_nomination: bool,
    pub job_offer: JobOffer,
    pub spouse: Option<Spouse>,
    /// The job offer's occupation and the Canadian work by occupation, for
    /// rule sets with occupation-based factors.
    pub occupations: super::occupation::Occupations,
}

impl Profile {
    /// A single applicant with only the required facts; every optional field
    /// at its documented default.
    pub fn new(age: u8, education: Education, first_language: LanguageResult) -> Self {
        Profile {
            age,
            education,
            first_language,
            second_language: None,
            canadian_experience_years: 0,
            foreign_experience_years: 0,
            certificate_of_qualification: false,
            canadian_education: CanadianEducation::None,
            sibling_in_canada: false,
            provincial_nomination: false,
            job_offer: JobOffer::None,
            spouse: None,
            occupations: super::occupation::Occupations::default(),
        }
    }

    pub fn has_spouse(&self) -> bool {
        self.spouse.is_some()
    }

    /// The applicant's result in a language, whichever slot it is in.
    pub fn result_in(&self, language: Language) -> Option<&LanguageResult> {
        std::iter::once(&self.first_language)
            .chain(self.second_language.as_ref())
            .find(|result| result.language == language)
    }
}

/// Work that started on a date, and may still be going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkSpan {
    pub since: super::Date,
    pub ongoing: bool,
}

/// The dates that make a score change on its own over time: birthdays,
/// experience anniversaries, language results expiring. All optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Dates {
    pub birth_date: Option<super::Date>,
    pub canadian_experience: Option<WorkSpan>,
    pub foreign_experience: Option<WorkSpan>,
    pub first_language_test: Option<super::Date>,
    pub second_language_test: Option<super::Date>,
    pub spouse_language_test: Option<super::Date>,
    /// When the Express Entry profile was submitted: rounds break ties at
    /// the cut-off score by it.
    pub profile_submitted: Option<super::Date>,
    /// When the educational credential assessment was issued: it is valid
    /// for five years.
    pub education_assessed_on: Option<super::Date>,
    /// The last day of the work permit: Canadian work after it does not
    /// count (the person cannot work in Canada without one).
    pub work_permit_expires: Option<super::Date>,
}

impl Dates {
    /// Each language result's test date, with whose result it is as the
    /// catalogue's messages select it: "first", "second", "spouse".
    pub fn language_tests(&self) -> [(Option<super::Date>, &'static str); 3] {
        [
            (self.first_language_test, "first"),
            (self.second_language_test, "second"),
            (self.spouse_language_test, "spouse"),
        ]
    }
}

/// What the spouse would bring as principal applicant, beyond what the
/// spouse factors already read. All optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SpouseDetails {
    pub age: Option<u8>,
    pub foreign_experience_years: u8,
    pub second_language: Option<LanguageResult>,
    pub certificate_of_qualification: bool,
    pub canadian_education: Option<CanadianEducation>,
}

/// A spouse or partner who earns no spouse points, and why: IRCC scores a
/// spouse only when coming to Canada and not already a citizen or
/// permanent resident. (An accompanying spouse is `Profile::spouse`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UnscoredPartner {
    /// No spouse or common-law partner.
    #[default]
    None,
    /// A spouse or partner not coming to Canada.
    NotComing,
    /// A spouse or partner who is a Canadian citizen or permanent resident.
    CanadianOrPr,
}

impl UnscoredPartner {
    pub const ALL: [UnscoredPartner; 3] = [
        UnscoredPartner::None,
        UnscoredPartner::NotComing,
        UnscoredPartner::CanadianOrPr,
    ];

    /// The `spouse_status` value in a scenario file.
    pub fn key(self) -> &'static str {
        match self {
            UnscoredPartner::None => "none",
            UnscoredPartner::NotComing => "not_coming",
            UnscoredPartner::CanadianOrPr => "canadian_or_pr",
        }
    }

    pub fn from_key(key: &str) -> Option<UnscoredPartner> {
        UnscoredPartner::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// The `spouse_status` of a file whose spouse object describes an
/// accompanying spouse.
pub const ACCOMPANYING: &str = "accompanying";

/// Facts beyond today's score: dates for the timeline, the spouse's details
/// for scoring the household the other way round, and a spouse who earns no
/// points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Extras {
    pub dates: Dates,
    pub spouse: SpouseDetails,
    /// Meaningful only without an accompanying spouse.
    pub partner: UnscoredPartner,
}
