//! The typed struct the batch baseline parses each line into: the scenario's
//! shape, with no validation.

use serde::Deserialize;

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Language {
    language: String,
    test: String,
    listening: f64,
    reading: f64,
    writing: f64,
    speaking: f64,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Spouse {
    education: String,
    language: Option<Language>,
    canadian_experience_years: f64,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Profile {
    age: f64,
    education: String,
    first_language: Language,
    second_language: Option<Language>,
    canadian_experience_years: f64,
    foreign_experience_years: f64,
    certificate_of_qualification: bool,
    canadian_education: String,
    sibling_in_canada: bool,
    provincial_nomination: bool,
    job_offer: String,
    spouse: Option<Spouse>,
}
