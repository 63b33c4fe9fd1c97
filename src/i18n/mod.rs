//! Everything a person reads comes from a message catalogue: Fluent files,
//! one a language, in `assets/i18n/` (embedded at build time), plus the
//! user's own in `<config>/i18n/` that fix a translation or add a language
//! without a rebuild. Logic asks for a message by its id with typed
//! arguments; the catalogue decides the words, the plural and how numbers
//! are written.
//!
//! The language in use is per thread: the planner and each command run on
//! one thread, and tests in parallel threads can each speak their own.

mod catalogue;
mod choice;
mod number;
mod pattern;
pub mod words;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use catalogue::{
    is_language_code, message_ids, Catalogue, CatalogueWarning, Library, SHIPPED, USER_FOLDER,
};
pub use choice::{choose, locale_language, non_utf8_charset, Choice, LANG_VAR};
pub use number::{decimal, decimal_digits, number, typed_number};

/// A value put into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count or an amount; written the language's way ("1 200") and used
    /// for plurals.
    Number(f64),
    /// A number with this many decimals ("7.5", "7,5").
    Decimal(f64, usize),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }

        impl From<&$t> for Arg {
            fn from(value: &$t) -> Self {
                Arg::Number(*value as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

/// A message kept as facts, worded in the language in use.
impl From<crate::said::Said> for Arg {
    fn from(value: crate::said::Said) -> Self {
        Arg::Text(word(&value))
    }
}

impl From<&std::path::Path> for Arg {
    fn from(value: &std::path::Path) -> Self {
        Arg::Text(value.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(value: &std::path::PathBuf) -> Self {
        Arg::Text(value.display().to_string())
    }
}

/// A message of the catalogue in use: `t!("id")`, or with arguments
/// `t!("id", score = 470, name = "x")`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

thread_local! {
    /// Built at the first message unless installed before: the command line
    /// installs the library with the user's catalogues, so the shipped ones
    /// are not parsed a second time for nothing.
    static LIBRARY: RefCell<Option<Rc<Library>>> = const { RefCell::new(None) };
    static ACTIVE: Cell<usize> = const { Cell::new(0) };
}

/// Uses `library` on this thread from now on, in English until
/// [`set_language`] says otherwise.
pub fn install(library: Library) {
    LIBRARY.with(|slot| *slot.borrow_mut() = Some(Rc::new(library)));
    activate(0);
}

fn activate(index: usize) {
    ACTIVE.with(|active| active.set(index));
    with_library(|library, active| number::set_conventions(library.catalogue(active).conventions()));
}

fn with_library<T>(f: impl FnOnce(&Library, usize) -> T) -> T {
    let library = LIBRARY.with(|slot| {
        Rc::clone(
            slot.borrow_mut()
                .get_or_insert_with(|| Rc::new(Library::shipped())),
        )
    });
    f(&library, ACTIVE.with(Cell::get))
}

/// Speaks `code` from now on, if the library has it; says whether it did.
pub fn set_language(code: &str) -> bool {
    match with_library(|library, _| library.position(code)) {
        Some(index) => {
            activate(index);
            true
        }
        None => false,
    }
}

/// The language in use: its code ("en", "fr").
pub fn language() -> String {
    with_library(|library, active| library.catalogue(active).code().to_string())
}

/// Whether the language in use is `code`.
pub fn speaks(code: &str) -> bool {
    with_library(|library, active| library.catalogue(active).code() == code)
}

/// The language after the one in use, in the library's order (for the
/// planner's switch key).
pub fn next_language() -> String {
    with_library(|library, active| library.catalogue((active + 1) % library.len()).code().to_string())
}

/// The codes of every language available.
pub fn languages() -> Vec<String> {
    with_library(|library, _| library.codes())
}

/// The message `id` with `args`, in the language in use (English when the
/// language in use lacks it; the id itself when no catalogue has it, so a
/// missing message shows instead of hiding).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    with_library(|library, active| library.format(active, id, None, args))
}

fn arg(fact: &crate::said::Fact) -> Arg {
    use crate::said::Fact;
    match fact {
        Fact::Text(text) => Arg::Text(text.clone()),
        Fact::Number(value) => Arg::Number(*value),
        Fact::Decimal(value, places) => Arg::Decimal(*value, *places),
        Fact::Said(inner) => Arg::Text(word(inner)),
    }
}

/// One fact as the language in use writes it ("7.5", "7,5", "1 200").
pub fn fact(fact: &crate::said::Fact) -> String {
    match arg(fact) {
        Arg::Text(text) => text,
        Arg::Number(value) if value.fract() == 0.0 => decimal(value, 0),
        Arg::Number(value) => value.to_string(),
        Arg::Decimal(value, places) => decimal(value, places),
    }
}

/// A message kept as facts, worded in the language in use.
pub fn word(said: &crate::said::Said) -> String {
    use crate::said::Said;
    match said {
        Said::Verbatim(text) => text.clone(),
        Said::At { place, problem } => format!("{}: {}", word(place), word(problem)),
        Said::Message { id, args } => {
            let args: Vec<(&str, Arg)> = args.iter().map(|(name, fact)| (*name, arg(fact))).collect();
            message(id, &args)
        }
    }
}

impl std::fmt::Display for crate::said::Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            crate::said::Said::Verbatim(text) => f.write_str(text),
            said => f.write_str(&word(said)),
        }
    }
}

/// Where a message is shown (the planner's status line, an option's
/// refusal), it is worded in the language in use.
impl From<crate::said::Said> for String {
    fn from(said: crate::said::Said) -> Self {
        word(&said)
    }
}

/// `f` run in English, whatever language this thread speaks: JSON is for
/// programs, and its words stay the same bytes in every language.
pub fn in_english<T>(f: impl FnOnce() -> T) -> T {
    let before = ACTIVE.with(Cell::get);
    if before == 0 {
        return f();
    }
    activate(0);
    let answer = f();
    activate(before);
    answer
}

/// An attribute of a message (`cmd-save.help`).
pub fn attribute(id: &str, attribute: &str, args: &[(&str, Arg)]) -> String {
    with_library(|library, active| library.format(active, id, Some(attribute), args))
}

/// A chance (0 to 1) in whole percent, as the language writes it ("38%",
/// "38 %").
pub fn percent(chance: f64) -> String {
    message("percent", &[("value", Arg::Text(decimal(chance * 100.0, 0)))])
}

/// Whether the catalogue in use (or English) has the message `id`.
pub fn has(id: &str) -> bool {
    with_library(|library, active| library.has(active, id))
}
