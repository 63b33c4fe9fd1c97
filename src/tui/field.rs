//! The names of the planner form's fields, apart from the form itself so
//! that the form's wording (`text`) and the form (`form`) both name fields
//! without needing each other.

use crate::advisor::Slot;
use crate::engine::Ability;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldId {
    Age,
    Education,
    CanadianEducation,
    Certificate,
    Test(Slot),
    Score(Slot, Ability),
    CanadianExperience,
    ForeignExperience,
    SpousePresent,
    SpouseEducation,
    SpouseExperience,
    Nomination,
    Sibling,
    JobOffer,
    // Facts eligibility needs beyond the score.
    /// Enter opens the work-history screen.
    WorkHistory,
    Funds,
    FamilyMembers,
    AuthorizedToWork,
    EducationAssessed,
    StudyYears,
    SpouseStudyYears,
    Relative,
    Quebec,
    // Dates: what makes the score move on its own.
    BirthDate,
    TestDate(Slot),
    SpouseAge,
    Submitted,
    WorkPermit,
    AssessedOn,
    // The spouse as principal applicant would have these.
    SpouseForeignExperience,
    SpouseCertificate,
    SpouseCanadianEducation,
}
