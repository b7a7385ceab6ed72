//! `tee` and its `_tee` iterators. The items read from the source are
//! kept in a chain of `_tee_dataobject` links of `LINK_CELLS` items each;
//! every `_tee` holds its link and position, so a link is freed once the
//! slowest `_tee` has moved past it.

use taipan_vm::interp::objects::base_slots;
use taipan_vm::interp::{attrs, type_error};
use taipan_vm::object::payload::dealloc_box;
use taipan_vm::object::{tpflags, Slots, TypeObject};
use taipan_vm::types::exceptions::{RUNTIME_ERROR, VALUE_ERROR};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::tuple;
use taipan_vm::{PyErr, PyResult, Value};

use super::{
    add_methods, cls_arg, expect_count, install_type, itertools_type, new_object, no_method_args,
    ssize_arg, this, Iter, State,
};

/// Items per link of the buffer.
const LINK_CELLS: usize = 57;

// ---------------------------------------------------------------- _tee_dataobject

/// One link of the buffer shared by the `_tee`s of one source.
#[derive(Default)]
pub(crate) struct TeeDataState {
    it: Option<Value>,
    /// The items read into this link (at most `LINK_CELLS`).
    values: Vec<Value>,
    /// The following link, made when a `_tee` moves past this one.
    next: Option<Value>,
    /// The source is being read (re-entering it is an error).
    running: bool,
}

impl State for TeeDataState {
    fn type_object() -> &'static TypeObject {
        &TEE_DATA_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.it
            .iter()
            .chain(&self.values)
            .chain(&self.next)
            .for_each(visit);
    }
}

impl Drop for TeeDataState {
    /// Frees a long chain of links one by one instead of recursively.
    fn drop(&mut self) {
        let mut next = self.next.take();
        while let Some(link) = next {
            let unshared = link.header().is_some_and(|h| h.refcount() == 1);
            next = match link.downcast::<Iter<TeeDataState>>() {
                Some(d) if unshared => d.with(|s| s.next.take()),
                _ => None,
            };
            drop(link);
        }
    }
}

fn new_link(it: Value) -> PyResult<Value> {
    new_object(
        &TEE_DATA_TYPE,
        TeeDataState {
            it: Some(it),
            values: Vec::new(),
            next: None,
            running: false,
        },
    )
}

/// Item `i` of a link (`i` at most the number read): read from the
/// source when no `_tee` has asked for it yet; `None` at its end.
fn link_item(link: &Value, i: usize) -> PyResult<Option<Value>> {
    let d = this::<TeeDataState>(link)?;
    enum Next {
        Have(Value),
        Read(Value),
        Busy,
        Gone,
    }
    let next = d.with(|s| {
        if let Some(v) = s.values.get(i) {
            return Next::Have(v.clone());
        }
        match (&s.it, s.running) {
            (_, true) => Next::Busy,
            (Some(it), false) => {
                s.running = true;
                Next::Read(it.clone())
            }
            (None, false) => Next::Gone,
        }
    });
    let it = match next {
        Next::Have(v) => return Ok(Some(v)),
        Next::Busy => {
            return Err(PyErr::new(
                &RUNTIME_ERROR,
                "cannot re-enter the tee iterator",
            ))
        }
        Next::Gone => return Ok(None),
        Next::Read(it) => it,
    };
    let r = attrs::next(&it);
    d.with(|s| {
        s.running = false;
        if let Ok(Some(v)) = &r {
            s.values.push(v.clone());
        }
    });
    r
}

/// The link after `link`, made on first use.
fn next_link(link: &Value) -> PyResult<Value> {
    let d = this::<TeeDataState>(link)?;
    let (next, it) = d.with(|s| (s.next.clone(), s.it.clone()));
    if let Some(n) = next {
        return Ok(n);
    }
    let n = new_link(it.ok_or_else(|| type_error("tee link without a source"))?)?;
    d.with(|s| s.next = Some(n.clone()));
    Ok(n)
}

pub(crate) static TEE_DATA_TYPE: TypeObject = TypeObject::new_static_in(
    "itertools",
    "_tee_dataobject",
    Some(&OBJECT_TYPE),
    tpflags::HAVE_GC,
    Slots {
        traverse: Some(super::traverse::<TeeDataState>),
        clear: Some(super::clear::<TeeDataState>),
        ..base_slots(dealloc_box::<Iter<TeeDataState>>)
    },
);

// ---------------------------------------------------------------- _tee

#[derive(Default)]
pub(crate) struct TeeState {
    link: Option<Value>,
    /// The position of the next item in `link`.
    index: usize,
}

impl State for TeeState {
    fn type_object() -> &'static TypeObject {
        &TEE_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.link.iter().for_each(visit);
    }
}

/// `_tee(iterable)`: a copy of a `_tee`, else a `_tee` of a new buffer.
fn tee_from_iterable(iterable: &Value) -> PyResult<Value> {
    let it = attrs::iter(iterable)?;
    if it.type_of().is_subtype_of(&TEE_TYPE) {
        return tee_copy_of(&it);
    }
    new_object(
        &TEE_TYPE,
        TeeState {
            link: Some(new_link(it)?),
            index: 0,
        },
    )
}

fn tee_copy_of(v: &Value) -> PyResult<Value> {
    let (link, index) = this::<TeeState>(v)?.with(|s| (s.link.clone(), s.index));
    new_object(&TEE_TYPE, TeeState { link, index })
}

fn tee_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    cls_arg(a, &TEE_TYPE)?;
    if !k.is_empty() {
        return Err(type_error("_tee() takes no keyword arguments"));
    }
    let args = &a[1..];
    expect_count("_tee", args.len(), 1, 1)?;
    tee_from_iterable(&args[0])
}

fn tee_next(v: &Value) -> PyResult<Option<Value>> {
    let t = this::<TeeState>(v)?;
    let Some((mut link, mut index)) = t.with(|s| s.link.clone().map(|l| (l, s.index))) else {
        return Ok(None);
    };
    if index >= LINK_CELLS {
        link = next_link(&link)?;
        index = 0;
        let old = t.with(|s| {
            s.index = 0;
            s.link.replace(link.clone())
        });
        drop(old);
    }
    let item = link_item(&link, index)?;
    if item.is_some() {
        t.with(|s| s.index = index + 1);
    }
    Ok(item)
}

fn tee_copy(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_method_args("_tee.__copy__", a, k)?;
    tee_copy_of(&a[0])
}

itertools_type!(TEE_TYPE, "_tee", TeeState, 0, tee_next);

/// `tee(iterable, n=2)`: `n` independent `_tee` iterators over one
/// source (a `_tee` source is copied, sharing its buffer).
pub(super) fn tee(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(type_error("itertools.tee() takes no keyword arguments"));
    }
    expect_count("tee", a.len(), 1, 2)?;
    let n = match a.get(1) {
        Some(n) => ssize_arg(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::new(&VALUE_ERROR, "n must be >= 0"));
    }
    let it = attrs::iter(&a[0])?;
    if n == 0 {
        return Ok(tuple::empty());
    }
    let first = tee_from_iterable(&it)?;
    let mut out = Vec::with_capacity(n.min(1024) as usize);
    for _ in 1..n {
        out.push(tee_copy_of(&first)?);
    }
    out.insert(0, first);
    Ok(tuple::new(out))
}

pub(super) fn install() {
    install_type::<TeeState>(&TEE_TYPE, tee_new);
    add_methods(&TEE_TYPE, &[("__copy__", tee_copy)]);
    taipan_vm::interp::slot_wrappers::install(&[&TEE_DATA_TYPE]);
}
