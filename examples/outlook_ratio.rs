//! `outlook --batch` against its floor, interleaved as `batch_ratio` does
//! for `score --batch`: 20,000 generated queries (about 2,800 distinct
//! days from 2018 to 2026, two kinds each, a tenth nominated) read by both,
//! the floor parsing each into a typed struct of the query's shape and
//! writing an answer line of the same size. Prints the ratio of best and
//! median times.
//! `cargo run --release --example outlook_ratio [rounds]`

use crs_planner::cli::outlook_lines;
use std::io::Write;

#[path = "../benches/support/interleaved.rs"]
mod interleaved;
#[path = "../benches/support/profiles.rs"]
#[allow(dead_code)]
mod profiles;

const LINES: usize = 20_000;

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Query {
    as_of: String,
    score: u16,
    #[serde(default)]
    eligible: Vec<String>,
    #[serde(default)]
    nominated: bool,
    months: Vec<u16>,
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(40);
    let lines: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(LINES);
    let mut rng = profiles::Lcg(5);
    let input: String = (0..lines)
        .map(|_| profiles::outlook_query(&mut rng) + "\n")
        .collect();
    let mut answers = Vec::new();
    let failed = outlook_lines(input.as_bytes(), &mut answers).expect("in memory");
    assert_eq!(failed, 0, "every generated query is valid");
    let average = answers.len() / lines;
    let fixed_line = format!("{}\n", "x".repeat(average.saturating_sub(1)));
    let mut output: Vec<u8> = Vec::with_capacity(answers.len() * 2);
    let output = std::cell::RefCell::new(&mut output);
    interleaved::compare(
        "outlook --batch",
        rounds,
        || {
            let mut output = output.borrow_mut();
            output.clear();
            outlook_lines(input.as_bytes(), &mut **output).expect("in memory");
        },
        || {
            let mut output = output.borrow_mut();
            output.clear();
            let mut parsed = 0;
            for line in input.lines() {
                let query: Query = serde_json::from_str(line).expect("a query");
                std::hint::black_box(&query);
                output.write_all(fixed_line.as_bytes()).expect("in memory");
                parsed += 1;
            }
            assert_eq!(parsed, lines, "the floor reads every line");
        },
    );
}
