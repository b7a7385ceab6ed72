//! `tuple`: an immutable array of values with a cached hash (CPython's
//! xxHash-based combination of the item hashes).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{tpflags, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{INDEX_ERROR, MEMORY_ERROR, TYPE_ERROR};
use crate::types::int::{self, IntRef};
use crate::types::{singletons, str as pystr};

#[repr(C)]
pub struct TupleObject {
    header: ObjHeader,
    hash: AtomicI64,
    items: Box<[Value]>,
}

// SAFETY: `#[repr(C)]`, header first; `tuple` and its subclasses use this
// layout.
unsafe impl PyPayload for TupleObject {
    fn type_object() -> &'static TypeObject {
        &TUPLE_TYPE
    }
}

impl TupleObject {
    #[inline]
    pub fn items(&self) -> &[Value] {
        &self.items
    }
}

/// A new tuple (the empty tuple is a shared immortal singleton).
pub fn new(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return empty();
    }
    Value::from_box(Box::new(TupleObject {
        header: ObjHeader::new(&TUPLE_TYPE),
        hash: AtomicI64::new(-1),
        items: items.into_boxed_slice(),
    }))
}

/// A new, never shared tuple object (empty too), for tuple subclass
/// instances.
pub fn new_unshared(items: Vec<Value>) -> Value {
    Value::from_box(Box::new(TupleObject {
        header: ObjHeader::new(&TUPLE_TYPE),
        hash: AtomicI64::new(-1),
        items: items.into_boxed_slice(),
    }))
}

/// A tuple of the static tuple subtype `ty` (struct sequences such as
/// `sys.version_info`), which shares tuple's layout.
pub fn new_of_type(ty: &'static TypeObject, items: Vec<Value>) -> Value {
    Value::from_box(Box::new(TupleObject {
        header: ObjHeader::new(ty),
        hash: AtomicI64::new(-1),
        items: items.into_boxed_slice(),
    }))
}

/// The tuple part of an object of the static tuple subtype `ty` whose
/// layout extends tuple's (struct sequences with attribute-only fields).
pub fn payload_of_type(ty: &'static TypeObject, items: Vec<Value>) -> TupleObject {
    TupleObject {
        header: ObjHeader::new(ty),
        hash: AtomicI64::new(-1),
        items: items.into_boxed_slice(),
    }
}

pub fn empty() -> Value {
    static EMPTY: OnceLock<Value> = OnceLock::new();
    EMPTY
        .get_or_init(|| {
            let obj = TupleObject {
                header: ObjHeader::new(&TUPLE_TYPE),
                hash: AtomicI64::new(-1),
                items: Box::new([]),
            };
            obj.header.make_immortal();
            Value::from_box(Box::new(obj))
        })
        .clone()
}

/// The items of a tuple; empty for anything else.
#[inline]
pub fn items(v: &Value) -> &[Value] {
    v.downcast::<TupleObject>().map_or(&[], TupleObject::items)
}

/// Resolves a possibly negative index against `len`: `None` when out of
/// range, CPython's IndexError when beyond a Py_ssize_t.
pub fn normalize_index(i: IntRef<'_>, len: usize) -> PyResult<Option<usize>> {
    let Some(i) = i.to_i64() else {
        return Err(PyErr::new(
            &INDEX_ERROR,
            "cannot fit 'int' into an index-sized integer",
        ));
    };
    let i = if i < 0 {
        i.checked_add(len as i64)
    } else {
        Some(i)
    };
    Ok(i.filter(|i| (0..len as i64).contains(i))
        .map(|i| i as usize))
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash: an xxHash-style accumulation of the item hashes.
pub fn hash_items(items: &[Value]) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for item in items {
        let lane = ops::hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

fn tuple_hash(v: &Value) -> PyResult<i64> {
    let Some(t) = v.downcast::<TupleObject>() else {
        return Ok(0);
    };
    let cached = t.hash.load(Ordering::Relaxed);
    if cached != -1 {
        return Ok(cached);
    }
    let h = hash_items(&t.items)?;
    t.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

/// Lexicographic comparison of two sequences, as tuples and lists compare:
/// the first pair of items that are not equal decides, else the lengths.
/// `get` returns the item at an index (or `None` past the end), so that
/// a list mutated by an `__eq__` is re-read rather than held.
pub fn compare_sequences(
    len_a: &dyn Fn() -> usize,
    get_a: &dyn Fn(usize) -> Option<Value>,
    len_b: &dyn Fn() -> usize,
    get_b: &dyn Fn(usize) -> Option<Value>,
    op: CompareOp,
) -> PyResult<Value> {
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (get_a(i), get_b(i)) else {
            break;
        };
        if !ops::eq(&x, &y)? {
            return match op {
                CompareOp::Eq => Ok(singletons::false_()),
                CompareOp::Ne => Ok(singletons::true_()),
                _ => ops::richcompare(&x, &y, op),
            };
        }
        i += 1;
    }
    Ok(singletons::bool(op.test(len_a().cmp(&len_b()))))
}

fn tuple_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<TupleObject>(), b.downcast::<TupleObject>()) else {
        return Ok(singletons::not_implemented());
    };
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.items.len() != y.items.len() {
        return Ok(singletons::bool(op == CompareOp::Ne));
    }
    compare_sequences(
        &|| x.items.len(),
        &|i| x.items.get(i).cloned(),
        &|| y.items.len(),
        &|i| y.items.get(i).cloned(),
        op,
    )
}

fn tuple_repr(v: &Value) -> PyResult<Value> {
    let items = items(v);
    if items.is_empty() {
        return Ok(pystr::new("()"));
    }
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new("(...)"));
    };
    let mut out = String::from("(");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&pystr::to_string_lossy(&ops::repr(item)?));
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(pystr::new(&out))
}

fn tuple_len(v: &Value) -> PyResult<usize> {
    Ok(items(v).len())
}

fn tuple_bool(v: &Value) -> PyResult<bool> {
    Ok(!items(v).is_empty())
}

fn tuple_concat(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(y) = b.downcast::<TupleObject>() else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.type_of().name
            ),
        ));
    };
    let x = items(a);
    let mut out = crate::types::vec_with_capacity(x.len() + y.items.len())?;
    out.extend_from_slice(x);
    out.extend_from_slice(&y.items);
    Ok(new(out))
}

fn tuple_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    let count = pystr::repeat_count(n)?;
    let x = items(a);
    if count == 1 && a.is_exact(&TUPLE_TYPE) {
        return Ok(a.clone());
    }
    let total = x
        .len()
        .checked_mul(count)
        .ok_or_else(|| PyErr::with_args(&MEMORY_ERROR, Vec::new()))?;
    let mut out = crate::types::vec_with_capacity(total)?;
    for _ in 0..count {
        out.extend_from_slice(x);
    }
    Ok(new(out))
}

fn tuple_contains(a: &Value, item: &Value) -> PyResult<bool> {
    for x in items(a) {
        if ops::eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_getitem(a: &Value, index: &Value) -> PyResult<Value> {
    let index_int = ops::index_operand(index)?;
    let Some(i) = index_int.as_ref().and_then(int::as_int) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "tuple indices must be integers or slices, not {}",
                index.type_of().name
            ),
        ));
    };
    let x = items(a);
    let i = normalize_index(i, x.len())?
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "tuple index out of range"))?;
    Ok(x[i].clone())
}

fn tuple_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    for item in items(v) {
        visit(item);
    }
}

/// Iterator over a tuple.
#[repr(C)]
pub struct TupleIterator {
    header: ObjHeader,
    tuple: Value,
    pos: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for TupleIterator {
    fn type_object() -> &'static TypeObject {
        &TUPLE_ITERATOR_TYPE
    }
}

fn tuple_iter(v: &Value) -> PyResult<Value> {
    Ok(Value::from_box(Box::new(TupleIterator {
        header: ObjHeader::new(&TUPLE_ITERATOR_TYPE),
        tuple: v.clone(),
        pos: Cell::new(0),
    })))
}

fn tuple_iterator_next(v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<TupleIterator>() else {
        return Ok(None);
    };
    let items = items(&it.tuple);
    Ok(it.pos.with(&it.header, |pos| {
        let item = items.get(*pos).cloned();
        *pos += item.is_some() as usize;
        item
    }))
}

/// How many items a tuple iterator has left (its `__length_hint__`).
pub fn iterator_remaining(v: &Value) -> Option<usize> {
    let it = v.downcast::<TupleIterator>()?;
    let pos = it.pos.with(&it.header, |p| *p);
    Some(items(&it.tuple).len().saturating_sub(pos))
}

fn tuple_iterator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<TupleIterator>() {
        visit(&it.tuple);
    }
}

pub fn self_iter(v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

pub static TUPLE_ITERATOR_TYPE: TypeObject = TypeObject::new_static(
    "tuple_iterator",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::HAVE_GC,
    Slots {
        iter: Some(self_iter),
        next: Some(tuple_iterator_next),
        traverse: Some(tuple_iterator_traverse),
        hash: Some(crate::types::object::identity_hash),
        richcompare: Some(crate::types::object::identity_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        ..Slots::new(dealloc_box::<TupleIterator>)
    },
);

pub static TUPLE_TYPE: TypeObject = TypeObject::new_static(
    "tuple",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::TUPLE_SUBCLASS | tpflags::HAVE_GC,
    Slots {
        hash: Some(tuple_hash),
        repr: Some(tuple_repr),
        richcompare: Some(tuple_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        iter: Some(tuple_iter),
        traverse: Some(tuple_traverse),
        bool: Some(tuple_bool),
        length: Some(tuple_len),
        concat: Some(tuple_concat),
        repeat: Some(tuple_repeat),
        contains: Some(tuple_contains),
        getitem: Some(tuple_getitem),
        ..Slots::new(dealloc_box::<TupleObject>)
    },
);
