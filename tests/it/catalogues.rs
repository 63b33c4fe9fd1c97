//! The message catalogues: both have every message, with the same
//! attributes and the same variables; every message is used by the code and
//! every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// Each message: its attributes and the variables it uses.
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn shape(code: &str, source: &str) -> Shape {
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{code}.ftl does not parse: {errors:?}"));
    let mut shape = Shape::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut variables);
            }
            let mut attributes = BTreeSet::new();
            for attribute in &message.attributes {
                attributes.insert(attribute.id.name.to_string());
                variables_in(&attribute.value, &mut variables);
            }
            let id = message.id.name.to_string();
            assert!(
                shape.insert(id.clone(), (attributes, variables)).is_none(),
                "{code}.ftl defines {id} twice"
            );
        }
    }
    shape
}

fn shipped(code: &str) -> &'static str {
    crs_planner::i18n::SHIPPED
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, source)| *source)
        .unwrap()
}

#[test]
fn every_message_is_in_both_catalogues_with_the_same_attributes_and_variables() {
    let english = shape("en", shipped("en"));
    let french = shape("fr", shipped("fr"));
    let missing: Vec<_> = english.keys().filter(|id| !french.contains_key(*id)).collect();
    let extra: Vec<_> = french.keys().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "missing in fr.ftl: {missing:?}");
    assert!(extra.is_empty(), "in fr.ftl only: {extra:?}");
    for (id, (attributes, variables)) in &english {
        let (fr_attributes, fr_variables) = &french[id];
        assert_eq!(attributes, fr_attributes, "{id}: attributes differ");
        assert_eq!(variables, fr_variables, "{id}: variables differ");
    }
}

fn source_files(folder: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The ids the code names: the first argument of `t!`, `said!`, `message` and
/// `attribute`, a command's `id`, and a match arm that gives an id.
fn ids_named(source: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for marker in [
        "t!(\"",
        "said!(\"",
        "message(\"",
        "attribute(\"",
        "id: \"",
        "=> \"",
    ] {
        for (at, _) in source.match_indices(marker) {
            let rest = &source[at + marker.len()..];
            let Some(end) = rest.find('"') else { continue };
            let id = &rest[..end];
            if !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                named.insert(id.to_string());
            }
        }
    }
    named
}

#[test]
fn every_message_is_used_and_every_message_used_exists() {
    let english = shape("en", shipped("en"));
    let mut sources = Vec::new();
    source_files(std::path::Path::new("src"), &mut sources);
    let all = sources.join("\n");
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !all.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    // Match arms also give keys that are not messages ("fsw", "all"): only
    // ids of a family the catalogue has (cmd-, field-, unmet-...) count.
    let families: BTreeSet<&str> = english.keys().filter_map(|id| id.split('-').next()).collect();
    let missing: Vec<_> = ids_named(&all)
        .into_iter()
        .filter(|id| id.contains('-') && families.contains(id.split('-').next().unwrap()))
        .filter(|id| !english.contains_key(id))
        .collect();
    assert!(
        missing.is_empty(),
        "messages the code asks for but no catalogue has: {missing:?}"
    );
}

#[test]
fn french_writes_numbers_and_plurals_the_french_way() {
    crs_planner::i18n::set_language("fr");
    let jobs = (
        crs_planner::t!("jobs", count = 1),
        crs_planner::t!("jobs", count = 2),
    );
    let pool = crs_planner::i18n::number(229_100);
    let score = crs_planner::engine::LanguageTest::Ielts.format_score(15);
    crs_planner::i18n::set_language("en");
    assert_eq!(
        jobs,
        (
            "1 emploi (Entrée modifie)".to_string(),
            "2 emplois (Entrée modifie)".to_string()
        )
    );
    assert_eq!(pool, "229\u{a0}100");
    assert_eq!(score, "7,5");
    assert_eq!(crs_planner::i18n::number(229_100), "229,100");
}

#[test]
fn a_users_catalogue_fixes_a_message_or_is_refused_with_its_line() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("fr.ftl"), "yes = ouais\n").unwrap();
    std::fs::write(folder.path().join("es.ftl"), "yes = sí\nno = no\n").unwrap();
    std::fs::write(folder.path().join("de.ftl"), "yes = ja\nnicht-da = x\n").unwrap();
    std::fs::write(folder.path().join("it.ftl"), "yes = sì\nno = { $\n").unwrap();
    let (library, warnings) = crs_planner::config::load_catalogues(folder.path());
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    crs_planner::i18n::install(library);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].contains("de.ftl: line 2") && warnings[0].contains("nicht-da"),
        "{warnings:?}"
    );
    assert!(warnings[1].contains("it.ftl: line 2"), "{warnings:?}");
    assert!(crs_planner::i18n::set_language("fr"));
    assert_eq!(crs_planner::t!("yes"), "ouais");
    assert_eq!(crs_planner::t!("no"), "non");
    assert!(crs_planner::i18n::set_language("es"));
    assert_eq!(crs_planner::t!("yes"), "sí");
    // What Spanish lacks, English says.
    assert_eq!(crs_planner::t!("modified"), "modified");
    assert!(!crs_planner::i18n::set_language("de"));
    crs_planner::i18n::install(crs_planner::i18n::Library::shipped());
}

/// What the engine finds is kept as facts and worded when shown: the same
/// value reads in the language in use, and `in_english` words it in English
/// without changing the language of the thread.
#[test]
fn a_problem_is_worded_when_shown_in_the_language_then_in_use() {
    use crs_planner::engine::Date;
    let problem = "2025-02-29".parse::<Date>().unwrap_err().said();
    assert_eq!(problem.id(), Some("date-does-not-exist"));
    crs_planner::i18n::set_language("en");
    assert_eq!(
        problem.to_string(),
        "expected a day that exists, found \"2025-02-29\": 2025 has no February 29"
    );
    crs_planner::i18n::set_language("fr");
    assert_eq!(
        problem.to_string(),
        "attendu un jour qui existe, trouvé \"2025-02-29\" : l'année 2025 n'a pas de 29 février"
    );
    assert_eq!(
        crs_planner::i18n::in_english(|| problem.to_string()),
        "expected a day that exists, found \"2025-02-29\": 2025 has no February 29"
    );
    assert!(
        crs_planner::i18n::speaks("fr"),
        "in_english gives the language back"
    );
    // Nested messages are worded in the same language as the outer one.
    let nested = crs_planner::error::expected_found(crs_planner::said!("input-whole-number"), "\"x\"");
    assert_eq!(nested.to_string(), "attendu un nombre entier, trouvé \"x\"");
    crs_planner::i18n::set_language("en");
    assert_eq!(nested.to_string(), "expected a whole number, found \"x\"");
}
