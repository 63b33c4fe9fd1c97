//! `score --batch` against its floor, interleaved: the two run one after the
//! other many times on the same 2,000 varied lines, so a busy machine slows
//! both alike, and the ratio of their best and median times is printed; then
//! the same with a work history of one to four jobs on every line.
//! `cargo run --release --example batch_ratio [rounds]`

use crs_planner::cli::{score_lines, ScoreJson};
use crs_planner::engine::RuleBook;

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
        .unwrap_or(300);
    let mut rng = profiles::Lcg(7);
    let plain: String = (0..2000)
        .map(|_| profiles::profile_line(&mut rng) + "\n")
        .collect();
    let with_work: String = (0..2000)
        .map(|_| profiles::line_with_work(&mut rng) + "\n")
        .collect();
    let book = RuleBook::shipped();
    let rules = book.sets().last().expect("rule sets ship");
    let example = include_str!("../assets/examples/baseline.json");
    let fixed = rules.score(
        &crs_planner::scenario::parse(
            example,
            "baseline",
            crs_planner::config::today(),
            crs_planner::engine::eligibility::ReferenceSource::Shipped,
        )
        .expect("valid")
        .profile,
    );
    let fixed_line = format!(
        "{}\n",
        serde_json::to_string(&ScoreJson::from(&fixed)).expect("serializes")
    );
    let date = "2026-01-01".parse().expect("a date");
    let mut output = Vec::with_capacity(with_work.len() * 4);
    let output = std::cell::RefCell::new(&mut output);
    for (what, input) in [
        ("score --batch", &plain),
        ("score --batch, work histories", &with_work),
    ] {
        interleaved::compare(
            what,
            rounds,
            || {
                let mut output = output.borrow_mut();
                output.clear();
                score_lines(
                    rules,
                    crs_planner::config::today(),
                    date,
                    crs_planner::engine::eligibility::ReferenceSource::Shipped,
                    input.as_bytes(),
                    &mut **output,
                )
                .expect("in memory");
            },
            || {
                let mut output = output.borrow_mut();
                output.clear();
                baseline::floor(input.as_bytes(), fixed_line.as_bytes(), &mut **output).expect("in memory");
            },
        );
    }
}
