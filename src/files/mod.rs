//! Reading the user's files without trusting them: only regular files (a
//! FIFO would block forever, `/dev/zero` would fill memory), at most a
//! documented size, UTF-8, and a byte-order mark (what Windows editors write)
//! accepted and dropped.

pub mod atomic;

use std::fmt;
use std::io::Read;
use std::path::Path;

use crate::said::Said;

/// The most a scenario, rules, effort or state file may hold.
pub const MAX_SMALL_FILE: u64 = 16 * 1024 * 1024;
/// The most a draw feed may hold (IRCC's is under 1 MB today).
pub const MAX_FEED_FILE: u64 = 64 * 1024 * 1024;

/// Why a file could not be read; shown after the file's name.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    Io(Said),
    NotRegular(&'static str),
    TooLarge { limit: u64 },
    NotUtf8 { offset: usize },
}

impl ReadError {
    pub fn said(&self) -> Said {
        match self {
            ReadError::Io(error) => crate::said!("file-cannot-read", problem = error.clone()),
            ReadError::NotRegular(kind) => crate::said!("file-not-regular", kind = *kind),
            ReadError::TooLarge { limit } => {
                crate::said!("file-too-large", megabytes = limit / (1024 * 1024))
            }
            ReadError::NotUtf8 { offset } => crate::said!("file-not-utf8", offset = offset.to_string()),
        }
    }
}

impl From<ReadError> for Said {
    fn from(error: ReadError) -> Self {
        error.said()
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.said().fmt(f)
    }
}

/// Reads a file of text the user gave, whole.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let mut text = into_text(read_bytes(path, limit)?)?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// Bytes read as UTF-8 text, or where they stop being UTF-8.
pub fn into_text(bytes: Vec<u8>) -> Result<String, ReadError> {
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}

/// The same, borrowing.
pub fn as_text(bytes: &[u8]) -> Result<&str, ReadError> {
    std::str::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        offset: e.valid_up_to(),
    })
}

/// Reads a file's bytes whole, refusing anything but a regular file (checked
/// before opening: opening a FIFO already blocks) and more than `limit` bytes
/// (counted while reading: a file may grow after it was looked at).
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let metadata = std::fs::metadata(path).map_err(|e| ReadError::Io(io_problem(&e)))?;
    let kind = metadata.file_type();
    if !kind.is_file() {
        return Err(ReadError::NotRegular(describe(&kind)));
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::Io(io_problem(&e)))?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io(io_problem(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// Drops a UTF-8 byte-order mark at the start of a text.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn describe(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "fifo";
        }
        if kind.is_char_device() {
            return "character-device";
        }
        if kind.is_block_device() {
            return "block-device";
        }
        if kind.is_socket() {
            return "socket";
        }
    }
    if kind.is_dir() {
        "folder"
    } else {
        "other"
    }
}

/// `text` with every control character (C0, DEL and C1: escape sequences
/// start with them) shown as `\u{..}`, so that nothing from a file can move
/// the cursor, clear the screen or retitle the terminal. Line breaks and tabs
/// stay where `keep_layout` says so.
pub fn printable(text: &str, keep_layout: bool) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !(keep_layout && (c == '\n' || c == '\t'));
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut clean = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            clean.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            clean.push(c);
        }
    }
    std::borrow::Cow::Owned(clean)
}

/// What went wrong reading or writing a file, in the language in use for
/// the common cases; the system's own words otherwise.
pub fn io_problem(error: &std::io::Error) -> Said {
    // A problem this program found itself (a link loop, a folder that is a
    // file) travels inside the I/O error as facts.
    if let Some(said) = error.get_ref().and_then(|inner| inner.downcast_ref::<Said>()) {
        return said.clone();
    }
    match error.kind() {
        std::io::ErrorKind::NotFound => crate::said!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => crate::said!("io-permission-denied"),
        std::io::ErrorKind::IsADirectory => crate::said!("io-is-a-folder"),
        std::io::ErrorKind::StorageFull => crate::said!("io-disk-full"),
        std::io::ErrorKind::FileTooLarge => crate::said!("io-file-too-large"),
        _ => Said::Verbatim(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(printable("Plan A", false), "Plan A");
        assert_eq!(printable("a\u{1b}[2Jb", false), "a\\u{1b}[2Jb");
        assert_eq!(printable("x\u{9b}y\u{7f}", false), "x\\u{9b}y\\u{7f}");
        assert_eq!(printable("one\ntwo\tthree", true), "one\ntwo\tthree");
        assert_eq!(printable("one\ntwo", false), "one\\u{a}two");
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(without_bom("\u{feff}{}"), "{}");
        assert_eq!(without_bom("{}"), "{}");
    }
}
