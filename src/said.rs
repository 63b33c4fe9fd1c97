//! A sentence kept as facts until someone reads it: the id of a catalogue
//! message and its arguments, worded (by `i18n`) only when shown, in the
//! language then in use. The engine, the error type and the file checks say
//! what is wrong with `Said`; none of them needs a language, and the same
//! value is written in French on a terminal and in English in JSON.

/// A message not yet worded.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// The catalogue's message `id` with named arguments.
    Message {
        id: &'static str,
        args: Vec<(&'static str, Fact)>,
    },
    /// A problem at a place (a file, a key path): "place: problem", written
    /// so in every language, as a refusal always is.
    At { place: Box<Said>, problem: Box<Said> },
    /// Words that come as they are from elsewhere (a JSON parser's message
    /// it has no id for, a sentence an upper layer has already worded).
    Verbatim(String),
}

/// A value put into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    Text(String),
    /// A count or an amount; written the language's way and used for
    /// plurals.
    Number(f64),
    /// A number with this many decimals ("7.5", "7,5").
    Decimal(f64, usize),
    /// A message inside a message ("expected {a whole number}, found ...").
    Said(Box<Said>),
}

impl Said {
    pub fn message(id: &'static str, args: Vec<(&'static str, Fact)>) -> Said {
        Said::Message { id, args }
    }

    /// The message id, for tests and for code that tells problems apart.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Said::Message { id, .. } => Some(id),
            Said::At { problem, .. } => problem.id(),
            Said::Verbatim(_) => None,
        }
    }

    /// This problem, at `place`.
    pub fn at(self, place: impl Into<Said>) -> Said {
        Said::At {
            place: Box::new(place.into()),
            problem: Box::new(self),
        }
    }
}

/// A problem found while reading or writing a file travels inside an
/// `io::Error` as facts (`io::Error::other(said)`), and is worded when shown.
impl std::error::Error for Said {}

impl From<String> for Said {
    fn from(text: String) -> Self {
        Said::Verbatim(text)
    }
}

impl From<&String> for Said {
    fn from(text: &String) -> Self {
        Said::Verbatim(text.clone())
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Self {
        Said::Verbatim(text.to_string())
    }
}

macro_rules! number_facts {
    ($($t:ty),*) => {$(
        impl From<$t> for Fact {
            fn from(value: $t) -> Self {
                Fact::Number(value as f64)
            }
        }

        impl From<&$t> for Fact {
            fn from(value: &$t) -> Self {
                Fact::Number(*value as f64)
            }
        }
    )*};
}
number_facts!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

impl From<&str> for Fact {
    fn from(value: &str) -> Self {
        Fact::Text(value.to_string())
    }
}

impl From<String> for Fact {
    fn from(value: String) -> Self {
        Fact::Text(value)
    }
}

impl From<&String> for Fact {
    fn from(value: &String) -> Self {
        Fact::Text(value.clone())
    }
}

impl From<&std::path::Path> for Fact {
    fn from(value: &std::path::Path) -> Self {
        Fact::Text(value.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Fact {
    fn from(value: &std::path::PathBuf) -> Self {
        Fact::Text(value.display().to_string())
    }
}

impl From<Said> for Fact {
    fn from(value: Said) -> Self {
        Fact::Said(Box::new(value))
    }
}

/// A message kept as facts: `said!("id")`, or with arguments
/// `said!("id", score = 470, expected = said!("input-date"))`. The same
/// shape as `t!`, which words at once.
#[macro_export]
macro_rules! said {
    ($id:literal) => {
        $crate::said::Said::message($id, Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::said::Said::message($id, vec![$((stringify!($name), $crate::said::Fact::from($value))),+])
    };
}
