//! The planner's first frame in a real terminal: the binary started in a
//! pseudo-terminal, timed until the screen shows the score ("/ 1200"), beside
//! the same binary started in the same way to print its version (process
//! start-up and a write, no planner). Interleaved, so a busy machine slows
//! both alike; prints best and median of each and their ratio.
//! `cargo build --release && cargo run --release --example first_frame [rounds]`

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

/// The release binary beside this example (`target/release/examples/..`).
fn binary() -> PathBuf {
    let me = std::env::current_exe().expect("the example's path");
    let folder = me.parent().and_then(Path::parent).expect("target/release");
    folder.join("crs-planner")
}

/// Milliseconds from spawning `args` in a 120x40 pseudo-terminal until its
/// output holds `until` (or the process ends, when `until` is empty).
fn time_to(args: &[&str], until: &[u8], home: &Path) -> f64 {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut command = CommandBuilder::new(binary());
    command.args(args);
    command.cwd(home);
    command.env("CRS_PLANNER_DATA_DIR", home.join("data"));
    command.env("CRS_PLANNER_CONFIG_DIR", home.join("config"));
    command.env("CRS_PLANNER_NOW", "2026-12-03");
    command.env("TERM", "xterm-256color");
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    let mut writer = pty.master.take_writer().expect("a writer");
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(command).expect("the binary starts");
    drop(pty.slave);
    let mut seen = Vec::new();
    let mut buffer = [0u8; 65536];
    let elapsed = loop {
        match reader.read(&mut buffer) {
            Ok(0) | Err(_) => break start.elapsed(),
            Ok(count) => {
                let bytes = &buffer[..count];
                // Answer a cursor-position query as a terminal would.
                if bytes.windows(4).any(|w| w == b"\x1b[6n") {
                    let _ = writer.write_all(b"\x1b[1;1R");
                }
                seen.extend_from_slice(bytes);
                if !until.is_empty() && seen.windows(until.len()).any(|w| w == until) {
                    break start.elapsed();
                }
            }
        }
        if start.elapsed() > Duration::from_secs(10) {
            panic!("nothing after 10 s: {}", String::from_utf8_lossy(&seen));
        }
    };
    let _ = writer.write_all(b"q");
    let _ = child.kill();
    let _ = child.wait();
    elapsed.as_secs_f64() * 1e3
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(40);
    assert!(
        binary().exists(),
        "build the release binary first: {}",
        binary().display()
    );
    let home = tempfile::tempdir().expect("a folder");
    let (mut frame, mut version) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        frame.push(time_to(&[], b"/ 1200", home.path()));
        version.push(time_to(&["--version"], b"", home.path()));
    }
    frame.sort_by(f64::total_cmp);
    version.sort_by(f64::total_cmp);
    let median = |times: &[f64]| times[times.len() / 2];
    println!(
        "first frame {:.2} ms best, {:.2} median; --version {:.2} best, {:.2} median; ratio {:.2} best, {:.2} median",
        frame[0],
        median(&frame),
        version[0],
        median(&version),
        frame[0] / version[0],
        median(&frame) / median(&version)
    );
}
