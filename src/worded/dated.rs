//! The notes of a dated profile (a result expired or about to), worded.

use crate::engine::dated::Note;

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let id = if self.expired {
            "result-expired"
        } else {
            "result-expires"
        };
        f.write_str(&crate::i18n::message(
            id,
            &[
                ("result", self.result.into()),
                ("taken", self.taken.into()),
                ("expiry", self.expiry.into()),
            ],
        ))
    }
}

/// JSON holds a note as its English words, whatever the reader speaks.
impl serde::Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&crate::i18n::in_english(|| self.to_string()))
    }
}
