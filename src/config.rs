//! Where the user's files live, and the rule book made of the shipped rule
//! sets plus the user's own.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use crate::engine::eligibility::{DataError, Reference};
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

/// A rules file that could not be used: the file, the key, what was expected.
pub use crate::error::InputError as RulesFileError;

/// Reads one rules file.
pub fn read_rules_file(path: &Path, config_dir: Option<&Path>) -> Result<RuleSet, RulesFileError> {
    let text = read_file_text(path)?;
    rule_set_from(path, &text, config_dir)
}

fn read_file_text(path: &Path) -> Result<String, RulesFileError> {
    crate::files::read_text(path, crate::files::MAX_SMALL_FILE)
        .map_err(|e| RulesFileError::new(path.display().to_string(), "", e.to_string()))
}

/// A rule set read from `path`; an occupation list it keeps in a file of
/// its own (`"file": "name.json"`) is read from `<config>/occupations/`, or
/// else from beside the rules file.
fn rule_set_from(path: &Path, text: &str, config_dir: Option<&Path>) -> Result<RuleSet, RulesFileError> {
    let places: Vec<PathBuf> = config_dir
        .map(|folder| folder.join(OCCUPATIONS_FOLDER))
        .into_iter()
        .chain(path.parent().map(Path::to_path_buf))
        .collect();
    let read_list = |name: &str| -> Result<(String, String), RulesError> {
        for place in &places {
            let candidate = place.join(name);
            if candidate.is_file() {
                let shown = candidate.display().to_string();
                let text = read_file_text(&candidate).map_err(|e| e.in_file(&shown))?;
                return Ok((shown, text));
            }
        }
        let folders: Vec<String> = places.iter().map(|p| p.display().to_string()).collect();
        Err(RulesError::at(
            "",
            crate::said!(
                "rules-list-file-missing",
                folder = folders.join(", "),
                name = format!("{name:?}")
            ),
        ))
    };
    RuleSet::from_json_with_lists(text, &read_list).map_err(|e: RulesError| {
        if e.file.is_empty() {
            e.in_file(path.display().to_string())
        } else {
            e
        }
    })
}

/// Where the user's rule sets live: `<config>/rules/`.
pub const RULES_FOLDER: &str = "rules";

/// The shipped rule sets, then every rule set in `<config>/rules/` (in name
/// order), then `extra` files: each adds a rule set or replaces the one with
/// the same id. A bad rule set stops the load, so nobody is scored by rules
/// they did not mean; a file that is clearly not a rule set (no
/// `"format": "crs-rules/1"` or `"crs-rules/2"`, a macOS `._` shadow file) is skipped with a
/// warning. Rule sets left in the config folder itself, where earlier
/// versions read them, still load, with a note to move them. Returns the
/// book and the warnings.
pub fn load_rule_book(
    config_dir: Option<&Path>,
    extra: &[PathBuf],
) -> Result<(RuleBook, Vec<String>), RulesFileError> {
    let mut book = RuleBook::shipped();
    let mut warnings = Vec::new();
    // Which file gave each rule set (none for the shipped ones), so that two
    // that clash are named.
    let mut origins: Vec<(String, Date, Option<PathBuf>)> = book
        .sets()
        .iter()
        .map(|set| (set.id().to_string(), set.in_force_from(), None))
        .collect();
    let mut add = |book: &mut RuleBook, warnings: &mut Vec<String>, set: RuleSet, path: &Path| {
        clashes(&origins, &set, path, warnings);
        origins.retain(|(id, _, _)| id != set.id());
        origins.push((
            set.id().to_string(),
            set.in_force_from(),
            Some(path.to_path_buf()),
        ));
        book.insert(set);
    };
    if let Some(folder) = config_dir {
        let rules_folder = folder.join(RULES_FOLDER);
        for (place, old_place) in [(folder, true), (rules_folder.as_path(), false)] {
            for path in json_files_in(place) {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let skip = |warnings: &mut Vec<String>| {
                    warnings.push(crate::t!("rules-skipped-not-a-rule-set", file = &path))
                };
                if name.starts_with("._") {
                    skip(&mut warnings);
                    continue;
                }
                // A file that cannot be read is not skipped: it may be a
                // broken rule set, refused with its problem.
                let text = read_file_text(&path)?;
                if !looks_like_rule_set(&text) {
                    skip(&mut warnings);
                    continue;
                }
                add(
                    &mut book,
                    &mut warnings,
                    rule_set_from(&path, &text, config_dir)?,
                    &path,
                );
                if old_place {
                    warnings.push(crate::t!("rules-old-place", file = &path, folder = &rules_folder));
                }
            }
        }
    }
    for path in extra {
        add(&mut book, &mut warnings, read_rules_file(path, config_dir)?, path);
    }
    Ok((book, warnings))
}

/// Warns when a user's rule set takes the id another user file gave (the
/// later one is used), or comes into force on the day another rule set
/// does (the one whose id sorts last is used on that day).
fn clashes(
    origins: &[(String, Date, Option<PathBuf>)],
    set: &RuleSet,
    path: &Path,
    warnings: &mut Vec<String>,
) {
    let named = |id: &str, file: &Option<PathBuf>| match file {
        Some(file) => crate::t!("rules-from-file", id = id, file = file),
        None => crate::t!("rules-shipped-set", id = id),
    };
    for (id, from, file) in origins {
        if id == set.id() {
            if let Some(earlier) = file {
                warnings.push(crate::t!(
                    "rules-same-id",
                    id = id.as_str(),
                    earlier = earlier,
                    later = path
                ));
            }
        } else if *from == set.in_force_from() {
            let winner = if set.id() > id.as_str() {
                set.id()
            } else {
                id.as_str()
            };
            warnings.push(crate::t!(
                "rules-same-day",
                first = named(id, file),
                second = named(set.id(), &Some(path.to_path_buf())),
                date = *from,
                used = winner
            ));
        }
    }
}

/// Whether a file's text says it is a rule set. Text that is not JSON may
/// still be a broken rule set: it is read, to be refused with its problem,
/// unless it clearly names another format.
fn looks_like_rule_set(text: &str) -> bool {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(fields)) => fields
            .get("format")
            .and_then(serde_json::Value::as_str)
            .is_some_and(|format| crate::engine::rules::RULES_FORMATS.contains(&format)),
        Ok(_) => false,
        Err(_) => true,
    }
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

/// Sets the clock to a fixed instant, for tests and for reproducing what a
/// person saw: seconds since 1970, `YYYY-MM-DDTHH:MM:SSZ`, or a bare
/// `YYYY-MM-DD`, which is that day wherever the person is.
pub const NOW_VAR: &str = "CRS_PLANNER_NOW";

/// Today in the person's time zone (read through `Context`, once, where the
/// program starts) (`TZ`, else the system's): a test taken
/// this morning in Kiribati or India is not "after today". Read once per
/// run, so every check and every screen of one run agrees on the day, even
/// across midnight.
pub fn today() -> Date {
    static TODAY: std::sync::OnceLock<Date> = std::sync::OnceLock::new();
    *TODAY.get_or_init(|| {
        let fixed = std::env::var(NOW_VAR).ok();
        // A bare day was once read as no value at all, so tests pinned to a
        // day followed the real clock and failed the day after.
        match fixed.as_deref().and_then(pinned_day) {
            Some(day) => day,
            None => local_day(now_seconds()),
        }
    })
}

/// The day a bare `YYYY-MM-DD` in `CRS_PLANNER_NOW` pins the clock to.
fn pinned_day(text: &str) -> Option<Date> {
    text.trim().parse().ok()
}

fn now_seconds() -> i64 {
    if let Some(fixed) = std::env::var(NOW_VAR).ok().and_then(|text| parse_instant(&text)) {
        return fixed;
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or(0)
}

/// Seconds since 1970 from `1765000000` or `2026-12-03T23:30:00Z`.
fn parse_instant(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<i64>() {
        return Some(seconds);
    }
    let (day, time) = text.strip_suffix('Z')?.split_once('T')?;
    let day: Date = day.parse().ok()?;
    let mut parts = time.split(':').map(|part| part.parse::<i64>().ok());
    let (hours, minutes, seconds) = (parts.next()??, parts.next()??, parts.next().unwrap_or(Some(0))?);
    Some(day.days_since_unix_epoch() * 86_400 + hours * 3_600 + minutes * 60 + seconds)
}

/// The calendar day an instant falls on where the person is.
#[cfg(unix)]
// `time_t` is 64 bits here but 32 on some platforms.
#[allow(irrefutable_let_patterns, clippy::useless_conversion)]
fn local_day(seconds: i64) -> Date {
    extern "C" {
        fn tzset();
    }
    let utc = || utc_day(seconds);
    let Ok(time) = libc::time_t::try_from(seconds) else {
        return utc();
    };
    // SAFETY: tzset reads TZ and the zone files; localtime_r writes only
    // into the `tm` given. Both run once, at the first call of `today`.
    let local = unsafe {
        tzset();
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&time, &mut tm).is_null() {
            None
        } else {
            Some(tm)
        }
    };
    local
        .and_then(|tm| {
            let year = u16::try_from(tm.tm_year + 1900).ok()?;
            Date::new(
                year,
                u8::try_from(tm.tm_mon + 1).ok()?,
                u8::try_from(tm.tm_mday).ok()?,
            )
        })
        .unwrap_or_else(utc)
}

/// Elsewhere the day in UTC.
#[cfg(not(unix))]
fn local_day(seconds: i64) -> Date {
    utc_day(seconds)
}

fn utc_day(seconds: i64) -> Date {
    Date::from_days_since_unix_epoch(seconds.div_euclid(86_400))
        .unwrap_or_else(|| Date::new(1970, 1, 1).expect("the epoch is a valid date"))
}

/// Where the user's occupation lists, category versions, program tables and
/// proof-of-funds tables live: `<config>/occupations/`.
pub const OCCUPATIONS_FOLDER: &str = "occupations";

/// The shipped reference with every file of `<config>/occupations/` added
/// (in name order), or `None` when there is nothing to add. A bad file stops
/// the load, as a bad rule set does; a macOS `._` shadow file is skipped
/// with a warning.
pub fn load_reference(config_dir: Option<&Path>) -> Result<(Option<Reference>, Vec<String>), DataError> {
    let mut warnings = Vec::new();
    let Some(folder) = config_dir else {
        return Ok((None, warnings));
    };
    let files = json_files_in(&folder.join(OCCUPATIONS_FOLDER));
    if files.is_empty() {
        return Ok((None, warnings));
    }
    let mut reference = Reference::shipped().clone();
    for path in files {
        let name = path.display().to_string();
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("._"))
        {
            warnings.push(crate::t!("skipped-macos-metadata", file = name.as_str()));
            continue;
        }
        let text = crate::files::read_text(&path, crate::files::MAX_SMALL_FILE).map_err(|e| DataError {
            file: name.clone(),
            path: String::new(),
            problem: e.to_string().into(),
        })?;
        reference = reference.with_file(&name, &text)?;
    }
    Ok((Some(reference), warnings))
}

#[cfg(test)]
mod clock_tests {
    use super::*;

    #[test]
    fn instants_are_read_both_ways() {
        assert_eq!(parse_instant("0"), Some(0));
        assert_eq!(parse_instant("1970-01-02T00:00:00Z"), Some(86_400));
        assert_eq!(parse_instant("2026-12-03T23:30:00Z"), Some(1_796_340_600));
        assert_eq!(parse_instant("2026-12-03T23:30Z"), Some(1_796_340_600));
        assert_eq!(parse_instant("tomorrow"), None);
        assert_eq!(pinned_day("2026-12-03"), Date::new(2026, 12, 3));
        assert_eq!(pinned_day("2026-12-03T23:30:00Z"), None);
        assert_eq!(utc_day(1_796_340_600).to_string(), "2026-12-03");
    }
}

/// Why a user's catalogue was left out: the file could not be read, or the
/// catalogue refused it. Worded when shown, so in the language chosen after
/// the catalogues are read.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogueFileWarning {
    Unreadable {
        file: String,
        problem: crate::files::ReadError,
    },
    Refused(crate::i18n::CatalogueWarning),
}

impl std::fmt::Display for CatalogueFileWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogueFileWarning::Unreadable { file, problem } => f.write_str(&crate::t!(
                "catalogue-unreadable",
                file = file,
                problem = problem.to_string()
            )),
            CatalogueFileWarning::Refused(warning) => warning.fmt(f),
        }
    }
}

/// The shipped catalogues with the user's `*.ftl` files from `folder` (each
/// named by its language: `fr.ftl`, `es.ftl`). A file that cannot be used is
/// left out whole, with a warning naming it, the line and what was expected:
/// a half-read translation would mix languages without saying so.
pub fn load_catalogues(folder: &Path) -> (crate::i18n::Library, Vec<CatalogueFileWarning>) {
    let mut library = crate::i18n::Library::shipped();
    let mut warnings = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return (library, warnings);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    paths.sort();
    for path in paths {
        let file = path.display().to_string();
        let code = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default()
            .to_string();
        // A file not named by a language is not even read.
        if !crate::i18n::is_language_code(&code) {
            warnings.push(CatalogueFileWarning::Refused(
                crate::i18n::CatalogueWarning::BadName { file },
            ));
            continue;
        }
        match crate::files::read_text(&path, crate::files::MAX_SMALL_FILE) {
            Err(problem) => warnings.push(CatalogueFileWarning::Unreadable { file, problem }),
            Ok(text) => {
                if let Err(refused) = library.add_user_catalogue(&file, &code, &text) {
                    warnings.push(CatalogueFileWarning::Refused(refused));
                }
            }
        }
    }
    (library, warnings)
}
