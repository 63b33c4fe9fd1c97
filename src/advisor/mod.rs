//! Advice over the engine: which changes would raise a score, and by how much.
//! Pure: no files, no terminal, no clock.

pub mod gains;

pub use gains::{gains, Control, Gain, Move, Slot};
