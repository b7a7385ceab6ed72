//! `list`: a growable array of values. Its storage is only touched inside
//! the list's critical section, and never while Python code can run (item
//! comparisons work on cloned items), so a list mutated by an `__eq__` or
//! from another thread stays consistent.

use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{tpflags, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{INDEX_ERROR, MEMORY_ERROR, TYPE_ERROR};
use crate::types::int;
use crate::types::tuple::{self, normalize_index};
use crate::types::{singletons, str as pystr};

#[repr(C)]
pub struct ListObject {
    header: ObjHeader,
    items: Cell<Vec<Value>>,
}

// SAFETY: `#[repr(C)]`, header first; `list` and its subclasses use this
// layout.
unsafe impl PyPayload for ListObject {
    fn type_object() -> &'static TypeObject {
        &LIST_TYPE
    }
}

pub fn new(items: Vec<Value>) -> Value {
    Value::from_box(Box::new(ListObject {
        header: ObjHeader::new(&LIST_TYPE),
        items: Cell::new(items),
    }))
}

impl ListObject {
    fn with<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        self.items.with(&self.header, f)
    }

    pub fn len(&self) -> usize {
        self.with(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i`, if in range.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.with(|v| v.get(i).cloned())
    }

    /// Replaces the item at `i`; false if out of range.
    pub fn set(&self, i: usize, value: Value) -> bool {
        // Whatever is displaced leaves the critical section before it is
        // released.
        let displaced = self.with(|v| match v.get_mut(i) {
            Some(slot) => Ok(std::mem::replace(slot, value)),
            None => Err(value),
        });
        displaced.is_ok()
    }

    pub fn append(&self, value: Value) {
        self.with(|v| v.push(value));
    }

    /// Inserts before `i` (clamped to the length, negative from the end).
    pub fn insert(&self, i: i64, value: Value) {
        self.with(|v| {
            let len = v.len() as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            v.insert(i as usize, value);
        });
    }

    /// Removes and returns the item at `i` (negative from the end).
    pub fn pop(&self, i: i64) -> PyResult<Value> {
        let popped = self.with(|v| {
            if v.is_empty() {
                return Err("pop from empty list");
            }
            let len = v.len() as i64;
            let j = if i < 0 { i + len } else { i };
            if !(0..len).contains(&j) {
                return Err("pop index out of range");
            }
            Ok(v.remove(j as usize))
        });
        popped.map_err(|msg| PyErr::new(&INDEX_ERROR, msg))
    }

    pub fn extend(&self, items: Vec<Value>) {
        self.with(|v| v.extend(items));
    }

    /// Removes every item.
    pub fn clear(&self) {
        let old = self.with(std::mem::take);
        drop(old);
    }

    /// A copy of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.with(|v| v.clone())
    }
}

fn list(v: &Value) -> PyResult<&ListObject> {
    v.downcast::<ListObject>().ok_or_else(|| {
        PyErr::new(
            &TYPE_ERROR,
            format!("expected list, got '{}'", v.type_of().name),
        )
    })
}

fn list_repr(v: &Value) -> PyResult<Value> {
    let l = list(v)?;
    if l.is_empty() {
        return Ok(pystr::new("[]"));
    }
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new("[...]"));
    };
    let mut out = String::from("[");
    let mut i = 0;
    // Re-read each item: a repr may mutate the list.
    while let Some(item) = l.get(i) {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&pystr::to_string_lossy(&ops::repr(&item)?));
        i += 1;
    }
    out.push(']');
    Ok(pystr::new(&out))
}

fn list_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<ListObject>(), b.downcast::<ListObject>()) else {
        return Ok(singletons::not_implemented());
    };
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(singletons::bool(op == CompareOp::Ne));
    }
    tuple::compare_sequences(&|| x.len(), &|i| x.get(i), &|| y.len(), &|i| y.get(i), op)
}

fn list_len(v: &Value) -> PyResult<usize> {
    Ok(list(v)?.len())
}

fn list_bool(v: &Value) -> PyResult<bool> {
    Ok(!list(v)?.is_empty())
}

fn list_concat(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(y) = b.downcast::<ListObject>() else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "can only concatenate list (not \"{}\") to list",
                b.type_of().name
            ),
        ));
    };
    let mut items = list(a)?.to_vec();
    items.extend(y.to_vec());
    Ok(new(items))
}

/// `a += iterable`.
fn list_inplace_concat(a: &Value, b: &Value) -> PyResult<Value> {
    let l = list(a)?;
    let items = match b.downcast::<ListObject>() {
        Some(other) => other.to_vec(),
        None => ops::collect(b)?,
    };
    l.extend(items);
    Ok(a.clone())
}

fn list_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    Ok(new(repeated_items(a, n)?))
}

/// `a *= n`: the list itself, holding its items `n` times; a count that
/// is no integer leaves the reflected `__rmul__` its turn.
fn list_inplace_repeat(a: &Value, n: &Value) -> PyResult<Value> {
    let Some(n) = ops::index_operand(n)? else {
        return Ok(singletons::not_implemented());
    };
    let items = repeated_items(a, &n)?;
    let l = list(a)?;
    let old = l.with(|v| std::mem::replace(v, items));
    drop(old);
    Ok(a.clone())
}

/// The items of `a` repeated `n` times.
fn repeated_items(a: &Value, n: &Value) -> PyResult<Vec<Value>> {
    let count = pystr::repeat_count(n)?;
    let items = list(a)?.to_vec();
    let total = items
        .len()
        .checked_mul(count)
        .ok_or_else(|| PyErr::with_args(&MEMORY_ERROR, Vec::new()))?;
    let mut out = crate::types::vec_with_capacity(total)?;
    for _ in 0..count {
        out.extend_from_slice(&items);
    }
    Ok(out)
}

fn list_contains(a: &Value, item: &Value) -> PyResult<bool> {
    let l = list(a)?;
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if ops::eq(&x, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// The position `index` names in `l`; IndexError `out_of_range` outside.
fn index_of(l: &ListObject, index: &Value, out_of_range: &str) -> PyResult<usize> {
    let index_int = ops::index_operand(index)?;
    let Some(i) = index_int.as_ref().and_then(int::as_int) else {
        return Err(PyErr::new(
            &TYPE_ERROR,
            format!(
                "list indices must be integers or slices, not {}",
                index.type_of().name
            ),
        ));
    };
    normalize_index(i, l.len())?.ok_or_else(|| PyErr::new(&INDEX_ERROR, out_of_range))
}

fn list_getitem(a: &Value, index: &Value) -> PyResult<Value> {
    let l = list(a)?;
    let i = index_of(l, index, "list index out of range")?;
    l.get(i)
        .ok_or_else(|| PyErr::new(&INDEX_ERROR, "list index out of range"))
}

fn list_setitem(a: &Value, index: &Value, value: Option<&Value>) -> PyResult<()> {
    let l = list(a)?;
    let i = index_of(l, index, "list assignment index out of range")?;
    let ok = match value {
        Some(v) => l.set(i, v.clone()),
        None => l.pop(i as i64).is_ok(),
    };
    if ok {
        Ok(())
    } else {
        Err(PyErr::new(
            &INDEX_ERROR,
            "list assignment index out of range",
        ))
    }
}

fn list_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(l) = v.downcast::<ListObject>() {
        for item in l.to_vec() {
            visit(&item);
        }
    }
}

fn list_clear(v: &Value) {
    if let Some(l) = v.downcast::<ListObject>() {
        l.clear();
    }
}

/// Iterator over a list; sees appends made during iteration.
#[repr(C)]
pub struct ListIterator {
    header: ObjHeader,
    list: Value,
    /// Next index; `None` once exhausted (later appends are not seen).
    pos: Cell<Option<usize>>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ListIterator {
    fn type_object() -> &'static TypeObject {
        &LIST_ITERATOR_TYPE
    }
}

fn list_iter(v: &Value) -> PyResult<Value> {
    list(v)?;
    Ok(Value::from_box(Box::new(ListIterator {
        header: ObjHeader::new(&LIST_ITERATOR_TYPE),
        list: v.clone(),
        pos: Cell::new(Some(0)),
    })))
}

fn list_iterator_next(v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<ListIterator>() else {
        return Ok(None);
    };
    let l = list(&it.list)?;
    let Some(i) = it.pos.with(&it.header, |p| *p) else {
        return Ok(None);
    };
    let item = l.get(i);
    it.pos.with(&it.header, |p| {
        *p = if item.is_some() { Some(i + 1) } else { None }
    });
    Ok(item)
}

/// How many items a list iterator has left (its `__length_hint__`).
pub fn iterator_remaining(v: &Value) -> Option<usize> {
    let it = v.downcast::<ListIterator>()?;
    let len = list(&it.list).map_or(0, |l| l.len());
    let pos = it.pos.with(&it.header, |p| *p);
    Some(pos.map_or(0, |p| len.saturating_sub(p)))
}

fn list_iterator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<ListIterator>() {
        visit(&it.list);
    }
}

pub static LIST_ITERATOR_TYPE: TypeObject = TypeObject::new_static(
    "list_iterator",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::HAVE_GC,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(list_iterator_next),
        traverse: Some(list_iterator_traverse),
        hash: Some(crate::types::object::identity_hash),
        richcompare: Some(crate::types::object::identity_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        ..Slots::new(dealloc_box::<ListIterator>)
    },
);

pub static LIST_TYPE: TypeObject = TypeObject::new_static(
    "list",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::LIST_SUBCLASS | tpflags::HAVE_GC,
    Slots {
        repr: Some(list_repr),
        richcompare: Some(list_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        iter: Some(list_iter),
        traverse: Some(list_traverse),
        clear: Some(list_clear),
        bool: Some(list_bool),
        length: Some(list_len),
        concat: Some(list_concat),
        inplace_concat: Some(list_inplace_concat),
        repeat: Some(list_repeat),
        inplace: {
            let mut n = [None; crate::object::typeobj::NUM_BINOPS];
            n[crate::object::typeobj::BinOp::Mul as usize] =
                Some(list_inplace_repeat as crate::object::typeobj::BinaryFn);
            n
        },
        contains: Some(list_contains),
        getitem: Some(list_getitem),
        setitem: Some(list_setitem),
        ..Slots::new(dealloc_box::<ListObject>)
    },
);
