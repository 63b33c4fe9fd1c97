//! Two runs timed one after the other, many times, so that a busy machine
//! slows both alike: the ratio of their best and of their median times.

use std::time::Instant;

/// Runs `ours` then `floor` `rounds` times and prints their best and
/// median times in milliseconds and the two ratios, named `what`.
pub fn compare(what: &str, rounds: usize, mut ours: impl FnMut(), mut floor: impl FnMut()) {
    let time = |run: &mut dyn FnMut()| {
        let start = Instant::now();
        run();
        start.elapsed().as_secs_f64() * 1e3
    };
    let (mut ours_ms, mut floor_ms) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        ours_ms.push(time(&mut ours));
        floor_ms.push(time(&mut floor));
    }
    ours_ms.sort_by(f64::total_cmp);
    floor_ms.sort_by(f64::total_cmp);
    let median = |times: &[f64]| times[times.len() / 2];
    println!(
        "{what} {:.3} ms best, {:.3} median; floor {:.3} best, {:.3} median; ratio {:.2} best, {:.2} median",
        ours_ms[0],
        median(&ours_ms),
        floor_ms[0],
        median(&floor_ms),
        ours_ms[0] / floor_ms[0],
        median(&ours_ms) / median(&floor_ms)
    );
}
