//! `set` and `frozenset`: an open-addressing hash table laid out and probed
//! as CPython's (runs of up to 9 linear probes, then the perturbed jump;
//! the same fill threshold and resize sizes), so that iteration order, and
//! with it `repr` and `list(s)`, matches CPython's.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{
    tpflags, BinOp, BinaryFn, Cell, CompareOp, ObjHeader, PyPayload, Slots, TypeObject, Value,
    NUM_BINOPS,
};
use crate::ops;
use crate::types::dict::key_hash;
use crate::types::exceptions::{KEY_ERROR, RUNTIME_ERROR};
use crate::types::str::{self as pystr, StrObject};
use crate::types::{singletons, tuple};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Unused: no key, hash 0. Dummy (deleted): no key, hash -1 (no live hash
/// is -1).
#[derive(Clone)]
struct SetEntry {
    hash: i64,
    key: Option<Value>,
}

const UNUSED: SetEntry = SetEntry { hash: 0, key: None };

struct SetTable {
    entries: Box<[SetEntry]>,
    /// Live plus dummy entries.
    fill: usize,
    used: usize,
    /// Where `pop` resumes.
    finger: usize,
    mutations: u64,
}

impl SetTable {
    fn new() -> SetTable {
        SetTable {
            entries: vec![UNUSED; MIN_SIZE].into_boxed_slice(),
            fill: 0,
            used: 0,
            finger: 0,
            mutations: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    /// Places a key known to be absent into a table without dummies.
    fn insert_clean(entries: &mut [SetEntry], hash: i64, key: Value) {
        let mask = entries.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if let Some(e) = entries[i..=i + probes].iter_mut().find(|e| e.key.is_none()) {
                *e = SetEntry {
                    hash,
                    key: Some(key),
                };
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Rebuilds with the smallest power-of-two size above `min_used`.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.entries, vec![UNUSED; size].into_boxed_slice());
        for e in old.into_vec() {
            if let Some(key) = e.key {
                Self::insert_clean(&mut self.entries, e.hash, key);
            }
        }
        self.fill = self.used;
        self.mutations += 1;
    }
}

#[repr(C)]
pub struct SetObject {
    header: ObjHeader,
    table: Cell<SetTable>,
    /// Cached hash of a frozenset; -1 until computed.
    hash: AtomicI64,
}

// SAFETY: `#[repr(C)]`, header first; `set`, `frozenset` and their
// subclasses use this layout (hence the wider `accepts`).
unsafe impl PyPayload for SetObject {
    fn type_object() -> &'static TypeObject {
        &SET_TYPE
    }

    fn accepts(ty: &TypeObject) -> bool {
        ty.is_subtype_of(&SET_TYPE) || ty.is_subtype_of(&FROZENSET_TYPE)
    }
}

/// Where a probe stopped. Outcomes carry the table's mutation stamp read
/// in the same critical section.
enum Step {
    Found(usize, u64),
    /// Absent: the slot to insert at (first dummy seen, else the unused
    /// slot that ended the probe).
    Missing(usize, u64),
    Compare {
        key: Value,
        stamp: u64,
        at: usize,
        /// Probe state to resume from: (run start, offset in run, perturb,
        /// first dummy).
        resume: (usize, usize, u64, Option<usize>),
    },
}

impl SetObject {
    fn with<R>(&self, f: impl FnOnce(&mut SetTable) -> R) -> R {
        self.table.with(&self.header, f)
    }

    pub fn len(&self) -> usize {
        self.with(|t| t.used)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn probe(
        &self,
        key: &Value,
        hash: i64,
        resume: Option<(usize, usize, u64, Option<usize>)>,
    ) -> Step {
        let key_str = key.downcast_exact::<StrObject>();
        self.with(|t| {
            let mask = t.mask();
            let (mut i, mut j, mut perturb, mut free) =
                resume.unwrap_or((hash as u64 as usize & mask, 0, hash as u64, None));
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                while j <= probes {
                    let at = i + j;
                    let e = &t.entries[at];
                    match &e.key {
                        None if e.hash == 0 => {
                            return Step::Missing(free.unwrap_or(at), t.mutations)
                        }
                        None => {
                            free.get_or_insert(at);
                        }
                        Some(k) if e.hash == hash => {
                            if k.is(key) {
                                return Step::Found(at, t.mutations);
                            }
                            match (key_str, k.downcast_exact::<StrObject>()) {
                                (Some(a), Some(b)) => {
                                    if pystr::eq(a, b) {
                                        return Step::Found(at, t.mutations);
                                    }
                                }
                                _ => {
                                    return Step::Compare {
                                        key: k.clone(),
                                        stamp: t.mutations,
                                        at,
                                        resume: (i, j + 1, perturb, free),
                                    }
                                }
                            }
                        }
                        Some(_) => {}
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb as usize) & mask;
                j = 0;
            }
        })
    }

    /// Finds `key`: `Ok(Ok(slot))` if present, `Ok(Err(free_slot))` if
    /// not, with the table stamp the answer is valid for.
    fn lookup(&self, key: &Value, hash: i64) -> PyResult<(Result<usize, usize>, u64)> {
        'restart: loop {
            let mut resume = None;
            loop {
                match self.probe(key, hash, resume) {
                    Step::Found(at, stamp) => return Ok((Ok(at), stamp)),
                    Step::Missing(at, stamp) => return Ok((Err(at), stamp)),
                    Step::Compare {
                        key: candidate,
                        stamp,
                        at,
                        resume: r,
                    } => {
                        let equal = ops::eq(&candidate, key)?;
                        if self.with(|t| t.mutations) != stamp {
                            continue 'restart;
                        }
                        if equal {
                            return Ok((Ok(at), stamp));
                        }
                        resume = Some(r);
                    }
                }
            }
        }
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let hash = key_hash(key, "a set element")?;
        Ok(self.lookup(key, hash)?.0.is_ok())
    }

    /// Adds `key`; true if it was not present.
    pub fn add(&self, key: Value) -> PyResult<bool> {
        let hash = key_hash(&key, "a set element")?;
        let mut pending = key;
        loop {
            let (found, stamp) = self.lookup(&pending, hash)?;
            let outcome = self.with(move |t| {
                if t.mutations != stamp {
                    return Err(pending);
                }
                let Err(slot) = found else {
                    return Ok(Some(pending));
                };
                let was_unused = t.entries[slot].hash == 0;
                t.entries[slot] = SetEntry {
                    hash,
                    key: Some(pending),
                };
                t.used += 1;
                t.mutations += 1;
                if was_unused {
                    t.fill += 1;
                    if t.fill * 5 >= t.mask() * 3 {
                        let grow = if t.used > 50_000 {
                            t.used * 2
                        } else {
                            t.used * 4
                        };
                        t.resize(grow);
                    }
                }
                Ok(None)
            });
            match outcome {
                // An equal key was present; the new one is released here.
                Ok(duplicate) => return Ok(duplicate.is_none()),
                Err(back) => pending = back,
            }
        }
    }

    /// `s.update(iterable)`. From another set the entries are merged as
    /// CPython merges them (table sized for both, then copied slot for slot
    /// or re-inserted in the other's order), which fixes the iteration
    /// order that `{a, b, c}` displays (built by merging a frozenset
    /// constant) produce.
    pub fn update(&self, other: &Value) -> PyResult<()> {
        let Some(src) = other.downcast::<SetObject>() else {
            for item in ops::collect(other)? {
                self.add(item)?;
            }
            return Ok(());
        };
        if std::ptr::eq(src, self) {
            return Ok(());
        }
        let (src_entries, src_used, src_fill) = src.with(|t| (t.entries.clone(), t.used, t.fill));
        if src_used == 0 {
            return Ok(());
        }
        let merged = self.with(|t| {
            if (t.fill + src_used) * 5 >= t.mask() * 3 {
                t.resize((t.used + src_used) * 2);
            }
            if t.fill != 0 {
                return false;
            }
            if t.entries.len() == src_entries.len() && src_fill == src_used {
                t.entries = src_entries.clone();
            } else {
                for e in src_entries.iter().filter(|e| e.key.is_some()) {
                    if let Some(key) = e.key.clone() {
                        SetTable::insert_clean(&mut t.entries, e.hash, key);
                    }
                }
            }
            t.fill = src_used;
            t.used = src_used;
            t.mutations += 1;
            true
        });
        if !merged {
            for e in src_entries.into_vec() {
                if let Some(key) = e.key {
                    self.add(key)?;
                }
            }
        }
        Ok(())
    }

    /// Removes `key`; true if it was present.
    pub fn discard(&self, key: &Value) -> PyResult<bool> {
        let hash = key_hash(key, "a set element")?;
        loop {
            let (found, stamp) = self.lookup(key, hash)?;
            let Ok(slot) = found else {
                return Ok(false);
            };
            let removed = self.with(|t| {
                if t.mutations != stamp {
                    return None;
                }
                let e = &mut t.entries[slot];
                e.hash = -1;
                let old = e.key.take();
                t.used -= 1;
                t.mutations += 1;
                Some(old)
            });
            if let Some(old) = removed {
                drop(old);
                return Ok(true);
            }
        }
    }

    /// `s.remove(key)`: `KeyError(key)` if absent.
    pub fn remove(&self, key: &Value) -> PyResult<()> {
        if self.discard(key)? {
            Ok(())
        } else {
            Err(PyErr::with_args(&KEY_ERROR, vec![key.clone()]))
        }
    }

    /// `s.pop()`: an arbitrary element, scanning on from the last pop.
    pub fn pop(&self) -> PyResult<Value> {
        let popped = self.with(|t| {
            if t.used == 0 {
                return None;
            }
            let mask = t.mask();
            let mut i = t.finger & mask;
            while t.entries[i].key.is_none() {
                i = (i + 1) & mask;
            }
            let e = &mut t.entries[i];
            e.hash = -1;
            let key = e.key.take();
            t.used -= 1;
            t.finger = i + 1;
            t.mutations += 1;
            key
        });
        popped
            .ok_or_else(|| PyErr::with_args(&KEY_ERROR, vec![pystr::new("pop from an empty set")]))
    }

    pub fn clear(&self) {
        let old = self.with(|t| std::mem::replace(t, SetTable::new()));
        drop(old);
    }

    /// The elements in table (iteration) order.
    pub fn elements(&self) -> Vec<Value> {
        self.with(|t| t.entries.iter().filter_map(|e| e.key.clone()).collect())
    }

    fn hashes(&self) -> Vec<i64> {
        self.with(|t| {
            t.entries
                .iter()
                .filter(|e| e.key.is_some())
                .map(|e| e.hash)
                .collect()
        })
    }

    fn entry_from(&self, pos: usize) -> Option<(usize, Value)> {
        self.with(|t| {
            t.entries
                .get(pos..)?
                .iter()
                .enumerate()
                .find_map(|(k, e)| Some((pos + k, e.key.clone()?)))
        })
    }
}

fn new_of(ty: &'static TypeObject) -> Value {
    Value::from_box(Box::new(SetObject {
        header: ObjHeader::new(ty),
        table: Cell::new(SetTable::new()),
        hash: AtomicI64::new(-1),
    }))
}

fn filled(ty: &'static TypeObject, items: Vec<Value>) -> PyResult<Value> {
    let s = new_of(ty);
    if let Some(obj) = s.downcast::<SetObject>() {
        for item in items {
            obj.add(item)?;
        }
    }
    Ok(s)
}

/// A new `set` of the given elements.
pub fn new_set(items: Vec<Value>) -> PyResult<Value> {
    filled(&SET_TYPE, items)
}

/// A new `frozenset` of the given elements.
pub fn new_frozenset(items: Vec<Value>) -> PyResult<Value> {
    filled(&FROZENSET_TYPE, items)
}

/// An empty set of the given kind (`SET_TYPE` or `FROZENSET_TYPE`).
pub fn new_of_type(ty: &'static TypeObject) -> Value {
    new_of(ty)
}

/// A set of the given kind holding `items`.
pub fn filled_of_type(ty: &'static TypeObject, items: Vec<Value>) -> PyResult<Value> {
    filled(ty, items)
}

/// Runs a lookup with `key`; an unhashable `set` key is retried as a
/// frozenset of its elements, as CPython does for `in`, `discard`, `remove`.
pub fn with_frozen_key<T>(key: &Value, f: impl Fn(&Value) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Err(e)
            if e.matches(&crate::types::exceptions::TYPE_ERROR)
                && key.type_of().is_subtype_of(&SET_TYPE) =>
        {
            let frozen = new_of(&FROZENSET_TYPE);
            if let (Some(dst), Some(_)) = (any_set(&frozen), any_set(key)) {
                dst.update(key)?;
            }
            f(&frozen)
        }
        r => r,
    }
}

/// The table of a `set` or `frozenset` (or subclass instance).
fn any_set(v: &Value) -> Option<&SetObject> {
    v.downcast::<SetObject>()
}

fn is_frozen(v: &Value) -> bool {
    v.type_of().is_subtype_of(&FROZENSET_TYPE)
}

/// The mixing step CPython applies to each element hash of a frozenset.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

fn frozenset_hash(v: &Value) -> PyResult<i64> {
    let Some(s) = any_set(v) else {
        return Ok(0);
    };
    let cached = s.hash.load(Ordering::Relaxed);
    if cached != -1 {
        return Ok(cached);
    }
    let hashes = s.hashes();
    let mut h: u64 = 0;
    for &eh in &hashes {
        h ^= shuffle_bits(eh as u64);
    }
    h ^= (hashes.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let h = if h == u64::MAX { 590923713 } else { h as i64 };
    s.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn set_repr(v: &Value) -> PyResult<Value> {
    let Some(s) = any_set(v) else {
        return Ok(pystr::new("set()"));
    };
    let name = &v.type_of().name;
    let elements = s.elements();
    if elements.is_empty() {
        return Ok(pystr::new(&format!("{name}()")));
    }
    let Some(_guard) = ops::ReprGuard::enter(v) else {
        return Ok(pystr::new(&format!("{name}(...)")));
    };
    let mut body = String::from("{");
    for (i, e) in elements.iter().enumerate() {
        if i > 0 {
            body.push_str(", ");
        }
        body.push_str(&pystr::to_string_lossy(&ops::repr(e)?));
    }
    body.push('}');
    Ok(pystr::new(&if v.is_exact(&SET_TYPE) {
        body
    } else {
        format!("{name}({body})")
    }))
}

/// Whether every element of `a` is in `b`.
fn is_subset(a: &SetObject, b: &SetObject) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for e in a.elements() {
        if !b.contains(&e)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (any_set(a), any_set(b)) else {
        return Ok(singletons::not_implemented());
    };
    let (lx, ly) = (x.len(), y.len());
    let r = match op {
        CompareOp::Eq => lx == ly && is_subset(x, y)?,
        CompareOp::Ne => !(lx == ly && is_subset(x, y)?),
        CompareOp::Le => is_subset(x, y)?,
        CompareOp::Lt => lx < ly && is_subset(x, y)?,
        CompareOp::Ge => is_subset(y, x)?,
        CompareOp::Gt => ly < lx && is_subset(y, x)?,
    };
    Ok(singletons::bool(r))
}

fn set_len(v: &Value) -> PyResult<usize> {
    Ok(any_set(v).map_or(0, SetObject::len))
}

fn set_bool(v: &Value) -> PyResult<bool> {
    Ok(set_len(v)? != 0)
}

fn set_contains(v: &Value, key: &Value) -> PyResult<bool> {
    match any_set(v) {
        Some(s) => with_frozen_key(key, |k| s.contains(k)),
        None => Ok(false),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`: the result has the left operand's
/// kind (set or frozenset).
fn set_operation(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (any_set(a), any_set(b)) else {
        return Ok(singletons::not_implemented());
    };
    let ty: &'static TypeObject = if is_frozen(a) {
        &FROZENSET_TYPE
    } else {
        &SET_TYPE
    };
    let mut out = Vec::new();
    match op {
        BinOp::Or => {
            // A copy of the left table, then the right one merged in.
            let result = new_of(ty);
            if let Some(r) = any_set(&result) {
                r.update(a)?;
                r.update(b)?;
            }
            return Ok(result);
        }
        BinOp::And => {
            // Iterate the smaller side, as CPython does.
            let (small, big) = if y.len() > x.len() { (x, y) } else { (y, x) };
            for e in small.elements() {
                if big.contains(&e)? {
                    out.push(e);
                }
            }
        }
        BinOp::Sub => {
            for e in x.elements() {
                if !y.contains(&e)? {
                    out.push(e);
                }
            }
        }
        _ => {
            for e in x.elements() {
                if !y.contains(&e)? {
                    out.push(e);
                }
            }
            for e in y.elements() {
                if !x.contains(&e)? {
                    out.push(e);
                }
            }
        }
    }
    filled(ty, out)
}

fn set_or(a: &Value, b: &Value) -> PyResult<Value> {
    set_operation(a, b, BinOp::Or)
}

fn set_and(a: &Value, b: &Value) -> PyResult<Value> {
    set_operation(a, b, BinOp::And)
}

fn set_sub(a: &Value, b: &Value) -> PyResult<Value> {
    set_operation(a, b, BinOp::Sub)
}

fn set_xor(a: &Value, b: &Value) -> PyResult<Value> {
    set_operation(a, b, BinOp::Xor)
}

/// `a |= b` and friends on a mutable set: computed, then stored in place.
fn set_inplace(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if any_set(b).is_none() {
        return Ok(singletons::not_implemented());
    }
    let result = set_operation(a, b, op)?;
    let (Some(target), Some(src)) = (any_set(a), any_set(&result)) else {
        return Ok(singletons::not_implemented());
    };
    let elements = src.elements();
    target.clear();
    for e in elements {
        target.add(e)?;
    }
    Ok(a.clone())
}

fn set_ior(a: &Value, b: &Value) -> PyResult<Value> {
    set_inplace(a, b, BinOp::Or)
}

fn set_iand(a: &Value, b: &Value) -> PyResult<Value> {
    set_inplace(a, b, BinOp::And)
}

fn set_isub(a: &Value, b: &Value) -> PyResult<Value> {
    set_inplace(a, b, BinOp::Sub)
}

fn set_ixor(a: &Value, b: &Value) -> PyResult<Value> {
    set_inplace(a, b, BinOp::Xor)
}

const fn number_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Or as usize] = Some(set_or);
    n[BinOp::And as usize] = Some(set_and);
    n[BinOp::Sub as usize] = Some(set_sub);
    n[BinOp::Xor as usize] = Some(set_xor);
    n
}

const fn inplace_slots() -> [Option<BinaryFn>; NUM_BINOPS] {
    let mut n: [Option<BinaryFn>; NUM_BINOPS] = [None; NUM_BINOPS];
    n[BinOp::Or as usize] = Some(set_ior);
    n[BinOp::And as usize] = Some(set_iand);
    n[BinOp::Sub as usize] = Some(set_isub);
    n[BinOp::Xor as usize] = Some(set_ixor);
    n
}

fn set_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(s) = any_set(v) {
        for e in s.elements() {
            visit(&e);
        }
    }
}

fn set_clear(v: &Value) {
    if let Some(s) = any_set(v) {
        s.clear();
    }
}

/// Iterator over a set, in table order.
#[repr(C)]
pub struct SetIterator {
    header: ObjHeader,
    set: Value,
    /// Next table position and the size at creation; `None` once done.
    state: Cell<Option<(usize, usize)>>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for SetIterator {
    fn type_object() -> &'static TypeObject {
        &SET_ITERATOR_TYPE
    }
}

fn set_iter(v: &Value) -> PyResult<Value> {
    let len = set_len(v)?;
    Ok(Value::from_box(Box::new(SetIterator {
        header: ObjHeader::new(&SET_ITERATOR_TYPE),
        set: v.clone(),
        state: Cell::new(Some((0, len))),
    })))
}

fn set_iterator_next(v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<SetIterator>() else {
        return Ok(None);
    };
    let Some(s) = any_set(&it.set) else {
        return Ok(None);
    };
    let Some((pos, len)) = it.state.with(&it.header, |st| *st) else {
        return Ok(None);
    };
    if s.len() != len {
        it.state.with(&it.header, |st| *st = None);
        return Err(PyErr::new(
            &RUNTIME_ERROR,
            "Set changed size during iteration",
        ));
    }
    let next = s.entry_from(pos);
    it.state.with(&it.header, |st| {
        *st = next.as_ref().map(|(at, _)| (at + 1, len));
    });
    Ok(next.map(|(_, k)| k))
}

fn set_iterator_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<SetIterator>() {
        visit(&it.set);
    }
}

pub static SET_ITERATOR_TYPE: TypeObject = TypeObject::new_static(
    "set_iterator",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::HAVE_GC,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(set_iterator_next),
        traverse: Some(set_iterator_traverse),
        hash: Some(crate::types::object::identity_hash),
        richcompare: Some(crate::types::object::identity_richcompare),
        getattr: Some(crate::types::object::generic_getattr),
        ..Slots::new(dealloc_box::<SetIterator>)
    },
);

const SET_SLOTS: Slots = Slots {
    repr: Some(set_repr),
    richcompare: Some(set_richcompare),
    getattr: Some(crate::types::object::generic_getattr),
    iter: Some(set_iter),
    traverse: Some(set_traverse),
    clear: Some(set_clear),
    bool: Some(set_bool),
    length: Some(set_len),
    contains: Some(set_contains),
    number: number_slots(),
    ..Slots::new(dealloc_box::<SetObject>)
};

pub static SET_TYPE: TypeObject = TypeObject::new_static(
    "set",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::HAVE_GC,
    Slots {
        inplace: inplace_slots(),
        ..SET_SLOTS
    },
);

pub static FROZENSET_TYPE: TypeObject = TypeObject::new_static(
    "frozenset",
    Some(&crate::types::object::OBJECT_TYPE),
    tpflags::BASETYPE | tpflags::HAVE_GC,
    Slots {
        hash: Some(frozenset_hash),
        ..SET_SLOTS
    },
);
