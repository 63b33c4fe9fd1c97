//! A fast path for reading the raw document: a small scanner for the plain
//! JSON that scenario lines almost always are. It gives up (returns `None`) on
//! anything out of the ordinary (an escape, an exponent, a minus sign, an
//! unknown or repeated key, a value of the wrong kind, a number with many
//! digits) and then serde reads the text, so every message, and every value
//! read, stays serde's. A property test checks that whenever the scanner
//! answers, serde gives the same document.

use super::raw::{Field, Object, RawDocument, Text};

/// Reads `text` as a raw document, or `None` when serde should.
pub fn document(text: &str) -> Option<RawDocument<'_>> {
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let document = Object::<RawDocument>::scan(&mut scanner)?;
    scanner.skip_space();
    (scanner.at == scanner.bytes.len()).then_some(document.0)
}

pub(super) struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl<'t> Scanner<'t> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after any white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.bytes.get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.skip_space();
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word).then(|| self.at = end)
    }

    /// A string with no escapes and no control characters.
    fn string(&mut self) -> Option<&'t str> {
        self.expect(b'"')?;
        let start = self.at;
        let length = memchr::memchr2(b'"', b'\\', &self.bytes[start..])?;
        self.at = start + length;
        let contents = &self.bytes[start..self.at];
        if self.bytes[self.at] != b'"' || contents.iter().any(|&byte| byte < 0x20) {
            return None;
        }
        self.at += 1;
        // Both ends are ASCII quotes in valid UTF-8, so this is whole characters.
        self.text.get(start..start + length)
    }

    /// A non-negative number without exponent, of at most 15 significant
    /// digits. Its digits as a whole number and the power of ten are both
    /// exact in `f64`, so one division gives the correctly rounded value,
    /// as any correct reader gives.
    fn number(&mut self) -> Option<f64> {
        self.skip_space();
        let start = self.at;
        let mut digits: u64 = 0;
        let mut count = 0;
        let mut scale = 1.0;
        let mut in_fraction = false;
        while let Some(&byte) = self.bytes.get(self.at) {
            match byte {
                b'0'..=b'9' => {
                    digits = digits * 10 + u64::from(byte - b'0');
                    count += 1;
                    if in_fraction {
                        scale *= 10.0;
                    }
                }
                b'.' if !in_fraction && count > 0 => in_fraction = true,
                _ => break,
            }
            self.at += 1;
            if count > 15 {
                return None;
            }
        }
        let whole_digits = if in_fraction {
            self.bytes[start..self.at].iter().position(|&b| b == b'.')?
        } else {
            self.at - start
        };
        let leading_zero = whole_digits > 1 && self.bytes[start] == b'0';
        let ends_well =
            self.bytes[self.at - 1] != b'.' && !matches!(self.bytes.get(self.at), Some(b'e' | b'E'));
        (count > 0 && !leading_zero && ends_well).then(|| digits as f64 / scale)
    }

    /// The members of an object, each handed to `member` with its key.
    pub(super) fn object(&mut self, mut member: impl FnMut(&mut Self, &'t str) -> Option<()>) -> Option<()> {
        self.expect(b'{')?;
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(());
        }
        loop {
            let key = self.string()?;
            self.expect(b':')?;
            member(self, key)?;
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }
}

pub(super) trait Scan<'t>: Sized {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self>;
}

impl<'t> Scan<'t> for f64 {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self> {
        scanner.number()
    }
}

impl<'t> Scan<'t> for bool {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self> {
        match scanner.peek()? {
            b't' => scanner.literal(b"true").map(|()| true),
            b'f' => scanner.literal(b"false").map(|()| false),
            _ => None,
        }
    }
}

impl<'t> Scan<'t> for Text<'t> {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self> {
        scanner
            .string()
            .map(|text| Text(std::borrow::Cow::Borrowed(text)))
    }
}

/// Fills a field, refusing a key given twice (serde refuses it too).
pub(super) fn fill<'t, T: Scan<'t>>(field: &mut Field<T>, scanner: &mut Scanner<'t>) -> Option<()> {
    if !matches!(field, Field::Missing) {
        return None;
    }
    *field = if scanner.peek()? == b'n' {
        scanner.literal(b"null")?;
        Field::Null
    } else {
        Field::Value(T::scan(scanner)?)
    };
    Some(())
}

/// Implements `Scan` for `Object<T>`: an object whose keys are `T`'s fields.
/// `raw.rs` calls it beside each raw struct, so both read the same keys.
macro_rules! scan_object {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl<'t> super::scan::Scan<'t> for Object<$name<'t>> {
            fn scan(scanner: &mut super::scan::Scanner<'t>) -> Option<Self> {
                let mut value = $name::default();
                scanner.object(|scanner, key| match key {
                    $(stringify!($field) => super::scan::fill(&mut value.$field, scanner),)*
                    _ => None,
                })?;
                Some(Object(value))
            }
        }
    };
}
pub(super) use scan_object;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lines_are_read_without_serde() {
        for text in [
            include_str!("../../assets/examples/baseline.json"),
            include_str!("../../assets/examples/dated-couple.json"),
            r#"{"age":22,"education":"less_than_secondary","first_language":{"language":"english","test":"pte","listening":52,"reading":11,"writing":38,"speaking":11},"second_language":null,"canadian_experience_years":4,"spouse":{"education":"one_year","language":{"language":"english","test":"clb","listening":4,"reading":3,"writing":12,"speaking":6},"canadian_experience_years":2}}"#,
        ] {
            let scanned = document(text).expect("plain JSON takes the fast path");
            let read = serde_json::from_str::<Object<RawDocument>>(text).unwrap().0;
            assert_eq!(scanned, read);
        }
    }
}
