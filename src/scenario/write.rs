//! A scenario back to the file format, every profile field written out so a
//! saved file documents itself.

use serde::Serialize;

use crate::engine::eligibility::{Background, Job};
use crate::engine::profile::UnscoredPartner;
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
    /// Left out with a birth date, which gives the age on every day.
    #[serde(skip_serializing_if = "Option::is_none")]
    age: Option<u8>,
    education: &'static str,
    first_language: OutLanguage,
    second_language: Option<OutLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_experience_years: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    foreign_experience_years: Option<u8>,
    certificate_of_qualification: bool,
    canadian_education: &'static str,
    sibling_in_canada: bool,
    provincial_nomination: bool,
    job_offer: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_offer_noc: Option<String>,
    spouse: Option<OutSpouse>,
    #[serde(skip_serializing_if = "Option::is_none")]
    spouse_status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    profile_submitted: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    work_permit_expires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    education_assessed_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_experience_since: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_experience_ongoing: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    foreign_experience_since: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    foreign_experience_ongoing: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    work: Option<Vec<OutJob>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    funds_cad: Option<OutAmount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    family_members: Option<u8>,
    #[serde(skip_serializing_if = "is_false")]
    authorized_to_work_in_canada: bool,
    #[serde(skip_serializing_if = "is_true")]
    education_assessed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_study_years: Option<u8>,
    #[serde(skip_serializing_if = "is_false")]
    relative_in_canada: bool,
    #[serde(skip_serializing_if = "is_false")]
    plans_to_live_in_quebec: bool,
}

#[derive(Serialize)]
struct OutJob {
    noc: String,
    #[serde(rename = "where")]
    place: &'static str,
    from: String,
    to: Option<String>,
    hours_per_week: u8,
    #[serde(skip_serializing_if = "is_false")]
    self_employed: bool,
    #[serde(skip_serializing_if = "is_false")]
    while_full_time_student: bool,
}

/// Whole dollars are written without a decimal.
#[derive(Serialize)]
#[serde(untagged)]
enum OutAmount {
    Whole(u64),
    Exact(f64),
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
    #[serde(skip_serializing_if = "Option::is_none")]
    canadian_study_years: Option<u8>,
}

fn is_zero(value: &u8) -> bool {
    *value == 0
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_true(value: &bool) -> bool {
    *value
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

fn spouse(spouse: &Spouse, extras: &Extras, background: &Background) -> OutSpouse {
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
        canadian_study_years: background.spouse_canadian_study_years,
    }
}

fn job(job: &Job) -> OutJob {
    OutJob {
        noc: job.noc.to_string(),
        place: job.place.key(),
        from: job.from.to_string(),
        to: day(job.to),
        hours_per_week: job.hours_per_week,
        self_employed: job.self_employed,
        while_full_time_student: job.while_full_time_student,
    }
}

fn profile(profile: &Profile, extras: &Extras, background: &Background) -> OutProfile {
    let dates = &extras.dates;
    // Years counted from a work history are not written: they would pin
    // today's count as a what-if.
    let counted = background.work.is_some();
    let stated = background.stated_years;
    OutProfile {
        age: dates.birth_date.is_none().then_some(profile.age),
        education: profile.education.key(),
        first_language: language(&profile.first_language, dates.first_language_test),
        second_language: profile
            .second_language
            .as_ref()
            .map(|result| language(result, dates.second_language_test)),
        canadian_experience_years: (!counted || stated.canadian).then_some(profile.canadian_experience_years),
        foreign_experience_years: (!counted || stated.foreign).then_some(profile.foreign_experience_years),
        certificate_of_qualification: profile.certificate_of_qualification,
        canadian_education: profile.canadian_education.key(),
        sibling_in_canada: profile.sibling_in_canada,
        provincial_nomination: profile.provincial_nomination,
        job_offer: profile.job_offer.key(),
        job_offer_noc: profile.occupations.job_offer.map(|noc| noc.to_string()),
        spouse: profile
            .spouse
            .as_ref()
            .map(|partner| spouse(partner, extras, background)),
        spouse_status: (profile.spouse.is_none() && extras.partner != UnscoredPartner::None)
            .then(|| extras.partner.key()),
        birth_date: day(dates.birth_date),
        profile_submitted: day(dates.profile_submitted),
        work_permit_expires: day(dates.work_permit_expires),
        education_assessed_on: day(dates.education_assessed_on),
        canadian_experience_since: day(dates.canadian_experience.map(|span| span.since)),
        canadian_experience_ongoing: dates.canadian_experience.map(|span| span.ongoing),
        foreign_experience_since: day(dates.foreign_experience.map(|span| span.since)),
        foreign_experience_ongoing: dates.foreign_experience.map(|span| span.ongoing),
        work: background
            .work
            .as_ref()
            .map(|jobs| jobs.iter().map(job).collect()),
        funds_cad: background.funds_cad.map(|amount| {
            if amount.fract() == 0.0 && amount <= 9e15 {
                OutAmount::Whole(amount as u64)
            } else {
                OutAmount::Exact(amount)
            }
        }),
        family_members: background.family_members,
        authorized_to_work_in_canada: background.authorized_to_work_in_canada,
        education_assessed: background.education_assessed,
        canadian_study_years: background.canadian_study_years,
        relative_in_canada: background.relative_in_canada,
        plans_to_live_in_quebec: background.plans_to_live_in_quebec,
    }
}

/// The scenario as pretty JSON, ending with a newline.
pub fn to_json(scenario: &Scenario) -> String {
    let out = OutScenario {
        format: SCENARIO_FORMAT,
        name: scenario.name.as_deref(),
        notes: scenario.notes.as_deref(),
        profile: profile(&scenario.profile, &scenario.extras, &scenario.background),
    };
    let mut text = serde_json::to_string_pretty(&out).expect("plain structs always serialize");
    text.push('\n');
    text
}
