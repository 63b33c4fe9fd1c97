//! Saving without ever leaving a half-written file: write a temporary file in
//! the same folder, flush it to disk, then rename it over the target.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Replaces `path` with `bytes` atomically: readers see the old file or the
/// new one, never a mix, even if the program or the machine stops midway.
pub fn save_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let (temp_path, mut temp) = create_temp(&folder, &file_name.to_string_lossy())?;
    let written = temp
        .write_all(bytes)
        .and_then(|()| temp.sync_all())
        .and_then(|()| fs::rename(&temp_path, path));
    if let Err(error) = written {
        let _ = fs::remove_file(&temp_path);
        return Err(error);
    }
    sync_folder(&folder);
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
        match OpenOptions::new().write(true).create_new(true).open(&candidate) {
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
    fn a_very_long_name_still_saves() {
        let folder = tempfile::tempdir().unwrap();
        let name = format!("{}.json", "é".repeat(120));
        let path = folder.path().join(&name);
        save_atomic(&path, b"{}").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"{}");
    }
}
