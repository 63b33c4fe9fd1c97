//! The shipped rule sets are sound, and a bad rules file is refused with the
//! key at fault.

use crs_planner::engine::rules::shipped_rule_files;
use crs_planner::engine::{RuleBook, RuleSet};

#[test]
fn every_shipped_rule_set_loads_and_is_consistent() {
    let files = shipped_rule_files();
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, ["2017-06-06.json", "2020-10-27.json", "2025-03-25.json"]);
    for (name, text) in files {
        let set = RuleSet::from_json(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(format!("{}.json", set.id()), *name, "file name and id agree");
        assert_eq!(set.in_force_from().to_string(), set.id());
        let problems = set.consistency_problems();
        assert!(problems.is_empty(), "{name}: {problems:#?}");
        assert_eq!(set.max_total(), 1200);
    }
}

#[test]
fn the_rule_sets_differ_exactly_as_the_law_changed() {
    let book = RuleBook::shipped();
    let v2017 = book.get("2017-06-06").unwrap();
    let v2020 = book.get("2020-10-27").unwrap();
    let v2025 = book.get("2025-03-25").unwrap();
    assert!(v2017.scores_job_offer());
    assert!(v2020.scores_job_offer());
    assert!(!v2025.scores_job_offer());
    let strip = |text: &str, keys: &[&str]| -> serde_json::Value {
        let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
        for key in ["id", "in_force_from", "title"] {
            value.as_object_mut().unwrap().remove(key);
        }
        for key in keys {
            value["additional"].as_object_mut().unwrap().remove(*key);
        }
        value
    };
    let files = shipped_rule_files();
    // Apart from the French bonus, 2017 and 2020 are the same tables...
    assert_eq!(strip(files[0].1, &["french"]), strip(files[1].1, &["french"]));
    // ...and apart from the job offer, 2020 and 2025 are.
    assert_eq!(
        strip(files[1].1, &["job_offer"]),
        strip(files[2].1, &["job_offer"])
    );
}

fn broken(edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(shipped_rule_files()[2].1).unwrap();
    edit(&mut value);
    let text = serde_json::to_string(&value).unwrap();
    RuleSet::from_json(&text)
        .expect_err("broken rules are refused")
        .to_string()
}

#[test]
fn bad_rules_name_the_offending_key() {
    assert_eq!(
        broken(|v| v["core"]["age"][3]["with_spouse"] = "ninety".into()),
        "core.age[3].with_spouse: expected a whole number of points from 0 to 65535, found string \"ninety\""
    );
    assert_eq!(
        broken(|v| v["spouse"]["bonus"] = 5.into()),
        "spouse.bonus: unknown field \"bonus\", expected one of \"cap\", \"education\", \"language_per_ability\", \
         \"language_cap\", \"canadian_experience\""
    );
    assert_eq!(
        broken(|v| v["core"]["first_language_per_ability"][2]["min_clb"] = 5.into()),
        "core.first_language_per_ability[2].min_clb: must be above the row before it"
    );
    assert_eq!(
        broken(|v| v["core"]["age"][1]["from"] = 18.into()),
        "core.age[1]: age 18 is in two bands"
    );
    assert_eq!(
        broken(|v| v["in_force_from"] = "2026-02-30".into()),
        "in_force_from: expected a day that exists, found \"2026-02-30\": February has 28 days"
    );
    assert_eq!(
        broken(|v| {
            v.as_object_mut().unwrap().remove("additional");
        }),
        "missing \"additional\""
    );
    assert_eq!(
        broken(|v| v["format"] = "crs-rules/9".into()),
        "format: expected one of \"crs-rules/1\", \"crs-rules/2\", found \"crs-rules/9\""
    );
    assert_eq!(
        broken(|v| v["core"]["age"][2]["without_spouse"] = 60_000.into()),
        "core.age: 60000 points is more than the whole score (1200)"
    );
    // Sound on their own, wrong together: refused, not scored silently.
    assert_eq!(
        broken(|v| v["core"]["cap"] = serde_json::json!({"with_spouse": 10, "without_spouse": 10})),
        "core.cap: cap 10 is below a part worth 110; expected a consistent rule set"
    );
    assert_eq!(
        broken(|v| v["max_total"] = 1199.into()),
        "max_total: the section caps add up to 1200, not 1199; expected a consistent rule set"
    );
    assert_eq!(
        broken(|v| v["core"]["age"] = serde_json::json!([])),
        "core.age: age 18 is in no band; expected bands covering every age from 18 to 44"
    );
    assert_eq!(
        RuleSet::from_json("[]").unwrap_err().to_string(),
        "expected an object, found a list"
    );
    assert_eq!(
        broken(|v| v["max_total"] = 0.into()),
        "max_total: expected 1 to 2000, found 0"
    );
    assert_eq!(
        broken(|v| v["transferability"]["education_rank"]["masters"] = 3.into()),
        "transferability.education_rank.masters: expected 0 to 2, found 3"
    );
}

#[test]
fn a_new_rule_set_is_data_only() {
    // A hypothetical reform: sibling points cut to 10, French bonus to 20/40.
    let mut value: serde_json::Value = serde_json::from_str(shipped_rule_files()[2].1).unwrap();
    value["id"] = "2026-11-03".into();
    value["in_force_from"] = "2026-11-03".into();
    value["additional"]["sibling_in_canada"] = 10.into();
    let set = RuleSet::from_json(&value.to_string()).unwrap();
    let mut book = RuleBook::shipped();
    book.insert(set);
    assert_eq!(
        book.in_force_on("2026-11-25".parse().unwrap()).unwrap().id(),
        "2026-11-03"
    );
    assert_eq!(
        book.in_force_on("2026-11-02".parse().unwrap()).unwrap().id(),
        "2025-03-25"
    );
    assert_eq!(book.sets().len(), 4);
}

#[test]
fn the_advisor_reads_its_ceilings_from_the_rule_set() {
    use crs_planner::advisor::{gains, Move, Slot};
    use crs_planner::engine::{Abilities, Ceilings, Education, Language, LanguageTables, Profile};
    // The shipped sets: first language to CLB 10, the others to 9, Canadian
    // years to 5, foreign to 3 (the published tables).
    for (name, text) in shipped_rule_files() {
        let set = RuleSet::from_json(text).unwrap();
        assert_eq!(
            set.ceilings(),
            Ceilings {
                first_language: 10,
                second_language: 9,
                spouse_language: 9,
                canadian_years: 5,
                foreign_years: 3,
                spouse_canadian_years: 5,
            },
            "{name}"
        );
    }
    // A rules file where CLB 11 in the first language earns one point more.
    let (_, text) = shipped_rule_files()
        .iter()
        .find(|(name, _)| *name == "2025-03-25.json")
        .unwrap();
    let mut json: serde_json::Value = serde_json::from_str(text).unwrap();
    json["id"] = "2030-01-01".into();
    json["in_force_from"] = "2030-01-01".into();
    let table = json["core"]["first_language_per_ability"].as_array_mut().unwrap();
    table.push(serde_json::json!({"min_clb": 11, "with_spouse": 33, "without_spouse": 35}));
    let moved = RuleSet::from_json(&json.to_string()).unwrap();
    assert_eq!(moved.ceilings().first_language, 11);
    let tables = LanguageTables::official();
    let profile = Profile::new(
        30,
        Education::Bachelors,
        tables.plain_levels(Language::English, Abilities([10; 4])),
    );
    let offered = gains(&profile, &moved, tables);
    assert!(
        offered.iter().any(|gain| matches!(
            gain.change,
            Move::AllAbilities {
                slot: Slot::First,
                level: 11
            } | Move::Ability {
                slot: Slot::First,
                level: 11,
                ..
            }
        )),
        "CLB 11 is offered where it scores: {offered:?}"
    );
    let shipped = RuleBook::shipped();
    let none = gains(&profile, shipped.get("2025-03-25").unwrap(), tables);
    assert!(none
        .iter()
        .all(|gain| !matches!(gain.change, Move::AllAbilities { level: 11, .. })));
}
