//! The round names IRCC has used, mapped to stable categories. The original
//! name is always kept for display.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// "No Program Specified" and "General": every program.
    AllPrograms,
    ProvincialNominee,
    CanadianExperience,
    FederalSkilledWorker,
    FederalSkilledTrades,
    French,
    Healthcare,
    Stem,
    Trades,
    Transport,
    Agriculture,
    Education,
    SeniorManagers,
    Physicians,
    Researchers,
    Military,
    /// A name not seen before, kept as its own category.
    Other(String),
}

/// The kinds this version knows, each with its place in `KNOWN` and its
/// key: one table makes `KNOWN`, `known_key` and `known_index`.
macro_rules! known_kinds {
    ($($place:literal $variant:ident $key:literal,)*) => {
        impl Category {
            pub const KNOWN: [Category; 16] = [$(Category::$variant,)*];

            /// The keys of `KNOWN`, in its order.
            pub const KNOWN_KEYS: [&'static str; 16] = [$($key,)*];

            /// The key of a kind named here, without building a String;
            /// `None` for one only the feed names.
            pub fn known_key(&self) -> Option<&'static str> {
                Some(match self {
                    $(Category::$variant => $key,)*
                    Category::Other(_) => return None,
                })
            }

            /// Where a kind written exactly as its key is in `KNOWN`. A
            /// match on the keys themselves: each comparison is with a
            /// constant, which the compiler makes a load or two instead of
            /// a call (a batch looks up kinds several times a line).
            pub fn known_index(key: &str) -> Option<usize> {
                Some(match key {
                    $($key => $place,)*
                    _ => return None,
                })
            }
        }
    };
}

known_kinds! {
    0 AllPrograms "all",
    1 ProvincialNominee "pnp",
    2 CanadianExperience "cec",
    3 FederalSkilledWorker "fsw",
    4 FederalSkilledTrades "fst",
    5 French "french",
    6 Healthcare "healthcare",
    7 Stem "stem",
    8 Trades "trades",
    9 Transport "transport",
    10 Agriculture "agriculture",
    11 Education "education",
    12 SeniorManagers "senior-managers",
    13 Physicians "physicians",
    14 Researchers "researchers",
    15 Military "military",
}

impl Category {
    /// The category of a round name as IRCC spells it.
    pub fn of_round_name(name: &str) -> Category {
        let lower = name.to_lowercase();
        let has = |word: &str| lower.contains(word);
        if has("no program specified") || lower.trim() == "general" {
            Category::AllPrograms
        } else if has("provincial nominee") {
            Category::ProvincialNominee
        } else if has("canadian experience class") {
            Category::CanadianExperience
        } else if has("federal skilled worker") {
            Category::FederalSkilledWorker
        } else if has("federal skilled trades") {
            Category::FederalSkilledTrades
        } else if has("french") {
            Category::French
        } else if has("healthcare") || has("health care") {
            Category::Healthcare
        } else if has("stem") {
            Category::Stem
        } else if has("trade") {
            Category::Trades
        } else if has("transport") {
            Category::Transport
        } else if has("agricultur") {
            Category::Agriculture
        } else if has("education occupations") {
            Category::Education
        } else if has("senior manager") {
            Category::SeniorManagers
        } else if has("physician") {
            Category::Physicians
        } else if has("researcher") {
            Category::Researchers
        } else if has("military") {
            Category::Military
        } else {
            Category::Other(name.trim().to_string())
        }
    }

    /// The stable key used on the command line and in JSON.
    pub fn key(&self) -> String {
        match self {
            Category::Other(name) => {
                let mut slug = String::new();
                for c in name.chars() {
                    if c.is_ascii_alphanumeric() {
                        slug.push(c.to_ascii_lowercase());
                    } else if !slug.ends_with('-') && !slug.is_empty() {
                        slug.push('-');
                    }
                }
                slug.trim_end_matches('-').to_string()
            }
            known => known.known_key().unwrap_or_default().to_string(),
        }
    }

    /// The kind of round a person named (`--eligible`, `--target-category`,
    /// `--category`, a batch's `eligible`): one of the known keys, or of the
    /// categories `seen` in the feed; otherwise what they may have meant.
    pub fn named(given: &str, seen: &[Category]) -> Result<Category, UnknownKind> {
        if let Some(category) = Category::from_key(given) {
            return Ok(category);
        }
        let key = given.trim().to_lowercase();
        if let Some(category) = seen.iter().find(|category| category.key() == key) {
            return Ok(category.clone());
        }
        let keys = known_keys(seen);
        // "french healthcare": two kinds with a space between them.
        let parts: Vec<&str> = key.split_whitespace().collect();
        let suggestion = if parts.len() > 1 && parts.iter().all(|part| keys.iter().any(|k| k == part)) {
            Some(parts.join(","))
        } else {
            crate::error::closest(&key, &keys).map(str::to_string)
        };
        Err(UnknownKind {
            given: given.to_string(),
            keys,
            suggestion,
        })
    }

    pub fn from_key(key: &str) -> Option<Category> {
        // Almost always a key is written as it is. From a static: each use
        // of the constant would make its sixteen and drop them.
        static KNOWN: [Category; 16] = Category::KNOWN;
        if let Some(index) = Category::known_index(key) {
            return Some(KNOWN[index].clone());
        }
        // The keys are ASCII: an ASCII-blind comparison is the comparison
        // of lower cases, with no String made for either side.
        let key = key.trim();
        Category::KNOWN.into_iter().find(|category| {
            category
                .known_key()
                .is_some_and(|known| known.eq_ignore_ascii_case(key))
        })
    }

    /// The short name tables and charts show.
    pub fn label(&self) -> String {
        let id = match self {
            Category::AllPrograms => "draw-all-programs",
            Category::ProvincialNominee => "draw-provincial-nominee",
            Category::CanadianExperience => "draw-canadian-experience",
            Category::FederalSkilledWorker => "draw-federal-skilled-worker",
            Category::FederalSkilledTrades => "draw-federal-skilled-trades",
            Category::French => "draw-french",
            Category::Healthcare => "draw-healthcare",
            Category::Stem => "draw-stem",
            Category::Trades => "draw-trades",
            Category::Transport => "draw-transport",
            Category::Agriculture => "draw-agriculture",
            Category::Education => "draw-education",
            Category::SeniorManagers => "draw-senior-managers",
            Category::Physicians => "draw-physicians",
            Category::Researchers => "draw-researchers",
            Category::Military => "draw-military",
            Category::Other(name) => return name.clone(),
        };
        crate::i18n::message(id, &[])
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_in_the_feed_has_a_category() {
        let cases = [
            ("No Program Specified", Category::AllPrograms),
            ("General", Category::AllPrograms),
            ("Provincial Nominee Program", Category::ProvincialNominee),
            ("Canadian Experience Class", Category::CanadianExperience),
            ("Federal Skilled Worker", Category::FederalSkilledWorker),
            ("Federal Skilled Trades", Category::FederalSkilledTrades),
            ("French language proficiency (Version 1)", Category::French),
            ("French-Language proficiency 2026-Version 2", Category::French),
            (
                "Healthcare and social services occupations (Version 2)",
                Category::Healthcare,
            ),
            ("Healthcare occupations (Version 1)", Category::Healthcare),
            (
                "Healthcare and Social Services Occupations, 2026-Version 3",
                Category::Healthcare,
            ),
            ("STEM occupations (Version 1)", Category::Stem),
            ("Trade occupations (Version 1)", Category::Trades),
            ("Trade occupations (Version 2)", Category::Trades),
            ("Trades Occupations, 2026-Version 3", Category::Trades),
            ("Transport occupations (Version 1)", Category::Transport),
            ("Transport Occupations, 2026-Version 2", Category::Transport),
            (
                "Agriculture and agri-food occupations (Version 1)",
                Category::Agriculture,
            ),
            ("Education occupations (Version 1)", Category::Education),
            (
                "Senior managers with Canadian Work Experience, 2026-Version 1",
                Category::SeniorManagers,
            ),
            (
                "Physicians with Canadian Work Experience, 2026-Version 1",
                Category::Physicians,
            ),
            ("Skilled Military Recruits, 2026-Version 1", Category::Military),
            (
                "Researchers with Canadian Work Experience, 2026-Version 1",
                Category::Researchers,
            ),
        ];
        for (name, category) in cases {
            assert_eq!(Category::of_round_name(name), category, "{name}");
        }
        let unknown = Category::of_round_name("Aviation occupations, 2027-Version 1");
        assert_eq!(unknown.label(), "Aviation occupations, 2027-Version 1");
        assert_eq!(unknown.key(), "aviation-occupations-2027-version-1");
    }

    #[test]
    fn keys_round_trip() {
        for (index, category) in Category::KNOWN.iter().enumerate() {
            assert_eq!(Category::from_key(&category.key()), Some(category.clone()));
            assert_eq!(Category::known_index(&category.key()), Some(index));
            assert_eq!(Category::KNOWN_KEYS[index], category.key());
            // Written otherwise, found by the ASCII-blind comparison.
            let shouted = format!(" {} ", category.key().to_ascii_uppercase());
            assert_eq!(Category::from_key(&shouted), Some(category.clone()));
        }
        assert_eq!(Category::from_key("frenc"), None);
        assert_eq!(Category::known_index("French"), None);
    }
}

/// A category's short name in the language in use (what the draws view
/// calls it), from its id; the id itself for one this version does not know.
pub fn label_of(id: &str) -> String {
    Category::from_key(id).map_or_else(|| id.to_string(), |category| category.label())
}

/// A kind of round named that is none: what was given, the names there
/// are, and the one most likely meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKind {
    pub given: String,
    pub keys: Vec<String>,
    pub suggestion: Option<String>,
}

impl UnknownKind {
    /// "--eligible: "frnch" is not a kind of round; expected one of …; did you mean french?"
    pub fn describe(&self, option: &str) -> String {
        let said = crate::t!(
            "kind-unknown",
            option = option,
            given = self.given.as_str(),
            keys = self.keys.join(", ")
        );
        match &self.suggestion {
            Some(suggestion) => crate::t!("kind-did-you-mean", said = said, suggestion = suggestion.as_str()),
            None => said,
        }
    }
}

/// Every key a kind of round can be named by: the known ones, then the
/// feed's own new ones.
pub fn known_keys(seen: &[Category]) -> Vec<String> {
    let mut keys: Vec<String> = Category::KNOWN.iter().map(Category::key).collect();
    for category in seen {
        let key = category.key();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

#[cfg(test)]
mod named_tests {
    use super::*;

    #[test]
    fn mistakes_suggest_what_was_meant() {
        let named = |given: &str| Category::named(given, &[]);
        assert_eq!(named(" French "), Ok(Category::French));
        assert_eq!(named("frnch").unwrap_err().suggestion.as_deref(), Some("french"));
        assert_eq!(
            named("health").unwrap_err().suggestion.as_deref(),
            Some("healthcare")
        );
        assert_eq!(
            named("french healthcare").unwrap_err().suggestion.as_deref(),
            Some("french,healthcare")
        );
        assert_eq!(named("nope").unwrap_err().suggestion, None);
        assert!(named("nope")
            .unwrap_err()
            .keys
            .contains(&"researchers".to_string()));
        assert_eq!(named("x").unwrap_err().suggestion, None, "one letter is no guess");
    }
}
