//! The instruction sequence the code generator emits: instructions with
//! locations, jumps to labels, and labels marking positions. The flow graph
//! is built from it (CPython's `instr_sequence`).

use crate::location::Location;
use taipan_bytecode::AnyOpcode as Op;

/// A jump target, resolved to a position when it is placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// One instruction. For jumps, `arg` is the target label's number until
/// the flow graph is built, then a block index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    pub loc: Location,
}

/// A linear sequence of instructions and label positions.
#[derive(Clone, Debug, Default)]
pub struct InstrSeq {
    pub instrs: Vec<Instr>,
    /// For each label, the index of the instruction it precedes.
    pub labels: Vec<Option<usize>>,
}

impl InstrSeq {
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Places `label` before the next instruction.
    pub fn use_label(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len());
    }

    pub fn emit(&mut self, op: Op, arg: u32, loc: Location) {
        self.instrs.push(Instr { op, arg, loc });
    }

    pub fn emit_jump(&mut self, op: Op, target: Label, loc: Location) {
        debug_assert!(op.has_target());
        self.emit(op, target.0, loc);
    }

    /// Moves the instructions from `start` to the end into the place of the
    /// `ANNOTATIONS_PLACEHOLDER` (which goes away even if nothing moves).
    pub fn move_to_placeholder(&mut self, start: usize) {
        let Some(pos) = self
            .instrs
            .iter()
            .position(|i| i.op == Op::ANNOTATIONS_PLACEHOLDER)
        else {
            return;
        };
        let moved: Vec<Instr> = self.instrs.drain(start..).collect();
        let n = moved.len();
        self.instrs.splice(pos..=pos, moved);
        for p in self.labels.iter_mut().flatten() {
            if *p > pos && *p <= start {
                *p = *p + n - 1;
            } else if *p > start {
                // Labels inside the moved code land relative to the placeholder.
                *p = *p - start + pos;
            }
        }
    }

    /// Inserts `SETUP_CLEANUP handler` before the `RESUME`, protecting the
    /// whole body (generators' StopIteration handler).
    pub fn insert_setup_cleanup(&mut self, handler: Label) {
        let pos = self
            .instrs
            .iter()
            .position(|i| i.op == Op::RESUME)
            .unwrap_or(0);
        let instr = Instr {
            op: Op::SETUP_CLEANUP,
            arg: handler.0,
            loc: Location::NONE,
        };
        self.instrs.insert(pos, instr);
        for p in self.labels.iter_mut().flatten() {
            if *p >= pos {
                *p += 1;
            }
        }
    }
}
