//! crs-planner: exact Express Entry CRS scores and what moves them.

pub mod advisor;
pub mod cli;
pub mod config;
pub mod context;
pub mod draws;
pub mod engine;
pub mod error;
pub mod files;
pub mod i18n;
pub mod report;
pub mod said;
pub mod scenario;
pub mod tui;
pub mod worded;
