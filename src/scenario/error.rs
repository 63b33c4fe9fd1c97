//! Why a scenario could not be read: the file, the field path and what was
//! expected, in one line (the shape every input error has).

pub use crate::error::InputError as ScenarioError;
