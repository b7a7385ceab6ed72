//! The PEP 659 specializer: rewrites an instruction in place into one of its
//! specialized forms (`taipan_bytecode`'s `specialized` table) and keeps
//! the data the form needs in the instruction's inline cache entries.
//!
//! Cache entries are the 16-bit code units after the instruction; the first
//! one is the adaptive counter. A generic instruction counts down; at zero
//! it asks the specializer, which either rewrites it or backs off
//! exponentially (the counter's low 4 bits hold the back-off exponent). A
//! specialized instruction whose guard fails rewrites itself back to the
//! generic form with a back-off and runs the generic code.
//!
//! Other threads may run the same code while it is rewritten (`-X gil=0`):
//! units are atomic, the caches are written before the opcode, and every
//! guard is complete on its own even when the cache entries it reads were
//! written by different specializations (see `load_global`).

use std::sync::atomic::Ordering;

use taipan_bytecode::Opcode;

use super::objects::Code;
use crate::object::Value;
use crate::types::dict::DictObject;

/// Largest back-off exponent: a failing site retries every 4096 runs.
const MAX_BACKOFF: u16 = 12;

fn read(code: &Code, i: usize) -> u16 {
    code.units[i].load(Ordering::Relaxed)
}

fn write(code: &Code, i: usize, v: u16) {
    code.units[i].store(v, Ordering::Relaxed);
}

/// Replaces the opcode of the instruction at `inst`, keeping its oparg.
fn set_opcode(code: &Code, inst: usize, op: Opcode) {
    let w = read(code, inst);
    write(code, inst, (w & 0xff00) | op as u16);
}

/// Counts one run of the generic instruction whose caches start at
/// `cache`; true when it is time to specialize.
#[inline]
pub fn tick(code: &Code, cache: usize) -> bool {
    let c = read(code, cache);
    if c >> 4 == 0 {
        return true;
    }
    write(code, cache, c - 16);
    false
}

/// After a failed specialization (or a deoptimization): wait twice as long
/// as last time before trying again.
fn back_off(code: &Code, cache: usize) {
    let exp = (read(code, cache) & 15).saturating_add(1).min(MAX_BACKOFF);
    write(code, cache, (((1u16 << exp) - 1) << 4) | exp);
}

/// A specialized instruction's guard failed: back to the generic form.
pub fn deopt(code: &Code, inst: usize, generic: Opcode) {
    back_off(code, inst + 1);
    set_opcode(code, inst, generic);
}

// LOAD_GLOBAL caches: [counter, index, module_keys_version, builtin_keys_version].
const LG_INDEX: usize = 2;
const LG_MODULE_VERSION: usize = 3;

/// `LOAD_GLOBAL_MODULE`: the entry index of the name in the globals.
/// `LOAD_GLOBAL_BUILTIN`: its index in the builtins, and the globals'
/// keys version, which proves the name absent there. The value is taken
/// only if the entry's key is the name itself, so a stale index (or one
/// written by a racing specialization) is merely a miss; a keys version
/// is written only together with a proof of absence at that version, and
/// versions are never reused.
pub fn specialize_load_global(
    code: &Code,
    inst: usize,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) {
    let done = (|| {
        let g = globals.downcast::<DictObject>()?;
        if let Some(ix) = g.index_of(name).ok()? {
            let ix = u16::try_from(ix).ok()?;
            g.value_at_key(ix.into(), name)?;
            write(code, inst + LG_INDEX, ix);
            return Some(Opcode::LOAD_GLOBAL_MODULE);
        }
        let version = u16::try_from(g.keys_version()).ok().filter(|&v| v != 0)?;
        let b = builtins.downcast::<DictObject>()?;
        let ix = u16::try_from(b.index_of(name).ok()??).ok()?;
        b.value_at_key(ix.into(), name)?;
        write(code, inst + LG_INDEX, ix);
        write(code, inst + LG_MODULE_VERSION, version);
        Some(Opcode::LOAD_GLOBAL_BUILTIN)
    })();
    match done {
        Some(op) => {
            write(code, inst + 1, 0);
            set_opcode(code, inst, op);
        }
        None => back_off(code, inst + 1),
    }
}

/// The guarded fast path of a specialized `LOAD_GLOBAL`; None: deoptimize.
#[inline]
pub fn load_global(
    code: &Code,
    inst: usize,
    op: Opcode,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) -> Option<Value> {
    let ix = usize::from(read(code, inst + LG_INDEX));
    let g = globals.downcast::<DictObject>()?;
    if op == Opcode::LOAD_GLOBAL_MODULE {
        return g.value_at_key(ix, name);
    }
    if u32::from(read(code, inst + LG_MODULE_VERSION)) != g.keys_version() {
        return None;
    }
    builtins.downcast::<DictObject>()?.value_at_key(ix, name)
}
