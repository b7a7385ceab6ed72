//! The location table (`co_linetable`), in CPython 3.11+'s exact encoding.
//!
//! Each entry covers 1 to 8 code units and starts with a byte
//! `1 | code:4 | length-1:3` (high bit first). Line numbers are deltas from
//! the previous entry's line (starting at `co_firstlineno`); columns are
//! UTF-8 byte offsets. The codes:
//!
//! * 0-9 "short": same line, column `code*8 + hi3(next)`, end column
//!   `column + lo4(next)`;
//! * 10-12 "one line": line delta `code-10`, then column and end column
//!   bytes;
//! * 13 "no column": a signed varint line delta, no columns;
//! * 14 "long": signed line delta, end-line delta, column+1, end column+1,
//!   all varints (0 meaning unknown);
//! * 15 "no location": instructions without a source position.
//!
//! Varints are 6-bit chunks, least significant first, with 0x40 marking a
//! continuation; signed varints put the sign in bit 0.
//!
//! Keeping CPython's format means the interpreter can report the same
//! `co_positions()`, tracebacks can underline the same columns, and the
//! compiler's output can be checked byte for byte against CPython's.

/// A source span: lines are 1-based, columns are 0-based UTF-8 byte
/// offsets; `None` marks a part that is unknown. Module-level `RESUME`
/// sits on line 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Location {
    pub line: Option<i32>,
    pub end_line: Option<i32>,
    pub col: Option<i32>,
    pub end_col: Option<i32>,
}

impl Location {
    /// No position at all (artificial instructions such as cleanup code).
    pub const NONE: Location = Location {
        line: None,
        end_line: None,
        col: None,
        end_col: None,
    };

    /// A span inside one line or across several.
    pub const fn new(line: i32, end_line: i32, col: i32, end_col: i32) -> Location {
        Location {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }
}

/// An entry of the decoded table: code units `start..end` (indexes) share
/// `location`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationEntry {
    pub start: usize,
    pub end: usize,
    pub location: Location,
}

const NO_LOCATION: u8 = 15;
const LONG: u8 = 14;
const NO_COLUMN: u8 = 13;
const ONE_LINE_0: u8 = 10;

/// Builds a location table one instruction at a time.
#[derive(Clone, Debug)]
pub struct LocationTableBuilder {
    bytes: Vec<u8>,
    prev_line: i32,
}

impl LocationTableBuilder {
    /// Starts a table for a code object whose `co_firstlineno` is
    /// `first_line`.
    pub fn new(first_line: i32) -> LocationTableBuilder {
        LocationTableBuilder::with_capacity(first_line, 0)
    }

    /// As [`LocationTableBuilder::new`], with room for `bytes` bytes of
    /// table (the assembler's estimate, so that the table grows rarely).
    pub fn with_capacity(first_line: i32, bytes: usize) -> LocationTableBuilder {
        LocationTableBuilder {
            bytes: Vec::with_capacity(bytes),
            prev_line: first_line,
        }
    }

    /// Records that the next `units` code units (an instruction with its
    /// prefixes and caches) have `location`. Entries longer than 8 units are
    /// split as CPython splits them.
    pub fn push(&mut self, location: Location, mut units: usize) {
        while units > 0 {
            let length = units.min(8);
            self.push_entry(location, length);
            units -= length;
        }
    }

    /// The finished `co_linetable` bytes.
    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }

    fn header(&mut self, code: u8, length: usize) {
        debug_assert!((1..=8).contains(&length));
        self.bytes.push(0x80 | code << 3 | (length as u8 - 1));
    }

    fn push_entry(&mut self, location: Location, length: usize) {
        let Some(line) = location.line else {
            self.header(NO_LOCATION, length);
            return;
        };
        let line_delta = line - self.prev_line;
        self.prev_line = line;
        let end_line = location.end_line.unwrap_or(line);
        match (location.col, location.end_col) {
            (Some(col), Some(end_col)) if end_line == line => {
                if line_delta == 0 && col < 80 && end_col >= col && end_col - col < 16 {
                    self.header((col / 8) as u8, length);
                    self.bytes.push(((col % 8) << 4 | (end_col - col)) as u8);
                    return;
                }
                if (0..3).contains(&line_delta) && col < 128 && end_col < 128 {
                    self.header(ONE_LINE_0 + line_delta as u8, length);
                    self.bytes.push(col as u8);
                    self.bytes.push(end_col as u8);
                    return;
                }
            }
            (None, _) | (_, None) if location.end_line.is_none() || end_line == line => {
                self.header(NO_COLUMN, length);
                write_svarint(&mut self.bytes, line_delta);
                return;
            }
            _ => {}
        }
        self.header(LONG, length);
        write_svarint(&mut self.bytes, line_delta);
        write_varint(&mut self.bytes, (end_line - line) as u32);
        write_varint(&mut self.bytes, location.col.map_or(0, |c| c as u32 + 1));
        write_varint(
            &mut self.bytes,
            location.end_col.map_or(0, |c| c as u32 + 1),
        );
    }
}

fn write_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 64 {
        out.push(0x40 | (value & 63) as u8);
        value >>= 6;
    }
    out.push(value as u8);
}

fn write_svarint(out: &mut Vec<u8>, value: i32) {
    let zigzag = if value < 0 {
        (value.unsigned_abs()) << 1 | 1
    } else {
        (value as u32) << 1
    };
    write_varint(out, zigzag);
}

/// Decodes a location table. Malformed trailing bytes end the walk.
#[derive(Clone, Debug)]
pub struct LocationEntries<'a> {
    bytes: &'a [u8],
    pos: usize,
    unit: usize,
    line: i32,
}

impl<'a> LocationEntries<'a> {
    /// Decodes `table` of a code object whose `co_firstlineno` is
    /// `first_line`.
    pub fn new(table: &'a [u8], first_line: i32) -> LocationEntries<'a> {
        LocationEntries {
            bytes: table,
            pos: 0,
            unit: 0,
            line: first_line,
        }
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn varint(&mut self) -> Option<u32> {
        let mut b = self.byte()?;
        let mut value = (b & 63) as u32;
        let mut shift = 0;
        while b & 64 != 0 {
            b = self.byte()?;
            shift += 6;
            value |= ((b & 63) as u32).checked_shl(shift)?;
        }
        Some(value)
    }

    fn svarint(&mut self) -> Option<i32> {
        let raw = self.varint()?;
        let magnitude = (raw >> 1) as i32;
        Some(if raw & 1 != 0 { -magnitude } else { magnitude })
    }
}

impl Iterator for LocationEntries<'_> {
    type Item = LocationEntry;

    fn next(&mut self) -> Option<LocationEntry> {
        let first = self.byte()?;
        let code = (first >> 3) & 15;
        let length = (first & 7) as usize + 1;
        let location = match code {
            NO_LOCATION => Location::NONE,
            LONG => {
                self.line += self.svarint()?;
                let end_line = self.line + self.varint()? as i32;
                let col = self.varint()?;
                let end_col = self.varint()?;
                Location {
                    line: Some(self.line),
                    end_line: Some(end_line),
                    col: col.checked_sub(1).map(|c| c as i32),
                    end_col: end_col.checked_sub(1).map(|c| c as i32),
                }
            }
            NO_COLUMN => {
                self.line += self.svarint()?;
                Location {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: None,
                    end_col: None,
                }
            }
            ONE_LINE_0..=12 => {
                self.line += (code - ONE_LINE_0) as i32;
                let col = self.byte()? as i32;
                let end_col = self.byte()? as i32;
                Location::new(self.line, self.line, col, end_col)
            }
            _ => {
                let second = self.byte()? as i32;
                let col = code as i32 * 8 + (second >> 4 & 7);
                Location::new(self.line, self.line, col, col + (second & 15))
            }
        };
        let start = self.unit;
        self.unit += length;
        Some(LocationEntry {
            start,
            end: self.unit,
            location,
        })
    }
}

/// `code.co_positions()`: one location per code unit.
pub fn positions(table: &[u8], first_line: i32) -> impl Iterator<Item = Location> + '_ {
    LocationEntries::new(table, first_line)
        .flat_map(|entry| std::iter::repeat_n(entry.location, entry.end - entry.start))
}

/// `code.co_lines()`: `(start, end, line)` byte-offset ranges, adjacent
/// entries on the same line merged, as CPython yields them.
pub fn lines(table: &[u8], first_line: i32) -> Vec<(usize, usize, Option<i32>)> {
    let mut out: Vec<(usize, usize, Option<i32>)> = Vec::new();
    for entry in LocationEntries::new(table, first_line) {
        let line = entry.location.line;
        match out.last_mut() {
            Some(last) if last.2 == line => last.1 = entry.end * 2,
            _ => out.push((entry.start * 2, entry.end * 2, line)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints() {
        for value in [0u32, 1, 63, 64, 4095, 4096, 1 << 20, u32::MAX >> 2] {
            let mut out = Vec::new();
            write_varint(&mut out, value);
            let mut reader = LocationEntries::new(&out, 0);
            assert_eq!(reader.varint(), Some(value));
        }
        for value in [0i32, 1, -1, 31, -32, 1000, -1000] {
            let mut out = Vec::new();
            write_svarint(&mut out, value);
            let mut reader = LocationEntries::new(&out, 0);
            assert_eq!(reader.svarint(), Some(value));
        }
    }

    #[test]
    fn every_form_round_trips() {
        let spans = [
            (Location::new(1, 1, 0, 0), 1),     // short
            (Location::new(2, 2, 11, 12), 1),   // one line, delta 1
            (Location::new(2, 2, 11, 16), 6),   // short, col 11
            (Location::NONE, 3),                // no location
            (Location::new(4, 4, 100, 120), 2), // one line, delta 2
            (Location::new(3, 5, 4, 9), 1),     // long: several lines, negative delta
            (
                Location {
                    line: Some(9),
                    end_line: Some(9),
                    col: None,
                    end_col: None,
                },
                1,
            ), // no column
            (Location::new(9, 9, 200, 300), 20), // long: wide columns, split in 8s
        ];
        let mut builder = LocationTableBuilder::new(1);
        for &(loc, units) in &spans {
            builder.push(loc, units);
        }
        let table = builder.finish();
        let expected: Vec<Location> = spans
            .iter()
            .flat_map(|&(loc, units)| std::iter::repeat_n(loc, units))
            .collect();
        let decoded: Vec<Location> = positions(&table, 1).collect();
        assert_eq!(decoded, expected);
    }
}
