//! What the planner asks of the world: reading, writing and listing
//! scenario files. The app only asks; `perform` does it (the run loop calls
//! it, and so do tests that want real files), and the outcome goes back to
//! the app as data. State tests can answer an effect themselves.

use std::path::{Path, PathBuf};

use crate::engine::eligibility::ReferenceSource;
use crate::engine::Date;
use crate::scenario::store::{Entry, Store};
use crate::scenario::{self, Expect, Fingerprint, SaveError, Scenario};

use super::screens::{OverwriteReason, PickPurpose, Side};

/// What to do once a save asked for on the way has worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    Quit,
    Open,
}

/// What a scenario is read for.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadPurpose {
    /// To work on it.
    Open,
    /// To put it on `side` of a comparison with `with`.
    Compare {
        with: Box<(String, Scenario)>,
        side: Side,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Load {
        path: PathBuf,
        purpose: LoadPurpose,
    },
    /// The file open last time, if it is still there.
    LoadLast,
    /// Write `scenario` to `path` if the file there is as expected.
    Save {
        path: PathBuf,
        scenario: Scenario,
        expect: Expect,
        then: Option<After>,
    },
    /// Write `scenario` under a name in the scenarios folder. `open` is the
    /// file open now: saving over it asks first when `ask_if_open` (a "save
    /// as" that lands on the same name), and goes ahead when it does not.
    SaveNamed {
        name: String,
        scenario: Scenario,
        open: Option<(PathBuf, Option<Fingerprint>)>,
        ask_if_open: bool,
        then: Option<After>,
    },
    List(PickPurpose),
    /// Note the language chosen, for the next start.
    RememberLanguage(String),
    /// Notes the gains panel's order for the next run.
    RememberGainsOrder(crate::advisor::GainsOrder),
    /// Download IRCC's rounds and use them when they are newer. The run loop
    /// does this away from the keys, so the screen stays live meanwhile.
    UpdateDraws {
        url: String,
    },
    /// Write a report page, atomically, to a path no file has.
    WriteReport {
        path: PathBuf,
        html: String,
    },
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveProblem {
    /// The file there is not what was expected: ask before replacing it.
    Ask(OverwriteReason),
    Failed(String),
}

// An outcome lives for one call to `App::receive`: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Loaded {
        path: PathBuf,
        purpose: LoadPurpose,
        result: Result<(Scenario, Fingerprint), String>,
    },
    /// The file open last time is no longer there.
    LastGone(PathBuf),
    /// No file was open last time.
    NoLast,
    Saved {
        path: PathBuf,
        scenario: Scenario,
        result: Result<Fingerprint, SaveProblem>,
        then: Option<After>,
    },
    Listed {
        purpose: PickPurpose,
        entries: Vec<Entry>,
        /// Each entry read, for its score; `None` where it does not load.
        scenarios: Vec<Option<Scenario>>,
    },
    /// The language could not be noted (it is in use all the same).
    NotRemembered(String),
    /// What an update of the draw data came to: the data now in use and
    /// what to say, or why nothing changed.
    DrawsUpdated(Result<(Box<crate::draws::Loaded>, String), String>),
    /// Where a report went, or why it could not be written.
    ReportWritten(Result<PathBuf, String>),
    Nothing,
}

/// Carries out one effect.
pub fn perform(
    effect: Effect,
    store: Option<&Store>,
    known_on: Date,
    references: ReferenceSource<'static>,
) -> Outcome {
    match effect {
        Effect::Load { path, purpose } => load(path, purpose, store, known_on, references),
        Effect::UpdateDraws { url } => update_draws(&url, store, known_on),
        Effect::WriteReport { path, html } => Outcome::ReportWritten(
            path.parent()
                .map_or(Ok(()), crate::files::atomic::ensure_folder)
                .and_then(|()| crate::files::atomic::save_atomic(&path, html.as_bytes()))
                .map(|()| path.clone())
                .map_err(|error| {
                    crate::t!(
                        "report-cannot-write",
                        file = &path,
                        problem = crate::files::io_problem(&error)
                    )
                }),
        ),
        Effect::RememberLanguage(code) => match store.map(|store| store.remember_language(&code)) {
            Some(Err(error)) => Outcome::NotRemembered(crate::files::io_problem(&error).to_string()),
            _ => Outcome::Nothing,
        },
        Effect::RememberGainsOrder(order) => match store.map(|store| store.remember_gains_order(order.key()))
        {
            Some(Err(error)) => Outcome::NotRemembered(crate::files::io_problem(&error).to_string()),
            _ => Outcome::Nothing,
        },
        Effect::LoadLast => match store.and_then(Store::last_opened) {
            Some(path) if path.exists() => load(path, LoadPurpose::Open, store, known_on, references),
            Some(path) => Outcome::LastGone(path),
            None => Outcome::NoLast,
        },
        Effect::Save {
            path,
            scenario,
            expect,
            then,
        } => save(path, scenario, expect, then, false, store),
        Effect::SaveNamed {
            name,
            scenario,
            open,
            ask_if_open,
            then,
        } => {
            let Some(store) = store else {
                return Outcome::Saved {
                    path: PathBuf::from(&name),
                    scenario,
                    result: Err(SaveProblem::Failed(crate::t!("no-data-folder"))),
                    then,
                };
            };
            let path = store.path_for(&name);
            if let Err(error) = store.ensure_scenarios_dir() {
                let failed = super::text::cannot_create(
                    &store.scenarios_dir(),
                    &crate::files::io_problem(&error).to_string(),
                );
                return Outcome::Saved {
                    path,
                    scenario,
                    result: Err(SaveProblem::Failed(failed)),
                    then,
                };
            }
            let expect = match &open {
                Some((open_path, fingerprint)) if *open_path == path => {
                    if ask_if_open {
                        return Outcome::Saved {
                            path,
                            scenario,
                            result: Err(SaveProblem::Ask(OverwriteReason::OpenFile)),
                            then,
                        };
                    }
                    fingerprint.map_or(Expect::Anything, Expect::Holding)
                }
                _ => Expect::Absent,
            };
            let is_open_file = open.as_ref().is_some_and(|(p, _)| *p == path);
            save(path, scenario, expect, then, !is_open_file, Some(store))
        }
        Effect::List(purpose) => {
            let entries = store.map(Store::list).unwrap_or_default();
            let scenarios = entries
                .iter()
                .map(|entry| scenario::load(&entry.path, known_on, references).ok())
                .collect();
            Outcome::Listed {
                purpose,
                entries,
                scenarios,
            }
        }
    }
}

/// Downloads the rounds into the data folder and reads back the data in use.
fn update_draws(url: &str, store: Option<&Store>, known_on: Date) -> Outcome {
    let data_dir = store.map(Store::data_dir);
    let result = crate::draws::update(
        data_dir,
        url,
        known_on,
        crate::draws::fetch::Limits::default(),
        &mut |_, _| {},
    );
    Outcome::DrawsUpdated(match result {
        Ok(update) => Ok((
            Box::new(crate::draws::load(data_dir, known_on)),
            update.describe(),
        )),
        Err(error) => Err(error.to_string()),
    })
}

fn load(
    path: PathBuf,
    purpose: LoadPurpose,
    store: Option<&Store>,
    known_on: Date,
    references: ReferenceSource,
) -> Outcome {
    let result = scenario::load_tracked(&path, known_on, references).map_err(|error| error.to_string());
    if result.is_ok() && purpose == LoadPurpose::Open {
        remember(store, &path);
    }
    Outcome::Loaded {
        path,
        purpose,
        result,
    }
}

/// `new_file`: a name chosen for a new file, so one already there is
/// another scenario (asked about), not this one changed on disk.
fn save(
    path: PathBuf,
    scenario: Scenario,
    expect: Expect,
    then: Option<After>,
    new_file: bool,
    store: Option<&Store>,
) -> Outcome {
    let result = match scenario::save_tracked(&path, &scenario, expect) {
        Ok(fingerprint) => {
            remember(store, &path);
            Ok(fingerprint)
        }
        Err(SaveError::Changed) => Err(SaveProblem::Ask(if new_file || expect == Expect::Absent {
            OverwriteReason::Exists
        } else {
            OverwriteReason::ChangedOnDisk
        })),
        Err(error) => Err(SaveProblem::Failed(super::text::not_saved_to(
            &path,
            &error.to_string(),
        ))),
    };
    Outcome::Saved {
        path,
        scenario,
        result,
        then,
    }
}

/// The last file opened or saved, by its absolute path, so the planner
/// finds it again when started from another folder.
fn remember(store: Option<&Store>, path: &Path) {
    if let Some(store) = store {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let _ = store.remember_last_opened(Some(&absolute));
    }
}
