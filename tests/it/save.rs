//! Saving: atomic, exact round trips, nothing left behind.

use crs_planner::scenario::{self, Scenario};

const BASELINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/baseline.json");

fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn load_save_load_gives_the_same_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let original = scenario::load(
        BASELINE.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let path = dir.path().join("copy.json");
    scenario::save(&path, &original).unwrap();
    let reloaded = scenario::load(
        &path,
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    assert_eq!(reloaded, original);
    assert_eq!(reloaded.name.as_deref(), Some("Baseline"));
    assert_eq!(reloaded.notes.as_deref(), Some("IELTS from March; ECA done"));
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.starts_with("{\n  \"format\": \"crs-scenario/1\",\n  \"name\": \"Baseline\""),
        "{saved}"
    );
    assert!(
        saved.contains("\"listening\": 8.0"),
        "IELTS bands keep their decimal: {saved}"
    );
    assert!(saved.ends_with("}\n"));
    assert_eq!(entries(dir.path()), ["copy.json"], "no temporary file is left");
}

#[test]
fn saving_over_a_file_replaces_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(
        &path,
        "old content that is much longer than the new one ".repeat(200),
    )
    .unwrap();
    let mut scenario: Scenario = scenario::load(
        BASELINE.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    scenario.name = Some("Retake".into());
    scenario.profile.age = 30;
    scenario::save(&path, &scenario).unwrap();
    let reloaded = scenario::load(
        &path,
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    assert_eq!(reloaded, scenario);
    assert_eq!(entries(dir.path()), ["plan.json"]);
}

#[test]
fn a_failed_save_leaves_the_folder_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = scenario::load(
        BASELINE.as_ref(),
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let missing_folder = dir.path().join("no-such-folder").join("plan.json");
    assert!(scenario::save(&missing_folder, &scenario).is_err());
    // The target is a folder: the rename fails and the temporary file is removed.
    let occupied = dir.path().join("occupied.json");
    std::fs::create_dir(&occupied).unwrap();
    std::fs::write(occupied.join("inside"), "keep").unwrap();
    assert!(scenario::save(&occupied, &scenario).is_err());
    assert_eq!(entries(dir.path()), ["occupied.json"]);
    assert_eq!(std::fs::read_to_string(occupied.join("inside")).unwrap(), "keep");
}

#[test]
fn a_bare_profile_saves_as_a_full_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let bare = r#"{"age": 40, "education": "doctoral", "first_language": {"language": "french", "test": "tcf",
        "listening": 549, "reading": 549, "writing": 16, "speaking": 16}}"#;
    let scenario = scenario::parse(
        bare,
        "inline",
        crate::common::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap();
    let path = dir.path().join("bare.json");
    scenario::save(&path, &scenario).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["format"], "crs-scenario/1");
    assert_eq!(saved["profile"]["second_language"], serde_json::Value::Null);
    assert_eq!(saved["profile"]["job_offer"], "none");
    assert_eq!(saved["profile"]["first_language"]["writing"], 16);
    assert_eq!(
        scenario::load(
            &path,
            crate::common::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped
        )
        .unwrap(),
        scenario
    );
}
