//! Bad input never panics: random text and randomly damaged scenario, rules
//! and feed files all give a value or one clear message.

use crs_planner::draws::Feed;
use crs_planner::engine::RuleSet;
use crs_planner::scenario;
use proptest::prelude::*;
use serde_json::Value;

const BASELINE: &str = include_str!("../../assets/examples/baseline.json");
const RULES: &str = include_str!("../../rules/sets/2025-03-25.json");

fn any_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        "[a-z_0-9 ,.-]{0,12}".prop_map(Value::from),
        Just(Value::Array(vec![Value::from(1)])),
        Just(Value::Object(Default::default())),
    ]
}

/// Every path to a leaf of a JSON value.
fn leaves(value: &Value, path: Vec<String>, found: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let mut next = path.clone();
                next.push(key.clone());
                leaves(child, next, found);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                let mut next = path.clone();
                next.push(index.to_string());
                leaves(child, next, found);
            }
        }
        _ => found.push(path),
    }
}

fn replace(value: &mut Value, path: &[String], with: Value) {
    let mut target = value;
    for key in path {
        target = match target {
            Value::Object(map) => map.get_mut(key).unwrap(),
            Value::Array(items) => &mut items[key.parse::<usize>().unwrap()],
            _ => unreachable!(),
        };
    }
    *target = with;
}

fn damaged(text: &str, pick: usize, with: Value) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    let mut found = Vec::new();
    leaves(&value, Vec::new(), &mut found);
    let path = found[pick % found.len()].clone();
    replace(&mut value, &path, with);
    value.to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn any_text_is_read_or_refused_in_one_line(text in "\\PC{0,200}") {
        if let Err(error) = scenario::parse(&text, "random", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped) {
            prop_assert!(error.to_string().starts_with("random: "));
            prop_assert!(!error.to_string().contains('\n'));
        }
    }

    #[test]
    fn a_damaged_scenario_is_read_or_refused_with_its_path(pick in 0usize..100, with in any_leaf()) {
        let text = damaged(BASELINE, pick, with);
        if let Err(error) = scenario::parse(&text, "damaged.json", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped) {
            prop_assert!(error.to_string().starts_with("damaged.json: "));
            prop_assert!(!error.to_string().contains('\n'));
        }
    }

    #[test]
    fn a_damaged_rules_file_is_read_or_refused(pick in 0usize..400, with in any_leaf(), big in 0u16..=u16::MAX) {
        // Large point values are the dangerous ones: try them as often as random leaves.
        let with = if big % 2 == 0 { Value::from(big) } else { with };
        let text = damaged(RULES, pick, with);
        if let Ok(set) = RuleSet::from_json(&text) {
            // Whatever was accepted still scores without panicking.
            let profile = scenario::parse(BASELINE, "baseline", crate::common::today(), crs_planner::engine::eligibility::ReferenceSource::Shipped).unwrap().profile;
            let _ = set.score(&profile);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn a_damaged_feed_is_read_or_refused_naming_a_round(round in 0usize..435, field in 0usize..31, with in any_leaf()) {
        let mut value: Value = serde_json::from_str(crs_planner::draws::SHIPPED_FEED).unwrap();
        let entry = value["rounds"][round].as_object_mut().unwrap();
        let key = entry.keys().nth(field % entry.len()).unwrap().clone();
        entry.insert(key, with);
        if let Err(error) = Feed::parse(&value.to_string()) {
            prop_assert!(error.to_string().starts_with("round ") || error.to_string().starts_with("rounds["), "{}", error);
        }
    }
}
