//! A scenario back to the file format, every profile field written out so a
//! saved file documents itself.

use serde::Serialize;

use crate::engine::{Ability, Date, Extras, LanguageResult, LanguageTest, Profile, Spouse};

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
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_experience_since: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_experience_ongoing: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    foreign_experience_since: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    foreign_experience_ongoing: Option<bool>,
}

#[derive(Serialize)]
struct OutLanguage {
    language: &'static str,
    test: &'static str,
    listening: OutScore,
    reading: OutScore,
    writing: OutScore,
    speaking: OutScore,
    #[serde(skip_serializing_if = "Option::is_none")]
    test_date: Option<String>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    age: Option<u8>,
    #[serde(skip_serializing_if = "is_zero")]
    foreign_experience_years: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    second_language: Option<OutLanguage>,
    #[serde(skip_serializing_if = "is_false")]
    certificate_of_qualification: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_education: Option<&'static str>,
}

fn is_zero(value: &u8) -> bool {
    *value == 0
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn day(date: Option<Date>) -> Option<String> {
    date.map(|d| d.to_string())
}

fn language(result: &LanguageResult, test_date: Option<Date>) -> OutLanguage {
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
        test_date: day(test_date),
    }
}

fn spouse(spouse: &Spouse, extras: &Extras) -> OutSpouse {
    let details = &extras.spouse;
    OutSpouse {
        education: spouse.education.key(),
        language: spouse
            .language
            .as_ref()
            .map(|result| language(result, extras.dates.spouse_language_test)),
        canadian_experience_years: spouse.canadian_experience_years,
        age: details.age,
        foreign_experience_years: details.foreign_experience_years,
        second_language: details
            .second_language
            .as_ref()
            .map(|result| language(result, None)),
        certificate_of_qualification: details.certificate_of_qualification,
        canadian_education: details.canadian_education.map(|level| level.key()),
    }
}

fn profile(profile: &Profile, extras: &Extras) -> OutProfile {
    let dates = &extras.dates;
    OutProfile {
        age: profile.age,
        education: profile.education.key(),
        first_language: language(&profile.first_language, dates.first_language_test),
        second_language: profile
            .second_language
            .as_ref()
            .map(|result| language(result, dates.second_language_test)),
        canadian_experience_years: profile.canadian_experience_years,
        foreign_experience_years: profile.foreign_experience_years,
        certificate_of_qualification: profile.certificate_of_qualification,
        canadian_education: profile.canadian_education.key(),
        sibling_in_canada: profile.sibling_in_canada,
        provincial_nomination: profile.provincial_nomination,
        job_offer: profile.job_offer.key(),
        spouse: profile.spouse.as_ref().map(|partner| spouse(partner, extras)),
        birth_date: day(dates.birth_date),
        canadian_experience_since: day(dates.canadian_experience.map(|span| span.since)),
        canadian_experience_ongoing: dates.canadian_experience.map(|span| span.ongoing),
        foreign_experience_since: day(dates.foreign_experience.map(|span| span.since)),
        foreign_experience_ongoing: dates.foreign_experience.map(|span| span.ongoing),
    }
}

/// The scenario as pretty JSON, ending with a newline.
pub fn to_json(scenario: &Scenario) -> String {
    let out = OutScenario {
        format: SCENARIO_FORMAT,
        name: scenario.name.as_deref(),
        notes: scenario.notes.as_deref(),
        profile: profile(&scenario.profile, &scenario.extras),
    };
    let mut text = serde_json::to_string_pretty(&out).expect("plain structs always serialize");
    text.push('\n');
    text
}
