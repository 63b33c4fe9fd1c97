//! Where a score stands, in the language in use.

use crate::engine::Zone;

impl Zone {
    /// The range as shown to a person, in the language in use (the JSON
    /// keeps `range`).
    pub fn range_words(self) -> String {
        match self {
            Zone::Below450 => crate::t!("zone-below-450"),
            _ => self.range().to_string(),
        }
    }

    /// The advice as shown to a person, in the language in use (the JSON
    /// keeps `advice`).
    pub fn advice_words(self) -> String {
        crate::i18n::message(
            match self {
                Zone::Front => "zone-front",
                Zone::Competitive => "zone-competitive",
                Zone::Strategic => "zone-strategic",
                Zone::Below450 => "zone-below-450-advice",
            },
            &[],
        )
    }
}
