//! Advice over the engine: which changes would raise a score, and by how much.
//! Pure: no files, no terminal, no clock.

pub mod gains;
pub mod plan;

pub use gains::{gains, Control, Gain, Move, Slot};
pub use plan::{plan, Advice, EffortTable, Plan, PlanResult};
