//! The names of education levels, languages, abilities, tests and job
//! offers, in the language in use.

use std::fmt;

use crate::engine::{Ability, CanadianEducation, Education, JobOffer, Language, LanguageTest};

impl Education {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                Education::LessThanSecondary => "education-less-than-secondary",
                Education::Secondary => "education-secondary",
                Education::OneYear => "education-one-year",
                Education::TwoYear => "education-two-year",
                Education::Bachelors => "education-bachelors",
                Education::TwoOrMore => "education-two-or-more",
                Education::Masters => "education-masters",
                Education::Doctoral => "education-doctoral",
            },
            &[],
        )
    }

    /// A few words, for tight spaces.
    pub fn short_label(self) -> String {
        crate::i18n::message(
            match self {
                Education::LessThanSecondary => "education-less-than-secondary-short",
                Education::Secondary => "education-secondary-short",
                Education::OneYear => "education-one-year-short",
                Education::TwoYear => "education-two-year-short",
                Education::Bachelors => "education-bachelors-short",
                Education::TwoOrMore => "education-two-or-more-short",
                Education::Masters => "education-masters-short",
                Education::Doctoral => "education-doctoral-short",
            },
            &[],
        )
    }
}

impl CanadianEducation {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                CanadianEducation::None => "canadian-education-none",
                CanadianEducation::OneOrTwoYear => "canadian-education-one-or-two-year",
                CanadianEducation::ThreeYearOrMore => "canadian-education-three-year-or-more",
            },
            &[],
        )
    }

    pub fn short_label(self) -> String {
        crate::i18n::message(
            match self {
                CanadianEducation::None => "canadian-education-none-short",
                CanadianEducation::OneOrTwoYear => "canadian-education-one-or-two-year-short",
                CanadianEducation::ThreeYearOrMore => "canadian-education-three-year-or-more-short",
            },
            &[],
        )
    }
}

impl JobOffer {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                JobOffer::None => "job-offer-none",
                JobOffer::Teer0Major00 => "job-offer-teer0-major00",
                JobOffer::Other => "job-offer-other",
            },
            &[],
        )
    }
}

impl Language {
    pub fn label(self) -> String {
        crate::i18n::message(self.label_id(), &[])
    }

    /// French levels are called NCLC, English ones CLB.
    pub fn level_name(self) -> String {
        crate::i18n::message(self.level_name_id(), &[])
    }
}

impl Ability {
    pub fn label(self) -> String {
        crate::i18n::message(
            match self {
                Ability::Listening => "ability-listening",
                Ability::Reading => "ability-reading",
                Ability::Writing => "ability-writing",
                Ability::Speaking => "ability-speaking",
            },
            &[],
        )
    }
}

impl LanguageTest {
    pub fn label(self) -> String {
        crate::i18n::message(self.label_id(), &[])
    }

    /// How a score is written for people: IELTS with one decimal.
    pub fn format_score(self, units: u16) -> String {
        crate::i18n::fact(&self.score_fact(units))
    }
}

impl fmt::Display for Education {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}
