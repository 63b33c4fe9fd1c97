//! Two scenarios side by side: each factor's points in both, and which
//! fields of the profiles differ.

use serde::Serialize;

use crate::engine::{Factor, RuleSet, Section};

use super::{to_json, Scenario};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactorDiff {
    pub section: &'static str,
    pub factor: &'static str,
    #[serde(skip)]
    pub which: Factor,
    pub a: i32,
    pub b: i32,
    pub difference: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionDiff {
    pub section: &'static str,
    pub a: u16,
    pub b: u16,
    pub difference: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldDiff {
    /// Dotted path in the scenario file (`profile.first_language.reading`).
    pub field: String,
    pub a: serde_json::Value,
    pub b: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub rules: String,
    pub a_total: u16,
    pub b_total: u16,
    pub difference: i32,
    /// The profile fields that differ, in file order: the reasons first.
    pub fields: Vec<FieldDiff>,
    pub sections: Vec<SectionDiff>,
    /// Every factor row, differing or not, in breakdown order.
    pub factors: Vec<FactorDiff>,
}

pub fn compare(a: &Scenario, b: &Scenario, rules: &RuleSet) -> Comparison {
    let left = rules.score(&a.profile);
    let right = rules.score(&b.profile);
    let factors = left
        .rows
        .iter()
        .zip(right.rows.iter())
        .map(|(l, r)| FactorDiff {
            section: l.factor.section().key(),
            factor: l.factor.key(),
            which: l.factor,
            a: l.points,
            b: r.points,
            difference: r.points - l.points,
        })
        .collect();
    let sections = Section::ALL
        .iter()
        .map(|&section| SectionDiff {
            section: section.key(),
            a: left.section(section),
            b: right.section(section),
            difference: i32::from(right.section(section)) - i32::from(left.section(section)),
        })
        .collect();
    Comparison {
        rules: rules.id().to_string(),
        a_total: left.total,
        b_total: right.total,
        difference: i32::from(right.total) - i32::from(left.total),
        fields: field_differences(a, b),
        sections,
        factors,
    }
}

/// Every field of the two files' profiles that differs: dates, the spouse,
/// the eligibility facts and each job of the work history included.
fn field_differences(a: &Scenario, b: &Scenario) -> Vec<FieldDiff> {
    let as_value = |scenario: &Scenario| -> serde_json::Value {
        serde_json::from_str(&to_json(scenario)).unwrap_or(serde_json::Value::Null)
    };
    let mut found = Vec::new();
    walk("", &as_value(a)["profile"], &as_value(b)["profile"], &mut found);
    found
}

fn walk(path: &str, a: &serde_json::Value, b: &serde_json::Value, found: &mut Vec<FieldDiff>) {
    let here = |key: &str| {
        if path.is_empty() {
            format!("profile.{key}")
        } else {
            format!("{path}.{key}")
        }
    };
    let null = serde_json::Value::Null;
    match (a, b) {
        (serde_json::Value::Object(left), serde_json::Value::Object(right)) => {
            // A's keys in file order, then those only B has.
            for (key, value) in left {
                walk(&here(key), value, right.get(key).unwrap_or(&null), found);
            }
            for (key, value) in right.iter().filter(|(key, _)| !left.contains_key(*key)) {
                walk(&here(key), &null, value, found);
            }
        }
        // Lists (the jobs) item by item: `profile.work[1].hours_per_week`.
        (serde_json::Value::Array(left), serde_json::Value::Array(right)) => {
            for index in 0..left.len().max(right.len()) {
                let item = format!("{path}[{index}]");
                walk(
                    &item,
                    left.get(index).unwrap_or(&null),
                    right.get(index).unwrap_or(&null),
                    found,
                );
            }
        }
        _ if a != b => found.push(FieldDiff {
            field: if path.is_empty() {
                "profile".into()
            } else {
                path.to_string()
            },
            a: a.clone(),
            b: b.clone(),
        }),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::RuleBook;
    use crate::scenario::parse;

    #[test]
    fn lists_the_fields_that_differ_and_the_points_they_move() {
        let a = parse(
            include_str!("../../assets/examples/baseline.json"),
            "a",
            "2026-12-03".parse().unwrap(),
            crate::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap();
        let mut b = a.clone();
        b.profile.canadian_experience_years = 2;
        b.profile.spouse = None;
        let book = RuleBook::shipped();
        let comparison = compare(&a, &b, book.get("2025-03-25").unwrap());
        let fields: Vec<&str> = comparison.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["profile.canadian_experience_years", "profile.spouse"]);
        assert_eq!(comparison.a_total, 500);
        let sum: i32 = comparison.factors.iter().map(|f| f.difference).sum();
        assert_eq!(sum, comparison.difference);
    }

    #[test]
    fn dates_jobs_and_facts_beyond_the_score_are_compared_too() {
        let a = parse(
            include_str!("../../assets/examples/work-history.json"),
            "a",
            "2026-12-03".parse().unwrap(),
            crate::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap();
        let mut b = a.clone();
        b.extras.dates.birth_date = Some("1990-02-03".parse().unwrap());
        b.extras.dates.first_language_test = Some("2025-07-01".parse().unwrap());
        b.background.funds_cad = Some(1.0);
        let jobs = b.background.work.as_mut().unwrap();
        jobs[0].hours_per_week = 20;
        let book = RuleBook::shipped();
        let comparison = compare(&a, &b, book.get("2025-03-25").unwrap());
        let fields: Vec<&str> = comparison.fields.iter().map(|f| f.field.as_str()).collect();
        for expected in [
            "profile.birth_date",
            "profile.first_language.test_date",
            "profile.funds_cad",
            "profile.work[0].hours_per_week",
        ] {
            assert!(fields.contains(&expected), "{expected} missing from {fields:?}");
        }
        let sum: i32 = comparison.factors.iter().map(|f| f.difference).sum();
        assert_eq!(sum, comparison.difference);
    }
}
