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
            Factor::SectionCap(Section::Core) => 8,
            Factor::SpouseEducation => 9,
            Factor::SpouseLanguage => 10,
            Factor::SpouseCanadianExperience => 11,
            Factor::SectionCap(Section::Spouse) => 12,
            Factor::EducationCombinations => 13,
            Factor::ForeignExperienceCombinations => 14,
            Factor::CertificateOfQualification => 15,
            Factor::SectionCap(Section::Transferability) => 16,
            Factor::ProvincialNomination => 17,
            Factor::JobOffer => 18,
            Factor::CanadianEducation => 19,
            Factor::SiblingInCanada => 20,
            Factor::French => 21,
            Factor::SectionCap(Section::Additional) => 22,
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
    Factor::SectionCap(Section::Core),
    Factor::SpouseEducation,
    Factor::SpouseLanguage,
    Factor::SpouseCanadianExperience,
    Factor::SectionCap(Section::Spouse),
    Factor::EducationCombinations,
    Factor::ForeignExperienceCombinations,
    Factor::CertificateOfQualification,
    Factor::SectionCap(Section::Transferability),
    Factor::ProvincialNomination,
    Factor::JobOffer,
    Factor::CanadianEducation,
    Factor::SiblingInCanada,
    Factor::French,
    Factor::SectionCap(Section::Additional),
];

pub const ROWS: usize = 23;

/// Each section's factor rows and its cap row, in `FACTORS` order.
pub(crate) const SECTION_ROWS: [(std::ops::Range<usize>, usize); 4] =
    [(0..8, 8), (9..12, 12), (13..16, 16), (17..22, 22)];
