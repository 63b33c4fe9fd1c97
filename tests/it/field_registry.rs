//! One table of fields: what the planner's form accepts, a file accepts, and
//! the other way round, at the edges of every range in the registry
//! (`scenario::fields`), on a fixed day.

use crs_planner::advisor::Slot;
use crs_planner::engine::{Date, LanguageTables};
use crs_planner::scenario::{self, fields};
use crs_planner::tui::form::{self, FieldId};
use serde_json::Value;

const BASE: &str = r#"{
  "age": 30,
  "education": "masters",
  "first_language": {"language": "english", "test": "clb", "listening": 8, "reading": 8,
    "writing": 8, "speaking": 8, "test_date": "2025-06-01"},
  "second_language": {"language": "french", "test": "clb", "listening": 7, "reading": 7,
    "writing": 7, "speaking": 7},
  "canadian_experience_years": 1,
  "foreign_experience_years": 2,
  "funds_cad": 20000,
  "family_members": 2,
  "spouse": {
    "education": "doctoral",
    "age": 28,
    "language": {"language": "english", "test": "clb", "listening": 9, "reading": 9,
      "writing": 9, "speaking": 9},
    "canadian_experience_years": 1,
    "foreign_experience_years": 3
  }
}"#;

fn today() -> Date {
    "2026-12-03".parse().unwrap()
}

/// Each typed field of the form, the key it is saved under and its entry's
/// keys (the test fails when a registry key has no form field here).
fn form_fields() -> Vec<(FieldId, &'static str)> {
    vec![
        (FieldId::Age, "age"),
        (FieldId::SpouseAge, "spouse.age"),
        (FieldId::CanadianExperience, "canadian_experience_years"),
        (FieldId::ForeignExperience, "foreign_experience_years"),
        (FieldId::SpouseExperience, "spouse.canadian_experience_years"),
        (FieldId::StudyYears, "canadian_study_years"),
        (FieldId::SpouseStudyYears, "spouse.canadian_study_years"),
        (FieldId::FamilyMembers, "family_members"),
        (FieldId::Funds, "funds_cad"),
        (FieldId::BirthDate, "birth_date"),
        (FieldId::Submitted, "profile_submitted"),
        (FieldId::AssessedOn, "education_assessed_on"),
        (FieldId::WorkPermit, "work_permit_expires"),
        (FieldId::TestDate(Slot::First), "first_language.test_date"),
        (FieldId::TestDate(Slot::Second), "second_language.test_date"),
        (FieldId::TestDate(Slot::Spouse), "spouse.language.test_date"),
    ]
}

fn with_key(key: &str, value: Value) -> String {
    let mut document: Value = serde_json::from_str(BASE).unwrap();
    let mut place = &mut document;
    let parts: Vec<&str> = key.split('.').collect();
    for part in &parts[..parts.len() - 1] {
        place = place.get_mut(*part).unwrap();
    }
    place[parts[parts.len() - 1]] = value;
    document.to_string()
}

fn numbers(max: f64) -> Vec<f64> {
    let mut values = vec![
        -1.0,
        0.0,
        0.5,
        1.0,
        2.0,
        3.0,
        255.0,
        256.0,
        1e12,
        1e12 + 1.0,
        2e12,
    ];
    values.extend([max - 1.0, max - 0.5, max, max + 0.5, max + 1.0]);
    values
}

fn days() -> Vec<String> {
    let today = today();
    let mut days: Vec<String> = ["1899-12-31", "1900-01-01", "1950-06-15", "2026-02-30"]
        .map(String::from)
        .to_vec();
    for months in [-12 * 46 - 1, -12 * 46, -12 * 45, -1, 0, 1, 35, 36, 37] {
        days.push(today.plus_months(months).to_string());
        days.push(today.plus_months(months).plus_days(1).to_string());
    }
    days
}

#[test]
fn what_the_form_accepts_a_file_accepts_and_the_other_way_round() {
    let tables = LanguageTables::official();
    let base = scenario::parse(
        BASE,
        "base",
        today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let mut checked = 0;
    for (id, key) in form_fields() {
        let whole = fields::WHOLE_FIELDS
            .iter()
            .find(|entry| entry.keys.contains(&key));
        let is_funds = fields::FUNDS.keys.contains(&key);
        let is_day = fields::DAY_FIELDS.iter().any(|entry| entry.keys.contains(&key));
        let cases: Vec<(String, Value)> = if let Some(entry) = whole {
            numbers(f64::from(entry.max))
                .into_iter()
                .map(|n| (n.to_string(), serde_json::json!(n)))
                .collect()
        } else if is_funds {
            numbers(fields::FUNDS.max)
                .into_iter()
                .map(|n| (n.to_string(), serde_json::json!(n)))
                .collect()
        } else {
            assert!(is_day, "{key} is in no registry entry");
            days()
                .into_iter()
                .map(|d| (d.clone(), Value::String(d)))
                .collect()
        };
        for (typed, value) in cases {
            let in_form = form::set_text(&base, id, &typed, tables, today());
            let in_file = scenario::parse(
                &with_key(key, value),
                "f.json",
                today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped,
            );
            assert_eq!(
                in_form.is_ok(),
                in_file.is_ok(),
                "{key} = {typed}: the form says {:?}, the file {:?}",
                in_form.as_ref().err().map(ToString::to_string),
                in_file.as_ref().err().map(ToString::to_string),
            );
            checked += 1;
        }
    }
    assert!(checked > 250, "{checked} cases");
}

#[test]
fn every_key_of_the_registry_is_a_form_field_or_a_job_field() {
    let keys: Vec<&str> = form_fields().into_iter().map(|(_, key)| key).collect();
    let registry = fields::WHOLE_FIELDS
        .iter()
        .flat_map(|entry| entry.keys.iter())
        .chain(fields::FUNDS.keys)
        .chain(fields::DAY_FIELDS.iter().flat_map(|entry| entry.keys.iter()));
    for key in registry {
        assert!(
            // The spouse's foreign years are stepped with Left/Right, never typed.
            keys.contains(key) || key.starts_with("work[].") || *key == "spouse.foreign_experience_years",
            "{key} has no field in the planner's form"
        );
    }
}

#[test]
fn the_form_and_the_file_word_a_refusal_from_the_same_entry() {
    let tables = LanguageTables::official();
    let base = scenario::parse(
        BASE,
        "base",
        today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let form = form::set_text(&base, FieldId::Funds, "2000000000000", tables, today())
        .unwrap_err()
        .to_string();
    assert_eq!(
        form,
        "expected an amount in Canadian dollars from 0 to 1000000000000, or nothing"
    );
    let file = scenario::parse(
        &with_key("funds_cad", serde_json::json!(2e12)),
        "f.json",
        today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        file,
        "f.json: funds_cad: expected an amount in Canadian dollars from 0 to 1000000000000, found 2000000000000"
    );
}
