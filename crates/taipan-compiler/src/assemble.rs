//! From a finished unit to a code object: build and optimize the flow
//! graph, lay out locals, lower pseudo-instructions, then emit code units
//! with their inline caches, `EXTENDED_ARG` prefixes, jump offsets, the
//! location table and the exception table (CPython's assemble.c and the
//! tail of flowgraph.c).

use crate::code::{
    encode_exception_table, flags, kinds, CodeObject, ExceptionEntry, LineTableWriter, Location,
};
use crate::codegen::{Unit, UnitKind};
use crate::error::{syntax_error, CompileResult};
use crate::flowgraph::{BlockId, CInstr, Cfg};
use crate::symtable::Scope;
use taipan_bytecode::AnyOpcode as Op;
use taipan_syntax::ast::Range;

/// `co_flags` for a unit (CPython's `compute_code_flags`).
fn code_flags(ste: &Scope, extra: u32) -> u32 {
    let mut f = 0;
    if ste.is_function_like() {
        f |= flags::NEWLOCALS | flags::OPTIMIZED;
        if ste.nested {
            f |= flags::NESTED;
        }
        if ste.generator && !ste.coroutine {
            f |= flags::GENERATOR;
        }
        if ste.generator && ste.coroutine {
            f |= flags::ASYNC_GENERATOR;
        }
        if ste.varargs {
            f |= flags::VARARGS;
        }
        if ste.varkeywords {
            f |= flags::VARKEYWORDS;
        }
        if ste.has_docstring {
            f |= flags::HAS_DOCSTRING;
        }
        if ste.method {
            f |= flags::METHOD;
        }
    }
    if ste.coroutine && !ste.generator {
        f |= flags::COROUTINE;
    }
    f | extra
}

fn is_generator(f: u32) -> bool {
    f & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
}

/// Assembles `unit` into a code object.
pub fn assemble(
    unit: Unit<'_>,
    ste: &Scope,
    filename: &str,
    extra_flags: u32,
) -> CompileResult<CodeObject> {
    let mut code_flags = code_flags(ste, extra_flags);
    if unit.kind == UnitKind::Module {
        code_flags &= !(flags::NEWLOCALS | flags::OPTIMIZED);
    }
    let mut consts = unit.consts.clone();
    let mut cfg = Cfg::from_seq(&unit.seq);
    cfg.mark_except_handlers();
    cfg.label_exception_targets();
    cfg.optimize(&mut consts);
    cfg.remove_unused_consts(&mut consts);
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
        firstlineno: unit.firstlineno,
        linetable,
        exceptiontable,
    })
}

/// Lays out `localsplus` (locals, then cells that are not arguments, then
/// free variables), inserts the prologue (`COPY_FREE_VARS`, `MAKE_CELL`,
/// `RETURN_GENERATOR`) and turns cell/free indices into `localsplus` ones.
fn prepare_localsplus(unit: &Unit<'_>, cfg: &mut Cfg, code_flags: u32) -> (Vec<String>, Vec<u8>) {
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
        let mut k = kinds::LOCAL;
        if unit.fasthidden.contains_key(name) {
            k |= kinds::HIDDEN;
        }
        if unit.cellvars.get(name).is_some() {
            k |= kinds::CELL;
        }
        names.push(name.clone());
        kinds_.push(k);
    }
    for name in &unit.cellvars.list {
        if unit.varnames.get(name).is_none() {
            names.push(name.clone());
            kinds_.push(kinds::CELL);
        }
    }
    for name in &unit.freevars.list {
        names.push(name.clone());
        kinds_.push(kinds::FREE);
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

/// Code units an instruction takes with argument `arg` (prefixes and caches included).
fn instr_size(op: Op, arg: u32) -> u32 {
    let ext = match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    };
    ext + 1 + op.cache_entries() as u32
}

fn is_backward_jump(op: Op) -> bool {
    matches!(
        op,
        Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT | Op::END_ASYNC_FOR
    )
}

/// Linearizes the graph and encodes code, location table and exception table.
fn emit(cfg: &Cfg, firstlineno: u32) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    let order = cfg.order();
    let mut instrs: Vec<(CInstr, BlockId)> = Vec::new();
    let mut block_start = vec![usize::MAX; cfg.blocks.len()];
    for &b in &order {
        block_start[b] = instrs.len();
        for i in &cfg.blocks[b].instrs {
            instrs.push((*i, b));
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
    let mut args: Vec<u32> = instrs
        .iter()
        .map(|(i, _)| if i.op.has_arg() { i.arg } else { 0 })
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
                let new = if is_backward_jump(i.op) {
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
    let mut code = Vec::new();
    let mut lines = LineTableWriter::new(firstlineno);
    let mut cur_loc: Option<Location> = None;
    let mut run = 0;
    for (k, (i, _)) in instrs.iter().enumerate() {
        let arg = args[k];
        let size = instr_size(i.op, arg);
        let ext = size - 1 - i.op.cache_entries() as u32;
        for e in (1..=ext).rev() {
            code.push(Op::EXTENDED_ARG.number() as u8);
            code.push((arg >> (8 * e)) as u8);
        }
        code.push(i.op.number() as u8);
        code.push(arg as u8);
        for _ in 0..i.op.cache_entries() {
            code.push(0);
            code.push(0);
        }
        if cur_loc != Some(i.loc) {
            if let Some(l) = cur_loc {
                lines.push(l, run);
            }
            cur_loc = Some(i.loc);
            run = 0;
        }
        run += size;
    }
    if let Some(l) = cur_loc {
        lines.push(l, run);
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
    (code, lines.finish(), encode_exception_table(&entries))
}

fn entry(cfg: &Cfg, h: BlockId, start: u32, end: u32, target: u32) -> ExceptionEntry {
    let b = &cfg.blocks[h];
    let mut depth = b.startdepth - 1;
    if b.preserve_lasti {
        depth -= 1;
    }
    ExceptionEntry {
        start,
        end,
        target,
        depth: depth.max(0) as u32,
        lasti: b.preserve_lasti,
    }
}
