//! A breakdown row as a person reads it: what in the profile earned it
//! ("CLB 9", "2 years in Canada"), and a language result with what each
//! score converted to.

use crate::engine::eligibility::Answer;
use crate::engine::language::BELOW_CLB_4;
use crate::engine::{Ability, Factor, LanguageResult, Profile, RuleSet};

/// "yes", "no" or "unknown", for an eligibility answer.
pub fn answer_word(answer: Answer) -> String {
    match answer {
        Answer::Yes => crate::t!("yes"),
        Answer::No => crate::t!("no"),
        Answer::Unknown => crate::t!("unknown"),
    }
}

fn level_text(language_name: &str, level: u8) -> String {
    if level == BELOW_CLB_4 {
        crate::t!("below-level-4", levels = language_name)
    } else {
        format!("{language_name} {level}")
    }
}

/// "IELTS General Training: L 8.0 -> CLB 9, R 7.0 -> CLB 9, ..."
pub fn language_line(result: &LanguageResult) -> String {
    let level_name = result.language().level_name();
    let parts: Vec<String> = Ability::ALL
        .iter()
        .map(|&ability| {
            let level = level_text(&level_name, result.levels().get(ability));
            match result.test() {
                crate::engine::LanguageTest::Clb => format!("{} {level}", ability.label()),
                test => format!(
                    "{} {} = {level}",
                    ability.label(),
                    test.format_score(result.scores().get(ability))
                ),
            }
        })
        .collect();
    crate::t!(
        "language-line",
        language = result.language().label(),
        test = result.test().label(),
        parts = parts.join(", ")
    )
}

fn years(count: u8) -> String {
    crate::t!("years", count = count)
}

/// What in the profile a row is scored on.
pub fn detail(factor: Factor, profile: &Profile, rules: &RuleSet) -> String {
    let first = &profile.first_language;
    match factor {
        Factor::Age => crate::t!("years-old", age = profile.age),
        Factor::Education => profile.education.label().to_string(),
        Factor::FirstLanguage(ability) => {
            level_text(&first.language().level_name(), first.levels().get(ability))
        }
        Factor::SecondLanguage => match &profile.second_language {
            Some(second) => {
                let levels: Vec<String> = second.levels().0.iter().map(u8::to_string).collect();
                format!("{} {}", second.language().level_name(), levels.join("/"))
            }
            None => crate::t!("none"),
        },
        Factor::CanadianExperience => years(profile.canadian_experience_years),
        Factor::SpouseEducation => profile
            .spouse
            .map_or(String::new(), |spouse| spouse.education.label().to_string()),
        Factor::SpouseLanguage => match profile.spouse.and_then(|spouse| spouse.language) {
            Some(result) => {
                let levels: Vec<String> = result.levels().0.iter().map(u8::to_string).collect();
                format!("{} {}", result.language().level_name(), levels.join("/"))
            }
            None => crate::t!("no-test"),
        },
        Factor::SpouseCanadianExperience => profile
            .spouse
            .map_or(String::new(), |spouse| years(spouse.canadian_experience_years)),
        Factor::EducationCombinations => crate::t!(
            "detail-education-combinations",
            levels = first.language().level_name(),
            lowest = first.levels().lowest(),
            canadian = years(profile.canadian_experience_years)
        ),
        Factor::ForeignExperienceCombinations => {
            crate::t!("detail-abroad", years = years(profile.foreign_experience_years))
        }
        Factor::CertificateOfQualification => yes_no(profile.certificate_of_qualification).to_string(),
        Factor::ProvincialNomination => yes_no(profile.provincial_nomination).to_string(),
        Factor::JobOffer => profile.job_offer.label().to_string(),
        Factor::CanadianEducation => profile.canadian_education.label().to_string(),
        Factor::SiblingInCanada => yes_no(profile.sibling_in_canada).to_string(),
        Factor::French => match profile.result_in(crate::engine::Language::French) {
            Some(french) => crate::t!("detail-lowest-nclc", level = french.levels().lowest()),
            None => crate::t!("detail-no-french"),
        },
        Factor::Occupation(section) => crate::worded::occupation_detail(rules, section, profile),
        Factor::SectionCap(_) => crate::t!("detail-above-cap"),
    }
}

fn yes_no(value: bool) -> String {
    if value {
        crate::t!("yes")
    } else {
        crate::t!("no")
    }
}
