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
    loop {
        let attempt = COUNTER.fetch_add(1, Ordering::Relaxed);
        let candidate = folder.join(format!(".{file_name}.{}.{attempt}.tmp", std::process::id()));
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
