//! The `_heapq` module: binary min-heaps (and, as of 3.14, max-heaps)
//! kept in a plain list. The sift loops follow the classic algorithm of
//! `heapq.py` (move the smaller child up to a leaf, then sift the item
//! down), so the resulting lists equal CPython's.

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::type_error;
use taipan_vm::object::CompareOp;
use taipan_vm::types::exceptions::{INDEX_ERROR, RUNTIME_ERROR};
use taipan_vm::types::list::ListObject;
use taipan_vm::types::{dict, singletons, str as pystr};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{no_keywords, positional};

/// The heap argument, which must be a list.
fn heap_arg<'a>(fname: &str, v: &'a Value, only: bool) -> PyResult<&'a ListObject> {
    v.downcast::<ListObject>().ok_or_else(|| {
        type_error(if only {
            format!("{fname}() argument must be list, not {}", v.type_of().name)
        } else {
            format!(
                "{fname}() argument 1 must be list, not {}",
                v.type_of().name
            )
        })
    })
}

/// `a < b` in heap order (`b < a` for max-heaps).
fn before(a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        ops::richcompare_bool(b, a, CompareOp::Lt)
    } else {
        ops::richcompare_bool(a, b, CompareOp::Lt)
    }
}

fn changed() -> PyErr {
    PyErr::new(&RUNTIME_ERROR, "list changed size during iteration")
}

fn item(heap: &ListObject, i: usize) -> PyResult<Value> {
    heap.get(i).ok_or_else(changed)
}

/// Moves the item at `pos` up towards `start` while it comes before its
/// parent.
fn sift_down(heap: &ListObject, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let len = heap.len();
    let newitem = item(heap, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = item(heap, parent_pos)?;
        let lt = before(&newitem, &parent, max)?;
        if heap.len() != len {
            return Err(changed());
        }
        if !lt {
            break;
        }
        heap.set(pos, parent);
        pos = parent_pos;
    }
    heap.set(pos, newitem);
    Ok(())
}

/// Moves the smaller child of each level up from `pos` to a leaf, then
/// sifts the displaced item down into place.
fn sift_up(heap: &ListObject, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let newitem = item(heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (item(heap, child)?, item(heap, right)?);
            let lt = before(&c, &r, max)?;
            if heap.len() != end {
                return Err(changed());
            }
            if !lt {
                child = right;
            }
        }
        heap.set(pos, item(heap, child)?);
        pos = child;
        child = 2 * pos + 1;
    }
    heap.set(pos, newitem);
    sift_down(heap, start, pos, max)
}

fn two_args<'a>(fname: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a [Value]> {
    no_keywords(fname, kwnames)?;
    let a = positional(args, kwnames);
    check_count("", fname, a.len(), 2, 2)?;
    Ok(a)
}

fn one_arg<'a>(fname: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    no_keywords(fname, kwnames)?;
    let a = positional(args, kwnames);
    check_count("_heapq.", fname, a.len(), 1, 1)?;
    Ok(&a[0])
}

fn push(fname: &str, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let a = two_args(fname, args, kw)?;
    let heap = heap_arg(fname, &a[0], false)?;
    heap.append(a[1].clone());
    sift_down(heap, 0, heap.len() - 1, max)?;
    Ok(singletons::none())
}

fn pop(fname: &str, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let heap = heap_arg(fname, one_arg(fname, args, kw)?, true)?;
    let last = heap
        .pop(-1)
        .map_err(|_| PyErr::new(&INDEX_ERROR, "index out of range"))?;
    if heap.is_empty() {
        return Ok(last);
    }
    let top = item(heap, 0)?;
    heap.set(0, last);
    sift_up(heap, 0, max)?;
    Ok(top)
}

fn replace(fname: &str, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let a = two_args(fname, args, kw)?;
    let heap = heap_arg(fname, &a[0], false)?;
    let Some(top) = heap.get(0) else {
        return Err(PyErr::new(&INDEX_ERROR, "index out of range"));
    };
    heap.set(0, a[1].clone());
    sift_up(heap, 0, max)?;
    Ok(top)
}

fn pushpop(fname: &str, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let a = two_args(fname, args, kw)?;
    let heap = heap_arg(fname, &a[0], false)?;
    let Some(top) = heap.get(0) else {
        return Ok(a[1].clone());
    };
    if !before(&top, &a[1], max)? {
        return Ok(a[1].clone());
    }
    let top = heap
        .get(0)
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "index out of range"))?;
    heap.set(0, a[1].clone());
    sift_up(heap, 0, max)?;
    Ok(top)
}

fn heapify(fname: &str, args: &[Value], kw: &[Value], max: bool) -> PyResult<Value> {
    let heap = heap_arg(fname, one_arg(fname, args, kw)?, true)?;
    for i in (0..heap.len() / 2).rev() {
        sift_up(heap, i, max)?;
    }
    Ok(singletons::none())
}

macro_rules! entry {
    ($name:literal, $op:ident, $max:literal) => {
        (
            $name,
            (|a: &[Value], k: &[Value]| $op($name, a, k, $max)) as NativeFn,
        )
    };
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    let functions = [
        entry!("heappush", push, false),
        entry!("heappop", pop, false),
        entry!("heapreplace", replace, false),
        entry!("heappushpop", pushpop, false),
        entry!("heapify", heapify, false),
        entry!("heappush_max", push, true),
        entry!("heappop_max", pop, true),
        entry!("heapreplace_max", replace, true),
        entry!("heappushpop_max", pushpop, true),
        entry!("heapify_max", heapify, true),
    ];
    for (name, f) in functions {
        dict::set_item(&d, pystr::intern(name), native_any_arity(name, f))?;
    }
    dict::set_item(
        &d,
        pystr::intern("__doc__"),
        pystr::new("Heap queue algorithm (a.k.a. priority queue)."),
    )?;
    new_module("_heapq", d)
}
