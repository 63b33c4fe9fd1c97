//! Saving without ever leaving a half-written file: write a temporary file in
//! the same folder, flush it to disk, then rename it over the target.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Replaces `path` with `bytes` atomically: readers see the old file or the
/// new one, never a mix, even if the program or the machine stops midway.
/// A link is followed: the file it points to is replaced, in its own folder,
/// and the link stays a link. The file keeps its permissions (and owner,
/// where allowed); a new file is readable by its owner alone (it holds a
/// birth date and savings).
pub fn save_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = &resolve_links(path)?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, crate::t!("save-no-file-name")))?;
    let (temp_path, mut temp) = create_temp(&folder, &file_name.to_string_lossy())?;
    let existing = fs::metadata(path).ok();
    let written = temp
        .write_all(bytes)
        .and_then(|()| keep_access(&temp, existing.as_ref()))
        .and_then(|()| temp.sync_all())
        .and_then(|()| fs::rename(&temp_path, path));
    if let Err(error) = written {
        let _ = fs::remove_file(&temp_path);
        return Err(error);
    }
    sync_folder(&folder);
    Ok(())
}

/// The file a path finally names: links followed (relative ones from their
/// own folder), up to a depth where a loop is the only explanation. A link to
/// nothing yet names the file to create.
pub fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(crate::t!("save-link-loop", file = path)))
}

/// Links followed before a chain counts as a loop (as Linux's ELOOP does).
const MAX_LINKS: usize = 40;

/// Gives the new file the permissions and owner of the one it replaces.
#[cfg(unix)]
fn keep_access(temp: &File, existing: Option<&fs::Metadata>) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let Some(existing) = existing else {
        return Ok(());
    };
    temp.set_permissions(fs::Permissions::from_mode(existing.mode() & 0o7777))?;
    // Only root may give a file away; anyone else already owns it.
    let _ = std::os::unix::fs::fchown(temp, Some(existing.uid()), Some(existing.gid()));
    Ok(())
}

#[cfg(not(unix))]
fn keep_access(temp: &File, existing: Option<&fs::Metadata>) -> io::Result<()> {
    if let Some(existing) = existing {
        temp.set_permissions(existing.permissions())?;
    }
    Ok(())
}

fn create_temp(folder: &Path, file_name: &str) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    // Only the start of the name: the temporary name must not be longer
    // than the file systems allow even when the final one is just within.
    let mut short = file_name;
    while short.len() > 32 {
        let mut cut = 32.min(short.len() - 1);
        while !short.is_char_boundary(cut) {
            cut -= 1;
        }
        short = &short[..cut];
    }
    loop {
        let attempt = COUNTER.fetch_add(1, Ordering::Relaxed);
        let candidate = folder.join(format!(".{short}.{}.{attempt}.tmp", std::process::id()));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&candidate) {
            Ok(file) => return Ok((candidate, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
}

/// Makes the rename itself durable. Not every platform can open a folder, and
/// the data is already safe on disk, so a failure here is not reported.
fn sync_folder(folder: &Path) {
    if let Ok(handle) = File::open(folder) {
        let _ = handle.sync_all();
    }
}

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
            SaveError::Io(error) => f.write_str(&crate::files::io_problem(error)),
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

/// How old a temporary file must be to count as left by a save that was
/// killed: a save takes milliseconds.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(600);

/// Removes the temporary files that killed saves left in `folder`: names of
/// the shape `save_atomic` gives them, older than `STALE_AFTER`. Returns how
/// many were removed.
pub fn remove_stale_temps(folder: &Path) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    entries
        .filter_map(Result::ok)
        .filter(|entry| is_temp_name(&entry.file_name().to_string_lossy()))
        .filter(|entry| {
            entry
                .metadata()
                .ok()
                .filter(std::fs::Metadata::is_file)
                .and_then(|meta| meta.modified().ok())
                .and_then(|modified| now.duration_since(modified).ok())
                .is_some_and(|age| age >= STALE_AFTER)
        })
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

/// `.NAME.PID.N.tmp`, as `create_temp` names them.
fn is_temp_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.').and_then(|rest| rest.strip_suffix(".tmp")) else {
        return false;
    };
    let mut parts = rest.rsplitn(3, '.');
    let numbers = [parts.next(), parts.next()];
    let named = parts.next().is_some_and(|name| !name.is_empty());
    named
        && numbers
            .iter()
            .all(|part| part.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_recognised_and_nothing_else() {
        assert!(is_temp_name(".my-plan.json.4242.0.tmp"));
        assert!(is_temp_name(".state.json.1.17.tmp"));
        assert!(!is_temp_name("my-plan.json"));
        assert!(!is_temp_name(".my-plan.json.tmp"));
        assert!(!is_temp_name(".my-plan.json.x.0.tmp"));
        assert!(!is_temp_name("..1.2.tmp"));
    }

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
