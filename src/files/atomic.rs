//! Writing a file without ever leaving a half-written one: write a temporary
//! file in the same folder, flush it to disk, then rename it over the target.
//! Scenarios, the planner's state, imported draw data and the watch log are
//! all saved this way.

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
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, crate::said!("save-no-file-name")))?;
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
    Err(io::Error::other(crate::said!("save-link-loop", file = path)))
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

pub(crate) fn create_temp(folder: &Path, file_name: &str) -> io::Result<(PathBuf, File)> {
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
pub(crate) fn sync_folder(folder: &Path) {
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

/// Creates `folder` and its parents, explaining the cases `create_dir_all`
/// reports only as "File exists".
pub fn ensure_folder(folder: &Path) -> io::Result<()> {
    for step in folder.ancestors().collect::<Vec<_>>().into_iter().rev() {
        if step.as_os_str().is_empty() {
            continue;
        }
        let Ok(link) = std::fs::symlink_metadata(step) else {
            continue;
        };
        if link.file_type().is_symlink() && std::fs::metadata(step).is_err() {
            let target = std::fs::read_link(step)
                .map(|t| t.display().to_string())
                .unwrap_or_default();
            return Err(io::Error::other(crate::said!(
                "folder-dangling-link",
                folder = step,
                target = target
            )));
        }
        if std::fs::metadata(step).is_ok_and(|meta| !meta.is_dir()) {
            return Err(io::Error::other(crate::said!("folder-is-a-file", folder = step)));
        }
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    // The data folder holds birth dates and savings: its owner's alone.
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)
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
}
