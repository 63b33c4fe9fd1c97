//! The folder of saved scenarios (`<data>/scenarios/`) and the note of which
//! one was open last.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::atomic::{ensure_folder, save_atomic};

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
    /// The language chosen with the planner's switch key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    /// How the planner's gains panel was ordered last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gains_order: Option<String>,
}

impl Store {
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Store {
            data_dir: data_dir.into(),
        }
    }

    /// The data folder itself (the draw data is kept in it too).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
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
        // File systems take names of up to 255 bytes; lower case can make a
        // name longer than it was typed, so the bytes are counted here.
        let mut slug = slug.trim_end_matches('-');
        while slug.len() > MAX_SLUG_BYTES {
            let mut cut = MAX_SLUG_BYTES;
            while !slug.is_char_boundary(cut) {
                cut -= 1;
            }
            slug = slug[..cut].trim_end_matches('-');
        }
        let slug = if slug.is_empty() { "scenario" } else { slug };
        self.scenarios_dir().join(format!("{slug}.json"))
    }

    /// Makes the scenarios folder, or says in plain words why it cannot be
    /// made (a file in its place, a link to nowhere).
    pub fn ensure_scenarios_dir(&self) -> io::Result<()> {
        ensure_folder(&self.scenarios_dir())
    }

    /// Removes what killed saves left behind in the scenarios folder.
    pub fn clean_up(&self) -> usize {
        super::remove_stale_temps(&self.scenarios_dir()) + super::remove_stale_temps(&self.data_dir)
    }

    /// The scenario open when the planner last quit, if it said so.
    pub fn last_opened(&self) -> Option<PathBuf> {
        self.state()?.last_scenario
    }

    /// What is wrong with the planner's notes (`state.json`), if anything:
    /// a folder in its place is never written, a broken file is replaced by
    /// the next note. Said once, when the planner starts.
    pub fn state_problem(&self) -> Option<String> {
        let path = self.state_path();
        let metadata = std::fs::symlink_metadata(&path).ok()?;
        if metadata.is_dir() {
            return Some(crate::t!("state-is-a-folder", file = &path));
        }
        let problem = match crate::files::read_text(&path, crate::files::MAX_SMALL_FILE) {
            Err(error) => error.to_string(),
            Ok(text) => match serde_json::from_str::<State>(&text) {
                Ok(_) => return None,
                Err(error) => crate::error::without_position(&error.to_string()),
            },
        };
        Some(crate::t!("state-unreadable", file = &path, problem = problem))
    }

    fn state(&self) -> Option<State> {
        let text = crate::files::read_text(&self.state_path(), crate::files::MAX_SMALL_FILE).ok()?;
        serde_json::from_str::<State>(&text).ok()
    }

    /// Each note is written with the others as they were, so remembering
    /// the file never forgets the language, nor the other way round.
    fn write_state(&self, change: impl FnOnce(&mut State)) -> io::Result<()> {
        ensure_folder(&self.data_dir)?;
        let mut state = self.state().unwrap_or_default();
        change(&mut state);
        let text = serde_json::to_string_pretty(&state).map_err(io::Error::other)?;
        save_atomic(&self.state_path(), text.as_bytes())
    }

    pub fn remember_last_opened(&self, path: Option<&Path>) -> io::Result<()> {
        self.write_state(|state| state.last_scenario = path.map(Path::to_path_buf))
    }

    /// The language chosen last with the planner's switch key.
    pub fn language(&self) -> Option<String> {
        self.state()?.language
    }

    pub fn remember_language(&self, code: &str) -> io::Result<()> {
        self.write_state(|state| state.language = Some(code.to_string()))
    }

    /// The key of the gains panel's order chosen last; the planner reads
    /// it (and ignores a word it does not know).
    pub fn gains_order(&self) -> Option<String> {
        self.state()?.gains_order
    }

    pub fn remember_gains_order(&self, key: &str) -> io::Result<()> {
        self.write_state(|state| state.gains_order = Some(key.to_string()))
    }
}

/// The longest file name made from a scenario's name, in bytes (with
/// `.json` and room for nothing else, well under the usual 255).
const MAX_SLUG_BYTES: usize = 200;

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

    #[test]
    fn long_names_stay_within_what_file_systems_take() {
        let store = Store::new("/data");
        let path = store.path_for(&"\u{130}".repeat(60));
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.len() <= 255, "{} bytes", name.len());
        assert!(name.ends_with(".json"));
    }

    #[test]
    fn a_file_or_a_broken_link_in_the_way_is_named() {
        let home = tempfile::tempdir().unwrap();
        std::fs::write(home.path().join("scenarios"), "x").unwrap();
        let error = Store::new(home.path())
            .ensure_scenarios_dir()
            .unwrap_err()
            .to_string();
        assert!(
            error.ends_with("scenarios is a file, not a folder; move it away to save here"),
            "{error}"
        );

        let other = tempfile::tempdir().unwrap();
        let data = other.path().join("data");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(other.path().join("gone"), &data).unwrap();
            let error = Store::new(&data).ensure_scenarios_dir().unwrap_err().to_string();
            assert!(error.contains("is a link to"), "{error}");
            assert!(error.ends_with("gone, which does not exist"), "{error}");
        }
    }
}
