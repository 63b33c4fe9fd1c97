//! Scoring allocates nothing: counted with a global allocator, so this file
//! holds only this test.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use crs_planner::engine::RuleBook;
use crs_planner::scenario;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn scoring_allocates_nothing() {
    let book = RuleBook::shipped();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/baseline.json"
    ))
    .unwrap();
    let profile = scenario::parse(
        &text,
        "baseline",
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
    .profile;
    let mut total = 0u32;
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    for set in book.sets() {
        for _ in 0..100 {
            total += u32::from(set.score(std::hint::black_box(&profile)).total);
        }
    }
    let after = ALLOCATIONS.load(Ordering::SeqCst);
    assert_eq!(after - before, 0, "scoring allocated");
    assert!(total > 0);
}
