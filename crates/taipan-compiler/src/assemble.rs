//! From a finished unit to a code object: build and optimize the flow
//! graph, lay out locals, lower pseudo-instructions, then emit code units
//! with their inline caches, `EXTENDED_ARG` prefixes, jump offsets, the
//! location table and the exception table (CPython's assemble.c and the
//! tail of flowgraph.c).

use crate::codegen::{Unit, UnitKind};
use crate::error::{syntax_error, CompileResult};
use crate::flowgraph::{BlockId, CInstr, Cfg};
use crate::location::Location;
use crate::symtable::Scope;
use taipan_bytecode::exception_table::{self, ExceptionTableEntry};
use taipan_bytecode::instruction::{emit as emit_instruction, instruction_size};
use taipan_bytecode::{AnyOpcode as Op, CodeFlags, CodeObject, CodeUnit, LocalKind};
use taipan_bytecode::{ArgKind, LocationTableBuilder, Opcode};
use taipan_syntax::ast::Range;

/// `co_flags` for a unit (CPython's `compute_code_flags`).
fn code_flags(ste: &Scope, extra: CodeFlags) -> CodeFlags {
    let mut f = CodeFlags::default();
    if ste.is_function_like() {
        f = f | CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED;
        if ste.nested {
            f = f | CodeFlags::NESTED;
        }
        if ste.generator && !ste.coroutine {
            f = f | CodeFlags::GENERATOR;
        }
        if ste.generator && ste.coroutine {
            f = f | CodeFlags::ASYNC_GENERATOR;
        }
        if ste.varargs {
            f = f | CodeFlags::VARARGS;
        }
        if ste.varkeywords {
            f = f | CodeFlags::VARKEYWORDS;
        }
        if ste.has_docstring {
            f = f | CodeFlags::HAS_DOCSTRING;
        }
        if ste.method {
            f = f | CodeFlags::METHOD;
        }
    }
    if ste.coroutine && !ste.generator {
        f = f | CodeFlags::COROUTINE;
    }
    f | extra
}

fn is_generator(f: CodeFlags) -> bool {
    f.0 & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR).0 != 0
}

/// Assembles `unit` into a code object.
pub fn assemble(
    mut unit: Unit<'_>,
    ste: &Scope,
    filename: &str,
    extra_flags: CodeFlags,
) -> CompileResult<CodeObject> {
    let mut code_flags = code_flags(ste, extra_flags);
    if unit.kind == UnitKind::Module {
        code_flags = CodeFlags(code_flags.0 & !(CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED).0);
    }
    let mut consts = std::mem::take(&mut unit.consts);
    let mut cfg = Cfg::from_seq(&unit.seq);
    cfg.mark_except_handlers();
    cfg.label_exception_targets();
    cfg.optimize(&mut consts);
    let consts = cfg.remove_unused_consts(consts);
    let nlocals = unit.varnames.len();
    let nparams = ste.varnames.len();
    cfg.add_checks_for_uninitialized(nlocals, nparams);
    cfg.insert_superinstructions();
    cfg.push_cold_blocks_to_end();
    cfg.resolve_line_numbers();

    cfg.convert_pseudo_conditional_jumps();
    let stacksize = cfg.stack_depth().map_err(|e| {
        syntax_error(
            format!("internal compiler error in '{}': {e}", unit.name),
            Range::default(),
        )
    })?;
    let (names, kinds_) = prepare_localsplus(&unit, &mut cfg, code_flags);
    cfg.convert_pseudo_ops();
    cfg.normalize_jumps();
    cfg.optimize_load_fast();

    let (code, linetable, exceptiontable) = emit(&cfg, unit.firstlineno);
    Ok(CodeObject {
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        stacksize,
        flags: code_flags,
        code,
        consts,
        names: unit.names.list.clone(),
        localsplusnames: names,
        localspluskinds: kinds_,
        filename: filename.to_string(),
        name: unit.name.clone(),
        qualname: unit.qualname.clone(),
        firstlineno: unit.firstlineno as i32,
        linetable,
        exceptiontable,
    })
}

/// Lays out `localsplus` (locals, then cells that are not arguments, then
/// free variables), inserts the prologue (`COPY_FREE_VARS`, `MAKE_CELL`,
/// `RETURN_GENERATOR`) and turns cell/free indices into `localsplus` ones.
fn prepare_localsplus(
    unit: &Unit<'_>,
    cfg: &mut Cfg,
    code_flags: CodeFlags,
) -> (Vec<String>, Vec<LocalKind>) {
    let nlocals = unit.varnames.len();
    let ncells = unit.cellvars.len();
    let nfree = unit.freevars.len();
    let mut fixed: Vec<usize> = (0..ncells + nfree).map(|i| nlocals + i).collect();
    for (i, name) in unit.cellvars.list.iter().enumerate() {
        if let Some(v) = unit.varnames.get(name) {
            fixed[i] = v as usize;
        }
    }
    // The prologue, in reverse order of appearance.
    let entry = cfg.entry;
    let mut prologue: Vec<CInstr> = Vec::new();
    if nfree > 0 {
        prologue.push(instr(Op::COPY_FREE_VARS, nfree as u32, Location::NONE));
    }
    let mut cells: Vec<(usize, usize)> = (0..ncells).map(|i| (fixed[i], i)).collect();
    cells.sort();
    for (_, i) in cells {
        prologue.push(instr(Op::MAKE_CELL, i as u32, Location::NONE));
    }
    if is_generator(code_flags) {
        let l = Location {
            lineno: unit.firstlineno as i32,
            end_lineno: unit.firstlineno as i32,
            col: -1,
            end_col: -1,
        };
        prologue.push(instr(Op::RETURN_GENERATOR, 0, l));
        prologue.push(instr(Op::POP_TOP, 0, l));
    }
    // The prologue runs before RESUME: no handler covers it.
    for (k, p) in prologue.into_iter().enumerate() {
        cfg.insert_instr(entry, k, p);
    }

    let mut dropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == nlocals + i {
            *f -= dropped;
        } else {
            dropped += 1;
        }
    }
    for b in &mut cfg.blocks {
        for i in &mut b.instrs {
            if matches!(
                i.op,
                Op::MAKE_CELL
                    | Op::LOAD_CLOSURE
                    | Op::LOAD_DEREF
                    | Op::STORE_DEREF
                    | Op::DELETE_DEREF
                    | Op::LOAD_FROM_DICT_OR_DEREF
            ) {
                if let Some(&f) = fixed.get(i.arg as usize) {
                    i.arg = f as u32;
                }
            }
        }
    }

    let mut names = Vec::new();
    let mut kinds_ = Vec::new();
    for name in &unit.varnames.list {
        let mut k = LocalKind::LOCAL;
        if unit.fasthidden.contains_key(name) {
            k = k | LocalKind::HIDDEN;
        }
        if unit.cellvars.get(name).is_some() {
            k = k | LocalKind::CELL;
        }
        names.push(name.clone());
        kinds_.push(k);
    }
    for name in &unit.cellvars.list {
        if unit.varnames.get(name).is_none() {
            names.push(name.clone());
            kinds_.push(LocalKind::CELL);
        }
    }
    for name in &unit.freevars.list {
        names.push(name.clone());
        kinds_.push(LocalKind::FREE);
    }
    (names, kinds_)
}

fn instr(op: Op, arg: u32, loc: Location) -> CInstr {
    CInstr {
        op,
        arg,
        loc,
        target: None,
        except: None,
    }
}

/// The real instruction; pseudo-instructions are all lowered before
/// emission.
fn real(op: Op) -> Opcode {
    match op {
        Op::Real(op) => op,
        Op::Pseudo(op) => unreachable!("pseudo-instruction {op} at assembly"),
    }
}

/// Code units an instruction takes with argument `arg` (prefixes and caches included).
fn instr_size(op: Op, arg: u32) -> u32 {
    instruction_size(real(op), arg) as u32
}

/// Linearizes the graph and encodes code, location table and exception table.
fn emit(cfg: &Cfg, firstlineno: u32) -> (Vec<CodeUnit>, Vec<u8>, Vec<u8>) {
    let order = cfg.order();
    let total = order.iter().map(|&b| cfg.blocks[b].instrs.len()).sum();
    let mut instrs: Vec<(CInstr, BlockId)> = Vec::with_capacity(total);
    let mut block_start = vec![usize::MAX; cfg.blocks.len()];
    for &b in &order {
        block_start[b] = instrs.len();
        for i in &cfg.blocks[b].instrs {
            instrs.push((*i, b));
        }
    }
    // An instruction placed at "the next location" takes the location of
    // the instruction after it in the final order (none for a terminator).
    // Resolved only here, as CPython does: until now the marker counts as a
    // line of its own, which keeps a NOP after it.
    for k in (0..instrs.len()).rev() {
        if instrs[k].0.loc.lineno == -2 {
            instrs[k].0.loc = if instrs[k].0.op.is_terminator() {
                Location::NONE
            } else {
                instrs.get(k + 1).map_or(Location::NONE, |(i, _)| i.loc)
            };
        }
    }
    // Blocks that are empty start where the next instruction does.
    for &b in order.iter().rev() {
        if cfg.blocks[b].instrs.is_empty() {
            let next = cfg.blocks[b]
                .next
                .map(|n| block_start[n])
                .unwrap_or(instrs.len());
            block_start[b] = next;
        }
    }
    // A jump starts out with its target's instruction index as argument,
    // as in CPython's first layout pass: a backward jump whose distance
    // sits at an `EXTENDED_ARG` threshold is consistent with or without
    // the prefix, and this start settles where CPython's does (with it).
    let mut args: Vec<u32> = instrs
        .iter()
        .map(|(i, _)| match i.target {
            Some(t) => block_start[t].min(instrs.len()) as u32,
            None if i.op.has_arg() => i.arg,
            None => 0,
        })
        .collect();
    let mut offsets = vec![0u32; instrs.len() + 1];
    loop {
        let mut off = 0;
        for (k, (i, _)) in instrs.iter().enumerate() {
            offsets[k] = off;
            off += instr_size(i.op, args[k]);
        }
        offsets[instrs.len()] = off;
        let mut changed = false;
        for (k, (i, _)) in instrs.iter().enumerate() {
            if let Some(t) = i.target {
                let target_off = offsets[block_start[t].min(instrs.len())];
                let end = offsets[k] + instr_size(i.op, args[k]);
                let new = if i.op.arg_kind() == ArgKind::JumpBackward {
                    end.saturating_sub(target_off)
                } else {
                    target_off.saturating_sub(end)
                };
                if new != args[k] {
                    args[k] = new;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut code = Vec::with_capacity(offsets[instrs.len()] as usize);
    // Most entries take two or three bytes, one entry per line or so.
    let mut lines = LocationTableBuilder::with_capacity(firstlineno as i32, 2 * instrs.len() + 8);
    let mut cur_loc: Option<Location> = None;
    let mut run = 0;
    for (k, (i, _)) in instrs.iter().enumerate() {
        let start = code.len();
        emit_instruction(&mut code, real(i.op), args[k]);
        if cur_loc != Some(i.loc) {
            if let Some(l) = cur_loc {
                lines.push(l.to_table(), run);
            }
            cur_loc = Some(i.loc);
            run = 0;
        }
        run += code.len() - start;
    }
    if let Some(l) = cur_loc {
        lines.push(l.to_table(), run);
    }
    // The exception table: runs of instructions with the same handler.
    let mut entries = Vec::new();
    let mut handler: Option<BlockId> = None;
    let mut start = 0;
    for (k, (i, _)) in instrs.iter().enumerate() {
        if i.except != handler {
            if let Some(h) = handler {
                entries.push(entry(
                    cfg,
                    h,
                    start,
                    offsets[k],
                    offsets[block_start[h].min(instrs.len())],
                ));
            }
            start = offsets[k];
            handler = i.except;
        }
    }
    if let Some(h) = handler {
        entries.push(entry(
            cfg,
            h,
            start,
            offsets[instrs.len()],
            offsets[block_start[h].min(instrs.len())],
        ));
    }
    (code, lines.finish(), exception_table::encode(&entries))
}

fn entry(cfg: &Cfg, h: BlockId, start: u32, end: u32, target: u32) -> ExceptionTableEntry {
    let b = &cfg.blocks[h];
    let mut depth = b.startdepth - 1;
    if b.preserve_lasti {
        depth -= 1;
    }
    ExceptionTableEntry {
        start,
        end,
        target,
        depth: depth.max(0) as u32,
        lasti: b.preserve_lasti,
    }
}
