//! Code objects and the two compact tables they carry: the exception table
//! and the location table, encoded exactly as CPython 3.14 encodes them.
//!
//! An adapter until `taipan-bytecode` provides `CodeObject` and the encoders.

use crate::constant::ConstValue;

/// `co_flags` bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const HAS_DOCSTRING: u32 = 0x400_0000;
    pub const METHOD: u32 = 0x800_0000;
}

/// `co_localspluskinds` bits.
pub mod kinds {
    pub const ARG_POS: u8 = 0x02;
    pub const ARG_KW: u8 = 0x04;
    pub const ARG_VAR: u8 = 0x08;
    /// A comprehension's iteration variable, hidden in its inlined parent.
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// A compiled code object, with every field CPython's has.
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// Code units, two bytes each (opcode, oparg), caches included.
    pub code: Vec<u8>,
    pub consts: Vec<ConstValue>,
    pub names: Vec<String>,
    pub localsplusnames: Vec<String>,
    pub localspluskinds: Vec<u8>,
    pub filename: String,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    /// Equal as constants: two compilations of the same code share one
    /// `co_consts` slot (CPython compares code objects by value).
    pub fn same(&self, other: &CodeObject) -> bool {
        self.argcount == other.argcount
            && self.posonlyargcount == other.posonlyargcount
            && self.kwonlyargcount == other.kwonlyargcount
            && self.stacksize == other.stacksize
            && self.flags == other.flags
            && self.code == other.code
            && self.names == other.names
            && self.localsplusnames == other.localsplusnames
            && self.localspluskinds == other.localspluskinds
            && self.name == other.name
            && self.qualname == other.qualname
            && self.firstlineno == other.firstlineno
            && self.linetable == other.linetable
            && self.exceptiontable == other.exceptiontable
            && self.consts.len() == other.consts.len()
            && self
                .consts
                .iter()
                .zip(&other.consts)
                .all(|(a, b)| a.same(b))
    }

    fn names_of_kind(&self, kind: u8) -> Vec<&str> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, k)| *k & kind != 0)
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// `co_varnames`: the fast locals that are not only cells or free.
    pub fn varnames(&self) -> Vec<&str> {
        self.names_of_kind(kinds::LOCAL)
    }

    pub fn cellvars(&self) -> Vec<&str> {
        self.names_of_kind(kinds::CELL)
    }

    pub fn freevars(&self) -> Vec<&str> {
        self.names_of_kind(kinds::FREE)
    }
}

/// One range of the exception table, in code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

const CONTINUATION: u8 = 0x40;

fn write_except_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 0x3f) as u8 | CONTINUATION | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}

/// Encodes the exception table (`co_exceptiontable`).
pub fn encode_exception_table(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        write_except_item(&mut out, e.start, 0x80);
        write_except_item(&mut out, e.end - e.start, 0);
        write_except_item(&mut out, e.target, 0);
        write_except_item(&mut out, (e.depth << 1) | u32::from(e.lasti), 0);
    }
    out
}

/// Decodes an exception table (for `dis`).
pub fn decode_exception_table(table: &[u8]) -> Vec<ExceptionEntry> {
    let mut entries = Vec::new();
    let mut i = 0;
    let read = |i: &mut usize| -> u32 {
        let mut value = 0u32;
        while *i < table.len() {
            let b = table[*i];
            *i += 1;
            value = (value << 6) | u32::from(b & 0x3f);
            if b & CONTINUATION == 0 {
                break;
            }
        }
        value
    };
    while i < table.len() {
        let start = read(&mut i);
        let size = read(&mut i);
        let target = read(&mut i);
        let dl = read(&mut i);
        entries.push(ExceptionEntry {
            start,
            end: start + size,
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    entries
}

/// A source location: lines 1-based, columns 0-based UTF-8 byte offsets;
/// `lineno == -1` for none (CPython's `NO_LOCATION`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Location {
    pub const NONE: Location = Location {
        lineno: -1,
        end_lineno: -1,
        col: -1,
        end_col: -1,
    };

    pub fn from_range(r: taipan_syntax::ast::Range) -> Location {
        Location {
            lineno: r.lineno as i32,
            end_lineno: r.end_lineno as i32,
            col: r.col_offset as i32,
            end_col: r.end_col_offset as i32,
        }
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 64 {
        out.push(0x40 | (v & 0x3f) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

fn write_svarint(out: &mut Vec<u8>, v: i32) {
    let u = if v < 0 {
        ((-v as u32) << 1) | 1
    } else {
        (v as u32) << 1
    };
    write_varint(out, u);
}

/// Builds the location table (`co_linetable`) one instruction at a time.
pub struct LineTableWriter {
    out: Vec<u8>,
    lineno: i32,
}

impl LineTableWriter {
    pub fn new(firstlineno: u32) -> Self {
        LineTableWriter {
            out: Vec::new(),
            lineno: firstlineno as i32,
        }
    }

    /// Records that `units` code units have location `loc`.
    pub fn push(&mut self, loc: Location, mut units: u32) {
        while units > 0 {
            let n = units.min(8);
            self.entry(loc, n);
            units -= n;
        }
    }

    fn head(&mut self, code: u8, units: u32) {
        self.out.push(0x80 | (code << 3) | (units - 1) as u8);
    }

    fn entry(&mut self, loc: Location, units: u32) {
        if loc.lineno < 0 {
            self.head(15, units);
            return;
        }
        let line_delta = loc.lineno - self.lineno;
        let (col, end_col) = (loc.col, loc.end_col);
        if col < 0 || end_col < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                self.head(13, units);
                write_svarint(&mut self.out, line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && col < 80 && end_col - col < 16 && end_col >= col {
                self.head((col >> 3) as u8, units);
                self.out.push((((col & 7) << 4) | (end_col - col)) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && col < 128 && end_col < 128 {
                self.head(10 + line_delta as u8, units);
                self.out.push(col as u8);
                self.out.push(end_col as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.head(14, units);
        write_svarint(&mut self.out, line_delta);
        write_varint(&mut self.out, (loc.end_lineno - loc.lineno).max(0) as u32);
        write_varint(&mut self.out, (col + 1).max(0) as u32);
        write_varint(&mut self.out, (end_col + 1).max(0) as u32);
        self.lineno = loc.lineno;
    }

    pub fn finish(self) -> Vec<u8> {
        self.out
    }
}

/// Decodes a location table into one location per code unit (for `dis`).
pub fn decode_line_table(table: &[u8], firstlineno: u32) -> Vec<Location> {
    let mut locs = Vec::new();
    let mut line = firstlineno as i32;
    let mut i = 0;
    let read_varint = |i: &mut usize| -> u32 {
        let mut v = 0u32;
        let mut shift = 0;
        while *i < table.len() {
            let b = table[*i];
            *i += 1;
            v |= u32::from(b & 0x3f) << shift;
            shift += 6;
            if b & 0x40 == 0 {
                break;
            }
        }
        v
    };
    let read_svarint = |i: &mut usize| -> i32 {
        let u = read_varint(i);
        if u & 1 != 0 {
            -((u >> 1) as i32)
        } else {
            (u >> 1) as i32
        }
    };
    while i < table.len() {
        let head = table[i];
        i += 1;
        let code = (head >> 3) & 15;
        let units = u32::from(head & 7) + 1;
        let loc = match code {
            15 => Location::NONE,
            14 => {
                line += read_svarint(&mut i);
                let end_line = line + read_varint(&mut i) as i32;
                let col = read_varint(&mut i) as i32 - 1;
                let end_col = read_varint(&mut i) as i32 - 1;
                Location {
                    lineno: line,
                    end_lineno: end_line,
                    col,
                    end_col,
                }
            }
            13 => {
                line += read_svarint(&mut i);
                Location {
                    lineno: line,
                    end_lineno: line,
                    col: -1,
                    end_col: -1,
                }
            }
            10..=12 => {
                line += i32::from(code - 10);
                let col = i32::from(table[i]);
                let end_col = i32::from(table[i + 1]);
                i += 2;
                Location {
                    lineno: line,
                    end_lineno: line,
                    col,
                    end_col,
                }
            }
            _ => {
                let b = i32::from(table[i]);
                i += 1;
                let col = i32::from(code) * 8 + (b >> 4);
                Location {
                    lineno: line,
                    end_lineno: line,
                    col,
                    end_col: col + (b & 15),
                }
            }
        };
        for _ in 0..units {
            locs.push(loc);
        }
    }
    locs
}

impl CodeObject {
    /// The code object as a Python expression, `Code(...)` with every field,
    /// constants as literals: for loading into a reference interpreter to
    /// compare disassemblies.
    pub fn python_literal(&self) -> String {
        let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        let strs = |v: &[String]| {
            let items: Vec<String> = v.iter().map(|s| py_str(s)).collect();
            format!(
                "({}{})",
                items.join(", "),
                if items.len() == 1 { "," } else { "" }
            )
        };
        let consts: Vec<String> = self.consts.iter().map(const_literal).collect();
        format!(
            "Code({}, {}, {}, {}, {}, '{}', ({}{}), {}, {}, '{}', {}, {}, {}, {}, '{}', '{}')",
            self.argcount,
            self.posonlyargcount,
            self.kwonlyargcount,
            self.stacksize,
            self.flags,
            hex(&self.code),
            consts.join(", "),
            if consts.len() == 1 { "," } else { "" },
            strs(&self.names),
            strs(&self.localsplusnames),
            hex(&self.localspluskinds),
            py_str(&self.filename),
            py_str(&self.name),
            py_str(&self.qualname),
            self.firstlineno,
            hex(&self.linetable),
            hex(&self.exceptiontable),
        )
    }
}

fn py_str(s: &str) -> String {
    let mut w = taipan_syntax::wtf8::Wtf8Buf::new();
    w.push_str(s);
    crate::constant::str_repr(&w)
}

fn const_literal(c: &ConstValue) -> String {
    match c {
        ConstValue::Code(code) => code.python_literal(),
        ConstValue::Float(f) if !f.is_finite() => {
            format!("float('{}')", crate::constant::float_repr(*f))
        }
        ConstValue::Complex { real, imag } => format!(
            "complex({}, {})",
            const_literal(&ConstValue::Float(*real)),
            const_literal(&ConstValue::Float(*imag))
        ),
        ConstValue::Tuple(items) => {
            let v: Vec<String> = items.iter().map(const_literal).collect();
            format!("({}{})", v.join(", "), if v.len() == 1 { "," } else { "" })
        }
        ConstValue::FrozenSet(items) => {
            let v: Vec<String> = items.iter().map(const_literal).collect();
            format!(
                "frozenset(({}{}))",
                v.join(", "),
                if v.len() == 1 { "," } else { "" }
            )
        }
        ConstValue::Slice(p) => format!(
            "slice({}, {}, {})",
            const_literal(&p[0]),
            const_literal(&p[1]),
            const_literal(&p[2])
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exception_table_round_trips() {
        let entries = vec![
            ExceptionEntry {
                start: 2,
                end: 10,
                target: 100,
                depth: 1,
                lasti: true,
            },
            ExceptionEntry {
                start: 5000,
                end: 70000,
                target: 3,
                depth: 0,
                lasti: false,
            },
        ];
        assert_eq!(
            decode_exception_table(&encode_exception_table(&entries)),
            entries
        );
    }

    #[test]
    fn line_table_round_trips() {
        let locs = [
            Location {
                lineno: 1,
                end_lineno: 1,
                col: 0,
                end_col: 5,
            },
            Location {
                lineno: 2,
                end_lineno: 2,
                col: 100,
                end_col: 140,
            },
            Location::NONE,
            Location {
                lineno: 7,
                end_lineno: 9,
                col: 4,
                end_col: 1,
            },
            Location {
                lineno: 3,
                end_lineno: 3,
                col: -1,
                end_col: -1,
            },
        ];
        let mut w = LineTableWriter::new(1);
        for (i, l) in locs.iter().enumerate() {
            w.push(*l, i as u32 + 1);
        }
        let decoded = decode_line_table(&w.finish(), 1);
        let expected: Vec<Location> = locs
            .iter()
            .enumerate()
            .flat_map(|(i, l)| std::iter::repeat_n(*l, i + 1))
            .collect();
        assert_eq!(decoded, expected);
    }
}
