//! The exception table (`co_exceptiontable`), in CPython 3.11+'s encoding.
//!
//! Zero-cost `try`: instead of pushing blocks at run time, each code object
//! lists the ranges of code units covered by a handler. An entry is four
//! varints: start, length, target (all in code units) and
//! `depth << 1 | lasti`. Varints here are big-endian 6-bit chunks with 0x40
//! marking a continuation, and the first byte of every entry has 0x80 set so
//! that a lookup can binary-search the table for entry starts.

/// One handler range: an exception raised by the code units `start..end`
/// unwinds the value stack to `depth` items, pushes the offset of the
/// raising instruction if `lasti`, pushes the exception and jumps to
/// `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Encodes entries (sorted by `start`, not overlapping) as
/// `co_exceptiontable` bytes.
pub fn encode(entries: &[ExceptionTableEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in entries {
        write_varint(&mut out, entry.start, true);
        write_varint(&mut out, entry.end - entry.start, false);
        write_varint(&mut out, entry.target, false);
        write_varint(&mut out, entry.depth << 1 | entry.lasti as u32, false);
    }
    out
}

fn write_varint(out: &mut Vec<u8>, value: u32, entry_start: bool) {
    let mut shift = 30;
    while shift > 0 && value >> shift == 0 {
        shift -= 6;
    }
    let first = out.len();
    while shift > 0 {
        out.push(0x40 | (value >> shift & 63) as u8);
        shift -= 6;
    }
    out.push((value & 63) as u8);
    if entry_start {
        out[first] |= 0x80;
    }
}

/// Decodes `co_exceptiontable` bytes. A truncated final entry is dropped.
pub fn decode(table: &[u8]) -> Vec<ExceptionTableEntry> {
    let mut reader = Reader { table, pos: 0 };
    let mut entries = Vec::new();
    while let Some(entry) = reader.entry() {
        entries.push(entry);
    }
    entries
}

/// The handler covering code unit `index`, if any: what the interpreter
/// looks up when an instruction raises.
pub fn find_handler(table: &[u8], index: u32) -> Option<ExceptionTableEntry> {
    let mut reader = Reader { table, pos: 0 };
    while let Some(entry) = reader.entry() {
        if entry.start > index {
            return None;
        }
        if index < entry.end {
            return Some(entry);
        }
    }
    None
}

struct Reader<'a> {
    table: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Option<u32> {
        let mut b = *self.table.get(self.pos)?;
        self.pos += 1;
        let mut value = (b & 63) as u32;
        while b & 64 != 0 {
            b = *self.table.get(self.pos)?;
            self.pos += 1;
            value = value << 6 | (b & 63) as u32;
        }
        Some(value)
    }

    fn entry(&mut self) -> Option<ExceptionTableEntry> {
        let start = self.varint()?;
        let length = self.varint()?;
        let target = self.varint()?;
        let depth_lasti = self.varint()?;
        Some(ExceptionTableEntry {
            start,
            end: start + length,
            target,
            depth: depth_lasti >> 1,
            lasti: depth_lasti & 1 != 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_bytes_decode_and_re_encode() {
        // `co_exceptiontable` of a try/except function compiled by 3.14
        // (tests/data/code_objects.txt has it with its source).
        let bytes = [
            0x82, 0x08, 0x0b, 0x00, 0x8b, 0x0b, 0x2d, 0x03, 0x96, 0x0c, 0x28, 0x03, 0xa8, 0x05,
            0x2d, 0x03,
        ];
        let entries = decode(&bytes);
        assert_eq!(
            entries[0],
            ExceptionTableEntry {
                start: 2,
                end: 10,
                target: 11,
                depth: 0,
                lasti: false
            }
        );
        assert_eq!(entries.len(), 4);
        assert_eq!(encode(&entries), bytes);
        assert_eq!(find_handler(&bytes, 9).map(|e| e.target), Some(11));
        assert_eq!(find_handler(&bytes, 10), None);
        assert_eq!(find_handler(&bytes, 12).map(|e| e.target), Some(45));
    }

    #[test]
    fn large_values_round_trip() {
        let entries = [
            ExceptionTableEntry {
                start: 70,
                end: 5000,
                target: 1 << 20,
                depth: 300,
                lasti: true,
            },
            ExceptionTableEntry {
                start: 1 << 25,
                end: (1 << 25) + 1,
                target: 0,
                depth: 0,
                lasti: false,
            },
        ];
        let bytes = encode(&entries);
        assert_eq!(bytes.iter().filter(|&&b| b & 0x80 != 0).count(), 2);
        assert_eq!(decode(&bytes), entries);
    }
}
