//! The floor `score --batch` is measured against: read each JSON line into a
//! typed struct of the scenario's shape, then print an object the size of a
//! score. No validation, no scoring.
//! `cargo run --release --example batch_baseline < profiles.jsonl > /dev/null`

use std::io::{BufRead, BufReader, BufWriter, Write};

use crs_planner::cli::ScoreJson;
use crs_planner::engine::RuleBook;

#[path = "../benches/support/baseline.rs"]
mod baseline;

fn main() {
    // One real score, printed for every line so the output is the same size.
    let book = RuleBook::shipped();
    let rules = book.sets().last().expect("rule sets ship");
    let example = include_str!("../assets/examples/baseline.json");
    let scenario = crs_planner::scenario::parse(example, "example").expect("the example is valid");
    let breakdown = rules.score(&scenario.profile);

    let stdin = std::io::stdin();
    let mut input = BufReader::with_capacity(1 << 16, stdin.lock());
    let stdout = std::io::stdout();
    let mut output = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut line = String::new();
    let mut parsed = 0u64;
    loop {
        line.clear();
        if input.read_line(&mut line).expect("stdin is readable") == 0 {
            break;
        }
        if let Ok(profile) = serde_json::from_str::<baseline::Profile>(line.trim_end()) {
            std::hint::black_box(&profile);
            parsed += 1;
        }
        serde_json::to_writer(&mut output, &ScoreJson::from(&breakdown)).expect("stdout is writable");
        output.write_all(b"\n").expect("stdout is writable");
    }
    output.flush().expect("stdout is writable");
    eprintln!("parsed {parsed} lines");
}
