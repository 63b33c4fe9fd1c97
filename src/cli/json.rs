//! The JSON shape of a score, as `score --json` and `score --batch` print it.
//! Scripts rely on it: add fields, never rename or remove them.

use serde::Serialize;

use crate::engine::{Abilities, Breakdown, Section};

#[derive(Serialize)]
pub struct ScoreJson<'a> {
    pub total: u16,
    pub core: u16,
    pub spouse: u16,
    pub transferability: u16,
    pub additional: u16,
    pub rules: &'a str,
    pub factors: [FactorJson; crate::engine::score::ROWS],
    /// The CLB/NCLC level each result converted to.
    pub levels: LevelsJson,
    /// Language results expired or about to expire on the scoring date.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
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
        let factors = breakdown.rows.map(|row| FactorJson {
            section: row.factor.section().key(),
            factor: row.factor.key(),
            points: row.points,
            max: row.max,
        });
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
        }
    }
}

/// A line of `--batch` that could not be scored.
#[derive(Serialize)]
pub struct LineErrorJson<'a> {
    pub line: u64,
    pub error: &'a str,
}

/// Writes `score` as compact JSON, byte for byte what `serde_json::to_writer`
/// writes for it, at the end of `out`.
pub fn write_compact(score: &ScoreJson, out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + MAX_COMPACT_LINE, 0);
    let mut line = Cursor {
        buffer: &mut out[start..],
        at: 0,
    };
    let written = if line.score(score) { line.at } else { 0 };
    out.truncate(start + written);
    if written == 0 {
        serde_json::to_writer(&mut *out, score).expect("writing JSON to memory cannot fail");
    }
}

/// Room enough for any line `Cursor::score` writes; a longer one goes through serde.
pub const MAX_COMPACT_LINE: usize = 4096;

/// Writes score lines into a buffer made ready beforehand, so the fixed text
/// between the numbers goes in as short copies of known size and the numbers
/// digit by digit, with no per-byte escaping checks and no growth checks.
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

const PIECE: usize = 96;

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
    fn put<const N: usize>(&mut self, bytes: &[u8; N]) {
        self.buffer[self.at..self.at + N].copy_from_slice(bytes);
        self.at += N;
    }

    fn put_piece(&mut self, piece: &Piece) {
        self.buffer[self.at..self.at + PIECE].copy_from_slice(&piece.block);
        self.at += piece.length;
    }

    /// A whole number in decimal. Scores have one to four digits.
    fn number(&mut self, value: i32) {
        let digit = |value: u32| b'0' + (value % 10) as u8;
        match value {
            0..=9 => self.put(&[digit(value as u32)]),
            10..=99 => {
                let value = value as u32;
                self.put(&[digit(value / 10), digit(value)]);
            }
            100..=999 => {
                let value = value as u32;
                self.put(&[digit(value / 100), digit(value / 10), digit(value)]);
            }
            1000..=9999 => {
                let value = value as u32;
                self.put(&[
                    digit(value / 1000),
                    digit(value / 100),
                    digit(value / 10),
                    digit(value),
                ]);
            }
            _ => {
                let text = value.to_string();
                self.buffer[self.at..self.at + text.len()].copy_from_slice(text.as_bytes());
                self.at += text.len();
            }
        }
    }

    /// Writes the line, or returns `false` (having written a part) when it
    /// must go through serde: warnings, or a rule set id that needs more room.
    pub fn score(&mut self, score: &ScoreJson) -> bool {
        if !score.warnings.is_empty() || self.buffer.len() < MAX_COMPACT_LINE {
            return false;
        }
        self.put(b"{\"total\":");
        self.number(score.total.into());
        self.put(b",\"core\":");
        self.number(score.core.into());
        self.put(b",\"spouse\":");
        self.number(score.spouse.into());
        self.put(b",\"transferability\":");
        self.number(score.transferability.into());
        self.put(b",\"additional\":");
        self.number(score.additional.into());
        self.put(b",\"rules\":");
        if !with_rules_piece(score.rules, |piece| self.put_piece(piece)) {
            return false;
        }
        self.put(b",\"factors\":[");
        let prefixes = row_prefixes(&score.factors);
        for (index, row) in score.factors.iter().enumerate() {
            if index > 0 {
                self.put(b",");
            }
            match prefixes.get(index) {
                Some(prefix) if prefix.is_for(row) => self.put_piece(&prefix.piece),
                _ => match Piece::new(&row_prefix(row.section, row.factor)) {
                    Some(piece) => self.put_piece(&piece),
                    None => return false,
                },
            }
            self.number(row.points);
            self.put(b",\"max\":");
            self.number(row.max.into());
            self.put(b"}");
        }
        self.put(b"],\"levels\":{\"first_language\":");
        self.abilities(Some(&score.levels.first_language));
        self.put(b",\"second_language\":");
        self.abilities(score.levels.second_language.as_ref());
        self.put(b",\"spouse_language\":");
        self.abilities(score.levels.spouse_language.as_ref());
        self.put(b"}}");
        true
    }

    fn abilities(&mut self, levels: Option<&AbilitiesJson>) {
        let Some(levels) = levels else {
            self.put(b"null");
            return;
        };
        self.put(b"{\"listening\":");
        self.number(levels.listening.into());
        self.put(b",\"reading\":");
        self.number(levels.reading.into());
        self.put(b",\"writing\":");
        self.number(levels.writing.into());
        self.put(b",\"speaking\":");
        self.number(levels.speaking.into());
        self.put(b"}");
    }
}

/// Hands the rule set's id as a JSON string to `put`, or returns `false`
/// when it is too long for a piece. The id comes from a file a user may have
/// written, so it is escaped as serde escapes it; made once per id in use.
fn with_rules_piece(id: &str, put: impl FnOnce(&Piece)) -> bool {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, Option<Piece>)>> = const { std::cell::RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.as_ref().is_none_or(|(known, _)| known != id) {
            let piece = Piece::new(&serde_json::to_string(id).expect("a string serializes"));
            *last = Some((id.to_string(), piece));
        }
        match last.as_ref().and_then(|(_, piece)| piece.as_ref()) {
            Some(piece) => {
                put(piece);
                true
            }
            None => false,
        }
    })
}

/// The fixed text that opens a factor row, up to its points.
struct RowPrefix {
    names: (&'static str, &'static str),
    piece: Piece,
}

impl RowPrefix {
    /// The names are the engine's static strings, so the same address means the same row.
    fn is_for(&self, row: &FactorJson) -> bool {
        std::ptr::eq(self.names.0, row.section) && std::ptr::eq(self.names.1, row.factor)
    }
}

fn row_prefix(section: &str, factor: &str) -> String {
    // Serde writes the names escaped; escaping them here keeps the bytes equal
    // whatever a name holds.
    let section = serde_json::to_string(section).expect("a string serializes");
    let factor = serde_json::to_string(factor).expect("a string serializes");
    format!("{{\"section\":{section},\"factor\":{factor},\"points\":")
}

/// The row prefixes of the engine's rows, made once. Every breakdown lists
/// the same factors in the same order; a row that differs is made on the spot.
fn row_prefixes(rows: &[FactorJson]) -> &'static [RowPrefix] {
    static PREFIXES: std::sync::OnceLock<Vec<RowPrefix>> = std::sync::OnceLock::new();
    PREFIXES.get_or_init(|| {
        rows.iter()
            .map_while(|row| {
                Some(RowPrefix {
                    names: (row.section, row.factor),
                    piece: Piece::new(&row_prefix(row.section, row.factor))?,
                })
            })
            .collect()
    })
}
