//! Advice over the engine: which changes would raise a score and by how much,
//! the least-effort plan to a target, the score over time, who should apply.
//! Pure: no files, no terminal, no clock.

pub mod announced;
pub mod calendar;
pub mod dimensions;
pub mod effort;
pub mod gains;
pub mod goal;
pub mod household;
pub mod outlook;
pub mod plan;
pub mod search;
pub mod timeline;

pub use gains::{gains, Control, Gain, GainsOrder, Move, Slot};
pub use goal::{RoundGoal, Start};
pub use household::{household, Household};
pub use plan::{plan, Advice, EffortTable, Plan, PlanResult, RoundStanding};
pub use timeline::{project, Timeline};
