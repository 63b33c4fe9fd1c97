//! Writes N varied, valid profiles as JSON lines, for measuring `score --batch`:
//! `cargo run --release --example make_batch_input -- 1000000 > profiles.jsonl`;
//! `... -- 100000 work` gives each a work history of one to four jobs;
//! `... -- 20000 outlook` writes `outlook --batch` queries instead.

use std::io::{BufWriter, Write};

#[path = "../benches/support/profiles.rs"]
mod profiles;

fn main() {
    let count: u64 = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let kind = std::env::args().nth(2);
    let mut rng = profiles::Lcg(42);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for _ in 0..count {
        let line = match kind.as_deref() {
            Some("work") => profiles::line_with_work(&mut rng),
            Some("outlook") => profiles::outlook_query(&mut rng),
            _ => profiles::profile_line(&mut rng),
        };
        writeln!(out, "{line}").expect("stdout is writable");
    }
}
