//! The names of the breakdown's sections and rows, in the language in use.

use crate::engine::{Ability, Factor, Section};

impl Section {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                Section::Core => "section-core",
                Section::Spouse => "section-spouse",
                Section::Transferability => "section-transferability",
                Section::Additional => "section-additional",
            },
            &[],
        )
    }
}

impl Factor {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                Factor::Age => "factor-age",
                Factor::Education => "factor-education",
                Factor::FirstLanguage(Ability::Listening) => "factor-first-language-ability-listening",
                Factor::FirstLanguage(Ability::Reading) => "factor-first-language-ability-reading",
                Factor::FirstLanguage(Ability::Writing) => "factor-first-language-ability-writing",
                Factor::FirstLanguage(Ability::Speaking) => "factor-first-language-ability-speaking",
                Factor::SecondLanguage => "factor-second-language",
                Factor::CanadianExperience => "factor-canadian-experience",
                Factor::SpouseEducation => "factor-spouse-education",
                Factor::SpouseLanguage => "factor-spouse-language",
                Factor::SpouseCanadianExperience => "factor-spouse-canadian-experience",
                Factor::EducationCombinations => "factor-education-combinations",
                Factor::ForeignExperienceCombinations => "factor-foreign-experience-combinations",
                Factor::CertificateOfQualification => "factor-certificate-of-qualification",
                Factor::ProvincialNomination => "factor-provincial-nomination",
                Factor::JobOffer => "factor-job-offer",
                Factor::CanadianEducation => "factor-canadian-education",
                Factor::SiblingInCanada => "factor-sibling-in-canada",
                Factor::French => "factor-french",
                Factor::Occupation(_) => "factor-occupation",
                Factor::SectionCap(_) => "factor-section-cap",
            },
            &[],
        )
    }
}
