//! The scenario file as written on disk, before validation. Every field is
//! optional here so that validation, not serde, says what is missing and where.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;

/// A field as found in the file: absent, `null`, or a value.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Field<T> {
    #[default]
    Missing,
    Null,
    Value(T),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            None => Field::Null,
            Some(value) => Field::Value(value),
        })
    }
}

/// A string from the file, borrowed from the text where it needs no
/// unescaping (almost always), so reading a line allocates nothing for it.
#[derive(Clone, PartialEq)]
pub struct Text<'a>(pub std::borrow::Cow<'a, str>);

/// Shown as the string itself: messages quote what the file holds.
impl fmt::Debug for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: serde::de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Text(std::borrow::Cow::Borrowed(text)))
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Text(std::borrow::Cow::Owned(text.to_string())))
            }

            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Self::Value, E> {
                Ok(Text(std::borrow::Cow::Owned(text)))
            }
        }

        deserializer.deserialize_str(TextVisitor)
    }
}

/// Accepts only a JSON object. Serde's derive would also take an array for a
/// struct, reading fields by position, and that is a guess we refuse.
#[derive(Debug, Clone, PartialEq)]
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = Object<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(Object)
            }
        }

        deserializer.deserialize_map(ObjectVisitor(PhantomData))
    }
}

/// Declares a raw object: every field optional, unknown keys refused, and
/// the fast scanner taught the same keys.
macro_rules! raw_object {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
        #[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
        pub struct $name<'a> {
            $(#[serde(default)] pub $field: Field<$ty>,)*
        }

        super::scan::scan_object!($name { $($field),* });
    };
}

raw_object!(RawLanguage {
    language: Text<'a>,
    test: Text<'a>,
    listening: f64,
    reading: f64,
    writing: f64,
    speaking: f64,
    test_date: Text<'a>,
});

raw_object!(RawSpouse {
    education: Text<'a>,
    language: Object<RawLanguage<'a>>,
    canadian_experience_years: f64,
    age: f64,
    foreign_experience_years: f64,
    second_language: Object<RawLanguage<'a>>,
    certificate_of_qualification: bool,
    canadian_education: Text<'a>,
    canadian_study_years: f64,
});

/// One job of the work history. Written out rather than declared with
/// `raw_object!`: its key `where` is a Rust keyword (the scanner's keys are
/// listed below by hand, in the same order).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct RawJob<'a> {
    #[serde(default)]
    pub noc: Field<Text<'a>>,
    #[serde(default, rename = "where")]
    pub place: Field<Text<'a>>,
    #[serde(default)]
    pub from: Field<Text<'a>>,
    #[serde(default)]
    pub to: Field<Text<'a>>,
    #[serde(default)]
    pub hours_per_week: Field<f64>,
    #[serde(default)]
    pub self_employed: Field<bool>,
    #[serde(default)]
    pub while_full_time_student: Field<bool>,
}

impl RawJob<'_> {
    const KEYS: &'static [&'static [u8]] = &[
        b"noc",
        b"where",
        b"from",
        b"to",
        b"hours_per_week",
        b"self_employed",
        b"while_full_time_student",
    ];
    const PATTERNS: &'static [&'static [u8]] = &[
        b"\"noc\":",
        b"\"where\":",
        b"\"from\":",
        b"\"to\":",
        b"\"hours_per_week\":",
        b"\"self_employed\":",
        b"\"while_full_time_student\":",
    ];
}

impl<'t> super::scan::Scan<'t> for Object<RawJob<'t>> {
    fn scan(scanner: &mut super::scan::Scanner<'t>) -> Option<Self> {
        use super::scan::{fill, Member};
        let mut job = RawJob::default();
        scanner.members(RawJob::KEYS, RawJob::PATTERNS, |scanner, member| match member {
            Member::Known(0) => fill(&mut job.noc, scanner),
            Member::Known(1) => fill(&mut job.place, scanner),
            Member::Known(2) => fill(&mut job.from, scanner),
            Member::Known(3) => fill(&mut job.to, scanner),
            Member::Known(4) => fill(&mut job.hours_per_week, scanner),
            Member::Known(5) => fill(&mut job.self_employed, scanner),
            Member::Known(6) => fill(&mut job.while_full_time_student, scanner),
            _ => None,
        })?;
        Some(Object(job))
    }
}

/// Declares the profile fields once and builds from them both the profile
/// struct and the top-level document, which may be a bare profile.
macro_rules! profile_fields {
    ($($field:ident: $ty:ty),* $(,)?) => {
        raw_object!(RawProfile { $($field: $ty),* });

        /// A scenario file, or a bare profile object, as serde reads it:
        /// the keys say which. The fast scanner fills `RawDocument` directly.
        #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
        #[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
        pub struct SerdeDocument<'a> {
            #[serde(default)]
            pub format: Field<Text<'a>>,
            #[serde(default)]
            pub name: Field<Text<'a>>,
            #[serde(default)]
            pub notes: Field<Text<'a>>,
            #[serde(default)]
            pub profile: Field<Object<RawProfile<'a>>>,
            $(#[serde(default)] pub $field: Field<$ty>,)*
        }

        impl<'a> From<SerdeDocument<'a>> for RawDocument<'a> {
            fn from(document: SerdeDocument<'a>) -> Self {
                RawDocument {
                    format: document.format,
                    name: document.name,
                    notes: document.notes,
                    profile: match document.profile {
                        Field::Missing => Field::Missing,
                        Field::Null => Field::Null,
                        Field::Value(Object(profile)) => Field::Value(Box::new(profile)),
                    },
                    top: RawProfile { $($field: document.$field,)* },
                }
            }
        }

        impl RawProfile<'_> {
            /// The first field given, if any.
            pub fn first_given_key(&self) -> Option<&'static str> {
                $(if self.$field != Field::Missing {
                    return Some(stringify!($field));
                })*
                None
            }
        }
    };
}

/// A scenario file, or a bare profile object (then every key is in `top`).
/// The scenario's profile is boxed: a bare profile, the common line of
/// `score --batch`, then costs no room for it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawDocument<'a> {
    pub format: Field<Text<'a>>,
    pub name: Field<Text<'a>>,
    pub notes: Field<Text<'a>>,
    pub profile: Field<Box<RawProfile<'a>>>,
    /// Profile keys at the top level: a bare profile, or a misplaced field.
    pub top: RawProfile<'a>,
}

impl RawDocument<'_> {
    /// Whether the object carries scenario keys rather than being a bare profile.
    pub fn is_scenario(&self) -> bool {
        self.format != Field::Missing
            || self.name != Field::Missing
            || self.notes != Field::Missing
            || self.profile != Field::Missing
    }
}

profile_fields! {
    age: f64,
    education: Text<'a>,
    first_language: Object<RawLanguage<'a>>,
    second_language: Object<RawLanguage<'a>>,
    canadian_experience_years: f64,
    foreign_experience_years: f64,
    certificate_of_qualification: bool,
    canadian_education: Text<'a>,
    sibling_in_canada: bool,
    provincial_nomination: bool,
    job_offer: Text<'a>,
    job_offer_noc: Text<'a>,
    spouse: Object<RawSpouse<'a>>,
    spouse_status: Text<'a>,
    birth_date: Text<'a>,
    profile_submitted: Text<'a>,
    work_permit_expires: Text<'a>,
    education_assessed_on: Text<'a>,
    canadian_experience_since: Text<'a>,
    canadian_experience_ongoing: bool,
    foreign_experience_since: Text<'a>,
    foreign_experience_ongoing: bool,
    work: Vec<Object<RawJob<'a>>>,
    funds_cad: f64,
    family_members: f64,
    authorized_to_work_in_canada: bool,
    education_assessed: bool,
    canadian_study_years: f64,
    relative_in_canada: bool,
    plans_to_live_in_quebec: bool,
}
