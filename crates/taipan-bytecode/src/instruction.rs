//! Code units: encoding instructions into them and walking them back.
//!
//! A code unit is two bytes, opcode then oparg byte, exactly CPython's
//! `_Py_CODEUNIT` layout so that `co_code` is byte-for-byte comparable. An
//! oparg wider than 8 bits is spread over up to three `EXTENDED_ARG`
//! prefixes (most significant byte first). Instructions that specialize are
//! followed by their inline cache units, which the compiler emits as zeros
//! (`CACHE 0`) and the interpreter's specializer later fills.

use std::ops::Range;

use crate::opcode::{ArgKind, Opcode};

/// One 16-bit code unit: an opcode and the low byte of its oparg, or (after
/// an instruction) one inline cache entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[repr(C)]
pub struct CodeUnit {
    /// The opcode byte (or the low byte of a cache entry).
    pub op: u8,
    /// The low 8 bits of the oparg (or the high byte of a cache entry).
    pub arg: u8,
}

impl CodeUnit {
    /// A unit holding `opcode` and an oparg byte.
    pub const fn new(opcode: Opcode, arg: u8) -> CodeUnit {
        CodeUnit {
            op: opcode as u8,
            arg,
        }
    }

    /// An empty inline cache entry (`CACHE 0`).
    pub const CACHE: CodeUnit = CodeUnit { op: 0, arg: 0 };

    /// The opcode byte decoded, if it names an opcode.
    pub const fn opcode(self) -> Option<Opcode> {
        Opcode::from_u8(self.op)
    }
}

/// Number of code units `opcode` with `oparg` occupies, counting its
/// `EXTENDED_ARG` prefixes and inline caches. The assembler needs it to
/// lay out jumps before it writes them.
pub const fn instruction_size(opcode: Opcode, oparg: u32) -> usize {
    extended_args_needed(oparg) + 1 + opcode.cache_entries()
}

/// How many `EXTENDED_ARG` prefixes an oparg needs.
pub const fn extended_args_needed(oparg: u32) -> usize {
    match oparg {
        0..=0xFF => 0,
        0x100..=0xFFFF => 1,
        0x1_0000..=0xFF_FFFF => 2,
        _ => 3,
    }
}

/// Appends `opcode` with `oparg` to `code`: `EXTENDED_ARG` prefixes, the
/// instruction, then zeroed inline caches. Opcodes without an oparg get 0
/// in the oparg byte, as CPython writes them.
pub fn emit(code: &mut Vec<CodeUnit>, opcode: Opcode, oparg: u32) {
    let oparg = if opcode.has_arg() { oparg } else { 0 };
    let prefixes = extended_args_needed(oparg);
    for i in (1..=prefixes).rev() {
        code.push(CodeUnit::new(
            Opcode::EXTENDED_ARG,
            (oparg >> (8 * i)) as u8,
        ));
    }
    code.push(CodeUnit::new(opcode, oparg as u8));
    code.extend(std::iter::repeat_n(CodeUnit::CACHE, opcode.cache_entries()));
}

/// The bytes of `co_code` for these code units.
pub fn code_bytes(code: &[CodeUnit]) -> Vec<u8> {
    code.iter().flat_map(|unit| [unit.op, unit.arg]).collect()
}

/// Code units from `co_code` bytes (an odd trailing byte is ignored).
pub fn code_units(bytes: &[u8]) -> Vec<CodeUnit> {
    bytes
        .chunks_exact(2)
        .map(|pair| CodeUnit {
            op: pair[0],
            arg: pair[1],
        })
        .collect()
}

/// One decoded instruction. Positions are code-unit indexes (multiply by
/// 2 for the byte offsets `dis` prints).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Index of the first `EXTENDED_ARG` prefix, or of the opcode itself.
    pub start: usize,
    /// Index of the opcode's unit.
    pub index: usize,
    /// The opcode; `None` for a byte no opcode has (only in corrupt code).
    pub opcode: Option<Opcode>,
    /// The raw opcode byte.
    pub op: u8,
    /// The full oparg, `EXTENDED_ARG` prefixes folded in (0 for opcodes
    /// without one).
    pub oparg: u32,
}

impl Instruction {
    /// The units of the inline cache entries after the opcode.
    pub fn cache(&self) -> Range<usize> {
        let caches = self.opcode.map_or(0, |op| op.cache_entries());
        self.index + 1..self.index + 1 + caches
    }

    /// Index of the unit after the instruction and its caches.
    pub fn end(&self) -> usize {
        self.cache().end
    }

    /// The code-unit index a relative jump goes to: counted from the end of
    /// the caches, forward or backward by the oparg. `None` for opcodes
    /// that do not jump (and for a backward jump before the start).
    pub fn jump_target(&self) -> Option<usize> {
        match self.opcode?.deopt().arg_kind() {
            ArgKind::JumpForward => Some(self.end() + self.oparg as usize),
            ArgKind::JumpBackward => self.end().checked_sub(self.oparg as usize),
            _ => None,
        }
    }
}

/// Iterates over the instructions of a code array, skipping inline caches
/// and folding `EXTENDED_ARG` prefixes into the following instruction.
///
/// Caches are skipped according to the generic form of each opcode, so the
/// walk is also right over specialized (adaptive) code.
#[derive(Clone, Debug)]
pub struct Instructions<'a> {
    code: &'a [CodeUnit],
    pos: usize,
}

impl<'a> Instructions<'a> {
    /// Walks `code` from its first unit.
    pub fn new(code: &'a [CodeUnit]) -> Instructions<'a> {
        Instructions { code, pos: 0 }
    }
}

impl Iterator for Instructions<'_> {
    type Item = Instruction;

    fn next(&mut self) -> Option<Instruction> {
        let start = self.pos;
        let mut oparg: u32 = 0;
        loop {
            let unit = *self.code.get(self.pos)?;
            let opcode = unit.opcode();
            let index = self.pos;
            self.pos += 1;
            if opcode == Some(Opcode::EXTENDED_ARG) {
                oparg = oparg << 8 | unit.arg as u32;
                continue;
            }
            let takes_arg = opcode.is_some_and(|op| op.has_arg());
            let instruction = Instruction {
                start,
                index,
                opcode,
                op: unit.op,
                oparg: if takes_arg {
                    oparg << 8 | unit.arg as u32
                } else {
                    0
                },
            };
            self.pos = instruction.end().min(self.code.len());
            return Some(instruction);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extended_args_round_trip() {
        for oparg in [
            0u32,
            1,
            255,
            256,
            0xFFFF,
            0x1_0000,
            0xFF_FFFF,
            0x100_0000,
            u32::MAX,
        ] {
            let mut code = Vec::new();
            emit(&mut code, Opcode::LOAD_CONST, oparg);
            assert_eq!(code.len(), instruction_size(Opcode::LOAD_CONST, oparg));
            let instrs: Vec<_> = Instructions::new(&code).collect();
            assert_eq!(instrs.len(), 1);
            assert_eq!(instrs[0].oparg, oparg);
            assert_eq!(instrs[0].opcode, Some(Opcode::LOAD_CONST));
            assert_eq!(instrs[0].start, 0);
            assert_eq!(instrs[0].index, extended_args_needed(oparg));
        }
    }

    #[test]
    fn caches_are_emitted_and_skipped() {
        let mut code = Vec::new();
        emit(&mut code, Opcode::LOAD_GLOBAL, 1);
        emit(&mut code, Opcode::BINARY_OP, 0);
        emit(&mut code, Opcode::RETURN_VALUE, 7);
        assert_eq!(code.len(), 1 + 4 + 1 + 5 + 1);
        // Opcodes without an oparg are written with 0, as CPython does.
        assert_eq!(code[11], CodeUnit::new(Opcode::RETURN_VALUE, 0));
        let instrs: Vec<_> = Instructions::new(&code).collect();
        let indexes: Vec<_> = instrs.iter().map(|i| i.index).collect();
        assert_eq!(indexes, [0, 5, 11]);
        assert_eq!(instrs[1].cache(), 6..11);
    }

    #[test]
    fn jump_targets_count_from_after_the_caches() {
        // From CPython 3.14's disassembly of a loop: at byte 34,
        // `POP_JUMP_IF_TRUE 3` goes to byte 44 and at byte 40
        // `JUMP_BACKWARD 19` goes to byte 6.
        let jump = Instruction {
            start: 17,
            index: 17,
            opcode: Some(Opcode::POP_JUMP_IF_TRUE),
            op: Opcode::POP_JUMP_IF_TRUE as u8,
            oparg: 3,
        };
        assert_eq!(jump.jump_target(), Some(22));
        let back = Instruction {
            opcode: Some(Opcode::JUMP_BACKWARD),
            op: Opcode::JUMP_BACKWARD as u8,
            start: 20,
            index: 20,
            oparg: 19,
        };
        assert_eq!(back.jump_target(), Some(3));
    }

    #[test]
    fn bytes_round_trip() {
        let mut code = Vec::new();
        emit(&mut code, Opcode::RESUME, 0);
        emit(&mut code, Opcode::LOAD_SMALL_INT, 300);
        let bytes = code_bytes(&code);
        assert_eq!(bytes, [128, 0, 69, 1, 94, 44]);
        assert_eq!(code_units(&bytes), code);
    }
}
