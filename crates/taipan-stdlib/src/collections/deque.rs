//! `collections.deque`: a double-ended queue with an optional maximum
//! length, and its forward and reverse iterators. The items live in a
//! `VecDeque` touched only inside the deque's critical section; item
//! comparisons work on cloned items and notice concurrent mutation
//! through the `state` counter, as CPython's deque does.

use std::collections::VecDeque;

use taipan_vm::interp::attrs;
use taipan_vm::interp::classes::{self, make_instance};
use taipan_vm::interp::objects::{base_slots, native, native_method_any_arity, NativeFn};
use taipan_vm::interp::{call_object, slot_wrappers, type_error};

use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{tpflags, BinOp, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::exceptions::{INDEX_ERROR, RUNTIME_ERROR, VALUE_ERROR};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{int, list, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::{index_clamped, index_ssize, keywords, method_args, positional};

struct State {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every change of the item sequence (not by `d[i] = x`):
    /// iterators and comparisons compare it to detect mutation.
    state: u64,
}

#[repr(C)]
pub struct DequeObject {
    header: ObjHeader,
    inner: Cell<State>,
}

// SAFETY: `#[repr(C)]`, header first; deque and its subclasses use this
// layout.
unsafe impl PyPayload for DequeObject {
    fn type_object() -> &'static TypeObject {
        &DEQUE_TYPE
    }
}

impl DequeObject {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        self.inner.with(&self.header, f)
    }

    fn len(&self) -> usize {
        self.with(|s| s.items.len())
    }

    fn state(&self) -> u64 {
        self.with(|s| s.state)
    }

    fn maxlen(&self) -> Option<usize> {
        self.with(|s| s.maxlen)
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.with(|s| s.items.get(i).cloned())
    }

    fn to_vec(&self) -> Vec<Value> {
        self.with(|s| s.items.iter().cloned().collect())
    }

    /// Appends at the right (or left); with a maximum length the item
    /// pushed out at the other end is returned for the caller to drop.
    fn push(&self, x: Value, left: bool) -> Option<Value> {
        self.with(|s| {
            s.state += 1;
            if s.maxlen == Some(0) {
                return Some(x);
            }
            let full = s.maxlen.is_some_and(|m| s.items.len() >= m);
            if left {
                s.items.push_front(x);
                if full {
                    return s.items.pop_back();
                }
            } else {
                s.items.push_back(x);
                if full {
                    return s.items.pop_front();
                }
            }
            None
        })
    }

    fn pop(&self, left: bool) -> Option<Value> {
        self.with(|s| {
            let x = if left {
                s.items.pop_front()
            } else {
                s.items.pop_back()
            };
            if x.is_some() {
                s.state += 1;
            }
            x
        })
    }

    fn clear(&self) {
        let old = self.with(|s| {
            s.state += 1;
            std::mem::take(&mut s.items)
        });
        drop(old);
    }
}

fn deque(v: &Value) -> PyResult<&DequeObject> {
    v.downcast::<DequeObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor for 'collections.deque' objects doesn't apply to a '{}' object",
            v.type_of().name
        ))
    })
}

fn mutated() -> PyErr {
    PyErr::new(&RUNTIME_ERROR, "deque mutated during iteration")
}

/// An empty deque of class `cls` (deque or a subclass).
fn new_of(cls: &TypeObject, maxlen: Option<usize>) -> PyResult<Value> {
    let v = Value::from_box(Box::new(DequeObject {
        header: ObjHeader::new(&DEQUE_TYPE),
        inner: Cell::new(State {
            items: VecDeque::new(),
            maxlen,
            state: 0,
        }),
    }));
    if std::ptr::eq(cls, &DEQUE_TYPE) {
        Ok(v)
    } else {
        make_instance(cls, v)
    }
}

fn extend_from(d: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let dq = deque(d)?;
    // Extending a deque by itself reads a snapshot of its items.
    let items = if iterable.is(d) {
        dq.to_vec()
    } else {
        let it = attrs::iter(iterable)?;
        while let Some(x) = attrs::next(&it)? {
            drop(dq.push(x, left));
        }
        return Ok(());
    };
    for x in items {
        drop(dq.push(x, left));
    }
    Ok(())
}

// ---------------------------------------------------------------- construction

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque; a plain
/// `deque(...)` call (which runs no `__init__`) is initialized here.
fn m_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let cls = pos
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .ok_or_else(|| type_error("deque.__new__(X): X is not a type object"))?;
    if !cls.is_subtype_of(&DEQUE_TYPE) {
        return Err(type_error(format!(
            "deque.__new__({}): {} is not a subtype of deque",
            cls.name, cls.name
        )));
    }
    let d = new_of(cls, None)?;
    if std::ptr::eq(cls, &DEQUE_TYPE) {
        let mut init_args = vec![d.clone()];
        init_args.extend_from_slice(&args[1..]);
        m_init(&init_args, kwnames)?;
    }
    Ok(d)
}

/// `deque.__init__(self, iterable=(), maxlen=None)`.
fn m_init(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let me = &pos[0];
    let dq = deque(me)?;
    if pos.len() > 3 {
        return Err(type_error(format!(
            "deque expected at most 2 arguments, got {}",
            pos.len() - 1
        )));
    }
    let mut iterable = pos.get(1).cloned();
    let mut maxlen = pos.get(2).cloned();
    for (name, v) in keywords(args, kwnames) {
        let slot = match name {
            "iterable" => &mut iterable,
            "maxlen" => &mut maxlen,
            _ => {
                return Err(type_error(format!(
                    "deque() got an unexpected keyword argument '{name}'"
                )))
            }
        };
        if slot.is_some() {
            return Err(type_error(format!(
                "argument for deque() given by name ('{name}') and position"
            )));
        }
        *slot = Some(v.clone());
    }
    let maxlen = match maxlen.filter(|m| !singletons::is_none(m)) {
        None => None,
        Some(m) => {
            if int::as_int(&m).is_none() {
                return Err(type_error("an integer is required"));
            }
            let n = index_ssize(&m)?;
            if n < 0 {
                return Err(PyErr::new(&VALUE_ERROR, "maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    dq.with(|s| s.maxlen = maxlen);
    if dq.len() > 0 {
        dq.clear();
    }
    if let Some(it) = iterable {
        extend_from(me, &it, false)?;
    }
    Ok(singletons::none())
}

// ---------------------------------------------------------------- methods

fn m_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.append", args, kw, 1, 1)?;
    drop(deque(&args[0])?.push(a[0].clone(), false));
    Ok(singletons::none())
}

fn m_appendleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.appendleft", args, kw, 1, 1)?;
    drop(deque(&args[0])?.push(a[0].clone(), true));
    Ok(singletons::none())
}

fn pop_either(args: &[Value], kw: &[Value], name: &str, left: bool) -> PyResult<Value> {
    method_args(name, args, kw, 0, 0)?;
    deque(&args[0])?
        .pop(left)
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "pop from an empty deque"))
}

fn m_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pop_either(args, kw, "deque.pop", false)
}

fn m_popleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pop_either(args, kw, "deque.popleft", true)
}

fn m_extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.extend", args, kw, 1, 1)?;
    extend_from(&args[0], &a[0], false)?;
    Ok(singletons::none())
}

fn m_extendleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.extendleft", args, kw, 1, 1)?;
    extend_from(&args[0], &a[0], true)?;
    Ok(singletons::none())
}

fn m_rotate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.rotate", args, kw, 0, 1)?;
    let n = match a.first() {
        Some(v) => index_ssize(v)?,
        None => 1,
    };
    deque(&args[0])?.with(|s| {
        let len = s.items.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            s.items.rotate_right(k);
            s.state += 1;
        }
    });
    Ok(singletons::none())
}

fn m_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("deque.clear", args, kw, 0, 0)?;
    deque(&args[0])?.clear();
    Ok(singletons::none())
}

/// A shallow copy: of the same class (subclasses are called with the items
/// and the maximum length, as CPython does).
fn copy_of(v: &Value) -> PyResult<Value> {
    let dq = deque(v)?;
    let maxlen = dq.maxlen();
    if v.is_exact(&DEQUE_TYPE) {
        let new = new_of(&DEQUE_TYPE, maxlen)?;
        deque(&new)?.with(|s| s.items = dq.to_vec().into());
        return Ok(new);
    }
    let cls = v.type_of().as_value();
    match maxlen {
        None => call_object(&cls, std::slice::from_ref(v), &[]),
        Some(m) => call_object(&cls, &[v.clone(), int::from_i64(m as i64)], &[]),
    }
}

fn m_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("deque.copy", args, kw, 0, 0)?;
    copy_of(&args[0])
}

/// Calls `f` with each item and its position until it returns true;
/// the items are compared outside the critical section, and a deque
/// changed meanwhile is an error.
fn find(
    dq: &DequeObject,
    start: usize,
    stop: usize,
    mut f: impl FnMut(&Value) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let state = dq.state();
    for i in start..stop {
        let Some(x) = dq.get(i) else { break };
        let hit = f(&x)?;
        if dq.state() != state {
            return Err(mutated());
        }
        if hit {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn m_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.count", args, kw, 1, 1)?;
    let dq = deque(&args[0])?;
    let mut n = 0i64;
    find(dq, 0, dq.len(), |x| {
        if x.is(&a[0]) || ops::eq(x, &a[0])? {
            n += 1;
        }
        Ok(false)
    })?;
    Ok(int::from_i64(n))
}

/// Resolves a `start`/`stop` argument of `index` against `len`.
fn clamp_bound(v: &Value, len: usize) -> PyResult<usize> {
    let i = index_clamped(v)?;
    let len = len as i64;
    Ok(if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    } as usize)
}

fn m_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.index", args, kw, 1, 3)?;
    let dq = deque(&args[0])?;
    let len = dq.len();
    let start = a
        .get(1)
        .map(|v| clamp_bound(v, len))
        .transpose()?
        .unwrap_or(0);
    let stop = a
        .get(2)
        .map(|v| clamp_bound(v, len))
        .transpose()?
        .unwrap_or(len);
    match find(dq, start, stop, |x| Ok(x.is(&a[0]) || ops::eq(x, &a[0])?))? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(PyErr::new(&VALUE_ERROR, "deque.index(x): x not in deque")),
    }
}

fn m_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.insert", args, kw, 2, 2)?;
    let dq = deque(&args[0])?;
    let i = index_clamped(&a[0])?;
    let full = dq.with(|s| s.maxlen.is_some_and(|m| s.items.len() >= m));
    if full {
        return Err(PyErr::new(
            &INDEX_ERROR,
            "deque already at its maximum size",
        ));
    }
    dq.with(|s| {
        let len = s.items.len() as i64;
        let at = if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i.min(len)
        };
        s.items.insert(at as usize, a[1].clone());
        s.state += 1;
    });
    Ok(singletons::none())
}

fn m_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("deque.remove", args, kw, 1, 1)?;
    let dq = deque(&args[0])?;
    match find(dq, 0, dq.len(), |x| Ok(x.is(&a[0]) || ops::eq(x, &a[0])?))? {
        Some(i) => {
            let old = dq.with(|s| {
                s.state += 1;
                s.items.remove(i)
            });
            drop(old);
            Ok(singletons::none())
        }
        None => Err(PyErr::new(&VALUE_ERROR, "deque.remove(x): x not in deque")),
    }
}

fn m_reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("deque.reverse", args, kw, 0, 0)?;
    deque(&args[0])?.with(|s| {
        s.items.make_contiguous().reverse();
        s.state += 1;
    });
    Ok(singletons::none())
}

fn m_reversed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("deque.__reversed__", args, kw, 0, 0)?;
    Ok(new_iter(&args[0], true))
}

/// `(type(d), (), None, iter(d))` or `(type(d), ((), maxlen), None, iter(d))`.
fn m_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("deque.__reduce__", args, kw, 0, 0)?;
    let me = &args[0];
    let ctor_args = match deque(me)?.maxlen() {
        None => tuple::empty(),
        Some(m) => tuple::new(vec![tuple::empty(), int::from_i64(m as i64)]),
    };
    let state = match attrs::instance_dict(me) {
        Some(d) if ops::len(&d)? > 0 => d,
        _ => singletons::none(),
    };
    Ok(tuple::new(vec![
        me.type_of().as_value(),
        ctor_args,
        state,
        new_iter(me, false),
    ]))
}

fn maxlen_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match deque(&args[0])?.maxlen() {
        Some(m) => int::from_i64(m as i64),
        None => singletons::none(),
    })
}

// ---------------------------------------------------------------- slots

fn deque_len(v: &Value) -> PyResult<usize> {
    Ok(deque(v)?.len())
}

/// The position an integer subscript names; IndexError when out of range.
fn item_index(dq: &DequeObject, key: &Value) -> PyResult<usize> {
    if key.type_of().slots.index.is_none() {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            key.type_of().name
        )));
    }
    let i = index_clamped(key)?;
    let len = dq.len() as i64;
    let i = if i < 0 { i.saturating_add(len) } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::new(&INDEX_ERROR, "deque index out of range"));
    }
    Ok(i as usize)
}

fn deque_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let dq = deque(v)?;
    let i = item_index(dq, key)?;
    dq.get(i)
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "deque index out of range"))
}

fn deque_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let dq = deque(v)?;
    let i = item_index(dq, key)?;
    let old = dq.with(|s| match value {
        Some(x) => s
            .items
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, x.clone())),
        None => {
            s.state += 1;
            s.items.remove(i)
        }
    });
    match old {
        Some(old) => {
            drop(old);
            Ok(())
        }
        None => Err(PyErr::new(&INDEX_ERROR, "deque index out of range")),
    }
}

fn deque_contains(v: &Value, x: &Value) -> PyResult<bool> {
    let dq = deque(v)?;
    Ok(find(dq, 0, dq.len(), |y| Ok(y.is(x) || ops::eq(y, x)?))?.is_some())
}

fn deque_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<DequeObject>(), b.downcast::<DequeObject>()) else {
        return Ok(singletons::not_implemented());
    };
    tuple::compare_sequences(&|| x.len(), &|i| x.get(i), &|| y.len(), &|i| y.get(i), op)
}

fn deque_concat(a: &Value, b: &Value) -> PyResult<Value> {
    if b.downcast::<DequeObject>().is_none() {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            b.type_of().name
        )));
    }
    let new = copy_of(a)?;
    extend_from(&new, b, false)?;
    Ok(new)
}

fn deque_inplace_concat(a: &Value, b: &Value) -> PyResult<Value> {
    extend_from(a, b, false)?;
    Ok(a.clone())
}

/// Repeats the items in place `n` times in all (0 or less empties).
fn repeat_in_place(dq: &DequeObject, n: i64) -> PyResult<()> {
    if n <= 0 {
        dq.clear();
        return Ok(());
    }
    let items = dq.to_vec();
    let total = items.len().checked_mul(n as usize);
    if total.is_none_or(|t| t > isize::MAX as usize / 8) {
        return Err(PyErr::new(&taipan_vm::types::exceptions::MEMORY_ERROR, ""));
    }
    // With a maximum length, only the last `maxlen` items can remain.
    let keep = dq.maxlen().map_or(n as usize, |m| {
        if items.is_empty() {
            1
        } else {
            (m / items.len() + 1).min(n as usize)
        }
    });
    for _ in 1..keep {
        for x in &items {
            drop(dq.push(x.clone(), false));
        }
    }
    Ok(())
}

fn deque_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    if n.type_of().slots.index.is_none() {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_of().name
        )));
    }
    let n = index_clamped(n)?;
    let new = copy_of(a)?;
    repeat_in_place(deque(&new)?, n)?;
    Ok(new)
}

fn deque_inplace_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    if n.type_of().slots.index.is_none() {
        return Ok(singletons::not_implemented());
    }
    let n = index_clamped(n)?;
    repeat_in_place(deque(a)?, n)?;
    Ok(a.clone())
}

fn deque_repr(v: &Value) -> PyResult<Value> {
    let name = &v.type_of().name;
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new("[...]"));
    };
    let dq = deque(v)?;
    let items = list::new(dq.to_vec());
    let body = pystr::to_string_lossy(&ops::repr(&items)?);
    Ok(pystr::new(&match dq.maxlen() {
        Some(m) => format!("{name}({body}, maxlen={m})"),
        None => format!("{name}({body})"),
    }))
}

fn deque_iter(v: &Value) -> PyResult<Value> {
    Ok(new_iter(v, false))
}

fn deque_bool(v: &Value) -> PyResult<bool> {
    Ok(deque(v)?.len() > 0)
}

pub static DEQUE_TYPE: TypeObject = TypeObject::new_static_in(
    "collections",
    "deque",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::HAVE_GC,
    Slots {
        repr: Some(deque_repr),
        richcompare: Some(deque_richcompare),
        getattr: Some(attrs::generic_getattr),
        iter: Some(deque_iter),
        length: Some(deque_len),
        bool: Some(deque_bool),
        getitem: Some(deque_getitem),
        setitem: Some(deque_setitem),
        contains: Some(deque_contains),
        concat: Some(deque_concat),
        inplace_concat: Some(deque_inplace_concat),
        repeat: Some(deque_repeat),
        inplace: inplace_slots(),
        ..Slots::new(dealloc_box::<DequeObject>)
    },
);

const fn inplace_slots() -> [Option<taipan_vm::object::BinaryFn>; taipan_vm::object::NUM_BINOPS] {
    let mut s = [None; taipan_vm::object::NUM_BINOPS];
    s[BinOp::Mul as usize] = Some(deque_inplace_repeat as taipan_vm::object::BinaryFn);
    s
}

// ---------------------------------------------------------------- iterators

#[repr(C)]
pub struct DequeIterObject {
    header: ObjHeader,
    deque: Value,
    /// Items still to produce, and the position of the next one.
    pos: Cell<(usize, usize)>,
    state: u64,
    reverse: bool,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for DequeIterObject {
    fn type_object() -> &'static TypeObject {
        &DEQUE_ITER_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &DEQUE_ITER_TYPE) || std::ptr::eq(ty, &DEQUE_REVERSE_ITER_TYPE)
    }
}

fn new_iter(d: &Value, reverse: bool) -> Value {
    let dq = d.downcast::<DequeObject>().expect("deque");
    let (len, state) = dq.with(|s| (s.items.len(), s.state));
    Value::from_box(Box::new(DequeIterObject {
        header: ObjHeader::new(if reverse {
            &DEQUE_REVERSE_ITER_TYPE
        } else {
            &DEQUE_ITER_TYPE
        }),
        deque: d.clone(),
        pos: Cell::new((len, if reverse { len.wrapping_sub(1) } else { 0 })),
        state,
        reverse,
    }))
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<DequeIterObject>().expect("deque iterator");
    let dq = deque(&it.deque)?;
    let (left, at) = it.pos.with(&it.header, |p| *p);
    if left == 0 {
        return Ok(None);
    }
    let (state, item) = dq.with(|s| (s.state, s.items.get(at).cloned()));
    if state != it.state {
        it.pos.with(&it.header, |p| p.0 = 0);
        return Err(mutated());
    }
    it.pos.with(&it.header, |p| {
        p.0 -= 1;
        p.1 = if it.reverse {
            p.1.wrapping_sub(1)
        } else {
            p.1 + 1
        };
    });
    Ok(item)
}

fn m_length_hint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("__length_hint__", args, kw, 0, 0)?;
    let it = args[0]
        .downcast::<DequeIterObject>()
        .ok_or_else(|| type_error("deque iterator expected"))?;
    Ok(int::from_i64(it.pos.with(&it.header, |p| p.0) as i64))
}

pub static DEQUE_ITER_TYPE: TypeObject = TypeObject::new_static_in(
    "collections",
    "_deque_iterator",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(iter_next),
        getattr: Some(attrs::generic_getattr),
        ..base_slots(dealloc_box::<DequeIterObject>)
    },
);

pub static DEQUE_REVERSE_ITER_TYPE: TypeObject = TypeObject::new_static_in(
    "collections",
    "_deque_reverse_iterator",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(iter_next),
        getattr: Some(attrs::generic_getattr),
        ..base_slots(dealloc_box::<DequeIterObject>)
    },
);

// ---------------------------------------------------------------- install

pub(super) fn add_methods(ty: &'static TypeObject, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        let _ = taipan_vm::types::dict::set_item(
            ty.dict(),
            pystr::intern(name),
            native_method_any_arity(ty, name, *f),
        );
    }
}

/// Fills the types' dicts (once, at the module's first import).
pub(crate) fn install() {
    add_methods(
        &DEQUE_TYPE,
        &[
            ("__init__", m_init),
            ("append", m_append),
            ("appendleft", m_appendleft),
            ("pop", m_pop),
            ("popleft", m_popleft),
            ("extend", m_extend),
            ("extendleft", m_extendleft),
            ("rotate", m_rotate),
            ("clear", m_clear),
            ("copy", m_copy),
            ("__copy__", m_copy),
            ("count", m_count),
            ("index", m_index),
            ("insert", m_insert),
            ("remove", m_remove),
            ("reverse", m_reverse),
            ("__reversed__", m_reversed),
            ("__reduce__", m_reduce),
        ],
    );
    let d = DEQUE_TYPE.dict();
    let _ = taipan_vm::types::dict::set_item(
        d,
        pystr::intern("__new__"),
        classes::new_wrapper(&classes::STATICMETHOD_TYPE, native("__new__", m_new)),
    );
    let _ = taipan_vm::types::dict::set_item(
        d,
        pystr::intern("maxlen"),
        slot_wrappers::new_getset(&DEQUE_TYPE, "maxlen", maxlen_get),
    );
    add_methods(&DEQUE_ITER_TYPE, &[("__length_hint__", m_length_hint)]);
    add_methods(
        &DEQUE_REVERSE_ITER_TYPE,
        &[("__length_hint__", m_length_hint)],
    );
    classes::install_class_getitem(&[&DEQUE_TYPE]);
    slot_wrappers::install(&[&DEQUE_TYPE, &DEQUE_ITER_TYPE, &DEQUE_REVERSE_ITER_TYPE]);
    classes::register_layout::<DequeObject>(&DEQUE_TYPE);
}
