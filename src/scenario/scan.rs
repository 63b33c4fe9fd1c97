//! A fast path for reading the raw document: a small scanner for the plain
//! JSON that scenario lines almost always are, work histories included. It gives up (returns `None`) on
//! anything out of the ordinary (an escape, an exponent, a minus sign, an
//! unknown or repeated key, a value of the wrong kind, a number with many
//! digits) and then serde reads the text, so every message, and every value
//! read, stays serde's. A property test checks that whenever the scanner
//! answers, serde gives the same document.

use super::raw::{Field, Object, RawDocument, RawProfile, Text};

/// Reads `bytes` as a raw document, or `None` when serde should. Only the
/// strings are checked for UTF-8: everything else the scanner accepts is
/// ASCII, so a line it reads is valid UTF-8 as a whole.
pub fn document(bytes: &[u8]) -> Option<RawDocument<'_>> {
    let mut document = RawDocument::default();
    document_into(bytes, &mut document)?;
    Some(document)
}

/// `document`, into a document the caller holds: a raw document is large,
/// and a batch line read this way is not copied on its way out.
pub fn document_into<'t>(bytes: &'t [u8], document: &mut RawDocument<'t>) -> Option<()> {
    let mut scanner = Scanner::new(bytes);
    scanner.members(
        RawProfile::KEYS,
        RawProfile::PATTERNS,
        |scanner, member| match member {
            Member::Known(index) => document.top.scan_field(index, scanner),
            Member::Other(b"format") => fill(&mut document.format, scanner),
            Member::Other(b"name") => fill(&mut document.name, scanner),
            Member::Other(b"notes") => fill(&mut document.notes, scanner),
            // Given twice, serde refuses it: so does the scanner, by giving way.
            Member::Other(b"profile") if !matches!(document.profile, Field::Missing) => None,
            Member::Other(b"profile") => {
                let mut profile = Field::Missing;
                fill::<Object<RawProfile>>(&mut profile, scanner)?;
                document.profile = match profile {
                    Field::Value(Object(profile)) => Field::Value(Box::new(profile)),
                    Field::Null => Field::Null,
                    Field::Missing => Field::Missing,
                };
                Some(())
            }
            Member::Other(_) => None,
        },
    )?;
    scanner.finished().then_some(())
}

/// The most significant digits a number read here may have.
const MAX_DIGITS: usize = 15;

const POWERS_OF_TEN: [f64; MAX_DIGITS + 1] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Reads plain JSON a value at a time; each reading gives `None` where the
/// text is anything it does not read (and its caller then gives way to serde).
pub(crate) struct Scanner<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl<'t> Scanner<'t> {
    pub(crate) fn new(bytes: &'t [u8]) -> Self {
        Scanner { bytes, at: 0 }
    }

    /// Whether nothing but white space is left.
    pub(crate) fn finished(&mut self) -> bool {
        self.skip_space();
        self.at == self.bytes.len()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after any white space, not consumed.
    pub(crate) fn peek(&mut self) -> Option<u8> {
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

    /// A string with no escapes and no control characters, as bytes: keys
    /// are only compared with the (ASCII) names of fields.
    fn string_bytes(&mut self) -> Option<&'t [u8]> {
        self.expect(b'"')?;
        let start = self.at;
        let end = start + plain_run(&self.bytes[start..]);
        if self.bytes.get(end) != Some(&b'"') {
            return None;
        }
        self.at = end + 1;
        Some(&self.bytes[start..end])
    }

    /// A string value: plain, and valid UTF-8.
    pub(crate) fn string(&mut self) -> Option<&'t str> {
        let bytes = self.string_bytes()?;
        if bytes.is_ascii() {
            // SAFETY: ASCII is valid UTF-8. The values of a line are short
            // and almost always ASCII: the check is a few instructions where
            // a full validation call was a tenth of the scanner's.
            return Some(unsafe { std::str::from_utf8_unchecked(bytes) });
        }
        std::str::from_utf8(bytes).ok()
    }

    /// A non-negative number without exponent, of at most 15 significant
    /// digits. Its digits as a whole number and the power of ten are both
    /// exact in `f64`, so one division gives the correctly rounded value,
    /// as any correct reader gives.
    fn number(&mut self) -> Option<f64> {
        self.skip_space();
        let bytes = self.bytes;
        let start = self.at;
        let mut at = start;
        // Wrapping: a number too long to be read here is given up below.
        let mut digits: u64 = 0;
        let mut take_digits = |at: &mut usize| {
            while let Some(&byte @ b'0'..=b'9') = bytes.get(*at) {
                digits = digits.wrapping_mul(10).wrapping_add(u64::from(byte - b'0'));
                *at += 1;
            }
        };
        take_digits(&mut at);
        let whole = at - start;
        if whole == 0 || whole > MAX_DIGITS || (whole > 1 && bytes[start] == b'0') {
            return None;
        }
        let mut fraction = 0;
        if bytes.get(at) == Some(&b'.') {
            at += 1;
            take_digits(&mut at);
            fraction = at - start - whole - 1;
            if fraction == 0 || whole + fraction > MAX_DIGITS {
                return None;
            }
        }
        if matches!(bytes.get(at), Some(b'e' | b'E')) {
            return None;
        }
        self.at = at;
        // A whole number needs no division, the slowest step here.
        Some(if fraction == 0 {
            digits as f64
        } else {
            digits as f64 / POWERS_OF_TEN[fraction]
        })
    }

    /// A whole number written plainly (digits, no sign, fraction or
    /// exponent, at most 15 of them): a JSON integer.
    pub(crate) fn whole(&mut self) -> Option<u64> {
        self.skip_space();
        let digits = self.bytes[self.at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let text = &self.bytes[self.at..self.at + digits];
        if digits == 0 || digits > MAX_DIGITS || (digits > 1 && text[0] == b'0') {
            return None;
        }
        if matches!(self.bytes.get(self.at + digits), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        self.at += digits;
        Some(
            text.iter()
                .fold(0, |value, digit| value * 10 + u64::from(digit - b'0')),
        )
    }

    pub(crate) fn boolean(&mut self) -> Option<bool> {
        match self.peek()? {
            b't' => self.literal(b"true").map(|()| true),
            b'f' => self.literal(b"false").map(|()| false),
            _ => None,
        }
    }

    /// The elements of an array, each read by `element`; a trailing comma
    /// or anything else serde would refuse gives way.
    pub(crate) fn elements(&mut self, mut element: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.expect(b'[')?;
        if self.peek()? == b']' {
            self.at += 1;
            return Some(());
        }
        loop {
            element(self)?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// The members of an object whose known keys are `keys`, each handed
    /// to `member` as the index of its key, or as the key itself when it is
    /// not one of them. Files list the keys in much the same order every
    /// time, so the key after the last one found is tried first, written as
    /// it usually is (`"key":`, in `patterns`): one comparison then stands
    /// for reading the key and finding it.
    pub(crate) fn members(
        &mut self,
        keys: &[&[u8]],
        patterns: &[&[u8]],
        mut member: impl FnMut(&mut Self, Member<'t>) -> Option<()>,
    ) -> Option<()> {
        self.expect(b'{')?;
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(());
        }
        let mut next = 0;
        loop {
            self.skip_space();
            let found = match patterns.get(next) {
                Some(pattern) if starts_with(&self.bytes[self.at..], pattern) => {
                    self.at += pattern.len();
                    Member::Known(next)
                }
                _ => {
                    let key = self.string_bytes()?;
                    self.expect(b':')?;
                    match keys.iter().position(|known| *known == key) {
                        Some(index) => Member::Known(index),
                        None => Member::Other(key),
                    }
                }
            };
            if let Member::Known(index) = found {
                next = index + 1;
            }
            member(self, found)?;
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

/// Whether `bytes` starts with `prefix`, compared eight bytes at a time in
/// registers (the last eight overlapping those before): a key's pattern is
/// a few bytes to twenty, and the call to `memcmp` that `starts_with` makes
/// for a length known only when running cost more than the comparison.
fn starts_with(bytes: &[u8], prefix: &[u8]) -> bool {
    let Some(bytes) = bytes.get(..prefix.len()) else {
        return false;
    };
    let word = |text: &[u8], at: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&text[at..at + 8]);
        u64::from_le_bytes(eight)
    };
    let len = prefix.len();
    if len < 8 {
        return bytes.iter().zip(prefix).all(|(a, b)| a == b);
    }
    let mut at = 0;
    while at + 8 < len {
        if word(bytes, at) != word(prefix, at) {
            return false;
        }
        at += 8;
    }
    word(bytes, len - 8) == word(prefix, len - 8)
}

/// A member of an object, by its key.
pub(crate) enum Member<'t> {
    /// The key at this index of the known keys.
    Known(usize),
    Other(&'t [u8]),
}

/// How many bytes from the start are plain string content: neither a quote,
/// a backslash nor a control character. Eight bytes at a time: a word's bytes
/// are compared all at once with bit arithmetic (a byte below a value sets
/// its top bit after a subtraction that borrows only upward, so the lowest
/// flagged byte is the first real match).
pub(crate) fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let below = |word: u64, value: u64| word.wrapping_sub(ONES * value) & !word & TOPS;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let stops = below(word ^ (ONES * u64::from(b'"')), 1)
            | below(word ^ (ONES * u64::from(b'\\')), 1)
            | below(word, 0x20);
        if stops != 0 {
            return at + (stops.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + bytes[at..]
        .iter()
        .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
        .unwrap_or(bytes.len() - at)
}

pub(super) trait Scan<'t>: Sized {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self>;
}

impl<'t> Scan<'t> for f64 {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self> {
        scanner.number()
    }
}

/// An array (the work history), each element read as `T`.
impl<'t, T: Scan<'t>> Scan<'t> for Vec<T> {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self> {
        let mut items = Vec::new();
        scanner.elements(|scanner| {
            items.push(T::scan(scanner)?);
            Some(())
        })?;
        Some(items)
    }
}

impl<'t> Scan<'t> for bool {
    fn scan(scanner: &mut Scanner<'t>) -> Option<Self> {
        scanner.boolean()
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
        impl<'t> $name<'t> {
            pub(super) const KEYS: &'static [&'static [u8]] = &[$(stringify!($field).as_bytes()),*];
            pub(super) const PATTERNS: &'static [&'static [u8]] =
                &[$(concat!("\"", stringify!($field), "\":").as_bytes()),*];

            /// Reads the value of the field at `index` of `KEYS`.
            #[allow(unused_assignments)]
            pub(super) fn scan_field(&mut self, index: usize, scanner: &mut super::scan::Scanner<'t>) -> Option<()> {
                let mut field = 0;
                $(
                    if index == field {
                        return super::scan::fill(&mut self.$field, scanner);
                    }
                    field += 1;
                )*
                None
            }
        }

        impl<'t> super::scan::Scan<'t> for Object<$name<'t>> {
            fn scan(scanner: &mut super::scan::Scanner<'t>) -> Option<Self> {
                let mut value = $name::default();
                scanner.members($name::KEYS, $name::PATTERNS, |scanner, member| match member {
                    super::scan::Member::Known(index) => value.scan_field(index, scanner),
                    super::scan::Member::Other(_) => None,
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

    /// Against the slice's own: every prefix length to 24, texts shorter
    /// and longer, and one byte changed at every place.
    #[test]
    fn starts_with_is_the_slices_starts_with() {
        let text: Vec<u8> = (0u8..40).map(|i| b'a' + i % 26).collect();
        for len in 0..=24 {
            let prefix = &text[..len];
            for available in 0..=30 {
                let bytes = &text[..available];
                assert_eq!(
                    starts_with(bytes, prefix),
                    bytes.starts_with(prefix),
                    "{len} {available}"
                );
                for changed in 0..available {
                    let mut other = bytes.to_vec();
                    other[changed] ^= 0x20;
                    assert_eq!(
                        starts_with(&other, prefix),
                        other.starts_with(prefix),
                        "{len} {available} {changed}"
                    );
                }
            }
        }
    }

    #[test]
    fn plain_runs_stop_at_the_first_quote_backslash_or_control_character() {
        let naive = |bytes: &[u8]| {
            bytes
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(bytes.len())
        };
        let mut cases: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"abc".to_vec(),
            "héllo wörld, ça va".as_bytes().to_vec(),
        ];
        for length in 0..20 {
            for stop in [b'"', b'\\', 0x00, 0x1f, b' ', 0x7f, 0xc3, 0x21, 0x5b, 0x5d] {
                for at in 0..=length {
                    let mut bytes = vec![b'a'; length];
                    bytes.insert(at, stop);
                    bytes.push(b'"');
                    cases.push(bytes);
                }
            }
        }
        for bytes in cases {
            assert_eq!(plain_run(&bytes), naive(&bytes), "{bytes:?}");
        }
    }

    #[test]
    fn work_histories_out_of_the_ordinary_are_left_to_serde() {
        for text in [
            r#"{"work":[{"noc":"21232"},]}"#,
            r#"{"work":[null]}"#,
            r#"{"work":[{"noc":"21232","noc":"21232"}]}"#,
            r#"{"work":[{"noc":"21232","employer":"x"}]}"#,
            r#"{"work":[["21232"]]}"#,
            r#"{"work":[{"noc":"21232"} {"noc":"00012"}]}"#,
            r#"{"work":{"noc":"21232"}}"#,
        ] {
            assert!(document(text.as_bytes()).is_none(), "{text}");
        }
        assert_eq!(
            document(br#"{"work":null}"#).map(|d| d.top.work),
            Some(Field::Null)
        );
    }

    #[test]
    fn a_repeated_profile_is_left_to_serde() {
        let twice = r#"{"format":"crs-scenario/1","profile":{"age":30},"profile":{"age":31}}"#;
        assert!(document(twice.as_bytes()).is_none());
        let error = super::super::parse(
            twice,
            "x",
            "2026-12-03".parse().unwrap(),
            crate::engine::eligibility::ReferenceSource::Shipped,
        )
        .unwrap_err()
        .to_string();
        assert_eq!(error, "x: profile: appears twice; expected each field once");
    }

    #[test]
    fn plain_lines_are_read_without_serde() {
        for text in [
            include_str!("../../assets/examples/baseline.json"),
            include_str!("../../assets/examples/dated-couple.json"),
            r#"{"age":22,"education":"less_than_secondary","first_language":{"language":"english","test":"pte","listening":52,"reading":11,"writing":38,"speaking":11},"second_language":null,"canadian_experience_years":4,"spouse":{"education":"one_year","language":{"language":"english","test":"clb","listening":4,"reading":3,"writing":12,"speaking":6},"canadian_experience_years":2}}"#,
            include_str!("../../assets/examples/work-history.json"),
            r#"{"age":30,"education":"masters","first_language":{"language":"english","test":"clb","listening":9,"reading":9,"writing":9,"speaking":9},"work":[]}"#,
            r#"{"age":30,"work":[{"noc":"21232","where":"canada","from":"2022-01-01","to":null,"hours_per_week":40},{ "to" : "2024-05-31" , "where":"abroad","noc":"00012","from":"2019-03-01","hours_per_week":37.5,"self_employed":false,"while_full_time_student":true}]}"#,
        ] {
            let scanned = document(text.as_bytes()).expect("plain JSON takes the fast path");
            let read: RawDocument = serde_json::from_str::<Object<super::super::raw::SerdeDocument>>(text)
                .unwrap()
                .0
                .into();
            assert_eq!(scanned, read);
        }
    }
}
