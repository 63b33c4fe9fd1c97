//! Draw history: IRCC's rounds of invitations, their categories, and where a
//! score stands against them. Parsing and positions are pure; `load` and
//! `import` are the only places that touch files.

pub mod category;
pub mod entry;
pub mod feed;
pub mod position;

use std::path::{Path, PathBuf};

pub use crate::engine::eligibility::Entry;
pub use category::Category;
pub use entry::Person;
pub use feed::{Distribution, Feed, FeedError, Round};
pub use position::{pool_position, standings, PoolPosition, Standing, StandingEntry};

use crate::scenario::save_atomic;

/// IRCC's feed as shipped with this build.
pub const SHIPPED_FEED: &str = include_str!("../../assets/ee_rounds_123_en.json");
const IMPORTED_NAME: &str = "ee_rounds_123_en.json";

/// Where the draw data in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Shipped,
    Imported(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Loaded {
    pub feed: Feed,
    pub source: Source,
    /// Why an imported copy was not used, if it was not.
    pub warning: Option<String>,
}

impl Loaded {
    /// "data up to 2026-08-07 (round 434), shipped with crs-planner"
    pub fn describe(&self) -> String {
        let newest = self.feed.newest();
        let from = match &self.source {
            Source::Shipped => crate::t!("draws-shipped"),
            Source::Imported(path) => crate::t!("draws-imported", file = path),
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

/// The draw data to use: an imported copy in the data folder when there is a
/// valid one at least as new as the shipped copy, else the shipped copy.
pub fn load(data_dir: Option<&Path>) -> Loaded {
    let shipped = Feed::parse(SHIPPED_FEED).expect("the shipped feed is checked by the test suite");
    let Some(path) = data_dir.map(imported_path).filter(|path| path.exists()) else {
        return Loaded {
            feed: shipped,
            source: Source::Shipped,
            warning: None,
        };
    };
    let imported = crate::files::read_text(&path, crate::files::MAX_FEED_FILE)
        .map_err(|e| e.to_string())
        .and_then(|text| Feed::parse(&text).map_err(|e| e.to_string()))
        .and_then(|feed| {
            feed.check_dates(crate::config::today())
                .map(|()| feed)
                .map_err(|e| e.to_string())
        });
    match imported {
        Ok(feed) if feed.newest().date >= shipped.newest().date => Loaded {
            feed,
            source: Source::Imported(path),
            warning: None,
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

/// Checks a feed the user downloaded and keeps it in the data folder. The
/// data in use is replaced only once the new file has parsed whole, and
/// never by rounds that end earlier than those in use (an older download
/// would throw newer rounds away) unless `replace_newer` says to.
pub fn import(
    file: &Path,
    data_dir: &Path,
    today: crate::engine::Date,
    replace_newer: bool,
) -> Result<(Feed, PathBuf), String> {
    let bytes = crate::files::read_bytes(file, crate::files::MAX_FEED_FILE)
        .map_err(|e| format!("{}: {e}", file.display()))?;
    let text = crate::files::as_text(&bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    let feed = Feed::parse(text)
        .and_then(|feed| feed.check_dates(today).map(|()| feed))
        .map_err(|e| format!("{}: {e}", file.display()))?;
    let in_use = load(Some(data_dir));
    let (newest, kept) = (feed.newest(), in_use.feed.newest());
    if newest.date < kept.date && !replace_newer {
        return Err(crate::t!(
            "draws-import-older",
            file = file,
            date = newest.date,
            round = &newest.number,
            kept_date = kept.date,
            kept_round = &kept.number
        ));
    }
    let target = imported_path(data_dir);
    if let Some(folder) = target.parent() {
        crate::scenario::store::ensure_folder(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        crate::scenario::remove_stale_temps(folder);
    }
    save_atomic(&target, &bytes).map_err(|e| {
        crate::t!(
            "draws-cannot-save",
            file = &target,
            problem = crate::files::io_problem(&e)
        )
    })?;
    Ok((feed, target))
}

/// The rounds as the outlook reads them: day, kind, cut-off.
pub fn past_rounds(feed: &Feed) -> Vec<crate::advisor::outlook::PastRound> {
    feed.rounds
        .iter()
        .map(|round| crate::advisor::outlook::PastRound {
            date: round.date,
            kind: round.category.key(),
            cutoff: round.cutoff,
        })
        .collect()
}
