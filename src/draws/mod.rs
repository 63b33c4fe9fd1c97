//! Draw history: IRCC's rounds of invitations, their categories, and where a
//! score stands against them. Parsing and positions are pure; `load` and
//! `import` are the only places that touch files.

pub mod category;
pub mod entry;
pub mod feed;
pub mod fetch;
pub mod position;

use std::path::{Path, PathBuf};

pub use crate::engine::eligibility::Entry;
pub use category::Category;
pub use entry::Person;
pub use feed::{Distribution, Feed, FeedError, Round};
pub use position::{pool_position, standings, PoolPosition, Standing, StandingEntry};

use serde::{Deserialize, Serialize};

use crate::engine::Date;
use crate::files::atomic::save_atomic;
use crate::said::Said;

/// IRCC's feed as shipped with this build.
pub const SHIPPED_FEED: &str = include_str!("../../assets/ee_rounds_123_en.json");
const IMPORTED_NAME: &str = "ee_rounds_123_en.json";
const META_NAME: &str = "ee_rounds_123_en.meta.json";

/// Where the draw data in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Shipped,
    Imported(PathBuf),
    /// Downloaded by `draws --update`; `checked_on` is the last day the
    /// server was asked (a copy checked today is current, however old its
    /// newest round).
    Downloaded {
        path: PathBuf,
        checked_on: Date,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub feed: Feed,
    pub source: Source,
    /// Why an imported copy was not used, if it was not.
    pub warning: Option<String>,
}

impl Loaded {
    /// How many days old the data is on `today`: since the server was last
    /// asked for a downloaded copy (no round since then is news too), else
    /// since its newest round.
    pub fn age_days(&self, today: Date) -> i64 {
        let as_of = match &self.source {
            Source::Downloaded { checked_on, .. } => *checked_on,
            Source::Shipped | Source::Imported(_) => self.feed.newest().date,
        };
        today.days_since_unix_epoch() - as_of.days_since_unix_epoch()
    }

    /// "data up to 2026-08-07 (round 434), shipped with crs-planner"
    pub fn describe(&self) -> String {
        let newest = self.feed.newest();
        let from = match &self.source {
            Source::Shipped => crate::t!("draws-shipped"),
            Source::Imported(path) => crate::t!("draws-imported", file = path),
            Source::Downloaded { checked_on, .. } => crate::t!("draws-downloaded", date = *checked_on),
        };
        crate::t!(
            "draws-describe",
            date = newest.date,
            round = newest.number.as_str(),
            source = from
        )
    }
}

fn imported_path(data_dir: &Path) -> PathBuf {
    data_dir.join("draws").join(IMPORTED_NAME)
}

fn meta_path(data_dir: &Path) -> PathBuf {
    data_dir.join("draws").join(META_NAME)
}

/// What is known of the copy kept in the data folder: where it was
/// downloaded from and what the server said of it (to ask "only if changed"
/// next time), and whether the person kept it although it ends before the
/// shipped rounds (`--replace-newer`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptCopy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, flatten)]
    pub validators: fetch::Validators,
    /// Kept with `--replace-newer`: used even though the shipped rounds are newer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub forced: bool,
    /// The last day the server was asked, as YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_on: Option<String>,
}

impl KeptCopy {
    /// The note beside the kept copy; a missing or unreadable one is no note
    /// (the next download then simply asks for the whole feed).
    pub fn read(data_dir: &Path) -> KeptCopy {
        crate::files::read_text(&meta_path(data_dir), crate::files::MAX_SMALL_FILE)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    fn write(&self, data_dir: &Path) -> std::io::Result<()> {
        let mut text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        text.push('\n');
        save_atomic(&meta_path(data_dir), text.as_bytes())
    }
}

/// The draw data to use: an imported copy in the data folder when there is a
/// valid one at least as new as the shipped copy (or one the person forced
/// with `--replace-newer`), else the shipped copy.
pub fn load(data_dir: Option<&Path>, today: crate::engine::Date) -> Loaded {
    let shipped = shipped_feed().clone();
    let Some(data_dir) = data_dir else {
        return shipped_only(shipped);
    };
    let path = imported_path(data_dir);
    if !path.exists() {
        return shipped_only(shipped);
    }
    let imported = crate::files::read_text(&path, crate::files::MAX_FEED_FILE)
        .map_err(|e| e.to_string())
        .and_then(|text| Feed::parse(&text).map_err(|e| e.to_string()))
        .and_then(|feed| feed.check_dates(today).map(|()| feed).map_err(|e| e.to_string()));
    let note = KeptCopy::read(data_dir);
    let source = match note
        .checked_on
        .as_deref()
        .and_then(|day| day.parse::<Date>().ok())
    {
        Some(checked_on) if note.url.is_some() => Source::Downloaded {
            path: path.clone(),
            checked_on,
        },
        _ => Source::Imported(path.clone()),
    };
    match imported {
        Ok(feed) if feed.newest().date >= shipped.newest().date => Loaded {
            feed,
            source,
            warning: None,
        },
        Ok(feed) if note.forced => Loaded {
            warning: Some(crate::t!(
                "draws-imported-forced",
                file = &path,
                date = feed.newest().date,
                shipped = shipped.newest().date
            )),
            feed,
            source: Source::Imported(path),
        },
        Ok(feed) => Loaded {
            warning: Some(crate::t!(
                "draws-imported-older",
                file = &path,
                date = feed.newest().date
            )),
            feed: shipped,
            source: Source::Shipped,
        },
        Err(error) => Loaded {
            feed: shipped,
            source: Source::Shipped,
            warning: Some(crate::t!("draws-imported-bad", file = &path, problem = error)),
        },
    }
}

/// The shipped feed, parsed once a process however often the data is
/// loaded (an update and `watch` load it more than once).
/// The rounds shipped with the program, read once.
pub fn shipped_feed() -> &'static Feed {
    static SHIPPED: std::sync::OnceLock<Feed> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| Feed::parse(SHIPPED_FEED).expect("the shipped feed is checked by the test suite"))
}

fn shipped_only(shipped: Feed) -> Loaded {
    Loaded {
        feed: shipped,
        source: Source::Shipped,
        warning: None,
    }
}

/// Checks a feed the user downloaded and keeps it in the data folder. The
/// data in use is replaced only once the new file has parsed whole, and
/// never by rounds that end earlier than those in use (an older download
/// would throw newer rounds away) unless `replace_newer` says to.
pub fn import(
    file: &Path,
    data_dir: &Path,
    today: crate::engine::Date,
    replace_newer: bool,
) -> Result<(Feed, PathBuf), Said> {
    let origin = file.display().to_string();
    let bytes =
        crate::files::read_bytes(file, crate::files::MAX_FEED_FILE).map_err(|e| e.said().at(&origin))?;
    let feed = checked_feed(&bytes, today).map_err(|problem| problem.at(&origin))?;
    let in_use = load(Some(data_dir), today);
    let (newest, kept) = (feed.newest(), in_use.feed.newest());
    if newest.date < kept.date && !replace_newer {
        return Err(crate::said!(
            "draws-import-older",
            file = file,
            date = newest.date,
            round = &newest.number,
            kept_date = kept.date,
            kept_round = &kept.number
        ));
    }
    let note = KeptCopy {
        url: None,
        validators: fetch::Validators::default(),
        forced: newest.date < shipped_feed().newest().date,
        checked_on: None,
    };
    let target = keep(&bytes, &note, data_dir)?;
    Ok((feed, target))
}

/// A feed's bytes checked whole: text, IRCC's format, no round after today.
fn checked_feed(bytes: &[u8], today: crate::engine::Date) -> Result<Feed, Said> {
    let text = crate::files::as_text(bytes)?;
    Feed::parse(text)
        .and_then(|feed| feed.check_dates(today).map(|()| feed))
        .map_err(Said::from)
}

/// Writes a checked feed and its note into the data folder, each atomically:
/// the copy in use stays whole until the new one is in place.
fn keep(bytes: &[u8], note: &KeptCopy, data_dir: &Path) -> Result<PathBuf, Said> {
    let target = imported_path(data_dir);
    if let Some(folder) = target.parent() {
        crate::files::atomic::ensure_folder(folder)
            .map_err(|e| crate::files::io_problem(&e).at(folder.display().to_string()))?;
        crate::files::atomic::remove_stale_temps(folder);
    }
    let cannot_save = |file: &Path, error: std::io::Error| {
        crate::said!(
            "draws-cannot-save",
            file = file,
            problem = crate::files::io_problem(&error)
        )
    };
    save_atomic(&target, bytes).map_err(|e| cannot_save(&target, e))?;
    // The note only saves a request next time: a note that cannot be
    // written costs a whole download then, nothing more.
    let _ = note.write(data_dir);
    Ok(target)
}

/// What `draws --update` found.
#[derive(Debug, Clone, PartialEq)]
pub enum Update {
    /// Nothing newer than the data in use (the server said so, or sent the
    /// same rounds).
    UpToDate { newest: Round },
    /// A newer feed, kept and in use from now on.
    Kept {
        feed: Feed,
        path: PathBuf,
        /// Rounds the data in use did not have.
        added: usize,
    },
}

impl Update {
    /// "Downloaded 2 new rounds, up to … into …" or "already up to date".
    pub fn describe(&self) -> String {
        match self {
            Update::UpToDate { newest } => {
                crate::t!("update-up-to-date", round = &newest.number, date = newest.date)
            }
            Update::Kept { feed, path, added } => {
                let newest = feed.newest();
                crate::t!(
                    "update-kept",
                    added = *added,
                    date = newest.date,
                    round = &newest.number,
                    file = path
                )
            }
        }
    }
}

/// Why `draws --update` kept nothing. The copy in use is never touched.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateError {
    NoDataFolder,
    Fetch {
        url: String,
        error: fetch::FetchError,
    },
    /// The server answered with a web page (a portal, an error page).
    WebPage {
        url: String,
    },
    /// The body is not IRCC's feed.
    NotFeed {
        url: String,
        problem: Said,
    },
    /// The feed's rounds end before those in use.
    Older {
        url: String,
        date: Date,
        round: String,
        kept_date: Date,
        kept_round: String,
    },
    Save(Said),
}

impl std::fmt::Display for UpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&match self {
            UpdateError::NoDataFolder => crate::t!("draws-no-data-folder"),
            UpdateError::Fetch { url, error } => {
                crate::t!("update-failed", url = url, problem = error.to_string())
            }
            UpdateError::WebPage { url } => crate::t!("update-web-page", url = url),
            UpdateError::NotFeed { url, problem } => {
                crate::t!("update-not-feed", url = url, problem = problem.clone())
            }
            UpdateError::Older {
                url,
                date,
                round,
                kept_date,
                kept_round,
            } => crate::t!(
                "update-older",
                url = url,
                date = *date,
                round = round,
                kept_date = *kept_date,
                kept_round = kept_round
            ),
            UpdateError::Save(problem) => problem.to_string(),
        })
    }
}

/// Downloads the feed at `url` and keeps it when it is IRCC's feed, whole,
/// with no round after `today` and none fewer than the data in use. An
/// unchanged feed costs one small request: the server's validators are kept
/// beside the copy.
pub fn update(
    data_dir: Option<&Path>,
    url: &str,
    today: Date,
    limits: fetch::Limits,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Update, UpdateError> {
    let data_dir = data_dir.ok_or(UpdateError::NoDataFolder)?;
    let in_use = load(Some(data_dir), today);
    let note = KeptCopy::read(data_dir);
    // Ask "only if changed" only about the copy in use, from the same address.
    let validators = (!matches!(in_use.source, Source::Shipped) && note.url.as_deref() == Some(url))
        .then_some(&note.validators);
    let fetched = fetch::fetch(url, validators, limits, progress).map_err(|error| UpdateError::Fetch {
        url: url.to_string(),
        error,
    })?;
    let (bytes, validators) = match fetched {
        fetch::Fetched::Unchanged => {
            // The copy is current as of today: noted, for the age shown.
            let checked = KeptCopy {
                checked_on: Some(today.to_string()),
                ..note
            };
            let _ = checked.write(data_dir);
            return Ok(Update::UpToDate {
                newest: in_use.feed.newest().clone(),
            });
        }
        fetch::Fetched::Body { bytes, validators } => (bytes, validators),
    };
    let feed = checked_feed(&bytes, today).map_err(|problem| {
        if looks_like_web_page(&bytes) {
            UpdateError::WebPage { url: url.to_string() }
        } else {
            UpdateError::NotFeed {
                url: url.to_string(),
                problem,
            }
        }
    })?;
    let (newest, kept) = (feed.newest(), in_use.feed.newest());
    if newest.date < kept.date {
        return Err(UpdateError::Older {
            url: url.to_string(),
            date: newest.date,
            round: newest.number.clone(),
            kept_date: kept.date,
            kept_round: kept.number.clone(),
        });
    }
    let added = feed
        .rounds
        .iter()
        .filter(|round| !in_use.feed.rounds.iter().any(|old| old.number == round.number))
        .count();
    let note = KeptCopy {
        url: Some(url.to_string()),
        validators,
        forced: false,
        checked_on: Some(today.to_string()),
    };
    let path = keep(&bytes, &note, data_dir).map_err(UpdateError::Save)?;
    if added == 0 {
        return Ok(Update::UpToDate {
            newest: newest.clone(),
        });
    }
    Ok(Update::Kept { feed, path, added })
}

/// Whether a body is a web page rather than JSON: what captive portals,
/// proxies and error pages send with a status of 200.
fn looks_like_web_page(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|byte| !byte.is_ascii_whitespace())
        .map_or(&bytes[..0], |at| &bytes[at..]);
    let start = start.strip_prefix("\u{feff}".as_bytes()).unwrap_or(start);
    start.first() == Some(&b'<')
}
