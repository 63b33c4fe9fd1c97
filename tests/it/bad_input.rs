//! Bad input: every file in `tests/bad_input/` is refused with exactly the
//! message in its `.expected` file, and is left byte for byte as it was.

use std::path::{Path, PathBuf};

use crs_planner::scenario;

fn bad_input_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/bad_input")
        .expect("tests/bad_input exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// Loads a bad file, checks it is refused with `expected` and untouched.
fn refused_with(path: &Path, expected: &str) {
    let before = std::fs::read(path).unwrap();
    let error = scenario::load(
        path,
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .expect_err("bad input must be refused");
    assert_eq!(error.to_string(), expected, "{}", path.display());
    assert!(!error.to_string().contains('\n'), "one line: {error}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "{} was changed",
        path.display()
    );
}

#[test]
fn every_bad_file_has_its_exact_message() {
    let files = bad_input_files();
    assert!(files.len() >= 20, "the folder holds the bad-input cases");
    for path in files {
        let expected_path = path.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} has no .expected file", path.display()));
        refused_with(&path, expected.trim_end());
    }
}

/// The classes the scenario format names, one by one, each naming the file
/// and the field path.
fn class(file: &str, field_path: &str, expected: &str) {
    let path = Path::new("tests/bad_input").join(file);
    let message = format!("{}: {field_path}{expected}", path.display());
    refused_with(&path, &message);
}

#[test]
fn not_json() {
    class(
        "not_json.json",
        "profile: ",
        "not valid JSON: trailing comma (line 1, column 218)",
    );
}

#[test]
fn missing_required_field() {
    class(
        "missing_education.json",
        "profile.education: ",
        "missing; expected one of less_than_secondary, secondary, one_year, two_year, bachelors, \
         two_or_more, masters, doctoral",
    );
}

#[test]
fn unknown_field() {
    class(
        "unknown_field.json",
        "profile.favourite_colour: ",
        "unknown field; expected one of age, education, first_language, second_language, \
         canadian_experience_years, foreign_experience_years, certificate_of_qualification, \
         canadian_education, sibling_in_canada, provincial_nomination, job_offer, job_offer_noc, spouse, spouse_status, birth_date, profile_submitted, work_permit_expires, education_assessed_on, \
         canadian_experience_since, canadian_experience_ongoing, foreign_experience_since, \
         foreign_experience_ongoing, work, funds_cad, family_members, authorized_to_work_in_canada, \
         education_assessed, canadian_study_years, relative_in_canada, plans_to_live_in_quebec",
    );
}

#[test]
fn unknown_enum_value() {
    class(
        "unknown_education.json",
        "profile.education: ",
        "expected one of less_than_secondary, secondary, one_year, two_year, bachelors, two_or_more, \
         masters, doctoral, found \"phd\"",
    );
}

#[test]
fn number_out_of_range() {
    class(
        "age_out_of_range.json",
        "profile.age: ",
        "expected whole years from 0 to 120, found 130",
    );
}

#[test]
fn score_the_test_cannot_give() {
    class(
        "ielts_7_3.json",
        "profile.first_language.reading: ",
        "expected an IELTS General Training reading band from 0.0 to 9.0 in steps of 0.5, found 7.3",
    );
}

#[test]
fn two_results_in_the_same_language() {
    class(
        "two_english_results.json",
        "profile.second_language.language: ",
        "expected a language other than the first language (english), found \"english\"",
    );
}

#[test]
fn test_of_the_other_language() {
    class(
        "english_test_for_french.json",
        "profile.first_language.test: ",
        "expected a test that reports French (clb, tef, tcf), found \"ielts\", which does not",
    );
}

#[test]
fn bare_profile_paths_have_no_prefix() {
    let error = scenario::parse(
        r#"{"age": 29, "education": "masters"}"#,
        "inline",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "inline: first_language: missing; expected a language result object"
    );
}

#[test]
fn nested_unknown_field_names_its_full_path() {
    let text = r#"{"age": 29, "education": "masters",
        "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9,
                           "writing": 9, "speaking": 9, "overall": 9}}"#;
    let error = scenario::parse(
        text,
        "inline",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "inline: first_language.overall: unknown field; expected one of language, test, listening, \
         reading, writing, speaking, test_date"
    );
}

#[test]
fn dates_and_spouse_details_are_checked_too() {
    let cases = [
        (
            r#"{"age": 29, "education": "masters", "birth_date": "1997-02-30",
                "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9}}"#,
            "inline: birth_date: expected a day that exists, found \"1997-02-30\": February has 28 days",
        ),
        (
            r#"{"age": 29, "education": "masters", "canadian_experience_ongoing": true,
                "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9}}"#,
            "inline: canadian_experience_ongoing: expected canadian_experience_since beside it: ongoing since when?",
        ),
        (
            r#"{"age": 29, "education": "masters",
                "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9, "test_date": "March 2026"}}"#,
            "inline: first_language.test_date: expected a date written YYYY-MM-DD, found \"March 2026\"",
        ),
        (
            r#"{"age": 29, "education": "masters",
                "first_language": {"language": "english", "test": "clb", "listening": 9, "reading": 9, "writing": 9, "speaking": 9},
                "spouse": {"education": "bachelors", "age": 130}}"#,
            "inline: spouse.age: expected whole years from 0 to 120, found 130",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            scenario::parse(
                text,
                "inline",
                crate::common::today(),
                crs_planner::engine::eligibility::ReferenceSource::Shipped
            )
            .unwrap_err()
            .to_string(),
            expected
        );
    }
}
