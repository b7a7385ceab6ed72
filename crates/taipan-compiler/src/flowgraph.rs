//! The control-flow graph and its optimization, as CPython 3.14's
//! Python/flowgraph.c does it: basic blocks in layout order, exception
//! handlers found by simulating the block stack, constant folding and
//! peephole rewrites, unreachable-code and NOP removal, line-number
//! propagation, cold-block placement, stack depth, and the borrowed-load
//! analysis that turns `LOAD_FAST` into `LOAD_FAST_BORROW`.

use crate::consts::ConstPool;
use crate::fold;
use crate::location::Location;
use crate::seq::InstrSeq;
use taipan_bytecode::oparg::{resume, Intrinsic1};
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;

pub type BlockId = usize;

/// An instruction in the graph: for jumps, `target` is the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CInstr {
    pub op: Op,
    pub arg: u32,
    pub loc: Location,
    pub target: Option<BlockId>,
    /// The handler active for this instruction, if any.
    pub except: Option<BlockId>,
}

impl CInstr {
    fn new(op: Op, arg: u32, loc: Location) -> CInstr {
        CInstr {
            op,
            arg,
            loc,
            target: None,
            except: None,
        }
    }

    fn nop(&mut self) {
        self.op = Op::NOP;
        self.arg = 0;
        self.target = None;
    }

    fn set(&mut self, op: Op, arg: u32) {
        self.op = op;
        self.arg = arg;
        self.target = None;
    }

    /// A jump proper (a `SETUP_*` only jumps when an exception is raised).
    pub fn is_jump(&self) -> bool {
        self.op.is_jump()
    }
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<CInstr>,
    pub next: Option<BlockId>,
    /// Whether some label (jump target) names this block.
    pub labelled: bool,
    pub except_handler: bool,
    pub preserve_lasti: bool,
    pub startdepth: i32,
    pub predecessors: u32,
    pub offset: u32,
    visited: bool,
    warm: bool,
    cold: bool,
    /// The handlers of instructions left in the slots past the end after
    /// the block shrank. CPython reuses those slots without clearing their
    /// handler field, so an instruction appended later inherits it; the
    /// exception table shows it.
    stale: Vec<Option<BlockId>>,
}

impl Block {
    /// Takes the next slot past the end, returning the handler left in it.
    fn take_slot(&mut self) -> Option<BlockId> {
        if self.stale.is_empty() {
            None
        } else {
            self.stale.remove(0)
        }
    }

    /// Appends a new instruction the way `basicblock_addop` does: it keeps
    /// the handler of whatever occupied the slot.
    fn add_op(&mut self, mut i: CInstr) {
        i.except = self.take_slot();
        self.instrs.push(i);
    }

    /// Appends or inserts a complete copy of an instruction.
    fn put(&mut self, pos: usize, i: CInstr) {
        self.take_slot();
        self.instrs.insert(pos, i);
    }

    /// Replaces the instructions by a shorter compacted list.
    fn shrink_to(&mut self, new: Vec<CInstr>) {
        let old = std::mem::replace(&mut self.instrs, new);
        let n = self.instrs.len();
        let mut stale: Vec<Option<BlockId>> =
            old[n.min(old.len())..].iter().map(|i| i.except).collect();
        stale.append(&mut self.stale);
        self.stale = stale;
    }

    pub fn last(&self) -> Option<&CInstr> {
        self.instrs.last()
    }

    /// Control can fall off the end into `next`.
    pub fn has_fallthrough(&self) -> bool {
        match self.instrs.last() {
            None => true,
            Some(i) => !(i.op.is_scope_exit() || i.op.is_unconditional_jump()),
        }
    }

    fn exits_scope(&self) -> bool {
        self.instrs.last().is_some_and(|i| i.op.is_scope_exit())
    }

    fn has_eval_break(&self) -> bool {
        self.instrs.iter().any(|i| {
            matches!(
                i.op,
                Op::JUMP
                    | Op::JUMP_BACKWARD
                    | Op::CALL
                    | Op::CALL_KW
                    | Op::CALL_FUNCTION_EX
                    | Op::RESUME
            )
        })
    }

    fn has_no_lineno(&self) -> bool {
        self.instrs.iter().all(|i| i.loc.lineno < 0)
    }
}

/// The graph: blocks and the layout order through `next`.
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: BlockId,
}

/// Longest block CPython copies to avoid a jump to a small exit block.
const MAX_COPY_SIZE: usize = 4;

impl Cfg {
    /// Splits an instruction sequence into blocks at labels and after
    /// jumps and exits, and resolves jump labels to blocks. The block
    /// boundaries are found first, so that every block is filled in one
    /// go at its exact size with its jump targets already resolved.
    pub fn from_seq(seq: &InstrSeq) -> Cfg {
        let n = seq.instrs.len();
        // Only labels that some instruction jumps to start a block.
        let mut targeted = vec![false; seq.labels.len()];
        for i in &seq.instrs {
            if i.op.has_target() {
                targeted[i.arg as usize] = true;
            }
        }
        // (position, label) of the targeted labels, in position order.
        let mut starts: Vec<(usize, usize)> = seq
            .labels
            .iter()
            .enumerate()
            .filter_map(|(label, pos)| pos.filter(|_| targeted[label]).map(|p| (p, label)))
            .collect();
        starts.sort_unstable();
        // Where each block begins: a targeted label, or the instruction
        // after a jump or exit (the first block may be empty and labelled).
        let mut bounds = vec![0];
        let mut next_start = 0;
        while starts.get(next_start).is_some_and(|&(p, _)| p == 0) {
            next_start += 1;
        }
        for i in 1..n {
            let mut labelled = false;
            while starts.get(next_start).is_some_and(|&(p, _)| p == i) {
                labelled = true;
                next_start += 1;
            }
            let prev = seq.instrs[i - 1].op;
            if labelled || prev.is_jump() || prev.is_scope_exit() {
                bounds.push(i);
            }
        }
        // Labels at the very end get an empty block of their own.
        let end_block = starts.last().is_some_and(|&(p, _)| p >= n);
        let nblocks = bounds.len() + usize::from(end_block);
        let mut label_block = vec![usize::MAX; seq.labels.len()];
        let mut labelled = vec![false; nblocks];
        let mut b = 0;
        for &(p, l) in &starts {
            let block = if p >= n {
                nblocks - 1
            } else {
                while b + 1 < bounds.len() && bounds[b + 1] <= p {
                    b += 1;
                }
                b
            };
            label_block[l] = block;
            labelled[block] = true;
        }
        let blocks = (0..nblocks)
            .map(|k| {
                let from = bounds.get(k).copied().unwrap_or(n);
                let to = bounds.get(k + 1).copied().unwrap_or(n);
                let instrs = seq.instrs[from..to]
                    .iter()
                    .map(|i| {
                        let mut c = CInstr::new(i.op, i.arg, i.loc);
                        if i.op.has_target() {
                            c.target = Some(label_block[i.arg as usize]);
                            c.arg = 0;
                        }
                        c
                    })
                    .collect();
                Block {
                    instrs,
                    next: (k + 1 < nblocks).then_some(k + 1),
                    labelled: labelled[k],
                    ..Block::default()
                }
            })
            .collect();
        Cfg { blocks, entry: 0 }
    }

    /// Inserts a complete instruction at `pos` of block `b`.
    pub fn insert_instr(&mut self, b: BlockId, pos: usize, i: CInstr) {
        self.blocks[b].put(pos, i);
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// Block ids in layout order.
    pub fn order(&self) -> Vec<BlockId> {
        let mut v = Vec::with_capacity(self.blocks.len());
        let mut b = Some(self.entry);
        while let Some(id) = b {
            v.push(id);
            b = self.blocks[id].next;
        }
        v
    }

    fn next_nonempty(&self, mut b: Option<BlockId>) -> Option<BlockId> {
        while let Some(id) = b {
            if !self.blocks[id].instrs.is_empty() {
                return Some(id);
            }
            b = self.blocks[id].next;
        }
        None
    }

    fn reset_visited(&mut self) {
        for b in &mut self.blocks {
            b.visited = false;
        }
    }

    pub fn mark_except_handlers(&mut self) {
        let mut handlers = Vec::new();
        for b in &self.blocks {
            for i in &b.instrs {
                if i.op.is_block_push() {
                    if let Some(t) = i.target {
                        handlers.push(t);
                    }
                }
            }
        }
        for h in handlers {
            self.blocks[h].except_handler = true;
        }
    }

    /// Finds the handler of every instruction by simulating the block stack
    /// along the control flow; `POP_BLOCK`s become NOPs.
    pub fn label_exception_targets(&mut self) {
        self.reset_visited();
        let mut todo: Vec<(BlockId, Vec<BlockId>)> = vec![(self.entry, Vec::new())];
        self.blocks[self.entry].visited = true;
        while let Some((b, mut stack)) = todo.pop() {
            let mut last_yield_depth: i32 = -1;
            let n = self.blocks[b].instrs.len();
            for i in 0..n {
                let instr = self.blocks[b].instrs[i];
                let handler = stack.last().copied();
                if instr.op.is_block_push() {
                    let t = instr.target.expect("block push has a target");
                    if !self.blocks[t].visited {
                        self.blocks[t].visited = true;
                        todo.push((t, stack.clone()));
                    }
                    if matches!(instr.op, Op::SETUP_WITH | Op::SETUP_CLEANUP) {
                        self.blocks[t].preserve_lasti = true;
                    }
                    stack.push(t);
                } else if instr.op == Op::POP_BLOCK {
                    stack.pop();
                    self.blocks[b].instrs[i].nop();
                } else if instr.is_jump() {
                    self.blocks[b].instrs[i].except = handler;
                    let t = instr.target.expect("jump has a target");
                    if !self.blocks[t].visited {
                        self.blocks[t].visited = true;
                        todo.push((t, stack.clone()));
                    }
                } else if instr.op == Op::YIELD_VALUE {
                    self.blocks[b].instrs[i].except = handler;
                    last_yield_depth = stack.len() as i32;
                } else if instr.op == Op::RESUME {
                    self.blocks[b].instrs[i].except = handler;
                    if instr.arg != resume::AT_FUNC_START {
                        if last_yield_depth == 1 {
                            self.blocks[b].instrs[i].arg |= resume::DEPTH1_MASK;
                        }
                        last_yield_depth = -1;
                    }
                } else {
                    self.blocks[b].instrs[i].except = handler;
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if !self.blocks[next].visited {
                        self.blocks[next].visited = true;
                        todo.push((next, stack));
                    }
                }
            }
        }
    }

    /// Counts predecessors and empties unreachable blocks.
    pub fn remove_unreachable(&mut self) {
        for b in &mut self.blocks {
            b.predecessors = 0;
        }
        self.reset_visited();
        let mut stack = vec![self.entry];
        self.blocks[self.entry].predecessors = 1;
        self.blocks[self.entry].visited = true;
        while let Some(b) = stack.pop() {
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if !self.blocks[next].visited {
                        self.blocks[next].visited = true;
                        stack.push(next);
                    }
                    self.blocks[next].predecessors += 1;
                }
            }
            for k in 0..self.blocks[b].instrs.len() {
                let i = self.blocks[b].instrs[k];
                let Some(t) = i.target.filter(|_| i.op.has_target()) else {
                    continue;
                };
                if !self.blocks[t].visited {
                    self.blocks[t].visited = true;
                    stack.push(t);
                }
                self.blocks[t].predecessors += 1;
            }
        }
        for b in &mut self.blocks {
            if b.predecessors == 0 {
                b.shrink_to(Vec::new());
                b.except_handler = false;
            }
        }
    }

    fn inline_small_or_no_lineno_blocks(&mut self) {
        loop {
            let mut changed = false;
            for b in self.order() {
                let Some(last) = self.blocks[b].last().copied() else {
                    continue;
                };
                if !last.op.is_unconditional_jump() {
                    continue;
                }
                let Some(target) = last.target else { continue };
                let t = &self.blocks[target];
                let small_exit = t.exits_scope() && t.instrs.len() <= MAX_COPY_SIZE;
                let no_lineno = t.has_no_lineno() && !t.has_fallthrough();
                if small_exit || no_lineno {
                    let copied = t.instrs.clone();
                    let removed = last.op;
                    if let Some(l) = self.blocks[b].instrs.last_mut() {
                        l.nop();
                    }
                    for c in copied {
                        let n = self.blocks[b].instrs.len();
                        self.blocks[b].put(n, c);
                    }
                    if no_lineno {
                        if let Some(l) = self.blocks[b].instrs.last_mut() {
                            if l.op.is_unconditional_jump() && removed == Op::JUMP {
                                l.op = Op::JUMP;
                            }
                        }
                    }
                    self.blocks[target].predecessors =
                        self.blocks[target].predecessors.saturating_sub(1);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    fn is_exit_without_lineno(&self, b: BlockId) -> bool {
        let blk = &self.blocks[b];
        (blk.exits_scope() || blk.has_eval_break()) && blk.has_no_lineno()
    }

    fn duplicate_exits_without_lineno(&mut self) {
        for b in self.order() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if !last.is_jump() {
                continue;
            }
            let Some(target) = self.next_nonempty(last.target) else {
                continue;
            };
            if self.is_exit_without_lineno(target) && self.blocks[target].predecessors > 1 {
                let copy = self.new_block();
                self.blocks[copy].instrs = self.blocks[target].instrs.clone();
                self.blocks[copy].instrs[0].loc = last.loc;
                self.blocks[copy].labelled = true;
                if let Some(l) = self.blocks[b].instrs.last_mut() {
                    l.target = Some(copy);
                }
                self.blocks[target].predecessors -= 1;
                self.blocks[copy].predecessors = 1;
                self.blocks[copy].next = self.blocks[target].next;
                self.blocks[target].next = Some(copy);
            }
        }
        for b in self.order() {
            if self.blocks[b].has_fallthrough() && !self.blocks[b].instrs.is_empty() {
                if let Some(next) = self.blocks[b].next {
                    if !self.blocks[next].instrs.is_empty() && self.is_exit_without_lineno(next) {
                        let l = self.blocks[b]
                            .instrs
                            .last()
                            .map(|i| i.loc)
                            .unwrap_or(Location::NONE);
                        self.blocks[next].instrs[0].loc = l;
                    }
                }
            }
        }
    }

    fn propagate_line_numbers(&mut self) {
        for b in self.order() {
            if self.blocks[b].instrs.is_empty() {
                continue;
            }
            let mut prev = Location::NONE;
            for i in &mut self.blocks[b].instrs {
                if i.loc.lineno == -1 {
                    i.loc = prev;
                } else {
                    prev = i.loc;
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if self.blocks[next].predecessors == 1 {
                        if let Some(first) = self.blocks[next].instrs.first_mut() {
                            if first.loc.lineno == -1 {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
            let last = *self.blocks[b].instrs.last().expect("non-empty");
            if last.is_jump() {
                if let Some(t) = last.target {
                    if self.blocks[t].predecessors == 1 {
                        if let Some(first) = self.blocks[t].instrs.first_mut() {
                            if first.loc.lineno == -1 {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
        }
    }

    pub fn resolve_line_numbers(&mut self) {
        self.duplicate_exits_without_lineno();
        self.propagate_line_numbers();
    }

    /// Removes the NOPs of one block whose line number is not needed.
    fn remove_redundant_nops_in(&mut self, b: BlockId) -> usize {
        // Most blocks have no NOP: nothing to remove, nothing to rebuild.
        if !self.blocks[b].instrs.iter().any(|i| i.op == Op::NOP) {
            return 0;
        }
        let next_loc = {
            let next = self.next_nonempty(self.blocks[b].next);
            next.and_then(|n| {
                self.blocks[n]
                    .instrs
                    .iter()
                    .find(|i| !(i.op == Op::NOP && i.loc.lineno < 0))
                    .map(|i| i.loc)
            })
        };
        // Compacted in place: the slots past the new end keep the
        // instructions that were there, whose handlers `stale` records.
        let block = &mut self.blocks[b];
        let instrs = &mut block.instrs;
        let n = instrs.len();
        let mut kept = 0;
        let mut prev_lineno = -1;
        for src in 0..n {
            let instr = instrs[src];
            let lineno = instr.loc.lineno;
            if instr.op == Op::NOP {
                if lineno < 0 || prev_lineno == lineno {
                    continue;
                }
                if src + 1 < n {
                    let next_lineno = instrs[src + 1].loc.lineno;
                    if next_lineno == lineno {
                        continue;
                    }
                    if next_lineno < 0 {
                        instrs[src + 1].loc = instr.loc;
                        continue;
                    }
                } else if next_loc.is_some_and(|l| l.lineno == lineno) {
                    continue;
                }
            }
            instrs[kept] = instr;
            kept += 1;
            prev_lineno = lineno;
        }
        let removed = n - kept;
        if removed > 0 {
            let mut stale: Vec<Option<BlockId>> = instrs[kept..].iter().map(|i| i.except).collect();
            instrs.truncate(kept);
            stale.append(&mut block.stale);
            block.stale = stale;
        }
        removed
    }

    fn remove_redundant_nops(&mut self) -> usize {
        self.order()
            .into_iter()
            .map(|b| self.remove_redundant_nops_in(b))
            .sum()
    }

    fn remove_redundant_jumps(&mut self) -> usize {
        let mut changes = 0;
        for b in self.order() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if last.op.is_unconditional_jump() {
                let target = self.next_nonempty(last.target);
                let next = self.next_nonempty(self.blocks[b].next);
                if target == next {
                    changes += 1;
                    if let Some(l) = self.blocks[b].instrs.last_mut() {
                        l.nop();
                    }
                }
            }
        }
        changes
    }

    fn remove_redundant_nops_and_jumps(&mut self) {
        loop {
            let n = self.remove_redundant_nops();
            let j = self.remove_redundant_jumps();
            if n + j == 0 {
                break;
            }
        }
    }

    fn remove_redundant_nops_and_pairs(&mut self) {
        loop {
            let mut done = true;
            let mut prev: Option<(BlockId, usize)> = None;
            for b in self.order() {
                self.remove_redundant_nops_in(b);
                if self.blocks[b].labelled {
                    prev = None;
                }
                for i in 0..self.blocks[b].instrs.len() {
                    let cur = self.blocks[b].instrs[i];
                    if cur.op == Op::POP_TOP {
                        if let Some((pb, pi)) = prev {
                            let p = self.blocks[pb].instrs[pi];
                            let pair = matches!(p.op, Op::LOAD_CONST | Op::LOAD_SMALL_INT)
                                || (p.op == Op::COPY && p.arg == 1);
                            if pair {
                                self.blocks[pb].instrs[pi].nop();
                                self.blocks[b].instrs[i].nop();
                                done = false;
                            }
                        }
                    }
                    prev = Some((b, i));
                }
                let last_is_jump = self.blocks[b].last().is_some_and(|l| l.is_jump());
                if last_is_jump || !self.blocks[b].has_fallthrough() {
                    prev = None;
                }
            }
            if done {
                break;
            }
        }
    }

    /// Retargets `instr` (the last of block `b`) through the jump at the
    /// start of its target (CPython's `jump_thread`).
    fn jump_thread(&mut self, b: BlockId, i: usize, target_instr: CInstr, op: Op) -> bool {
        let instr = self.blocks[b].instrs[i];
        if instr.target == target_instr.target {
            return false;
        }
        // The threaded jump takes the location of the jump it bypasses.
        let loc = target_instr.loc;
        // CPython's threaded jump is a new instruction, outside any handler.
        let new = CInstr {
            op,
            arg: 0,
            loc,
            target: target_instr.target,
            except: None,
        };
        self.blocks[b].instrs[i].nop();
        self.blocks[b].add_op(new);
        true
    }

    fn first_instr_of_target(&self, t: Option<BlockId>) -> Option<CInstr> {
        let t = self.next_nonempty(t)?;
        self.blocks[t].instrs.first().copied()
    }

    fn optimize_load_const(&mut self, consts: &mut ConstPool) {
        for b in self.order() {
            let n = self.blocks[b].instrs.len();
            let mut i = 0;
            while i < n {
                let inst = self.blocks[b].instrs[i];
                if inst.op == Op::LOAD_CONST {
                    if let Some(small) = fold::small_int(&consts[inst.arg as usize]) {
                        self.blocks[b].instrs[i].set(Op::LOAD_SMALL_INT, small);
                    }
                }
                let inst = self.blocks[b].instrs[i];
                let is_const = matches!(inst.op, Op::LOAD_CONST | Op::LOAD_SMALL_INT);
                if !is_const || i + 1 >= n {
                    i += 1;
                    continue;
                }
                let next = self.blocks[b].instrs[i + 1];
                // Only these followers look at the constant: no copy otherwise.
                if !matches!(
                    next.op,
                    Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE | Op::IS_OP | Op::TO_BOOL
                ) {
                    i += 1;
                    continue;
                }
                let value = const_of(&inst, consts);
                match next.op {
                    Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                        let jump_if_true = next.op == Op::POP_JUMP_IF_TRUE;
                        self.blocks[b].instrs[i].nop();
                        if value.is_true() == jump_if_true {
                            self.blocks[b].instrs[i + 1].op = Op::JUMP;
                        } else {
                            self.blocks[b].instrs[i + 1].nop();
                        }
                    }
                    Op::IS_OP if matches!(value, ConstValue::None) && i + 2 < n => {
                        let mut j = i + 2;
                        if self.blocks[b].instrs[j].op == Op::TO_BOOL {
                            self.blocks[b].instrs[j].nop();
                            if j + 1 >= n {
                                i += 1;
                                continue;
                            }
                            j += 1;
                        }
                        let mut invert = next.arg != 0;
                        match self.blocks[b].instrs[j].op {
                            Op::POP_JUMP_IF_FALSE => invert = !invert,
                            Op::POP_JUMP_IF_TRUE => {}
                            _ => {
                                i += 1;
                                continue;
                            }
                        }
                        self.blocks[b].instrs[i].nop();
                        self.blocks[b].instrs[i + 1].nop();
                        self.blocks[b].instrs[j].op = if invert {
                            Op::POP_JUMP_IF_NOT_NONE
                        } else {
                            Op::POP_JUMP_IF_NONE
                        };
                    }
                    Op::TO_BOOL => {
                        let index = consts.add(ConstValue::Bool(value.is_true()));
                        self.blocks[b].instrs[i].nop();
                        self.blocks[b].instrs[i + 1].set(Op::LOAD_CONST, index);
                    }
                    _ => {}
                }
                i += 1;
            }
        }
    }

    fn optimize_basic_block(&mut self, b: BlockId, consts: &mut ConstPool) {
        let mut i = 0;
        while i < self.blocks[b].instrs.len() {
            let inst = self.blocks[b].instrs[i];
            let (op, arg) = (inst.op, inst.arg);
            let n = self.blocks[b].instrs.len();
            let next = (i + 1 < n).then(|| self.blocks[b].instrs[i + 1]);
            let nextop = next.map(|x| x.op);
            match op {
                Op::BUILD_TUPLE => {
                    if nextop == Some(Op::UNPACK_SEQUENCE) && next.is_some_and(|x| x.arg == arg) {
                        match arg {
                            1 => {
                                self.blocks[b].instrs[i].nop();
                                self.blocks[b].instrs[i + 1].nop();
                                i += 1;
                                continue;
                            }
                            2 | 3 => {
                                self.blocks[b].instrs[i].nop();
                                self.blocks[b].instrs[i + 1].op = Op::SWAP;
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    fold::fold_tuple_of_constants(&mut self.blocks[b].instrs, i, consts);
                }
                Op::BUILD_LIST | Op::BUILD_SET => {
                    fold::optimize_lists_and_sets(&mut self.blocks[b].instrs, i, nextop, consts);
                }
                Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE => {
                    if let Some(t) = self.first_instr_of_target(inst.target) {
                        if t.op == Op::JUMP && self.jump_thread(b, i, t, op) {
                            continue;
                        }
                    }
                }
                Op::JUMP_IF_FALSE | Op::JUMP_IF_TRUE => {
                    if let Some(t) = self.first_instr_of_target(inst.target) {
                        if t.op == Op::JUMP || t.op == op {
                            if self.jump_thread(b, i, t, op) {
                                continue;
                            }
                        } else if matches!(t.op, Op::JUMP_IF_FALSE | Op::JUMP_IF_TRUE) {
                            // The opposite test: it falls through to the block after it.
                            let tb = self.next_nonempty(inst.target).expect("target exists");
                            self.blocks[b].instrs[i].target = self.blocks[tb].next;
                            continue;
                        }
                    }
                }
                Op::JUMP | Op::JUMP_NO_INTERRUPT => {
                    if let Some(t) = self.first_instr_of_target(inst.target) {
                        let thread = match t.op {
                            Op::JUMP => Some(Op::JUMP),
                            Op::JUMP_NO_INTERRUPT => Some(op),
                            _ => None,
                        };
                        if let Some(new_op) = thread {
                            if self.jump_thread(b, i, t, new_op) {
                                continue;
                            }
                        }
                    }
                }
                Op::STORE_FAST => {
                    if let Some(nx) = next {
                        if nx.op == Op::STORE_FAST
                            && nx.arg == arg
                            && nx.loc.lineno == inst.loc.lineno
                        {
                            self.blocks[b].instrs[i].set(Op::POP_TOP, 0);
                        }
                    }
                }
                Op::SWAP if arg == 1 => self.blocks[b].instrs[i].nop(),
                Op::LOAD_GLOBAL if nextop == Some(Op::PUSH_NULL) && arg & 1 == 0 => {
                    self.blocks[b].instrs[i].arg = arg | 1;
                    self.blocks[b].instrs[i + 1].nop();
                }
                Op::COMPARE_OP if nextop == Some(Op::TO_BOOL) => {
                    self.blocks[b].instrs[i].nop();
                    self.blocks[b].instrs[i + 1].set(Op::COMPARE_OP, arg | 16);
                }
                Op::CONTAINS_OP | Op::IS_OP if nextop == Some(Op::TO_BOOL) => {
                    self.blocks[b].instrs[i].nop();
                    self.blocks[b].instrs[i + 1].set(op, arg);
                }
                Op::CONTAINS_OP | Op::IS_OP if nextop == Some(Op::UNARY_NOT) => {
                    self.blocks[b].instrs[i].nop();
                    self.blocks[b].instrs[i + 1].set(op, arg ^ 1);
                }
                Op::TO_BOOL if nextop == Some(Op::TO_BOOL) => self.blocks[b].instrs[i].nop(),
                Op::UNARY_NOT if nextop == Some(Op::TO_BOOL) => {
                    self.blocks[b].instrs[i].nop();
                    self.blocks[b].instrs[i + 1].set(Op::UNARY_NOT, 0);
                }
                Op::UNARY_NOT if nextop == Some(Op::UNARY_NOT) => {
                    self.blocks[b].instrs[i].nop();
                    self.blocks[b].instrs[i + 1].nop();
                }
                Op::UNARY_NOT | Op::UNARY_INVERT | Op::UNARY_NEGATIVE => {
                    fold::fold_const_unaryop(&mut self.blocks[b].instrs, i, consts);
                }
                Op::CALL_INTRINSIC_1 if arg == Intrinsic1::INTRINSIC_LIST_TO_TUPLE as u32 => {
                    if nextop == Some(Op::GET_ITER) {
                        self.blocks[b].instrs[i].nop();
                    } else {
                        fold::fold_list_to_tuple(&mut self.blocks[b].instrs, i, consts);
                    }
                }
                Op::CALL_INTRINSIC_1 if arg == Intrinsic1::INTRINSIC_UNARY_POSITIVE as u32 => {
                    fold::fold_const_unaryop(&mut self.blocks[b].instrs, i, consts);
                }
                Op::BINARY_OP => fold::fold_const_binop(&mut self.blocks[b].instrs, i, consts),
                _ => {}
            }
            i += 1;
        }
        let mut i = 0;
        while i < self.blocks[b].instrs.len() {
            if self.blocks[b].instrs[i].op == Op::SWAP {
                fold::apply_static_swaps(&mut self.blocks[b].instrs, i);
            }
            i += 1;
        }
    }

    /// CPython's `optimize_cfg`.
    pub fn optimize(&mut self, consts: &mut ConstPool) {
        self.inline_small_or_no_lineno_blocks();
        self.remove_unreachable();
        self.resolve_line_numbers();
        self.optimize_load_const(consts);
        for b in self.order() {
            self.optimize_basic_block(b, consts);
        }
        self.remove_redundant_nops_and_pairs();
        self.remove_unreachable();
        self.remove_redundant_nops_and_jumps();
    }

    /// Drops constants no instruction loads, renumbering the rest; the
    /// first (a possible docstring) always stays.
    pub fn remove_unused_consts(&mut self, consts: ConstPool) -> Vec<ConstValue> {
        let consts = consts.into_vec();
        if consts.is_empty() {
            return consts;
        }
        let mut used = vec![false; consts.len()];
        used[0] = true;
        for b in &self.blocks {
            for i in &b.instrs {
                if i.op == Op::LOAD_CONST {
                    used[i.arg as usize] = true;
                }
            }
        }
        let mut map = vec![0u32; consts.len()];
        let mut kept = Vec::new();
        for (i, c) in consts.into_iter().enumerate() {
            if used[i] {
                map[i] = kept.len() as u32;
                kept.push(c);
            }
        }
        for b in &mut self.blocks {
            for i in &mut b.instrs {
                if i.op == Op::LOAD_CONST {
                    i.arg = map[i.arg as usize];
                }
            }
        }
        kept
    }

    /// `LOAD_FAST` of a local that may be unbound here becomes
    /// `LOAD_FAST_CHECK` (CPython's `add_checks_for_loads_of_uninitialized_variables`):
    /// the first 64 locals are tracked across blocks, the rest within each block.
    pub fn add_checks_for_uninitialized(&mut self, nlocals: usize, nparams: usize) {
        if nlocals == 0 {
            return;
        }
        if nlocals > 64 {
            self.scan_many_locals();
        }
        let tracked = nlocals.min(64);
        let mut masks = vec![0u64; self.blocks.len()];
        let mut on_stack = vec![false; self.blocks.len()];
        let mut stack = Vec::new();
        let start: u64 = (nparams..tracked).fold(0, |m, i| m | (1u64 << i));
        push_mask(&mut masks, &mut on_stack, &mut stack, self.entry, start);
        for b in self.order() {
            self.scan_block_for_locals(b, &mut masks, &mut on_stack, &mut stack);
        }
        while let Some(b) = stack.pop() {
            on_stack[b] = false;
            self.scan_block_for_locals(b, &mut masks, &mut on_stack, &mut stack);
        }
    }

    fn scan_block_for_locals(
        &mut self,
        b: BlockId,
        masks: &mut [u64],
        on_stack: &mut [bool],
        stack: &mut Vec<BlockId>,
    ) {
        let mut mask = masks[b];
        for k in 0..self.blocks[b].instrs.len() {
            let instr = self.blocks[b].instrs[k];
            if let Some(h) = instr.except {
                push_mask(masks, on_stack, stack, h, mask);
            }
            if instr.arg >= 64 {
                continue;
            }
            let bit = 1u64 << instr.arg;
            match instr.op {
                Op::DELETE_FAST | Op::LOAD_FAST_AND_CLEAR | Op::STORE_FAST_MAYBE_NULL => {
                    mask |= bit
                }
                Op::STORE_FAST | Op::LOAD_FAST_CHECK => mask &= !bit,
                Op::LOAD_FAST => {
                    if mask & bit != 0 {
                        self.blocks[b].instrs[k].op = Op::LOAD_FAST_CHECK;
                    }
                    mask &= !bit;
                }
                _ => {}
            }
        }
        if self.blocks[b].has_fallthrough() {
            if let Some(next) = self.blocks[b].next {
                push_mask(masks, on_stack, stack, next, mask);
            }
        }
        if let Some(last) = self.blocks[b].last().copied() {
            if last.is_jump() {
                if let Some(t) = last.target {
                    push_mask(masks, on_stack, stack, t, mask);
                }
            }
        }
    }

    /// Locals past the 64th: initialized only if set earlier in the same block.
    fn scan_many_locals(&mut self) {
        let mut states: crate::fasthash::HashMap<u32, usize> = Default::default();
        let mut blocknum = 0;
        for b in self.order() {
            blocknum += 1;
            for i in &mut self.blocks[b].instrs {
                if i.arg < 64 {
                    continue;
                }
                match i.op {
                    Op::DELETE_FAST | Op::LOAD_FAST_AND_CLEAR | Op::STORE_FAST_MAYBE_NULL => {
                        states.insert(i.arg, blocknum - 1);
                    }
                    Op::STORE_FAST => {
                        states.insert(i.arg, blocknum);
                    }
                    Op::LOAD_FAST => {
                        if states.get(&i.arg) != Some(&blocknum) {
                            i.op = Op::LOAD_FAST_CHECK;
                        }
                        states.insert(i.arg, blocknum);
                    }
                    _ => {}
                }
            }
        }
    }

    /// Pairs of fast-local loads and stores become one instruction
    /// (`LOAD_FAST_LOAD_FAST`, `STORE_FAST_LOAD_FAST`, `STORE_FAST_STORE_FAST`).
    pub fn insert_superinstructions(&mut self) {
        for b in self.order() {
            let instrs = &mut self.blocks[b].instrs;
            for i in 0..instrs.len().saturating_sub(1) {
                let (a, n) = (instrs[i], instrs[i + 1]);
                let combined = match (a.op, n.op) {
                    (Op::LOAD_FAST, Op::LOAD_FAST) => Some(Op::LOAD_FAST_LOAD_FAST),
                    (Op::STORE_FAST, Op::LOAD_FAST) => Some(Op::STORE_FAST_LOAD_FAST),
                    (Op::STORE_FAST, Op::STORE_FAST) => Some(Op::STORE_FAST_STORE_FAST),
                    _ => None,
                };
                if let Some(op) = combined {
                    let (l1, l2) = (a.loc.lineno, n.loc.lineno);
                    let same_line = l1 < 0 || l2 < 0 || l1 == l2;
                    if a.arg < 16 && n.arg < 16 && same_line {
                        instrs[i].set(op, (a.arg << 4) | n.arg);
                        instrs[i + 1].nop();
                    }
                }
            }
        }
        for b in self.order() {
            self.remove_redundant_nops_in(b);
        }
    }

    /// Moves blocks reached only through exception handlers to the end.
    pub fn push_cold_blocks_to_end(&mut self) {
        if self.blocks[self.entry].next.is_none() {
            return;
        }
        self.mark_cold();
        let order = self.order();
        // A cold block falling through into a warm one needs a real jump.
        for &b in &order {
            if self.blocks[b].cold && self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if self.blocks[next].warm {
                        let j = self.new_block();
                        let mut instr = CInstr::new(Op::JUMP_NO_INTERRUPT, 0, Location::NONE);
                        instr.target = Some(next);
                        self.blocks[j].instrs.push(instr);
                        self.blocks[j].cold = true;
                        self.blocks[j].next = Some(next);
                        self.blocks[j].predecessors = 1;
                        self.blocks[b].next = Some(j);
                    }
                }
            }
        }
        let order = self.order();
        let (warm, cold): (Vec<BlockId>, Vec<BlockId>) =
            order.into_iter().partition(|&b| !self.blocks[b].cold);
        let all: Vec<BlockId> = warm.into_iter().chain(cold.iter().copied()).collect();
        for w in all.windows(2) {
            self.blocks[w[0]].next = Some(w[1]);
        }
        if let Some(&last) = all.last() {
            self.blocks[last].next = None;
        }
        if !cold.is_empty() {
            self.remove_redundant_nops_and_jumps();
        }
    }

    fn mark_cold(&mut self) {
        for b in &mut self.blocks {
            b.warm = false;
            b.cold = false;
        }
        self.reset_visited();
        let mut stack = vec![self.entry];
        self.blocks[self.entry].visited = true;
        while let Some(b) = stack.pop() {
            self.blocks[b].warm = true;
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if !self.blocks[next].visited {
                        self.blocks[next].visited = true;
                        stack.push(next);
                    }
                }
            }
            for k in 0..self.blocks[b].instrs.len() {
                let i = self.blocks[b].instrs[k];
                let Some(t) = i.target.filter(|_| i.is_jump()) else {
                    continue;
                };
                if !self.blocks[t].visited {
                    self.blocks[t].visited = true;
                    stack.push(t);
                }
            }
        }
        self.reset_visited();
        let mut stack: Vec<BlockId> = self
            .order()
            .into_iter()
            .filter(|&b| self.blocks[b].except_handler)
            .collect();
        for &b in &stack {
            self.blocks[b].visited = true;
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].cold = true;
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if !self.blocks[next].warm && !self.blocks[next].visited {
                        self.blocks[next].visited = true;
                        stack.push(next);
                    }
                }
            }
            for k in 0..self.blocks[b].instrs.len() {
                let i = self.blocks[b].instrs[k];
                let Some(t) = i.target.filter(|_| i.is_jump()) else {
                    continue;
                };
                if !self.blocks[t].warm && !self.blocks[t].visited {
                    self.blocks[t].visited = true;
                    stack.push(t);
                }
            }
        }
    }

    /// `JUMP_IF_FALSE`/`JUMP_IF_TRUE` become `COPY 1; TO_BOOL; POP_JUMP_IF_*`.
    pub fn convert_pseudo_conditional_jumps(&mut self) {
        for b in self.order() {
            let mut i = 0;
            while i < self.blocks[b].instrs.len() {
                let inst = self.blocks[b].instrs[i];
                if matches!(inst.op, Op::JUMP_IF_FALSE | Op::JUMP_IF_TRUE) {
                    let new_op = if inst.op == Op::JUMP_IF_FALSE {
                        Op::POP_JUMP_IF_FALSE
                    } else {
                        Op::POP_JUMP_IF_TRUE
                    };
                    self.blocks[b].instrs[i].op = new_op;
                    let mut copy = CInstr::new(Op::COPY, 1, inst.loc);
                    copy.except = inst.except;
                    let mut to_bool = CInstr::new(Op::TO_BOOL, 0, inst.loc);
                    to_bool.except = inst.except;
                    self.blocks[b].put(i, copy);
                    self.blocks[b].put(i + 1, to_bool);
                    i += 2;
                }
                i += 1;
            }
        }
    }

    /// The maximum stack depth; records each block's depth at entry.
    pub fn stack_depth(&mut self) -> Result<u32, String> {
        for b in &mut self.blocks {
            b.startdepth = i32::MIN;
        }
        let mut stack = Vec::new();
        let mut maxdepth = 0;
        push_depth(&mut self.blocks, &mut stack, self.entry, 0)?;
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth;
            let mut next = self.blocks[b].next;
            for k in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[k];
                let effect = if instr.op.is_block_push() {
                    0
                } else {
                    instr.op.stack_effect(instr.arg, false).net()
                };
                let new_depth = depth + effect;
                if new_depth < 0 {
                    return Err(format!("stack underflow at {}", instr.op.name()));
                }
                maxdepth = maxdepth.max(depth);
                if instr.op.has_target() && instr.op != Op::END_ASYNC_FOR {
                    let target_depth = depth + instr.op.stack_effect(instr.arg, true).net();
                    maxdepth = maxdepth.max(depth);
                    if let Some(t) = instr.target {
                        push_depth(&mut self.blocks, &mut stack, t, target_depth)?;
                    }
                }
                depth = new_depth;
                if instr.op.is_unconditional_jump() || instr.op.is_scope_exit() {
                    next = None;
                    break;
                }
            }
            if let Some(n) = next {
                push_depth(&mut self.blocks, &mut stack, n, depth)?;
            }
        }
        Ok(maxdepth as u32)
    }

    /// Removes the pseudo-instructions that only mattered to the analysis.
    pub fn convert_pseudo_ops(&mut self) {
        for b in &mut self.blocks {
            for i in &mut b.instrs {
                match i.op {
                    op if op.is_block_push() => i.nop(),
                    Op::POP_BLOCK => i.nop(),
                    Op::LOAD_CLOSURE => i.op = Op::LOAD_FAST,
                    Op::STORE_FAST_MAYBE_NULL => i.op = Op::STORE_FAST,
                    _ => {}
                }
            }
        }
        self.remove_redundant_nops_and_jumps();
    }

    /// Picks the direction of every jump now that the layout is final;
    /// backward conditional jumps are inverted around a `JUMP_BACKWARD`,
    /// and forward ones get `NOT_TAKEN` on their fall-through path.
    pub fn normalize_jumps(&mut self) {
        self.reset_visited();
        let mut b = Some(self.entry);
        while let Some(id) = b {
            self.blocks[id].visited = true;
            self.normalize_jumps_in_block(id);
            b = self.blocks[id].next;
        }
    }

    fn normalize_jumps_in_block(&mut self, b: BlockId) {
        let Some(last) = self.blocks[b].last().copied() else {
            return;
        };
        let Some(target) = last.target else { return };
        let is_forward = !self.blocks[target].visited;
        match last.op {
            Op::JUMP => {
                let op = if is_forward {
                    Op::JUMP_FORWARD
                } else {
                    Op::JUMP_BACKWARD
                };
                if let Some(l) = self.blocks[b].instrs.last_mut() {
                    l.op = op;
                }
                return;
            }
            Op::JUMP_NO_INTERRUPT => {
                let op = if is_forward {
                    Op::JUMP_FORWARD
                } else {
                    Op::JUMP_BACKWARD_NO_INTERRUPT
                };
                if let Some(l) = self.blocks[b].instrs.last_mut() {
                    l.op = op;
                }
                return;
            }
            Op::POP_JUMP_IF_FALSE
            | Op::POP_JUMP_IF_TRUE
            | Op::POP_JUMP_IF_NONE
            | Op::POP_JUMP_IF_NOT_NONE => {}
            _ => return,
        }
        // The instructions added here are outside any handler, as in CPython.
        if is_forward {
            self.blocks[b].add_op(CInstr::new(Op::NOT_TAKEN, 0, last.loc));
            return;
        }
        let reversed = match last.op {
            Op::POP_JUMP_IF_NOT_NONE => Op::POP_JUMP_IF_NONE,
            Op::POP_JUMP_IF_NONE => Op::POP_JUMP_IF_NOT_NONE,
            Op::POP_JUMP_IF_FALSE => Op::POP_JUMP_IF_TRUE,
            _ => Op::POP_JUMP_IF_FALSE,
        };
        let back = self.new_block();
        let nt = CInstr::new(Op::NOT_TAKEN, 0, last.loc);
        let mut j = CInstr::new(Op::JUMP_BACKWARD, 0, last.loc);
        j.target = Some(target);
        self.blocks[back].instrs = vec![nt, j];
        self.blocks[back].startdepth = self.blocks[target].startdepth;
        self.blocks[back].cold = self.blocks[b].cold;
        self.blocks[back].next = self.blocks[b].next;
        self.blocks[back].visited = true;
        let next = self.blocks[b].next;
        if let Some(l) = self.blocks[b].instrs.last_mut() {
            l.op = reversed;
            l.target = next;
        }
        self.blocks[b].next = Some(back);
        if let Some(n) = next {
            self.blocks[n].labelled = true;
        }
    }

    /// Marks the `LOAD_FAST`s whose reference is consumed before the local
    /// can change and before the block ends, and turns them into
    /// `LOAD_FAST_BORROW` (CPython's `optimize_load_fast`).
    pub fn optimize_load_fast(&mut self) {
        #[derive(Clone, Copy)]
        struct Ref {
            instr: i32,
            local: i32,
        }
        const NOT_LOCAL: i32 = -1;
        const DUMMY: Ref = Ref {
            instr: -1,
            local: NOT_LOCAL,
        };
        const SUPPORT_KILLED: u8 = 1;
        const STORED_AS_LOCAL: u8 = 2;
        const REF_UNCONSUMED: u8 = 4;
        fn kill(refs: &[Ref], flags: &mut [u8], local: i32) {
            for r in refs {
                if r.local == local && r.instr >= 0 {
                    flags[r.instr as usize] |= SUPPORT_KILLED;
                }
            }
        }
        fn store(refs: &[Ref], flags: &mut [u8], local: i32, r: Ref) {
            kill(refs, flags, local);
            if r.instr >= 0 {
                flags[r.instr as usize] |= STORED_AS_LOCAL;
            }
        }
        fn visit(blocks: &mut [Block], work: &mut Vec<BlockId>, t: BlockId) {
            if !blocks[t].visited {
                blocks[t].visited = true;
                work.push(t);
            }
        }
        self.reset_visited();
        let mut work: Vec<BlockId> = vec![self.entry];
        self.blocks[self.entry].visited = true;
        // Reused from block to block: most blocks are short.
        let mut flags: Vec<u8> = Vec::new();
        let mut refs: Vec<Ref> = Vec::new();
        while let Some(b) = work.pop() {
            let n = self.blocks[b].instrs.len();
            flags.clear();
            flags.resize(n, 0);
            refs.clear();
            refs.resize(self.blocks[b].startdepth.max(0) as usize, DUMMY);
            for k in 0..n {
                let instr = self.blocks[b].instrs[k];
                let ki = k as i32;
                let arg = instr.arg as i32;
                let pop = |refs: &mut Vec<Ref>| refs.pop().unwrap_or(DUMMY);
                match instr.op {
                    Op::DELETE_FAST => kill(&refs, &mut flags, arg),
                    Op::LOAD_FAST => refs.push(Ref {
                        instr: ki,
                        local: arg,
                    }),
                    Op::LOAD_FAST_AND_CLEAR => {
                        kill(&refs, &mut flags, arg);
                        refs.push(Ref {
                            instr: ki,
                            local: arg,
                        });
                    }
                    Op::LOAD_FAST_LOAD_FAST => {
                        refs.push(Ref {
                            instr: ki,
                            local: arg >> 4,
                        });
                        refs.push(Ref {
                            instr: ki,
                            local: arg & 15,
                        });
                    }
                    Op::STORE_FAST => {
                        let r = pop(&mut refs);
                        store(&refs, &mut flags, arg, r);
                    }
                    Op::STORE_FAST_LOAD_FAST => {
                        let r = pop(&mut refs);
                        store(&refs, &mut flags, arg >> 4, r);
                        refs.push(Ref {
                            instr: ki,
                            local: arg & 15,
                        });
                    }
                    Op::STORE_FAST_STORE_FAST => {
                        let r = pop(&mut refs);
                        store(&refs, &mut flags, arg >> 4, r);
                        let r = pop(&mut refs);
                        store(&refs, &mut flags, arg & 15, r);
                    }
                    Op::COPY => {
                        let idx = refs.len().saturating_sub(arg as usize);
                        let r = refs.get(idx).copied().unwrap_or(DUMMY);
                        refs.push(r);
                    }
                    Op::SWAP => {
                        let len = refs.len();
                        if (arg as usize) <= len && arg >= 1 {
                            refs.swap(len - 1, len - arg as usize);
                        }
                    }
                    Op::FORMAT_SIMPLE
                    | Op::GET_YIELD_FROM_ITER
                    | Op::GET_ANEXT
                    | Op::GET_LEN
                    | Op::IMPORT_FROM
                    | Op::MATCH_KEYS
                    | Op::MATCH_MAPPING
                    | Op::MATCH_SEQUENCE
                    | Op::WITH_EXCEPT_START => {
                        // CPython attributes these pushes to instruction
                        // number `j` of the block (its loop variable shadows
                        // the instruction index); kept for identical output.
                        let net = instr.op.stack_effect(instr.arg, false).net();
                        for j in 0..net.max(0) {
                            refs.push(Ref {
                                instr: j,
                                local: NOT_LOCAL,
                            });
                        }
                    }
                    Op::DICT_MERGE
                    | Op::DICT_UPDATE
                    | Op::LIST_APPEND
                    | Op::LIST_EXTEND
                    | Op::MAP_ADD
                    | Op::RERAISE
                    | Op::SET_ADD
                    | Op::SET_UPDATE => {
                        let net = -instr.op.stack_effect(instr.arg, false).net();
                        for _ in 0..net.max(0) {
                            pop(&mut refs);
                        }
                    }
                    Op::CHECK_EXC_MATCH => {
                        pop(&mut refs);
                        refs.push(Ref {
                            instr: ki,
                            local: NOT_LOCAL,
                        });
                    }
                    Op::FOR_ITER => {
                        if let Some(t) = instr.target {
                            visit(&mut self.blocks, &mut work, t);
                        }
                        refs.push(Ref {
                            instr: ki,
                            local: NOT_LOCAL,
                        });
                    }
                    Op::LOAD_ATTR | Op::LOAD_SUPER_ATTR => {
                        let selfr = pop(&mut refs);
                        if instr.op == Op::LOAD_SUPER_ATTR {
                            pop(&mut refs);
                            pop(&mut refs);
                        }
                        refs.push(Ref {
                            instr: ki,
                            local: NOT_LOCAL,
                        });
                        if arg & 1 != 0 {
                            refs.push(selfr);
                        }
                    }
                    Op::LOAD_SPECIAL | Op::PUSH_EXC_INFO => {
                        let tos = pop(&mut refs);
                        refs.push(Ref {
                            instr: ki,
                            local: NOT_LOCAL,
                        });
                        refs.push(tos);
                    }
                    Op::SEND => {
                        if let Some(t) = instr.target {
                            visit(&mut self.blocks, &mut work, t);
                        }
                        pop(&mut refs);
                        refs.push(Ref {
                            instr: ki,
                            local: NOT_LOCAL,
                        });
                    }
                    op => {
                        let effect = op.stack_effect(instr.arg, false);
                        if op.has_target() {
                            if let Some(t) = instr.target {
                                visit(&mut self.blocks, &mut work, t);
                            }
                        }
                        if !op.is_block_push() {
                            for _ in 0..effect.popped {
                                pop(&mut refs);
                            }
                            for _ in 0..effect.pushed {
                                refs.push(Ref {
                                    instr: ki,
                                    local: NOT_LOCAL,
                                });
                            }
                        }
                    }
                }
            }
            if self.blocks[b].has_fallthrough() && !self.blocks[b].instrs.is_empty() {
                if let Some(next) = self.blocks[b].next {
                    visit(&mut self.blocks, &mut work, next);
                }
            }
            for r in &refs {
                if r.instr >= 0 {
                    flags[r.instr as usize] |= REF_UNCONSUMED;
                }
            }
            for (k, f) in flags.iter().enumerate() {
                if *f == 0 {
                    let i = &mut self.blocks[b].instrs[k];
                    match i.op {
                        Op::LOAD_FAST => i.op = Op::LOAD_FAST_BORROW,
                        Op::LOAD_FAST_LOAD_FAST => i.op = Op::LOAD_FAST_BORROW_LOAD_FAST_BORROW,
                        _ => {}
                    }
                }
            }
        }
    }
}

fn push_depth(
    blocks: &mut [Block],
    stack: &mut Vec<BlockId>,
    b: BlockId,
    depth: i32,
) -> Result<(), String> {
    let sd = blocks[b].startdepth;
    if !(sd < 0 || sd == depth) {
        return Err("inconsistent stack depth".into());
    }
    if sd < depth && sd < 100 {
        blocks[b].startdepth = depth;
        stack.push(b);
    }
    Ok(())
}

fn push_mask(
    masks: &mut [u64],
    on_stack: &mut [bool],
    stack: &mut Vec<BlockId>,
    b: BlockId,
    mask: u64,
) {
    let both = masks[b] | mask;
    if masks[b] != both {
        masks[b] = both;
        if !on_stack[b] {
            on_stack[b] = true;
            stack.push(b);
        }
    }
}

/// The constant an instruction loads.
pub fn const_of(i: &CInstr, consts: &[ConstValue]) -> ConstValue {
    match i.op {
        Op::LOAD_SMALL_INT => ConstValue::Int(i.arg.into()),
        _ => consts[i.arg as usize].clone(),
    }
}
