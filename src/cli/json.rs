//! The JSON shape of a score, as `score --json` and `score --batch` print it.
//! Scripts rely on it: add fields, never rename or remove them.

use serde::Serialize;

use crate::engine::{Abilities, Breakdown, Factor, FactorRow, Section};

#[derive(Serialize)]
pub struct ScoreJson<'a> {
    pub total: u16,
    pub core: u16,
    pub spouse: u16,
    pub transferability: u16,
    pub additional: u16,
    pub rules: &'a str,
    pub factors: Vec<FactorJson>,
    /// The CLB/NCLC level each result converted to.
    pub levels: LevelsJson,
    /// Language results expired or about to expire on the scoring date.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Where the total stands (`score --json`; batch lines leave it out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<ZoneJson>,
}

#[derive(Serialize)]
pub struct ZoneJson {
    /// "500+", "470-499", "450-469" or "below 450".
    pub range: &'static str,
    pub advice: &'static str,
}

#[derive(Serialize, Clone, Copy)]
pub struct FactorJson {
    pub section: &'static str,
    pub factor: &'static str,
    pub points: i32,
    pub max: u16,
}

#[derive(Serialize)]
pub struct LevelsJson {
    pub first_language: AbilitiesJson,
    pub second_language: Option<AbilitiesJson>,
    pub spouse_language: Option<AbilitiesJson>,
}

#[derive(Serialize)]
pub struct AbilitiesJson {
    pub listening: u8,
    pub reading: u8,
    pub writing: u8,
    pub speaking: u8,
}

impl From<Abilities<u8>> for AbilitiesJson {
    fn from(levels: Abilities<u8>) -> Self {
        let [listening, reading, writing, speaking] = levels.0;
        AbilitiesJson {
            listening,
            reading,
            writing,
            speaking,
        }
    }
}

impl<'a> From<&Breakdown<'a>> for ScoreJson<'a> {
    fn from(breakdown: &Breakdown<'a>) -> Self {
        let factors = breakdown
            .rows
            .iter()
            .filter(|row| shown(breakdown, row))
            .map(|row| FactorJson {
                section: row.factor.section().key(),
                factor: row.factor.key(),
                points: row.points,
                max: row.max,
            })
            .collect();
        ScoreJson {
            total: breakdown.total,
            core: breakdown.section(Section::Core),
            spouse: breakdown.section(Section::Spouse),
            transferability: breakdown.section(Section::Transferability),
            additional: breakdown.section(Section::Additional),
            rules: breakdown.rules.id(),
            factors,
            levels: LevelsJson {
                first_language: breakdown.levels.first.into(),
                second_language: breakdown.levels.second.map(Into::into),
                spouse_language: breakdown.levels.spouse.map(Into::into),
            },
            warnings: Vec::new(),
            zone: None,
        }
    }
}

/// Whether JSON has the row: occupation rows only under a rule set with
/// occupation-based factors, so that a score under the official rule sets
/// keeps its shape.
fn shown(breakdown: &Breakdown, row: &FactorRow) -> bool {
    !matches!(row.factor, Factor::Occupation(_)) || breakdown.rules.has_occupation_factors()
}

/// A line of `--batch` that could not be scored.
#[derive(Serialize)]
pub struct LineErrorJson<'a> {
    pub line: u64,
    pub error: &'a str,
}

/// Writes a score as compact JSON, byte for byte what `serde_json::to_writer`
/// writes for `ScoreJson { warnings, ..ScoreJson::from(breakdown) }`, at the
/// end of `out`.
pub fn write_compact(breakdown: &Breakdown, warnings: &[String], out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + MAX_COMPACT_LINE, 0);
    let mut line = Cursor {
        buffer: &mut out[start..],
        at: 0,
    };
    let written = if warnings.is_empty() && line.score(breakdown) {
        line.at
    } else {
        0
    };
    out.truncate(start + written);
    if written == 0 {
        let json = ScoreJson {
            warnings: warnings.to_vec(),
            ..ScoreJson::from(breakdown)
        };
        serde_json::to_writer(&mut *out, &json).expect("writing JSON to memory cannot fail");
    }
}

/// Room enough for any line `Cursor::score` writes; a longer one goes through serde.
pub const MAX_COMPACT_LINE: usize = 4096;

/// Writes score lines into a buffer made ready beforehand, so the fixed text
/// between the numbers goes in as copies of known size and the numbers from
/// a table, with no per-byte escaping checks and no growth checks.
/// `score --batch` prints one line per input line; this is most of its work.
pub struct Cursor<'b> {
    pub buffer: &'b mut [u8],
    pub at: usize,
}

/// A piece of fixed text, padded to a block that is always copied whole.
struct Piece {
    block: [u8; PIECE],
    length: usize,
}

const PIECE: usize = 128;

impl Piece {
    fn new(text: &str) -> Option<Piece> {
        let mut block = [0; PIECE];
        block.get_mut(..text.len())?.copy_from_slice(text.as_bytes());
        Some(Piece {
            block,
            length: text.len(),
        })
    }
}

impl Cursor<'_> {
    #[inline(always)]
    fn put<const N: usize>(&mut self, bytes: &[u8; N]) {
        self.buffer[self.at..self.at + N].copy_from_slice(bytes);
        self.at += N;
    }

    #[inline(always)]
    fn put_piece(&mut self, piece: &Piece) {
        // A copy of a whole array of known size, done inline; a slice copy
        // of the same length calls `memcpy`, which costs more for so little.
        let slot: &mut [u8; PIECE] = (&mut self.buffer[self.at..self.at + PIECE])
            .try_into()
            .expect("a slice of PIECE bytes");
        *slot = piece.block;
        self.at += piece.length;
    }

    /// A whole number in decimal: below 1000 (every score) from a table,
    /// as one four-byte copy; anything else through the formatter.
    #[inline(always)]
    fn number(&mut self, value: i32) {
        match usize::try_from(value) {
            Ok(small) if small < 1000 => {
                let (digits, length) = DECIMALS[small];
                self.buffer[self.at..self.at + 4].copy_from_slice(&digits);
                self.at += length as usize;
            }
            _ => {
                let text = value.to_string();
                self.buffer[self.at..self.at + text.len()].copy_from_slice(text.as_bytes());
                self.at += text.len();
            }
        }
    }

    /// Writes the line, or returns `false` (having written a part) when it
    /// must go through serde: a rule set id that needs more room, or a
    /// buffer shorter than `MAX_COMPACT_LINE`.
    pub fn score(&mut self, breakdown: &Breakdown) -> bool {
        // Occupation rows vary in number: serde writes those lines.
        if self.buffer.len() < MAX_COMPACT_LINE || breakdown.rules.has_occupation_factors() {
            return false;
        }
        self.put(b"{\"total\":");
        self.number(breakdown.total.into());
        self.put(b",\"core\":");
        self.number(breakdown.section(Section::Core).into());
        self.put(b",\"spouse\":");
        self.number(breakdown.section(Section::Spouse).into());
        self.put(b",\"transferability\":");
        self.number(breakdown.section(Section::Transferability).into());
        self.put(b",\"additional\":");
        self.number(breakdown.section(Section::Additional).into());
        // The fixed text around the rows depends only on the rule set and
        // the maxima; one piece covers all of it between two numbers.
        let rows = &breakdown.rows;
        let written = TEMPLATES.with(|cell| {
            let mut templates = cell.borrow_mut();
            let index = match templates.iter().position(|template| template.fits(breakdown)) {
                Some(index) => index,
                None => {
                    let Some(template) = Template::new(breakdown) else {
                        return false;
                    };
                    // A handful covers a run: one rule set, with and without a spouse.
                    if templates.len() == KEPT_TEMPLATES {
                        templates.remove(0);
                    }
                    templates.push(template);
                    templates.len() - 1
                }
            };
            let template = &templates[index];
            self.put_piece(&template.head);
            for (&index, tail) in template.shown.iter().zip(&template.tails) {
                self.number(rows[usize::from(index)].points);
                self.put_piece(tail);
            }
            true
        });
        if !written {
            return false;
        }
        let levels = &breakdown.levels;
        self.abilities(Some(levels.first));
        self.put(b",\"second_language\":");
        self.abilities(levels.second);
        self.put(b",\"spouse_language\":");
        self.abilities(levels.spouse);
        self.put(b"}}");
        true
    }

    fn abilities(&mut self, levels: Option<Abilities<u8>>) {
        let Some(Abilities([listening, reading, writing, speaking])) = levels else {
            self.put(b"null");
            return;
        };
        self.put(b"{\"listening\":");
        self.number(listening.into());
        self.put(b",\"reading\":");
        self.number(reading.into());
        self.put(b",\"writing\":");
        self.number(writing.into());
        self.put(b",\"speaking\":");
        self.number(speaking.into());
        self.put(b"}");
    }
}

/// 0 to 999 in decimal, left-aligned in four bytes, with their length.
static DECIMALS: [([u8; 4], u8); 1000] = {
    let mut table = [([0u8; 4], 0u8); 1000];
    let mut value = 0;
    while value < 1000 {
        let digits = [(value / 100) as u8, (value / 10 % 10) as u8, (value % 10) as u8];
        let skip = if value >= 100 {
            0
        } else if value >= 10 {
            1
        } else {
            2
        };
        let mut at = 0;
        while skip + at < 3 {
            table[value].0[at] = b'0' + digits[skip + at];
            at += 1;
        }
        table[value].1 = at as u8;
        value += 1;
    }
    table
};

thread_local! {
    /// The templates of the rule sets and maxima written last.
    static TEMPLATES: std::cell::RefCell<Vec<Template>> = const { std::cell::RefCell::new(Vec::new()) };
}

const KEPT_TEMPLATES: usize = 4;

/// The fixed text of a score line between its numbers, for one rule set
/// and one set of row maxima (they change with marital status only).
struct Template {
    rules: String,
    /// Every row's maximum (the rows are always in `FACTORS` order).
    maxima: [u16; crate::engine::factor::ROWS],
    /// The rows written, by index.
    shown: Vec<u8>,
    /// From the rule set's id to the first row's points.
    head: Piece,
    /// After each row's points: its maximum, then the next row up to its
    /// points (after the last row, up to the first level).
    tails: Vec<Piece>,
}

impl Template {
    /// `None` when a piece would not fit (a very long rule set id).
    fn new(breakdown: &Breakdown) -> Option<Template> {
        let quoted = |text: &str| serde_json::to_string(text).expect("a string serializes");
        let opening = |row: &FactorRow| {
            format!(
                "{{\"section\":{},\"factor\":{},\"points\":",
                quoted(row.factor.section().key()),
                quoted(row.factor.key())
            )
        };
        let rows: Vec<&FactorRow> = breakdown
            .rows
            .iter()
            .filter(|row| shown(breakdown, row))
            .collect();
        let head = Piece::new(&format!(
            ",\"rules\":{},\"factors\":[{}",
            quoted(breakdown.rules.id()),
            opening(rows[0])
        ))?;
        let tails = rows
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let next = match rows.get(index + 1) {
                    Some(next) => format!(",{}", opening(next)),
                    None => "],\"levels\":{\"first_language\":".to_string(),
                };
                Piece::new(&format!(",\"max\":{}}}{next}", row.max))
            })
            .collect::<Option<Vec<Piece>>>()?;
        Some(Template {
            rules: breakdown.rules.id().to_string(),
            maxima: breakdown.rows.map(|row| row.max),
            shown: (0..crate::engine::factor::ROWS as u8)
                .filter(|&index| shown(breakdown, &breakdown.rows[usize::from(index)]))
                .collect(),
            head,
            tails,
        })
    }

    fn fits(&self, breakdown: &Breakdown) -> bool {
        self.maxima
            .iter()
            .zip(&breakdown.rows)
            .all(|(max, row)| *max == row.max)
            && self.rules == breakdown.rules.id()
    }
}

/// Pieces of compact JSON written as `serde_json`'s compact writer writes
/// them, for batches whose lines serde spent a third of their time on.
pub mod write {
    /// What follows a backslash for each byte that must be escaped (`u`:
    /// `\u00XX`), and 0 for a byte written as it is: serde's table.
    const ESCAPE: [u8; 256] = {
        let mut table = [0u8; 256];
        let mut byte = 0;
        while byte < 0x20 {
            table[byte] = b'u';
            byte += 1;
        }
        table[0x08] = b'b';
        table[0x09] = b't';
        table[0x0a] = b'n';
        table[0x0c] = b'f';
        table[0x0d] = b'r';
        table[b'"' as usize] = b'"';
        table[b'\\' as usize] = b'\\';
        table
    };

    /// A string, quoted, with what JSON needs escaped: runs of plain
    /// bytes found eight at a time and copied whole.
    pub fn string(out: &mut Vec<u8>, text: &str) {
        out.push(b'"');
        let mut rest = text.as_bytes();
        loop {
            let plain = crate::scenario::plain_run(rest);
            out.extend_from_slice(&rest[..plain]);
            let Some(&byte) = rest.get(plain) else {
                break;
            };
            let escape = ESCAPE[usize::from(byte)];
            out.push(b'\\');
            out.push(escape);
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"00");
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xf)]);
            }
            rest = &rest[plain + 1..];
        }
        out.push(b'"');
    }

    /// One of our own keys (`fsw`, `language`: lower-case ASCII, digits,
    /// `_` and `-`), quoted: nothing in it needs escaping, so it is copied
    /// without looking for what would.
    pub fn key(out: &mut Vec<u8>, key: &'static str) {
        debug_assert!(key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'));
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.push(b'"');
    }

    pub fn whole(out: &mut Vec<u8>, value: u64) {
        // Most numbers in a line are one digit (a chance's whole part, a
        // count of years, a flag-like count).
        if value < 10 {
            return out.push(b'0' + value as u8);
        }
        let count = digit_count(value);
        if count > Short::ROOM {
            return out.extend_from_slice(crate::i18n::decimal_digits(value, &mut [0u8; 20]));
        }
        let mut text = Short::EMPTY;
        text.digits(value, count);
        text.write(out);
    }

    const fn digit_count(value: u64) -> usize {
        match value.checked_ilog10() {
            Some(log) => log as usize + 1,
            None => 1,
        }
    }

    /// A few bytes of text built in a register, the first in the lowest
    /// byte, and written as a copy of all eight cut back. Digits put byte
    /// by byte into a buffer and copied out were read back before the
    /// stores had landed (a stall on every number), or copied by a call
    /// to `memcpy` for a size known only when running: numbers were a
    /// fifth of an outlook batch's time.
    #[derive(Clone, Copy)]
    struct Short {
        bytes: u64,
        len: usize,
    }

    impl Short {
        const ROOM: usize = 8;
        const EMPTY: Short = Short { bytes: 0, len: 0 };

        const fn push(&mut self, byte: u8) {
            self.bytes |= (byte as u64) << (8 * self.len);
            self.len += 1;
        }

        /// The last `count` digits of `value`, `count` at most the room
        /// left.
        const fn digits(&mut self, mut value: u64, count: usize) {
            let mut place = self.len + count;
            while place > self.len {
                place -= 1;
                self.bytes |= (b'0' as u64 + value % 10) << (8 * place);
                value /= 10;
            }
            self.len += count;
        }

        /// `units` steps of `10^-places`, as serde writes the number: the
        /// whole part, the point, the fraction without its trailing zeros
        /// (one zero when it is all zeros); `None` when it takes more room.
        const fn decimal(units: u64, places: u32) -> Option<Short> {
            let step = 10u64.pow(places);
            let whole = units / step;
            let mut fraction = units % step;
            let mut fraction_digits = if places == 0 { 1 } else { places as usize };
            while fraction_digits > 1 && fraction.is_multiple_of(10) {
                fraction /= 10;
                fraction_digits -= 1;
            }
            let whole_digits = digit_count(whole);
            if whole_digits + 1 + fraction_digits > Short::ROOM {
                return None;
            }
            let mut text = Short::EMPTY;
            text.digits(whole, whole_digits);
            text.push(b'.');
            text.digits(fraction, fraction_digits);
            Some(text)
        }

        fn write(self, out: &mut Vec<u8>) {
            let start = out.len();
            out.extend_from_slice(&self.bytes.to_le_bytes());
            out.truncate(start + self.len);
        }
    }

    /// A whole number as an object's key with its colon (`"12":`), made
    /// once and written many times (an outlook's chances are keyed by
    /// horizon, five times a line).
    #[derive(Clone, Copy)]
    pub struct NumberKey(Short);

    impl NumberKey {
        pub fn new(value: u16) -> NumberKey {
            // Five digits at most: eight bytes with the quotes and colon.
            let mut text = Short::EMPTY;
            text.push(b'"');
            text.digits(value.into(), digit_count(value.into()));
            text.push(b'"');
            text.push(b':');
            NumberKey(text)
        }

        pub fn write(self, out: &mut Vec<u8>) {
            self.0.write(out);
        }
    }

    /// A number as serde writes an `f64`: the shortest digits that read
    /// back to it (`zmij`, which serde uses), `null` when not finite.
    pub fn float(out: &mut Vec<u8>, value: f64) {
        if value.is_finite() {
            out.extend_from_slice(zmij::Buffer::new().format_finite(value).as_bytes());
        } else {
            out.extend_from_slice(b"null");
        }
    }

    /// `value` rounded to `PLACES` decimals as `(value * 10^PLACES).round()
    /// / 10^PLACES` rounds it (the chances and waits of an outlook), written
    /// as serde writes the result, without the general shortest-digits
    /// search or the division: the decimal with at most that many places
    /// that the rounding aims at is the shortest that reads back to the
    /// result, while a step of the last place is far wider than a number's
    /// precision (below 1e12). Anything else is rounded and goes to `float`.
    pub fn round<const PLACES: u32>(out: &mut Vec<u8>, value: f64) {
        let step = 10u64.pow(PLACES);
        let scaled = value * step as f64;
        // A negative zero is written with its sign by serde; NaN is below
        // nothing.
        if !(PLACES <= 3 && value.is_sign_positive() && scaled < 1e12) {
            return float(out, scaled.round() / step as f64);
        }
        // `round`, without the call it is on a baseline CPU: below 2^52
        // what is after the point is taken away exactly (through `i64`,
        // which the CPU converts in one instruction each way).
        let truncated = scaled as i64;
        let units = (truncated + i64::from(scaled - truncated as f64 >= 0.5)) as u64;
        if PLACES == 3 && units <= 1000 {
            return CHANCES[units as usize].write(out);
        }
        match Short::decimal(units, PLACES) {
            Some(text) => text.write(out),
            None => float(out, units as f64 / step as f64),
        }
    }

    /// Every thousandth from 0 to 1 as `round::<3>` writes it (`0.0`,
    /// `0.001`, ... `1.0`), made when compiling: chances are most of what
    /// an outlook writes.
    static CHANCES: [Short; 1001] = {
        let mut table = [Short::EMPTY; 1001];
        let mut units = 0;
        while units < table.len() {
            table[units] = match Short::decimal(units as u64, 3) {
                Some(text) => text,
                None => panic!("a chance takes at most five bytes"),
            };
            units += 1;
        }
        table
    };

    /// A day as a JSON string, `"2026-12-03"`, as its `Display` writes it.
    pub fn date(out: &mut Vec<u8>, day: crate::engine::Date) {
        // `"2026-` and `12-03"`: a `Date`'s year has one to four digits.
        let mut year = Short::EMPTY;
        year.push(b'"');
        year.digits(day.year().into(), 4);
        year.push(b'-');
        year.write(out);
        let mut rest = Short::EMPTY;
        rest.digits(day.month().into(), 2);
        rest.push(b'-');
        rest.digits(day.day().into(), 2);
        rest.push(b'"');
        rest.write(out);
    }

    /// A whole number, or `null` for none.
    pub fn maybe_whole(out: &mut Vec<u8>, value: Option<u64>) {
        match value {
            Some(value) => whole(out, value),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// `true`, `false`, or `null` for none.
    pub fn maybe(out: &mut Vec<u8>, value: Option<bool>) {
        out.extend_from_slice(match value {
            Some(true) => b"true",
            Some(false) => b"false",
            None => b"null",
        });
    }

    /// `[...]` of items, each written by `each`.
    pub fn array<T>(out: &mut Vec<u8>, items: &[T], mut each: impl FnMut(&mut Vec<u8>, &T)) {
        out.push(b'[');
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            each(out, item);
        }
        out.push(b']');
    }

    /// `[...]` of strings.
    pub fn strings<S: AsRef<str>>(out: &mut Vec<u8>, texts: &[S]) {
        array(out, texts, |out, text| string(out, text.as_ref()));
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// Rounded numbers are written as serde writes them: every
        /// thousandth to 100, every tenth to 10,000, spread values to 1e13
        /// (past the fast path's reach), and values no rounding made.
        #[test]
        fn rounded_numbers_are_written_as_serde_writes_them() {
            let check = |value: f64, places: u32| {
                let mut ours = Vec::new();
                match places {
                    0 => round::<0>(&mut ours, value),
                    1 => round::<1>(&mut ours, value),
                    2 => round::<2>(&mut ours, value),
                    3 => round::<3>(&mut ours, value),
                    _ => round::<4>(&mut ours, value),
                }
                let scale = 10f64.powi(places as i32);
                let rounded = (value * scale).round() / scale;
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    serde_json::to_string(&rounded).unwrap(),
                    "{value:e} to {places} places"
                );
            };
            for places in 0..=3 {
                let scale = 10f64.powi(places as i32);
                for units in 0..100_000u64 {
                    check(units as f64 / scale, places);
                    // Halfway between two steps, and the numbers either side.
                    let half = (units as f64 + 0.5) / scale;
                    for value in [half, half.next_down(), half.next_up()] {
                        check(value, places);
                    }
                }
                let mut units = 1u64;
                while units < 100_000_000_000_000_000 {
                    check(units as f64 / scale, places);
                    check((units * 7 + 3) as f64 / scale, places);
                    units = units * 3 + 1;
                }
                // Chances and waits as a forecast makes them.
                let mut seed = 0x9e37_79b9_7f4a_7c15u64;
                for _ in 0..100_000 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let unit = (seed >> 11) as f64 / (1u64 << 53) as f64;
                    check(unit, places);
                    check(unit * 700.0, places);
                }
            }
            for value in [
                -0.0,
                -0.0004,
                -1.5,
                0.1234,
                1.0 / 3.0,
                1e-7,
                1e-320,
                2.5e15,
                1e300,
                f64::NAN,
                f64::INFINITY,
                f64::NEG_INFINITY,
            ] {
                for places in 0..=4 {
                    check(value, places);
                }
            }
        }

        #[test]
        fn strings_and_numbers_are_written_as_serde_writes_them() {
            let mut texts: Vec<String> = (0u8..=0x7f).map(|byte| format!("a{}b", byte as char)).collect();
            texts.extend(
                [
                    "",
                    "\"",
                    "\\",
                    "é ça – ✓ 日本",
                    "\u{7f}\u{80}\u{2028}",
                    "plain words, 1,560 hours",
                ]
                .map(String::from),
            );
            for text in &texts {
                let mut ours = Vec::new();
                string(&mut ours, text);
                assert_eq!(ours, serde_json::to_vec(text).unwrap(), "{text:?}");
            }
            let mut ours = Vec::new();
            strings(&mut ours, &texts);
            assert_eq!(ours, serde_json::to_vec(&texts).unwrap());
            let powers = (1..20).flat_map(|p| [10u64.pow(p) - 1, 10u64.pow(p)]);
            for value in [0, 1, 9, 255, 65_535, u64::from(u32::MAX), u64::MAX]
                .into_iter()
                .chain(powers)
            {
                let mut ours = Vec::new();
                whole(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap());
            }
            for value in [
                0.0,
                -0.0,
                0.5,
                0.123,
                1.0,
                12.5,
                1e-7,
                1e21,
                123456.789,
                f64::NAN,
                f64::INFINITY,
            ] {
                let mut ours = Vec::new();
                float(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap(), "{value}");
            }
            let days = [
                "2026-12-03",
                "0999-01-09",
                "2000-02-29",
                "0001-01-01",
                "9999-12-31",
            ]
            .map(|day| day.parse().unwrap());
            let years = [1, 9, 10, 99, 100, 999, 1000, 2026, 9999];
            let every_day = years.into_iter().flat_map(|year| {
                let first = crate::engine::Date::new(year, 1, 1).unwrap();
                (0..365).map(move |days| first.plus_days(days))
            });
            for day in days.into_iter().chain(every_day) {
                let mut ours = Vec::new();
                date(&mut ours, day);
                assert_eq!(ours, serde_json::to_vec(&day.to_string()).unwrap());
            }
            for value in [0, 7, 12, 600, 9999, 10_000, u16::MAX] {
                let mut ours = Vec::new();
                NumberKey::new(value).write(&mut ours);
                assert_eq!(ours, format!("\"{value}\":").into_bytes());
            }
            for value in [Some(7), None] {
                let mut ours = Vec::new();
                maybe_whole(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap());
            }
            for value in [Some(true), Some(false), None] {
                let mut ours = Vec::new();
                maybe(&mut ours, value);
                assert_eq!(ours, serde_json::to_vec(&value).unwrap());
            }
        }
    }
}
