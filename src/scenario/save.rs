//! Saving a scenario: atomically (`files::atomic`), under the folder's lock,
//! and only over what the planner last read.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

pub use crate::files::atomic::{remove_stale_temps, resolve_links, save_atomic};

/// What a file held when it was read or written, to tell later whether
/// anybody changed it since: by content, since an edit can keep the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(u64);

impl Fingerprint {
    /// FNV-1a over the bytes: stable across runs and platforms.
    pub fn of(bytes: &[u8]) -> Fingerprint {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        Fingerprint(hash)
    }
}

/// What the file to be saved over is expected to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Whatever it holds: the user said to replace it.
    Anything,
    /// Nothing: the file must not exist yet.
    Absent,
    /// What was read or last written.
    Holding(Fingerprint),
}

#[derive(Debug)]
pub enum SaveError {
    /// The file is not what was expected: somebody changed, made or removed it.
    Changed,
    /// Another program held the folder's save lock for too long.
    Busy,
    Io(io::Error),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            SaveError::Changed => f.write_str(&crate::t!("save-changed")),
            SaveError::Busy => f.write_str(&crate::t!("save-busy")),
            SaveError::Io(error) => crate::files::io_problem(error).fmt(f),
        }
    }
}

/// The lock that saves in one folder take in turn. It is the operating
/// system's lock on an open file: a process that dies lets go of it.
const LOCK_NAME: &str = ".crs-planner.lock";
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Saves `bytes` atomically, but only if the file still holds what `expect`
/// says, checked under the folder's lock right before the rename: two
/// planners saving the same file at once cannot both succeed, and an edit
/// made meanwhile by anything else is never overwritten unasked. Returns the
/// fingerprint of what was written.
pub fn save_checked(path: &Path, bytes: &[u8], expect: Expect) -> Result<Fingerprint, SaveError> {
    // The lock and the check are the real file's, where the link leads.
    let path = &resolve_links(path).map_err(SaveError::Io)?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let lock_path = folder.join(LOCK_NAME);
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(SaveError::Io)?;
    note_lock(&lock_path);
    let started = std::time::Instant::now();
    loop {
        match lock.try_lock() {
            Ok(()) => break,
            Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(fs::TryLockError::WouldBlock) => return Err(SaveError::Busy),
            Err(fs::TryLockError::Error(error)) => return Err(SaveError::Io(error)),
        }
    }
    let now = match fs::read(path) {
        Ok(current) => Some(Fingerprint::of(&current)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(SaveError::Io(error)),
    };
    let as_expected = match expect {
        Expect::Anything => true,
        Expect::Absent => now.is_none(),
        Expect::Holding(fingerprint) => now == Some(fingerprint),
    };
    if !as_expected {
        return Err(SaveError::Changed);
    }
    save_atomic(path, bytes).map_err(SaveError::Io)?;
    // The lock goes with `lock` when it is dropped here.
    Ok(Fingerprint::of(bytes))
}

/// The lock files this process made or used, to remove when it ends.
static LOCKS_USED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn note_lock(path: &Path) {
    if let Ok(mut used) = LOCKS_USED.lock() {
        if !used.iter().any(|known| known == path) {
            used.push(path.to_path_buf());
        }
    }
}

/// Removes the lock files this process used, each only while nobody holds
/// it: the planner calls this when it ends, so no lock file is left beside
/// the user's scenarios.
pub fn remove_locks() {
    let used = LOCKS_USED
        .lock()
        .map(|mut used| std::mem::take(&mut *used))
        .unwrap_or_default();
    for path in used {
        let Ok(lock) = OpenOptions::new().write(true).open(&path) else {
            continue;
        };
        if lock.try_lock().is_ok() {
            let _ = fs::remove_file(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_over_a_changed_file_is_refused() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.json");
        let first = save_checked(&path, b"one", Expect::Absent).unwrap();
        assert!(matches!(
            save_checked(&path, b"two", Expect::Absent),
            Err(SaveError::Changed)
        ));
        // Same length and the same second: only the content tells.
        fs::write(&path, b"ONE").unwrap();
        assert!(matches!(
            save_checked(&path, b"two", Expect::Holding(first)),
            Err(SaveError::Changed)
        ));
        assert_eq!(fs::read(&path).unwrap(), b"ONE");
        let now = Fingerprint::of(b"ONE");
        let second = save_checked(&path, b"two", Expect::Holding(now)).unwrap();
        assert_eq!(second, Fingerprint::of(b"two"));
        save_checked(&path, b"three", Expect::Anything).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
    }

    #[test]
    fn of_two_saves_racing_from_the_same_start_one_wins() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.json");
        let start = save_checked(&path, b"start", Expect::Absent).unwrap();
        let results: Vec<bool> = std::thread::scope(|scope| {
            let savers: Vec<_> = [b"left".as_slice(), b"right".as_slice()]
                .into_iter()
                .map(|bytes| scope.spawn(|| save_checked(&path, bytes, Expect::Holding(start)).is_ok()))
                .collect();
            savers.into_iter().map(|saver| saver.join().unwrap()).collect()
        });
        assert_eq!(results.iter().filter(|won| **won).count(), 1, "{results:?}");
    }

    #[test]
    fn a_very_long_name_still_saves() {
        let folder = tempfile::tempdir().unwrap();
        let name = format!("{}.json", "é".repeat(120));
        let path = folder.path().join(&name);
        save_atomic(&path, b"{}").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"{}");
    }
}
