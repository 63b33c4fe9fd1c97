//! Draw history on IRCC's real feed: parsing, categories, import, positions.

use std::path::Path;
use std::process::{Command, Output};

use crs_planner::draws::{self, Category, Feed, Source};

const BIN: &str = env!("CARGO_BIN_EXE_crs-planner");

fn shipped() -> Feed {
    Feed::parse(draws::SHIPPED_FEED).expect("the shipped feed parses whole")
}

#[test]
fn the_shipped_feed_parses_whole() {
    let feed = shipped();
    assert_eq!(feed.rounds.len(), 435);
    let newest = feed.newest();
    assert_eq!(
        (newest.number.as_str(), newest.date.to_string().as_str()),
        ("434", "2026-08-07")
    );
    assert_eq!(newest.cutoff, 470);
    assert_eq!(newest.size, 300);
    assert_eq!(newest.category, Category::Transport);
    assert_eq!(newest.name, "Transport Occupations, 2026-Version 2");
    let oldest = feed.rounds.last().unwrap();
    assert_eq!(
        (oldest.number.as_str(), oldest.date.to_string().as_str()),
        ("1", "2015-01-31")
    );
    assert_eq!((oldest.size, oldest.cutoff), (779, 886));
    assert!(feed.rounds.iter().any(|r| r.number == "91a"));
    assert!(feed.rounds.iter().any(|r| r.number == "91b"));
    let published = feed.rounds.iter().filter(|r| r.distribution.is_some()).count();
    assert_eq!(published, 217, "all-zero distributions mean none was published");
    let (round, distribution) = feed.latest_distribution().unwrap();
    assert_eq!(round.number, "434");
    assert_eq!(distribution.as_on.to_string(), "2026-08-03");
    assert_eq!(distribution.published_total, 229_100);
    assert_eq!(distribution.total(), 229_100);
    assert_eq!(distribution.bands[1], 19_705, "thousands separators are read");
}

#[test]
fn rounds_per_category() {
    let feed = shipped();
    let count = |category: Category| feed.rounds.iter().filter(|r| r.category == category).count();
    let expected = [
        (Category::AllPrograms, 178),
        (Category::ProvincialNominee, 110),
        (Category::CanadianExperience, 66),
        (Category::French, 35),
        (Category::Healthcare, 15),
        (Category::FederalSkilledTrades, 7),
        (Category::Trades, 6),
        (Category::Transport, 4),
        (Category::Stem, 3),
        (Category::Agriculture, 3),
        (Category::SeniorManagers, 2),
        (Category::Physicians, 2),
        (Category::Education, 2),
        (Category::Military, 1),
        (Category::FederalSkilledWorker, 1),
    ];
    for (category, rounds) in &expected {
        assert_eq!(count(category.clone()), *rounds, "{category}");
    }
    assert_eq!(
        expected.iter().map(|(_, n)| n).sum::<usize>(),
        435,
        "no round is left uncategorised"
    );
}

fn feed_value() -> serde_json::Value {
    serde_json::from_str(draws::SHIPPED_FEED).unwrap()
}

fn newer_feed() -> String {
    let mut value = feed_value();
    let mut round = value["rounds"][0].clone();
    round["drawNumber"] = "435".into();
    round["drawDate"] = "2026-08-20".into();
    round["drawName"] = "Canadian Experience Class".into();
    round["drawSize"] = "3,250".into();
    round["drawCRS"] = "511".into();
    value["rounds"].as_array_mut().unwrap().insert(0, round);
    value.to_string()
}

fn run(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("CRS_PLANNER_DATA_DIR", data_dir)
        .env("CRS_PLANNER_CONFIG_DIR", data_dir.join("config"))
        .output()
        .unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn an_import_of_a_newer_feed_is_used_from_then_on() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("download.json");
    std::fs::write(&file, newer_feed()).unwrap();
    let output = run(home.path(), &["draws", "--import", file.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let said = String::from_utf8(output.stdout).unwrap();
    assert!(
        said.starts_with("Imported 436 rounds, up to 2026-08-20 (round 435)"),
        "{said}"
    );

    let value = json(&run(home.path(), &["draws", "--json", "--category", "cec"]));
    assert_eq!(value["data"]["source"], "imported");
    assert_eq!(value["data"]["newest_round"], "435");
    assert_eq!(value["rounds"][0]["cutoff"], 511);
    assert_eq!(value["rounds"][0]["size"], 3250);

    let loaded = draws::load(Some(home.path()), crate::common::today());
    assert!(matches!(loaded.source, Source::Imported(_)));
    assert!(loaded
        .describe()
        .starts_with("draw data up to 2026-08-20 (round 435), imported"));
}

#[test]
fn a_malformed_feed_is_refused_and_the_data_in_use_is_kept() {
    let home = tempfile::tempdir().unwrap();
    let good = home.path().join("good.json");
    std::fs::write(&good, newer_feed()).unwrap();
    assert_eq!(
        run(home.path(), &["draws", "--import", good.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let kept = std::fs::read(home.path().join("draws/ee_rounds_123_en.json")).unwrap();

    let mut value = feed_value();
    let rounds = value["rounds"].as_array_mut().unwrap();
    let index = rounds.iter().position(|r| r["drawNumber"] == "91a").unwrap();
    rounds[index]["drawCRS"] = "4 hundred".into();
    let bad = home.path().join("bad.json");
    std::fs::write(&bad, value.to_string()).unwrap();
    let output = run(home.path(), &["draws", "--import", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "crs-planner: {}: round 91a: drawCRS: expected a whole number, found \"4 hundred\"\n",
            bad.display()
        )
    );
    assert_eq!(
        std::fs::read(home.path().join("draws/ee_rounds_123_en.json")).unwrap(),
        kept
    );
    let value = json(&run(home.path(), &["draws", "--json"]));
    assert_eq!(value["data"]["newest_round"], "435");

    let not_json = home.path().join("page.html");
    std::fs::write(&not_json, "<html>Rounds</html>").unwrap();
    let output = run(home.path(), &["draws", "--import", not_json.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("the feed: not valid JSON"));
}

#[test]
fn a_score_is_read_against_categories_and_the_pool() {
    let home = tempfile::tempdir().unwrap();
    let value = json(&run(
        home.path(),
        &["draws", "--json", "--score", "465", "--since", "2026-01-01"],
    ));
    assert_eq!(value["data"]["source"], "shipped");
    assert_eq!(value["since"], "2026-01-01");
    let pool = &value["pool"];
    assert_eq!(pool["round"], "434");
    assert_eq!(pool["as_on"], "2026-08-03");
    // Above 470: 500 + 19,705 + 12,939 + 12,890 + 16,368; half of 461-470's 16,057.
    assert_eq!(pool["ahead"], 62_402 + 8_029);
    assert_eq!(pool["total"], 229_100);
    assert_eq!(pool["top_percent"], 30.7);
    let standings = value["standings"].as_array().unwrap();
    let transport = standings.iter().find(|s| s["category"] == "transport").unwrap();
    assert_eq!(transport["latest_cutoff"], 470);
    assert_eq!(transport["gap"], -5);
    let french = standings.iter().find(|s| s["category"] == "french").unwrap();
    assert_eq!(french["latest_cutoff"], 391);
    assert_eq!(french["invited_in"], 6);
    assert_eq!(french["rounds"], 6);
}

#[test]
fn a_scenarios_score_can_be_read_against_the_rounds() {
    let home = tempfile::tempdir().unwrap();
    let scenario = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/baseline.json");
    let output = run(
        home.path(),
        &[
            "draws",
            "--scenario",
            scenario,
            "--category",
            "cec",
            "--as-of",
            "2026-01-01",
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("IRCC rounds of invitations: draw data up to 2026-08-07 (round 434), shipped"),
        "{text}"
    );
    assert!(
        text.contains("Score 500 against each category's last 6 rounds:"),
        "{text}"
    );
    assert!(text.contains("Canadian Experience"), "{text}");
    assert!(
        text.contains("Pool on 2026-08-03 (published with round 434)"),
        "{text}"
    );
    let bad = run(home.path(), &["draws", "--category", "astronauts"]);
    assert_eq!(bad.status.code(), Some(2));
}
