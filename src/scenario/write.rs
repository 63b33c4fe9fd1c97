//! A scenario back to the file format, every profile field written out so a
//! saved file documents itself.

use serde::Serialize;

use crate::engine::{Ability, LanguageResult, LanguageTest, Profile, Spouse};

use super::{Scenario, SCENARIO_FORMAT};

#[derive(Serialize)]
struct OutScenario<'a> {
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<&'a str>,
    profile: OutProfile,
}

#[derive(Serialize)]
struct OutProfile {
    age: u8,
    education: &'static str,
    first_language: OutLanguage,
    second_language: Option<OutLanguage>,
    canadian_experience_years: u8,
    foreign_experience_years: u8,
    certificate_of_qualification: bool,
    canadian_education: &'static str,
    sibling_in_canada: bool,
    provincial_nomination: bool,
    job_offer: &'static str,
    spouse: Option<OutSpouse>,
}

#[derive(Serialize)]
struct OutLanguage {
    language: &'static str,
    test: &'static str,
    listening: OutScore,
    reading: OutScore,
    writing: OutScore,
    speaking: OutScore,
}

/// IELTS bands are written with a decimal (7.0), every other score whole.
#[derive(Serialize)]
#[serde(untagged)]
enum OutScore {
    Whole(u16),
    Band(f64),
}

#[derive(Serialize)]
struct OutSpouse {
    education: &'static str,
    language: Option<OutLanguage>,
    canadian_experience_years: u8,
}

fn language(result: &LanguageResult) -> OutLanguage {
    let score = |ability: Ability| match result.test() {
        LanguageTest::Ielts => OutScore::Band(result.score_value(ability)),
        _ => OutScore::Whole(result.scores().get(ability)),
    };
    OutLanguage {
        language: result.language().key(),
        test: result.test().key(),
        listening: score(Ability::Listening),
        reading: score(Ability::Reading),
        writing: score(Ability::Writing),
        speaking: score(Ability::Speaking),
    }
}

fn spouse(spouse: &Spouse) -> OutSpouse {
    OutSpouse {
        education: spouse.education.key(),
        language: spouse.language.as_ref().map(language),
        canadian_experience_years: spouse.canadian_experience_years,
    }
}

fn profile(profile: &Profile) -> OutProfile {
    OutProfile {
        age: profile.age,
        education: profile.education.key(),
        first_language: language(&profile.first_language),
        second_language: profile.second_language.as_ref().map(language),
        canadian_experience_years: profile.canadian_experience_years,
        foreign_experience_years: profile.foreign_experience_years,
        certificate_of_qualification: profile.certificate_of_qualification,
        canadian_education: profile.canadian_education.key(),
        sibling_in_canada: profile.sibling_in_canada,
        provincial_nomination: profile.provincial_nomination,
        job_offer: profile.job_offer.key(),
        spouse: profile.spouse.as_ref().map(spouse),
    }
}

/// The scenario as pretty JSON, ending with a newline.
pub fn to_json(scenario: &Scenario) -> String {
    let out = OutScenario {
        format: SCENARIO_FORMAT,
        name: scenario.name.as_deref(),
        notes: scenario.notes.as_deref(),
        profile: profile(&scenario.profile),
    };
    let mut text = serde_json::to_string_pretty(&out).expect("plain structs always serialize");
    text.push('\n');
    text
}
