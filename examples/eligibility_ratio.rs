//! `eligibility --batch` against its floor, interleaved as `batch_ratio`
//! does for `score --batch`: the same 2,000 varied lines with work histories
//! read by both, the floor parsing each into a typed struct and writing an
//! answer line of the same size. Prints the ratio of best and median times.
//! `cargo run --release --example eligibility_ratio [rounds]`

use crs_planner::cli::eligibility_lines;
use crs_planner::engine::eligibility::ReferenceSource;

#[path = "../benches/support/baseline.rs"]
mod baseline;
#[path = "../benches/support/interleaved.rs"]
mod interleaved;
#[path = "../benches/support/profiles.rs"]
#[allow(dead_code)]
mod profiles;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let mut rng = profiles::Lcg(11);
    let input: String = (0..2000)
        .map(|_| profiles::line_with_work(&mut rng) + "\n")
        .collect();
    let today = "2026-12-03".parse().expect("a date");
    let mut answers = Vec::new();
    let failed = eligibility_lines(
        today,
        today,
        ReferenceSource::Shipped,
        input.as_bytes(),
        &mut answers,
    )
    .expect("in memory");
    let sample = String::from_utf8_lossy(&answers)
        .lines()
        .find(|l| l.contains("\"error\""))
        .map(str::to_string);
    assert_eq!(failed, 0, "every generated line is valid: {sample:?}");
    // The floor writes, for each line, a line as long as the average answer.
    let average = answers.len() / 2000;
    let fixed_line = format!("{}\n", "x".repeat(average.saturating_sub(1)));
    let mut output = Vec::with_capacity(answers.len() * 2);
    let output = std::cell::RefCell::new(&mut output);
    interleaved::compare(
        "eligibility --batch",
        rounds,
        || {
            let mut output = output.borrow_mut();
            output.clear();
            eligibility_lines(
                today,
                today,
                ReferenceSource::Shipped,
                input.as_bytes(),
                &mut **output,
            )
            .expect("in memory");
        },
        || {
            let mut output = output.borrow_mut();
            output.clear();
            let parsed =
                baseline::floor(input.as_bytes(), fixed_line.as_bytes(), &mut **output).expect("in memory");
            assert_eq!(parsed, 2000, "the floor reads every line");
        },
    );
}
