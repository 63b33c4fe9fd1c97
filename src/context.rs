//! What a run knows before it does anything: the day and the user's folders.
//! Built once where the program starts, the only place that reads the clock
//! and the folders, and passed down, so that every check and screen of one
//! run agrees on "today" and a test can run any part of the program on any
//! day with any folders.

use std::path::PathBuf;

use crate::engine::eligibility::ReferenceSource;
use crate::engine::Date;

#[derive(Debug, Clone)]
pub struct Context {
    /// The day in the person's time zone when the run started.
    pub today: Date,
    /// Where the user's rule sets, occupation lists and catalogues live.
    pub config_dir: Option<PathBuf>,
    /// Where saved scenarios and imported draw data live.
    pub data_dir: Option<PathBuf>,
    /// The occupation lists, category versions and program tables: the
    /// shipped ones, or those with the user's additions once read.
    pub reference: ReferenceSource<'static>,
}

impl Context {
    /// The clock (`CRS_PLANNER_NOW`, else the system's, in `TZ`) and the
    /// folders (`CRS_PLANNER_CONFIG_DIR`, `CRS_PLANNER_DATA_DIR`, else the
    /// platform's), read once.
    pub fn from_environment() -> Self {
        Context {
            today: crate::config::today(),
            config_dir: crate::config::config_dir(),
            data_dir: crate::config::data_dir(),
            reference: ReferenceSource::Shipped,
        }
    }

    /// A run on `today` with no folders of the user's: tests, benchmarks.
    pub fn on(today: Date) -> Self {
        Context {
            today,
            config_dir: None,
            data_dir: None,
            reference: ReferenceSource::Shipped,
        }
    }
}
