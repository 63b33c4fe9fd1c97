//! The floor `score --batch` is measured against (see `benches/support/baseline.rs`).
//! `cargo run --release --example batch_baseline < profiles.jsonl > /dev/null`

use std::io::BufReader;

use crs_planner::engine::RuleBook;

#[path = "../benches/support/baseline.rs"]
mod baseline;

fn main() {
    // One real score line, written for every input line so the output is the same size.
    let book = RuleBook::shipped();
    let rules = book.sets().last().expect("rule sets ship");
    let example = include_str!("../assets/examples/baseline.json");
    let profile = crs_planner::scenario::parse(
        example,
        "example",
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .expect("the example is valid")
    .profile;
    let line = format!("{}\n", example_line(&profile, rules));
    let input = BufReader::with_capacity(1 << 16, std::io::stdin().lock());
    let parsed =
        baseline::floor(input, line.as_bytes(), std::io::stdout().lock()).expect("stdout is writable");
    eprintln!("parsed {parsed} lines");
}

fn example_line(profile: &crs_planner::engine::Profile, rules: &crs_planner::engine::RuleSet) -> String {
    serde_json::to_string(&crs_planner::cli::ScoreJson::from(&rules.score(profile)))
        .expect("a score serializes")
}
