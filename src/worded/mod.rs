//! The engine's facts in words. The engine keeps what it finds as types
//! (an unmet requirement, a round's reason, a note, a section) and names no
//! language; this layer, above both the engine and the catalogues, words
//! them for whoever shows them: the planner and the commands in the
//! reader's language, JSON in English (`i18n::in_english`), so JSON's bytes
//! never depend on the language a person chose.

mod breakdown;
mod dated;
mod eligibility;
mod factor;
mod occupation;
mod profile;
mod zone;

pub use breakdown::{answer_word, detail, language_line};
pub use occupation::{factor_title, finding, occupation_detail, occupation_label, row_label};

/// A day put into a message as it is written everywhere: `2026-12-03`.
impl From<crate::engine::Date> for crate::i18n::Arg {
    fn from(value: crate::engine::Date) -> Self {
        crate::i18n::Arg::Text(value.to_string())
    }
}
