//! The folder of saved scenarios (`<data>/scenarios/`) and the note of which
//! one was open last.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::save_atomic;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    data_dir: PathBuf,
}

/// A saved scenario as listed for opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The file name without `.json`.
    pub name: String,
    pub path: PathBuf,
}

#[derive(Serialize, Deserialize, Default)]
struct State {
    #[serde(default)]
    last_scenario: Option<PathBuf>,
}

impl Store {
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Store {
            data_dir: data_dir.into(),
        }
    }

    pub fn scenarios_dir(&self) -> PathBuf {
        self.data_dir.join("scenarios")
    }

    fn state_path(&self) -> PathBuf {
        self.data_dir.join("state.json")
    }

    /// Saved scenarios, by name. A missing folder is simply empty.
    pub fn list(&self) -> Vec<Entry> {
        let Ok(entries) = std::fs::read_dir(self.scenarios_dir()) else {
            return Vec::new();
        };
        let mut found: Vec<Entry> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
            .filter_map(|path| {
                let name = path.file_stem()?.to_string_lossy().into_owned();
                Some(Entry { name, path })
            })
            .collect();
        found.sort_by_key(|a| a.name.to_lowercase());
        found
    }

    /// Where a scenario called `name` is saved: a file name safe on every
    /// platform, made from the name.
    pub fn path_for(&self, name: &str) -> PathBuf {
        let mut slug = String::new();
        for c in name.trim().chars() {
            if c.is_alphanumeric() {
                slug.extend(c.to_lowercase());
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-');
        let slug = if slug.is_empty() { "scenario" } else { slug };
        self.scenarios_dir().join(format!("{slug}.json"))
    }

    pub fn ensure_scenarios_dir(&self) -> io::Result<()> {
        std::fs::create_dir_all(self.scenarios_dir())
    }

    /// The scenario open when the planner last quit, if it said so.
    pub fn last_opened(&self) -> Option<PathBuf> {
        let text = std::fs::read_to_string(self.state_path()).ok()?;
        serde_json::from_str::<State>(&text).ok()?.last_scenario
    }

    pub fn remember_last_opened(&self, path: Option<&Path>) -> io::Result<()> {
        std::fs::create_dir_all(&self.data_dir)?;
        let state = State {
            last_scenario: path.map(Path::to_path_buf),
        };
        let text = serde_json::to_string_pretty(&state).map_err(io::Error::other)?;
        save_atomic(&self.state_path(), text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_file_names() {
        let store = Store::new("/data");
        assert_eq!(
            store.path_for("Retake IELTS (May)"),
            PathBuf::from("/data/scenarios/retake-ielts-may.json")
        );
        assert_eq!(
            store.path_for("  "),
            PathBuf::from("/data/scenarios/scenario.json")
        );
        assert_eq!(
            store.path_for("../../etc"),
            PathBuf::from("/data/scenarios/etc.json")
        );
        assert_eq!(
            store.path_for("Français B2"),
            PathBuf::from("/data/scenarios/français-b2.json")
        );
    }
}
