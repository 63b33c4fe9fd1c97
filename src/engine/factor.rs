//! What a score is made of: the four sections and the factor rows, in the
//! order every breakdown lists them. Rule sets and scoring both read this;
//! it reads neither.

use super::profile::Ability;

/// The four sections of the CRS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Core,
    Spouse,
    Transferability,
    Additional,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Core,
        Section::Spouse,
        Section::Transferability,
        Section::Additional,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Core => "core",
            Section::Spouse => "spouse",
            Section::Transferability => "transferability",
            Section::Additional => "additional",
        }
    }
}

/// The section an occupation factor counts under; the spouse's section is
/// the spouse's own factors, so not one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OccupationSection {
    Core,
    Transferability,
    Additional,
}

impl OccupationSection {
    pub const ALL: [OccupationSection; 3] = [
        OccupationSection::Core,
        OccupationSection::Transferability,
        OccupationSection::Additional,
    ];

    pub fn key(self) -> &'static str {
        self.section().key()
    }

    pub fn section(self) -> Section {
        match self {
            OccupationSection::Core => Section::Core,
            OccupationSection::Transferability => Section::Transferability,
            OccupationSection::Additional => Section::Additional,
        }
    }
}

/// One line of the breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Factor {
    Age,
    Education,
    FirstLanguage(Ability),
    SecondLanguage,
    CanadianExperience,
    SpouseEducation,
    SpouseLanguage,
    SpouseCanadianExperience,
    /// Education with strong language or Canadian experience.
    EducationCombinations,
    /// Foreign experience with strong language or Canadian experience.
    ForeignExperienceCombinations,
    CertificateOfQualification,
    ProvincialNomination,
    JobOffer,
    CanadianEducation,
    SiblingInCanada,
    French,
    /// Points from a rule set's occupation-based factors (`crs-rules/2`)
    /// that count under this section; none in a rule set without them.
    Occupation(OccupationSection),
    /// Points the section's cap takes back (zero or negative), so that a
    /// section always equals the sum of its rows and nobody wonders where
    /// points went.
    SectionCap(Section),
}

impl Factor {
    pub fn section(self) -> Section {
        match self {
            Factor::Age
            | Factor::Education
            | Factor::FirstLanguage(_)
            | Factor::SecondLanguage
            | Factor::CanadianExperience => Section::Core,
            Factor::SpouseEducation | Factor::SpouseLanguage | Factor::SpouseCanadianExperience => {
                Section::Spouse
            }
            Factor::EducationCombinations
            | Factor::ForeignExperienceCombinations
            | Factor::CertificateOfQualification => Section::Transferability,
            Factor::ProvincialNomination
            | Factor::JobOffer
            | Factor::CanadianEducation
            | Factor::SiblingInCanada
            | Factor::French => Section::Additional,
            Factor::Occupation(section) => section.section(),
            Factor::SectionCap(section) => section,
        }
    }

    /// Where the factor's row sits in `FACTORS` and in every breakdown.
    pub const fn row_index(self) -> usize {
        match self {
            Factor::Age => 0,
            Factor::Education => 1,
            Factor::FirstLanguage(ability) => 2 + ability as usize,
            Factor::SecondLanguage => 6,
            Factor::CanadianExperience => 7,
            Factor::Occupation(OccupationSection::Core) => 8,
            Factor::SectionCap(Section::Core) => 9,
            Factor::SpouseEducation => 10,
            Factor::SpouseLanguage => 11,
            Factor::SpouseCanadianExperience => 12,
            Factor::SectionCap(Section::Spouse) => 13,
            Factor::EducationCombinations => 14,
            Factor::ForeignExperienceCombinations => 15,
            Factor::CertificateOfQualification => 16,
            Factor::Occupation(OccupationSection::Transferability) => 17,
            Factor::SectionCap(Section::Transferability) => 18,
            Factor::ProvincialNomination => 19,
            Factor::JobOffer => 20,
            Factor::CanadianEducation => 21,
            Factor::SiblingInCanada => 22,
            Factor::French => 23,
            Factor::Occupation(OccupationSection::Additional) => 24,
            Factor::SectionCap(Section::Additional) => 25,
        }
    }

    /// The stable name used in JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Factor::Age => "age",
            Factor::Education => "education",
            Factor::FirstLanguage(Ability::Listening) => "first_language_listening",
            Factor::FirstLanguage(Ability::Reading) => "first_language_reading",
            Factor::FirstLanguage(Ability::Writing) => "first_language_writing",
            Factor::FirstLanguage(Ability::Speaking) => "first_language_speaking",
            Factor::SecondLanguage => "second_language",
            Factor::CanadianExperience => "canadian_experience",
            Factor::SpouseEducation => "spouse_education",
            Factor::SpouseLanguage => "spouse_language",
            Factor::SpouseCanadianExperience => "spouse_canadian_experience",
            Factor::EducationCombinations => "education",
            Factor::ForeignExperienceCombinations => "foreign_experience",
            Factor::CertificateOfQualification => "certificate_of_qualification",
            Factor::ProvincialNomination => "provincial_nomination",
            Factor::JobOffer => "job_offer",
            Factor::CanadianEducation => "canadian_education",
            Factor::SiblingInCanada => "sibling_in_canada",
            Factor::French => "french",
            Factor::Occupation(_) => "occupation",
            Factor::SectionCap(_) => "section_cap",
        }
    }
}

/// Every row, in display order: sections in order, caps last in each.
pub const FACTORS: [Factor; ROWS] = [
    Factor::Age,
    Factor::Education,
    Factor::FirstLanguage(Ability::Listening),
    Factor::FirstLanguage(Ability::Reading),
    Factor::FirstLanguage(Ability::Writing),
    Factor::FirstLanguage(Ability::Speaking),
    Factor::SecondLanguage,
    Factor::CanadianExperience,
    Factor::Occupation(OccupationSection::Core),
    Factor::SectionCap(Section::Core),
    Factor::SpouseEducation,
    Factor::SpouseLanguage,
    Factor::SpouseCanadianExperience,
    Factor::SectionCap(Section::Spouse),
    Factor::EducationCombinations,
    Factor::ForeignExperienceCombinations,
    Factor::CertificateOfQualification,
    Factor::Occupation(OccupationSection::Transferability),
    Factor::SectionCap(Section::Transferability),
    Factor::ProvincialNomination,
    Factor::JobOffer,
    Factor::CanadianEducation,
    Factor::SiblingInCanada,
    Factor::French,
    Factor::Occupation(OccupationSection::Additional),
    Factor::SectionCap(Section::Additional),
];

pub const ROWS: usize = 26;

/// Each section's factor rows and its cap row, in `FACTORS` order.
pub(crate) const SECTION_ROWS: [(std::ops::Range<usize>, usize); 4] =
    [(0..9, 9), (10..13, 13), (14..18, 18), (19..25, 25)];
