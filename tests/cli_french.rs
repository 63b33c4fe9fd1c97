//! The commands in French: chosen by --lang, CRS_PLANNER_LANG, the
//! remembered choice or the locale; JSON the same in every language.

mod common;

use std::process::Output;

const BASELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/baseline.json");
const WORK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/work-history.json");

fn text(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn run(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    common::run_binary_with(home.path(), args, "", vars)
}

#[test]
fn score_speaks_french_with_lang() {
    let output = run(&["score", BASELINE, "--lang", "fr"], &[]);
    assert!(output.status.success());
    let report = text(&output);
    for said in [
        "Règles 2025-03-25",
        "note calculée avec un époux ou conjoint de fait qui accompagne",
        "Langues",
        "  1re :   anglais, IELTS General Training : Compr. orale 8,0 = NCLC 9",
        "A. Facteurs de base / capital humain",
        "   Âge                               29 ans",
        "   Expérience de travail au Canada   1 an",
        "   Offre d'emploi réservé            non noté selon les règles 2025-03-25",
        "Zone 500+ : en tête du bassin",
    ] {
        assert!(report.contains(said), "{said:?} not in\n{report}");
    }
    for english in [
        "Rule set",
        "Languages",
        "years",
        "not scored",
        "front of the pack",
    ] {
        assert!(!report.contains(english), "{english:?} in\n{report}");
    }
}

#[test]
fn the_language_comes_from_the_variable_then_the_locale() {
    let by_variable = text(&run(
        &["score", BASELINE],
        &[("CRS_PLANNER_LANG", "fr"), ("LANG", "en_CA.UTF-8")],
    ));
    assert!(by_variable.contains("Langues"), "{by_variable}");
    let by_locale = text(&run(&["score", BASELINE], &[("LANG", "fr_CA.UTF-8")]));
    assert!(by_locale.contains("Langues"), "{by_locale}");
    let flag_wins = text(&run(
        &["score", BASELINE, "--lang", "en"],
        &[("LC_ALL", "fr_FR.UTF-8")],
    ));
    assert!(flag_wins.contains("Languages"), "{flag_wins}");
    let german = text(&run(&["score", BASELINE], &[("LANG", "de_DE.UTF-8")]));
    assert!(german.contains("Languages"), "{german}");
}

#[test]
fn a_language_without_a_catalogue_is_refused_in_one_line() {
    let output = run(&["score", BASELINE, "--lang", "de"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "crs-planner: no catalogue for the language \"de\" (available: en, fr)\n"
    );
}

#[test]
fn json_is_the_same_in_every_language() {
    for args in [
        vec!["score", BASELINE, "--json"],
        vec!["eligibility", WORK, "--json"],
        vec!["plan", BASELINE, "--target", "520", "--json"],
    ] {
        let english = run(&args, &[]);
        let mut french_args = args.clone();
        french_args.extend(["--lang", "fr"]);
        let french = run(&french_args, &[("LANG", "fr_CA.UTF-8")]);
        assert!(english.status.success(), "{args:?}");
        assert_eq!(english.stdout, french.stdout, "{args:?}");
    }
}

#[test]
fn eligibility_and_plan_say_their_requirements_and_moves_in_french() {
    let eligibility = text(&run(&["eligibility", WORK, "--lang", "fr"], &[]));
    assert!(eligibility.contains("NCLC"), "{eligibility}");
    let plan = text(&run(&["plan", BASELINE, "--target", "520", "--lang", "fr"], &[]));
    assert!(
        plan.contains("partout en français") || plan.contains("Expérience au Canada"),
        "{plan}"
    );
}
