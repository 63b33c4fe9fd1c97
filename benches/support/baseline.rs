//! The floor `score --batch` is measured against: read each JSON line into a
//! typed struct of the scenario's shape (no validation, no scoring), then
//! write a score line that was made once, as bytes, with no JSON writing work.

use std::io::{self, BufRead, Write};

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
    #[serde(default)]
    test_date: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Spouse {
    #[serde(default)]
    education: Option<String>,
    #[serde(default)]
    language: Option<Language>,
    #[serde(default)]
    canadian_experience_years: Option<f64>,
}

/// Every field the scenario format makes optional is optional here too, so
/// the floor parses any valid profile line.
#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Profile {
    age: f64,
    education: String,
    first_language: Language,
    #[serde(default)]
    second_language: Option<Language>,
    #[serde(default)]
    canadian_experience_years: Option<f64>,
    #[serde(default)]
    foreign_experience_years: Option<f64>,
    #[serde(default)]
    certificate_of_qualification: Option<bool>,
    #[serde(default)]
    canadian_education: Option<String>,
    #[serde(default)]
    sibling_in_canada: Option<bool>,
    #[serde(default)]
    provincial_nomination: Option<bool>,
    #[serde(default)]
    job_offer: Option<String>,
    #[serde(default)]
    spouse: Option<Spouse>,
    // What eligibility reads besides the score.
    #[serde(default)]
    work: Option<Vec<Job>>,
    #[serde(default)]
    funds_cad: Option<f64>,
    #[serde(default)]
    family_members: Option<f64>,
    #[serde(default)]
    birth_date: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Job {
    noc: String,
    #[serde(rename = "where")]
    place: String,
    from: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    hours_per_week: Option<f64>,
    #[serde(default)]
    self_employed: Option<bool>,
}

/// Parses every line of `input` into a `Profile` and writes `score_line`
/// (one finished output line, newline included) for each, gathered into
/// large writes as `score --batch` does. Returns how many lines parsed.
pub fn floor(mut input: impl BufRead, score_line: &[u8], mut output: impl Write) -> io::Result<u64> {
    let mut line = Vec::with_capacity(4096);
    let mut pending = Vec::with_capacity((1 << 16) + 4096);
    let mut parsed = 0;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = std::str::from_utf8(&line).unwrap_or("");
        if let Ok(profile) = serde_json::from_str::<Profile>(text.trim_end()) {
            std::hint::black_box(&profile);
            parsed += 1;
        }
        pending.extend_from_slice(score_line);
        if pending.len() >= 1 << 16 {
            output.write_all(&pending)?;
            pending.clear();
        }
    }
    output.write_all(&pending)?;
    output.flush()?;
    Ok(parsed)
}
