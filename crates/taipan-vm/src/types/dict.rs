//! `dict`: compact and insertion-ordered. An index table (a power of two
//! long, open addressing with CPython's perturbed probe sequence) points
//! into a dense entry array that keeps insertion order; deleted entries
//! leave holes (and a dummy in the index table) until the next resize.
//!
//! Equality of keys may run Python code. Lookups therefore compare with
//! the table released and restart when the table changed meanwhile
//! (`mutations` stamp), as CPython does. Exact-`str` keys compare without
//! dispatch.
//!
//! Versions: `keys_version` (nonzero, global counter, reset by any change
//! of the key set or positions) lets a global-variable cache remember an
//! entry index; `version` changes on every mutation.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{
    tpflags, BinOp, BinaryFn, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value,
    NUM_BINOPS,
};
use crate::ops;
use crate::types::exceptions::{KEY_ERROR, RUNTIME_ERROR, TYPE_ERROR};
use crate::types::str::{self as pystr, StrObject, STR_TYPE};
use crate::types::{singletons, tuple};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

struct Entry {
    hash: i64,
    /// `None` once deleted.
    key: Option<Value>,
    value: Option<Value>,
}

struct Table {
    indices: Box<[i32]>,
    entries: Vec<Entry>,
    used: usize,
    all_str_keys: bool,
    keys_version: u32,
    mutations: u64,
}

impl Table {
    fn with_size(size: usize) -> Table {
        Table {
            indices: vec![EMPTY; size].into_boxed_slice(),
            entries: Vec::new(),
            used: 0,
            all_str_keys: true,
            keys_version: 0,
            mutations: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    #[inline]
    fn usable(&self) -> usize {
        self.indices.len() * 2 / 3
    }

    /// First slot in `hash`'s probe sequence holding `EMPTY` or `DUMMY`.
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        while self.indices[i] >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb as usize + 1) & mask;
        }
        i
    }

    /// Slot of the index table that points to entry `ix`.
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        while self.indices[i] != ix as i32 {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb as usize + 1) & mask;
        }
        i
    }

    /// Rebuilds with room for the live entries to grow (CPython's growth
    /// rate: three times the number used), dropping holes.
    fn resize(&mut self) {
        let size = (self.used * 3).max(MIN_SIZE).next_power_of_two();
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size].into_boxed_slice();
        self.entries = Vec::with_capacity(size * 2 / 3);
        for e in old.into_iter().filter(|e| e.key.is_some()) {
            let slot = self.free_slot(e.hash);
            self.indices[slot] = self.entries.len() as i32;
            self.entries.push(e);
        }
        self.mutations += 1;
        self.keys_version = 0;
    }
}

#[repr(C)]
pub struct DictObject {
    header: ObjHeader,
    table: Cell<Table>,
    version: AtomicU64,
}

// SAFETY: `#[repr(C)]`, header first; `dict` and its subclasses use this
// layout.
unsafe impl PyPayload for DictObject {
    fn type_object() -> &'static TypeObject {
        &DICT_TYPE
    }
}

static NEXT_KEYS_VERSION: AtomicU32 = AtomicU32::new(1);
static NEXT_DICT_VERSION: AtomicU64 = AtomicU64::new(1);

pub fn new() -> Value {
    Value::from_box(Box::new(DictObject {
        header: ObjHeader::new(&DICT_TYPE),
        table: Cell::new(Table::with_size(MIN_SIZE)),
        version: AtomicU64::new(0),
    }))
}

/// Where a probe stopped. Every outcome carries the table's mutation
/// stamp read in the same critical section, so that the answer is only used
/// while it is still valid.
enum Step {
    Found {
        ix: usize,
        stamp: u64,
    },
    Missing {
        stamp: u64,
    },
    /// A candidate with the same hash that needs `__eq__`; probing resumes
    /// after it.
    Compare {
        ix: usize,
        key: Value,
        stamp: u64,
        next: (usize, u64),
    },
}

/// The hash of a key; a `TypeError` from hashing (an unhashable key or
/// element of it) is reworded "cannot use 'T' as {role} (...)" as CPython.
pub(crate) fn key_hash(key: &Value, role: &str) -> PyResult<i64> {
    ops::hash(key).map_err(|e| {
        if !std::ptr::eq(e.exc_type(), &TYPE_ERROR) {
            return e;
        }
        let name = &key.type_of().name;
        let why =
            pystr::to_string_lossy(&ops::str(e.instance()).unwrap_or_else(|_| pystr::empty()));
        PyErr::new(
            &TYPE_ERROR,
            format!("cannot use '{name}' as {role} ({why})"),
        )
    })
}

impl DictObject {
    fn with<R>(&self, f: impl FnOnce(&mut Table) -> R) -> R {
        self.table.with(&self.header, f)
    }

    fn bump_version(&self) {
        self.version.store(
            NEXT_DICT_VERSION.fetch_add(1, Ordering::Relaxed),
            Ordering::Relaxed,
        );
    }

    /// Changes on every mutation (for watchers and caches of values).
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Relaxed)
    }

    /// A nonzero tag that stays the same while the set of keys and their
    /// entry indices do; 0 if the counter is exhausted.
    pub fn keys_version(&self) -> u32 {
        self.with(|t| {
            if t.keys_version == 0 {
                t.keys_version = NEXT_KEYS_VERSION
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                        (n != u32::MAX).then_some(n + 1)
                    })
                    .unwrap_or(0);
            }
            t.keys_version
        })
    }

    /// The value at entry index `ix` (for caches keyed on `keys_version`).
    pub fn value_at(&self, ix: usize) -> Option<Value> {
        self.with(|t| t.entries.get(ix).and_then(|e| e.value.clone()))
    }

    /// The value at entry index `ix` if that entry's key is `key` itself
    /// (global-variable caches: a hit is right whatever happened since the
    /// index was recorded).
    #[inline]
    pub fn value_at_key(&self, ix: usize, key: &Value) -> Option<Value> {
        self.with(|t| match t.entries.get(ix) {
            Some(Entry {
                key: Some(k),
                value: Some(v),
                ..
            }) if k.is(key) => Some(v.clone()),
            _ => None,
        })
    }

    /// The entry index of `key` (for caches; see `value_at_key`).
    pub fn index_of(&self, key: &Value) -> PyResult<Option<usize>> {
        let hash = key_hash(key, "a dict key")?;
        Ok(self.lookup(key, hash)?.0)
    }

    pub fn len(&self) -> usize {
        self.with(|t| t.used)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Probes from `(i, perturb)` until a decision or a candidate that
    /// needs a Python-level comparison.
    fn probe(&self, key: &Value, hash: i64, start: Option<(usize, u64)>) -> Step {
        let key_str = key.downcast_exact::<StrObject>();
        self.with(|t| {
            let mask = t.mask();
            let (mut i, mut perturb) = start.unwrap_or((hash as u64 as usize & mask, hash as u64));
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Step::Missing { stamp: t.mutations };
                }
                let advance = |i: usize, perturb: u64| {
                    let perturb = perturb >> PERTURB_SHIFT;
                    ((i * 5 + perturb as usize + 1) & mask, perturb)
                };
                if ix >= 0 {
                    let e = &t.entries[ix as usize];
                    if e.hash == hash {
                        if let Some(k) = &e.key {
                            if k.is(key) {
                                return Step::Found {
                                    ix: ix as usize,
                                    stamp: t.mutations,
                                };
                            }
                            match (key_str, k.downcast_exact::<StrObject>()) {
                                // Two exact strs compare without dispatch.
                                (Some(a), Some(b)) => {
                                    if pystr::eq(a, b) {
                                        return Step::Found {
                                            ix: ix as usize,
                                            stamp: t.mutations,
                                        };
                                    }
                                }
                                _ => {
                                    return Step::Compare {
                                        ix: ix as usize,
                                        key: k.clone(),
                                        stamp: t.mutations,
                                        next: advance(i, perturb),
                                    }
                                }
                            }
                        }
                    }
                }
                (i, perturb) = advance(i, perturb);
            }
        })
    }

    /// A lookup in one critical section that succeeds when no candidate
    /// needs `__eq__` (identical keys, exact strs, or no same-hash key):
    /// `Some(value or None)`; `None` sends the caller to the general path.
    #[inline]
    fn lookup_fast(&self, key: &Value, hash: i64) -> Option<Option<Value>> {
        let key_str = key.downcast_exact::<StrObject>();
        self.with(|t| {
            let mask = t.mask();
            let mut perturb = hash as u64;
            let mut i = hash as u64 as usize & mask;
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Some(None);
                }
                if ix >= 0 {
                    let e = &t.entries[ix as usize];
                    if e.hash == hash {
                        let k = e.key.as_ref()?;
                        if k.is(key) {
                            return Some(e.value.clone());
                        }
                        match (key_str, k.downcast_exact::<StrObject>()) {
                            (Some(a), Some(b)) if pystr::eq(a, b) => return Some(e.value.clone()),
                            (Some(_), Some(_)) => {}
                            _ => return None,
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + perturb as usize + 1) & mask;
            }
        })
    }

    /// The entry index of `key`, and the table stamp it is valid for.
    fn lookup(&self, key: &Value, hash: i64) -> PyResult<(Option<usize>, u64)> {
        'restart: loop {
            let mut start = None;
            loop {
                match self.probe(key, hash, start) {
                    Step::Found { ix, stamp } => return Ok((Some(ix), stamp)),
                    Step::Missing { stamp } => return Ok((None, stamp)),
                    Step::Compare {
                        ix,
                        key: candidate,
                        stamp,
                        next,
                    } => {
                        let equal = ops::eq(&candidate, key)?;
                        if self.with(|t| t.mutations) != stamp {
                            continue 'restart;
                        }
                        if equal {
                            return Ok((Some(ix), stamp));
                        }
                        start = Some(next);
                    }
                }
            }
        }
    }

    /// `d.get(key)`.
    pub fn get_item(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(key, "a dict key")?;
        self.get_item_hashed(key, hash)
    }

    pub fn get_item_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if let Some(found) = self.lookup_fast(key, hash) {
            return Ok(found);
        }
        loop {
            let (ix, stamp) = self.lookup(key, hash)?;
            let Some(ix) = ix else {
                return Ok(None);
            };
            let found = self.with(|t| (t.mutations == stamp).then(|| t.entries[ix].value.clone()));
            // `None`: changed by another thread in between; look again.
            if let Some(v) = found {
                return Ok(v);
            }
        }
    }

    /// Whether every key is an exact `str` (lookups by str then never
    /// run Python code; the specializer relies on it).
    pub fn only_str_keys(&self) -> bool {
        self.with(|t| t.all_str_keys)
    }

    /// Lookup by Rust text (attribute and global names). In a table whose
    /// keys are all exact strs this compares bytes and creates nothing.
    pub fn get_str(&self, name: &str) -> PyResult<Option<Value>> {
        let hash = pystr::hash_text(name);
        let found = self.with(|t| {
            if !t.all_str_keys {
                return None;
            }
            let mask = t.mask();
            let mut perturb = hash as u64;
            let mut i = hash as u64 as usize & mask;
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Some(None);
                }
                if ix >= 0 {
                    let e = &t.entries[ix as usize];
                    let same = e.hash == hash
                        && e.key
                            .as_ref()
                            .and_then(|k| k.downcast_exact::<StrObject>())
                            .is_some_and(|k| k.as_bytes() == name.as_bytes());
                    if same {
                        return Some(e.value.clone());
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + perturb as usize + 1) & mask;
            }
        });
        match found {
            Some(v) => Ok(v),
            None => self.get_item_hashed(&pystr::new(name), hash),
        }
    }

    /// `d[key] = value`.
    pub fn set_item(&self, key: Value, value: Value) -> PyResult<()> {
        let hash = key_hash(&key, "a dict key")?;
        self.set_item_hashed(key, hash, value)
    }

    pub fn set_item_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let mut pending = (key, value);
        loop {
            let (ix, stamp) = self.lookup(&pending.0, hash)?;
            let is_str = pending.0.is_exact(&STR_TYPE);
            // Displaced references leave the critical section before they
            // are released; on a stale stamp the pair comes back.
            let outcome = self.with(move |t| {
                if t.mutations != stamp {
                    return Err(pending);
                }
                let (key, value) = pending;
                Ok(match ix {
                    Some(ix) => {
                        // The existing key stays; the new one is released.
                        let old = t.entries[ix].value.replace(value);
                        (Some(key), old)
                    }
                    None => {
                        if t.entries.len() >= t.usable() {
                            t.resize();
                        }
                        let slot = t.free_slot(hash);
                        t.indices[slot] = t.entries.len() as i32;
                        t.entries.push(Entry {
                            hash,
                            key: Some(key),
                            value: Some(value),
                        });
                        t.used += 1;
                        t.all_str_keys &= is_str;
                        t.mutations += 1;
                        t.keys_version = 0;
                        (None, None)
                    }
                })
            });
            match outcome {
                Ok(displaced) => {
                    self.bump_version();
                    drop(displaced);
                    return Ok(());
                }
                Err(back) => pending = back,
            }
        }
    }

    /// Removes `key`, returning its value; `None` if absent.
    pub fn pop_item(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(key, "a dict key")?;
        loop {
            let (ix, stamp) = self.lookup(key, hash)?;
            let Some(ix) = ix else {
                return Ok(None);
            };
            let removed = self.with(|t| {
                if t.mutations != stamp {
                    return None;
                }
                let slot = t.slot_of(hash, ix);
                t.indices[slot] = DUMMY;
                let e = &mut t.entries[ix];
                let removed = (e.key.take(), e.value.take());
                t.used -= 1;
                t.mutations += 1;
                t.keys_version = 0;
                Some(removed)
            });
            if let Some((k, v)) = removed {
                self.bump_version();
                drop(k);
                return Ok(v);
            }
        }
    }

    /// `del d[key]`: `KeyError(key)` if absent.
    pub fn del_item(&self, key: &Value) -> PyResult<()> {
        match self.pop_item(key)? {
            Some(_) => Ok(()),
            None => Err(PyErr::with_args(&KEY_ERROR, vec![key.clone()])),
        }
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        Ok(self.get_item(key)?.is_some())
    }

    /// Removes everything.
    pub fn clear(&self) {
        let old = self.with(|t| std::mem::replace(t, Table::with_size(MIN_SIZE)));
        self.bump_version();
        drop(old);
    }

    /// The live `(key, value)` pairs in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.with(|t| {
            t.entries
                .iter()
                .filter_map(|e| Some((e.key.clone()?, e.value.clone()?)))
                .collect()
        })
    }

    pub fn keys(&self) -> Vec<Value> {
        self.with(|t| t.entries.iter().filter_map(|e| e.key.clone()).collect())
    }

    pub fn values(&self) -> Vec<Value> {
        self.with(|t| t.entries.iter().filter_map(|e| e.value.clone()).collect())
    }

    /// The last entry before position `end` of the entry array: its
    /// position, key and value (reversed dict iteration).
    fn prev_entry(&self, end: usize) -> Option<(usize, Value, Value)> {
        self.with(|t| {
            t.entries[..end.min(t.entries.len())]
                .iter()
                .enumerate()
                .rev()
                .find_map(|(k, e)| Some((k, e.key.clone()?, e.value.clone()?)))
        })
    }

    /// The entry at or after position `pos` of the entry array: its
    /// position and key (dict iteration).
    fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        self.with(|t| {
            t.entries[pos.min(t.entries.len())..]
                .iter()
                .enumerate()
                .find_map(|(k, e)| Some((pos + k, e.key.clone()?, e.value.clone()?)))
        })
    }
}

fn dict(v: &Value) -> PyResult<&DictObject> {
    v.downcast::<DictObject>().ok_or_else(|| {
        PyErr::new(
            &TYPE_ERROR,
            format!("expected dict, got '{}'", v.type_of().name),
        )
    })
}

/// `d.get(key)` for a dict value.
pub fn get_item(d: &Value, key: &Value) -> PyResult<Option<Value>> {
    dict(d)?.get_item(key)
}

/// `d[key] = value` for a dict value.
pub fn set_item(d: &Value, key: Value, value: Value) -> PyResult<()> {
    dict(d)?.set_item(key, value)
}

/// `del d[key]` for a dict value.
pub fn del_item(d: &Value, key: &Value) -> PyResult<()> {
    dict(d)?.del_item(key)
}

fn dict_repr(v: &Value) -> PyResult<Value> {
    let d = dict(v)?;
    if d.is_empty() {
        return Ok(pystr::new("{}"));
    }
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new("{...}"));
    };
    let mut out = String::from("{");
    for (i, (k, val)) in d.items().into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&pystr::to_string_lossy(&ops::repr(&k)?));
        out.push_str(": ");
        out.push_str(&pystr::to_string_lossy(&ops::repr(&val)?));
    }
    out.push('}');
    Ok(pystr::new(&out))
}

fn dict_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<DictObject>(), b.downcast::<DictObject>()) else {
        return Ok(singletons::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items() {
            match y.get_item(&k)? {
                Some(w) if ops::eq(&v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(singletons::bool(equal == (op == CompareOp::Eq)))
}

fn dict_len(v: &Value) -> PyResult<usize> {
    Ok(dict(v)?.len())
}

fn dict_bool(v: &Value) -> PyResult<bool> {
    Ok(!dict(v)?.is_empty())
}

fn dict_getitem(d: &Value, key: &Value) -> PyResult<Value> {
    match dict(d)?.get_item(key)? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(&KEY_ERROR, vec![key.clone()])),
    }
}

fn dict_setitem(d: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = dict(d)?;
    match value {
        Some(v) => d.set_item(key.clone(), v.clone()),
        None => d.del_item(key),
    }
}

fn dict_contains(d: &Value, key: &Value) -> PyResult<bool> {
    dict(d)?.contains(key)
}

fn dict_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = v.downcast::<DictObject>() {
        for (k, val) in d.items() {
            visit(&k);
            visit(&val);
        }
    }
}

fn dict_clear(v: &Value) {
    if let Some(d) = v.downcast::<DictObject>() {
        d.clear();
    }
}

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Items,
}

/// Iterator over a dict's keys, values or items, forward or reversed.
#[repr(C)]
pub struct DictIterator {
    header: ObjHeader,
    dict: Value,
    kind: IterKind,
    reverse: bool,
    /// Next entry position (forward) or the exclusive end of the entries
    /// still to visit (reversed), and the size seen at creation; `None`
    /// once exhausted.
    state: Cell<Option<(usize, usize)>>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for DictIterator {
    fn type_object() -> &'static TypeObject {
        &DICT_KEYITERATOR_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        ITERATOR_TYPES.iter().any(|t| std::ptr::eq(*t, ty))
    }
}

const ITERATOR_TYPES: [&TypeObject; 6] = [
    &DICT_KEYITERATOR_TYPE,
    &DICT_VALUEITERATOR_TYPE,
    &DICT_ITEMITERATOR_TYPE,
    &DICT_REVERSEKEYITERATOR_TYPE,
    &DICT_REVERSEVALUEITERATOR_TYPE,
    &DICT_REVERSEITEMITERATOR_TYPE,
];

/// An iterator over `d` (a dict).
pub fn iter_kind(d: &Value, kind: IterKind) -> PyResult<Value> {
    new_iterator(d, kind, false)
}

/// A reversed iterator over `d` (a dict): `reversed(d)`, `reversed(d.items())`.
pub fn reversed_kind(d: &Value, kind: IterKind) -> PyResult<Value> {
    new_iterator(d, kind, true)
}

fn new_iterator(d: &Value, kind: IterKind, reverse: bool) -> PyResult<Value> {
    let dv = dict(d)?;
    let len = dv.len();
    let start = if reverse {
        dv.with(|t| t.entries.len())
    } else {
        0
    };
    let ty = ITERATOR_TYPES[kind as usize + if reverse { 3 } else { 0 }];
    Ok(Value::from_box(Box::new(DictIterator {
        header: ObjHeader::new(ty),
        dict: d.clone(),
        kind,
        reverse,
        state: Cell::new(Some((start, len))),
    })))
}

fn dict_iter(d: &Value) -> PyResult<Value> {
    iter_kind(d, IterKind::Keys)
}

fn dict_iterator_next(v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<DictIterator>() else {
        return Ok(None);
    };
    let d = dict(&it.dict)?;
    let Some((pos, len)) = it.state.with(&it.header, |s| *s) else {
        return Ok(None);
    };
    if d.len() != len {
        it.state.with(&it.header, |s| *s = None);
        return Err(PyErr::new(
            &RUNTIME_ERROR,
            "dictionary changed size during iteration",
        ));
    }
    let found = if it.reverse {
        d.prev_entry(pos).map(|(at, k, v)| (at, at, k, v))
    } else {
        d.next_entry(pos).map(|(at, k, v)| (at, at + 1, k, v))
    };
    let Some((_, next, k, val)) = found else {
        it.state.with(&it.header, |s| *s = None);
        return Ok(None);
    };
    it.state.with(&it.header, |s| *s = Some((next, len)));
    Ok(Some(match it.kind {
        IterKind::Keys => k,
        IterKind::Values => val,
        IterKind::Items => tuple::new(vec![k, val]),
    }))
}

fn dict_iterator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<DictIterator>() {
        visit(&it.dict);
    }
}

macro_rules! dict_iterator_type {
    ($id:ident, $name:literal) => {
        pub static $id: TypeObject = TypeObject::new_static(
            $name,
            Some(&crate::types::object::OBJECT_TYPE),
            tpflags::HAVE_GC,
            Slots {
                iter: Some(tuple::self_iter),
                next: Some(dict_iterator_next),
                traverse: Some(dict_iterator_traverse),
                hash: Some(crate::types::object::identity_hash),
                richcompare: Some(crate::types::object::identity_richcompare),
                getattr: Some(crate::types::object::generic_getattr),
                ..Slots::new(dealloc_box::<DictIterator>)
            },
        );
    };
}
dict_iterator_type!(DICT_KEYITERATOR_TYPE, "dict_keyiterator");
dict_iterator_type!(DICT_VALUEITERATOR_TYPE, "dict_valueiterator");
dict_iterator_type!(DICT_ITEMITERATOR_TYPE, "dict_itemiterator");
dict_iterator_type!(DICT_REVERSEKEYITERATOR_TYPE, "dict_reversekeyiterator");
dict_iterator_type!(DICT_REVERSEVALUEITERATOR_TYPE, "dict_reversevalueiterator");
dict_iterator_type!(DICT_REVERSEITEMITERATOR_TYPE, "dict_reverseitemiterator");

const fn number_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Or as usize] = Some(crate::interp::builtins::dict_or);
    n
}

const fn inplace_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Or as usize] = Some(crate::interp::builtins::dict_ior);
    n
}

/// The slots of `dict`, for built-in dict subclasses of other crates
/// (`collections.defaultdict`) to start from.
pub const DICT_SLOTS: Slots = Slots {
    repr: Some(dict_repr),
    richcompare: Some(dict_richcompare),
    getattr: Some(crate::types::object::generic_getattr),
    iter: Some(dict_iter),
    traverse: Some(dict_traverse),
    clear: Some(dict_clear),
    bool: Some(dict_bool),
    length: Some(dict_len),
    contains: Some(dict_contains),
    getitem: Some(dict_getitem),
    setitem: Some(dict_setitem),
    number: number_slots(),
    inplace: inplace_slots(),
    ..Slots::new(dealloc_box::<DictObject>)
};

pub static DICT_TYPE: TypeObject = TypeObject::new_static(
    "dict",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::DICT_SUBCLASS | tpflags::HAVE_GC,
    DICT_SLOTS,
);
