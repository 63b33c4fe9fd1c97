//! The catalogues: the shipped ones, compiled in, and the user's from
//! `<config>/i18n/<language>.ftl`, which replace shipped messages one by one
//! or bring a new language (English answers what it lacks).

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};

use rustc_hash::FxHashMap;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::number::{format_number, Conventions};
use super::Arg;

/// The shipped catalogues: the language code and the Fluent source.
pub const SHIPPED: &[(&str, &str)] = &[
    ("en", include_str!("../../assets/i18n/en.ftl")),
    ("fr", include_str!("../../assets/i18n/fr.ftl")),
];

/// Where the user's catalogues live: `<config>/i18n/`.
pub const USER_FOLDER: &str = "i18n";

/// One language's messages.
pub struct Catalogue {
    code: String,
    language: LanguageIdentifier,
    /// The shipped source. Its messages are parsed one at a time, the first
    /// time each is asked for: a `score` run words a few dozen of a
    /// thousand, and parsing the whole catalogue was a third of its work.
    /// (No shipped message refers to another, so each parses alone.)
    shipped: Option<&'static str>,
    /// Each shipped message's text by id, found by reading line starts.
    entries: OnceCell<FxHashMap<&'static str, &'static str>>,
    /// The user's resources, added whole when the bundle is first built.
    waiting: RefCell<Vec<FluentResource>>,
    bundle: OnceCell<RefCell<FluentBundle<FluentResource>>>,
    conventions: OnceCell<Conventions>,
    plurals: OnceCell<Option<intl_pluralrules::PluralRules>>,
}

/// A bundle as every catalogue has it: no isolation marks, and numbers
/// written by `number::format_number`.
pub(super) fn empty_bundle(language: LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![language]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(|value, _| match value {
        FluentValue::Number(number) => Some(format_number(
            number.value,
            number.options.minimum_fraction_digits.unwrap_or(0),
            number.options.use_grouping,
        )),
        _ => None,
    }));
    bundle
}

impl Catalogue {
    fn new(code: &str, language: LanguageIdentifier, shipped: Option<&'static str>) -> Self {
        Catalogue {
            code: code.to_string(),
            language,
            shipped,
            entries: OnceCell::new(),
            waiting: RefCell::new(Vec::new()),
            bundle: OnceCell::new(),
            conventions: OnceCell::new(),
            plurals: OnceCell::new(),
        }
    }

    fn empty_bundle(&self) -> FluentBundle<FluentResource> {
        empty_bundle(self.language.clone())
    }

    fn entries(&self) -> &FxHashMap<&'static str, &'static str> {
        self.entries
            .get_or_init(|| self.shipped.map(shipped_entries).unwrap_or_default())
    }

    /// The bundle with the user's resources in it, and the shipped messages
    /// parsed so far.
    fn bundle(&self) -> &RefCell<FluentBundle<FluentResource>> {
        self.bundle.get_or_init(|| {
            let mut bundle = self.empty_bundle();
            for resource in self.waiting.borrow_mut().drain(..) {
                bundle.add_resource_overriding(resource);
            }
            RefCell::new(bundle)
        })
    }

    /// Whether the catalogue has message `id`, parsing its shipped text into
    /// the bundle the first time (a user's message of the same id, already
    /// there, wins).
    fn load(&self, id: &str) -> bool {
        let bundle = self.bundle();
        if bundle.borrow().has_message(id) {
            return true;
        }
        let Some(text) = self.entries().get(id) else {
            return false;
        };
        // Added without overriding: a user's message of this id stays.
        let _ = bundle.borrow_mut().add_resource(parse_shipped(text));
        bundle.borrow().has_message(id)
    }

    fn has_message(&self, id: &str) -> bool {
        self.entries().contains_key(id) || self.bundle().borrow().has_message(id)
    }

    fn conventions_of(&self) -> Conventions {
        let separator = |id: &str| {
            if !self.load(id) {
                return None;
            }
            let bundle = self.bundle().borrow();
            let message = bundle.get_message(id)?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(message.value()?, None, &mut errors)
                    .into_owned(),
            )
        };
        let defaults = Conventions::default();
        Conventions {
            group: separator("number-group").unwrap_or(defaults.group),
            decimal: separator("number-decimal").unwrap_or(defaults.decimal),
        }
    }

    fn add(&mut self, resource: FluentResource) {
        match self.bundle.get_mut() {
            Some(bundle) => {
                bundle.get_mut().add_resource_overriding(resource);
            }
            None => self.waiting.get_mut().push(resource),
        }
        // The separators may be among the user's messages.
        self.conventions.take();
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    fn plurals(&self) -> Option<&intl_pluralrules::PluralRules> {
        self.plurals
            .get_or_init(|| super::pattern::plural_rules(&self.language))
            .as_ref()
    }

    pub fn conventions(&self) -> &Conventions {
        self.conventions.get_or_init(|| self.conventions_of())
    }
}

/// Each message of a shipped Fluent source by id, with its text: an entry
/// starts at a line beginning with a letter and runs to the next line that
/// begins with anything but a space or a closing brace (continuation lines
/// are indented).
fn shipped_entries(source: &'static str) -> FxHashMap<&'static str, &'static str> {
    let mut entries = FxHashMap::default();
    let mut open: Option<(&'static str, usize)> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let first = line.as_bytes().first().copied();
        // A select's closing brace may stand at the start of a line.
        let continues = matches!(first, Some(b' ' | b'\t' | b'\n' | b'\r' | b'}'));
        if !continues {
            if let Some((id, from)) = open.take() {
                entries.insert(id, &source[from..offset]);
            }
            if first.is_some_and(|b| b.is_ascii_alphabetic()) {
                if let Some((id, _)) = line.split_once('=') {
                    open = Some((id.trim(), offset));
                }
            }
        }
        offset += line.len();
    }
    if let Some((id, from)) = open {
        entries.insert(id, &source[from..]);
    }
    entries
}

pub struct Library {
    catalogues: Vec<Catalogue>,
}

fn parse_shipped(source: &str) -> FluentResource {
    FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource)
}

/// Why a user's catalogue was left out. Worded when shown, so in the
/// language chosen after the catalogues are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueWarning {
    BadName {
        file: String,
    },
    Syntax {
        file: String,
        line: usize,
        problem: String,
    },
    UnknownMessage {
        file: String,
        line: usize,
        id: String,
    },
    /// Placeables nested deeper than any message needs (the parser recurses
    /// once a level and would overflow the stack).
    TooDeep {
        file: String,
        line: usize,
    },
    /// A `\u`/`\U` escape without its hexadecimal digits.
    BadEscape {
        file: String,
        line: usize,
    },
    /// The parser itself failed on the file.
    ParserFailed {
        file: String,
    },
}

/// The deepest nesting of placeables a user's catalogue may have.
pub const MAX_NESTING: usize = 32;

impl std::fmt::Display for CatalogueWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            CatalogueWarning::BadName { file } => crate::t!("catalogue-bad-name", file = file),
            CatalogueWarning::Syntax { file, line, problem } => crate::t!(
                "catalogue-syntax",
                file = file,
                line = line.to_string(),
                problem = problem
            ),
            CatalogueWarning::TooDeep { file, line } => crate::t!(
                "catalogue-too-deep",
                file = file,
                line = line.to_string(),
                most = MAX_NESTING
            ),
            CatalogueWarning::BadEscape { file, line } => {
                crate::t!("catalogue-bad-escape", file = file, line = line.to_string())
            }
            CatalogueWarning::ParserFailed { file } => crate::t!("catalogue-parser-failed", file = file),
            CatalogueWarning::UnknownMessage { file, line, id } => {
                crate::t!(
                    "catalogue-unknown-message",
                    file = file,
                    line = line.to_string(),
                    id = id
                )
            }
        })
    }
}

impl Library {
    /// The catalogues built in.
    pub fn shipped() -> Self {
        let catalogues = SHIPPED
            .iter()
            .map(|(code, source)| {
                let language = code.parse().unwrap_or_default();
                Catalogue::new(code, language, Some(source))
            })
            .collect();
        Library { catalogues }
    }

    /// A user's catalogue for the language `code`, given as text (`file`
    /// names it in warnings): added whole, or left out with the reason.
    pub fn add_user_catalogue(&mut self, file: &str, code: &str, text: &str) -> Result<(), CatalogueWarning> {
        let language: LanguageIdentifier = match code.parse() {
            Ok(language) if is_language_code(code) => language,
            _ => {
                return Err(CatalogueWarning::BadName {
                    file: file.to_string(),
                })
            }
        };
        self.add_user_text(file.to_string(), code.to_string(), language, text.to_string())
    }

    fn add_user_text(
        &mut self,
        shown: String,
        code: String,
        language: LanguageIdentifier,
        text: String,
    ) -> Result<(), CatalogueWarning> {
        if let Some((offset, flaw)) = flaw_in(&text) {
            let line = line_of(&text, offset);
            return Err(match flaw {
                Flaw::TooDeep => CatalogueWarning::TooDeep { file: shown, line },
                Flaw::BadEscape => CatalogueWarning::BadEscape { file: shown, line },
            });
        }
        let resource = match parse_isolated(&text) {
            None => return Err(CatalogueWarning::ParserFailed { file: shown }),
            Some(Ok(resource)) => resource,
            Some(Err((_, errors))) => {
                let first = &errors[0];
                return Err(CatalogueWarning::Syntax {
                    file: shown,
                    line: line_of(&text, first.pos.start),
                    problem: first.kind.to_string(),
                });
            }
        };
        for (id, offset) in message_ids(&resource, &text) {
            if !self.catalogues[0].has_message(id) {
                return Err(CatalogueWarning::UnknownMessage {
                    file: shown,
                    line: line_of(&text, offset),
                    id: id.to_string(),
                });
            }
        }
        match self.position(&code) {
            Some(index) => self.catalogues[index].add(resource),
            None => {
                let mut catalogue = Catalogue::new(&code, language, None);
                catalogue.add(resource);
                self.catalogues.push(catalogue);
            }
        }
        Ok(())
    }

    pub fn position(&self, code: &str) -> Option<usize> {
        self.catalogues.iter().position(|c| c.code == code)
    }

    pub fn catalogue(&self, index: usize) -> &Catalogue {
        &self.catalogues[index.min(self.catalogues.len() - 1)]
    }

    pub fn len(&self) -> usize {
        self.catalogues.len()
    }

    pub fn is_empty(&self) -> bool {
        self.catalogues.is_empty()
    }

    pub fn codes(&self) -> Vec<String> {
        self.catalogues.iter().map(|c| c.code.clone()).collect()
    }

    pub(super) fn has(&self, active: usize, id: &str) -> bool {
        self.catalogue(active).has_message(id) || self.catalogues[0].has_message(id)
    }

    pub(super) fn format(
        &self,
        active: usize,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, Arg)],
    ) -> String {
        for catalogue in [self.catalogue(active), &self.catalogues[0]] {
            if !catalogue.load(id) {
                continue;
            }
            let bundle = catalogue.bundle().borrow();
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                None => message.value(),
                Some(name) => message.get_attribute(name).map(|a| a.value()),
            };
            return match pattern {
                Some(pattern) => {
                    super::pattern::write(pattern, args, catalogue.plurals()).unwrap_or_else(|| {
                        let mut fluent_args = FluentArgs::with_capacity(args.len());
                        for (name, value) in args {
                            fluent_args.set(*name, fluent_value(value));
                        }
                        let mut errors = Vec::new();
                        bundle
                            .format_pattern(pattern, Some(&fluent_args), &mut errors)
                            .into_owned()
                    })
                }
                // A message with attributes only (a command kept out of the
                // footer) has no words of its own.
                None if attribute.is_none() => String::new(),
                None => continue,
            };
        }
        match attribute {
            None => id.to_string(),
            Some(name) => format!("{id}.{name}"),
        }
    }
}

pub(super) fn fluent_value(arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Text(text) => FluentValue::String(Cow::Owned(text.clone())),
        Arg::Number(value) => FluentValue::from(*value),
        Arg::Decimal(value, digits) => FluentValue::Number(FluentNumber::new(
            *value,
            FluentNumberOptions {
                minimum_fraction_digits: Some(*digits),
                maximum_fraction_digits: Some(*digits),
                ..FluentNumberOptions::default()
            },
        )),
    }
}

/// Two or three lowercase letters, as ISO 639 codes are (`fr`, `es`, `fil`).
/// A user's catalogue is named by its language: two or three lowercase
/// letters (`fr.ftl`, `es.ftl`).
pub fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The messages a resource defines, with where each starts in `text`.
pub fn message_ids<'r>(resource: &'r FluentResource, text: &str) -> Vec<(&'r str, usize)> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
        .map(|id| {
            let offset = text
                .match_indices(id)
                .find(|(at, _)| *at == 0 || text.as_bytes()[at - 1] == b'\n')
                .map_or(0, |(at, _)| at);
            (id, offset)
        })
        .collect()
}

/// What the parser cannot be trusted with, found before it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flaw {
    TooDeep,
    BadEscape,
}

/// The first flaw in a user's catalogue and where it is: placeables nested
/// past `MAX_NESTING`, or an escape in a string literal that is not
/// followed by its hexadecimal digits (the parser slices the text by bytes
/// there, and panics inside a character).
fn flaw_in(text: &str) -> Option<(usize, Flaw)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some((at, Flaw::TooDeep));
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            // A string literal, only ever inside a placeable.
            b'"' if depth > 0 => {
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' && bytes[at] != b'\n' {
                    if bytes[at] == b'\\' {
                        let digits = match bytes.get(at + 1) {
                            Some(b'u') => 4,
                            Some(b'U') => 6,
                            _ => 0,
                        };
                        let escape = &bytes[(at + 2).min(bytes.len())..(at + 2 + digits).min(bytes.len())];
                        if escape.len() < digits || !escape.iter().all(u8::is_ascii_hexdigit) {
                            return Some((at, Flaw::BadEscape));
                        }
                        at += 1 + digits;
                    }
                    at += 1;
                }
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// Parses a user's catalogue with a panic in the parser caught and kept
/// quiet: a file the parser cannot handle is left out, never the end of the
/// program. `None` when the parser panicked.
fn parse_isolated(
    text: &str,
) -> Option<Result<FluentResource, (FluentResource, Vec<fluent_syntax::parser::ParserError>)>> {
    let source = text.to_string();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let parsed = std::panic::catch_unwind(move || FluentResource::try_new(source));
    std::panic::set_hook(hook);
    parsed.ok()
}

#[cfg(test)]
mod flaw_tests {
    use super::*;

    #[test]
    fn each_shipped_message_parses_alone_as_in_its_catalogue() {
        for (code, source) in SHIPPED {
            let whole = FluentResource::try_new(source.to_string()).expect("the shipped catalogue parses");
            let mut ids: Vec<&str> = message_ids(&whole, source)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            let entries = shipped_entries(source);
            let mut found: Vec<&str> = entries.keys().copied().collect();
            ids.sort_unstable();
            found.sort_unstable();
            assert_eq!(
                ids, found,
                "{code}: the line scan finds every message, and only messages"
            );
            let language: LanguageIdentifier = code.parse().unwrap();
            let bundle = |resource: FluentResource| {
                let mut bundle = FluentBundle::new(vec![language.clone()]);
                bundle.set_use_isolating(false);
                bundle.add_resource(resource).expect("no clash");
                bundle
            };
            let whole = bundle(whole);
            for (id, text) in &entries {
                let alone =
                    FluentResource::try_new(text.to_string()).expect("a shipped message parses alone");
                let alone = bundle(alone);
                let (a, b) = (whole.get_message(id).unwrap(), alone.get_message(id).unwrap());
                let words = |bundle: &FluentBundle<FluentResource>, pattern| {
                    bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned()
                };
                assert_eq!(
                    a.value().map(|p| words(&whole, p)),
                    b.value().map(|p| words(&alone, p)),
                    "{code} {id}"
                );
                assert_eq!(a.attributes().count(), b.attributes().count(), "{code} {id}");
                for (x, y) in a.attributes().zip(b.attributes()) {
                    assert_eq!(
                        words(&whole, x.value()),
                        words(&alone, y.value()),
                        "{code} {id}.{}",
                        x.id()
                    );
                }
            }
        }
    }

    #[test]
    fn flaws_are_found_before_the_parser_sees_them() {
        assert_eq!(flaw_in("yes = {\"\\u0é\"}\n"), Some((8, Flaw::BadEscape)));
        assert_eq!(flaw_in("yes = {\"\\u00e9\"}\n"), None);
        assert_eq!(flaw_in("yes = {\"\\U01F600\"}\n"), None);
        assert_eq!(flaw_in("yes = {\"\\\\ \\\"\"}\n"), None);
        assert_eq!(flaw_in("yes = {\"\\u00\"}\n"), Some((8, Flaw::BadEscape)));
        assert_eq!(flaw_in("text with \\u0é outside a placeable\n"), None);
        let deep = format!("x = {}\n", "{".repeat(20_000));
        assert_eq!(flaw_in(&deep), Some((4 + MAX_NESTING, Flaw::TooDeep)));
        let fine = format!("x = {}$a{}\n", "{".repeat(MAX_NESTING), "}".repeat(MAX_NESTING));
        assert_eq!(flaw_in(&fine), None);
    }

    #[test]
    fn a_parser_panic_is_caught() {
        // What the parser does with the flaw the screen catches first.
        assert!(parse_isolated("yes = {\"\\u0é\"}\n").is_none_or(|parsed| parsed.is_err()));
    }
}
