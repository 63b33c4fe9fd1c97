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

/// A profile line with a work history of one to four jobs, in Canada and
/// abroad, some ongoing, in occupations of several lists.
fn line_with_work(rng: &mut profiles::Lcg) -> String {
    let line = profiles::profile_line(rng);
    let nocs = ["21232", "31301", "72010", "41200", "13110", "00012"];
    let jobs: Vec<String> = (0..1 + rng.next(4))
        .map(|_| {
            let from = format!("{}-{:02}-01", 2014 + rng.next(11), 1 + rng.next(12));
            let to = if rng.next(3) == 0 {
                "null".to_string()
            } else {
                format!("\"{}-{:02}-28\"", 2025 + rng.next(2), 1 + rng.next(10))
            };
            format!(
                r#"{{"noc":"{}","where":"{}","from":"{from}","to":{to},"hours_per_week":{}}}"#,
                nocs[rng.next(nocs.len() as u64) as usize],
                if rng.next(2) == 0 { "canada" } else { "abroad" },
                [20, 30, 40][rng.next(3) as usize],
            )
        })
        .collect();
    let funds = 5_000 + rng.next(30) * 1_000;
    let trimmed = line.trim_end().strip_suffix('}').expect("an object");
    format!(
        r#"{trimmed},"work":[{}],"funds_cad":{funds},"family_members":{}}}"#,
        jobs.join(","),
        1 + rng.next(4)
    )
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let mut rng = profiles::Lcg(11);
    let input: String = (0..2000).map(|_| line_with_work(&mut rng) + "\n").collect();
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
