//! The scoring engine: profiles, rule sets, language tables and scoring.
//! Pure: no files, no terminal, no clock.

pub mod date;
pub mod dated;
pub mod eligibility;
pub mod factor;
pub mod language;
pub mod occupation;
pub mod profile;
pub mod rules;
pub mod score;
pub mod zone;

pub use date::Date;
pub use factor::{Factor, Section};
pub use language::{LanguageError, LanguageTables};
pub use profile::{
    Abilities, Ability, CanadianEducation, Dates, Education, Extras, JobOffer, Language, LanguageResult,
    LanguageTest, Profile, Spouse, SpouseDetails, WorkSpan,
};
pub use rules::{Ceilings, RuleBook, RuleSet, RulesError, SelectError};
pub use score::{Breakdown, FactorRow};
pub use zone::Zone;
