//! Where the user's files live, and the rule book made of the shipped rule
//! sets plus the user's own.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use crate::engine::{Date, RuleBook, RuleSet, RulesError};

/// Overrides the config folder (tests set it so they never touch a real home).
pub const CONFIG_DIR_VAR: &str = "CRS_PLANNER_CONFIG_DIR";
/// Overrides the data folder (scenarios, imported draw data).
pub const DATA_DIR_VAR: &str = "CRS_PLANNER_DATA_DIR";

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "crs-planner")
}

fn from_env(var: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
}

/// The config folder: rule sets added by the user live here as `*.json`.
pub fn config_dir() -> Option<PathBuf> {
    from_env(CONFIG_DIR_VAR).or_else(|| project_dirs().map(|dirs| dirs.config_dir().to_path_buf()))
}

/// The data folder: saved scenarios and imported data.
pub fn data_dir() -> Option<PathBuf> {
    from_env(DATA_DIR_VAR).or_else(|| project_dirs().map(|dirs| dirs.data_dir().to_path_buf()))
}

/// A rules file that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {detail}")]
pub struct RulesFileError {
    pub file: String,
    pub detail: String,
}

/// Reads one rules file.
pub fn read_rules_file(path: &Path) -> Result<RuleSet, RulesFileError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| RulesFileError {
        file: file.clone(),
        detail: format!("cannot read the rules file: {e}"),
    })?;
    RuleSet::from_json(&text).map_err(|e: RulesError| RulesFileError {
        file,
        detail: e.to_string(),
    })
}

/// The shipped rule sets, then every `*.json` in the config folder (in name
/// order), then `extra` files: each adds a rule set or replaces the one with
/// the same id. A bad file stops the load, so nobody is scored by rules they
/// did not mean.
pub fn load_rule_book(extra: &[PathBuf]) -> Result<RuleBook, RulesFileError> {
    let mut book = RuleBook::shipped();
    if let Some(folder) = config_dir() {
        for path in json_files_in(&folder) {
            book.insert(read_rules_file(&path)?);
        }
    }
    for path in extra {
        book.insert(read_rules_file(path)?);
    }
    Ok(book)
}

fn json_files_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// Today's date in UTC, for picking the rule set in force.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or(0);
    Date::from_days_since_unix_epoch(seconds.div_euclid(86_400))
        .unwrap_or_else(|| Date::new(1970, 1, 1).expect("the epoch is a valid date"))
}
