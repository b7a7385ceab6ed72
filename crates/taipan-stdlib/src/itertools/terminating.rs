//! The iterators that end with their shortest input: accumulate, batched,
//! chain, compress, dropwhile, filterfalse, islice, pairwise, starmap,
//! takewhile and zip_longest.

use taipan_vm::interp::builtins::{bind_params, Params};
use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::object::tpflags::BASETYPE;
use taipan_vm::object::{BinOp, TypeObject};
use taipan_vm::ops;
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::{singletons, str as pystr, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use super::{
    cls_arg, expect_count, install_type, itertools_type, new_object, no_keywords, positional,
    ssize_arg, this, State,
};

/// Takes the value out of a field of `it`'s state, to be dropped outside
/// its critical section.
fn take<S: State>(it: &super::Iter<S>, field: impl FnOnce(&mut S) -> &mut Option<Value>) {
    let old = it.with(|s| field(s).take());
    drop(old);
}

// ---------------------------------------------------------------- accumulate

#[derive(Default)]
pub(crate) struct AccumulateState {
    it: Option<Value>,
    /// The binary function; `None` adds.
    func: Option<Value>,
    total: Option<Value>,
    /// Yielded first, when given.
    initial: Option<Value>,
}

impl State for AccumulateState {
    fn type_object() -> &'static TypeObject {
        &ACCUMULATE_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        [&self.it, &self.func, &self.total, &self.initial]
            .into_iter()
            .flatten()
            .for_each(visit);
    }
}

fn accumulate_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &ACCUMULATE_TYPE)?;
    let p = Params {
        name: "accumulate",
        names: &["iterable", "func", "initial"],
        positional: 2,
        required: 1,
    };
    let args = bind_params(&p, &a[1..], k)?;
    let not_none = |v: &Option<Value>| v.clone().filter(|v| !singletons::is_none(v));
    let it = attrs::iter(args[0].as_ref().expect("required"))?;
    new_object(
        cls,
        AccumulateState {
            it: Some(it),
            func: not_none(&args[1]),
            total: None,
            initial: not_none(&args[2]),
        },
    )
}

fn accumulate_next(v: &Value) -> PyResult<Option<Value>> {
    let acc = this::<AccumulateState>(v)?;
    if let Some(initial) = acc.with(|s| s.initial.take()) {
        let old = acc.with(|s| s.total.replace(initial.clone()));
        drop(old);
        return Ok(Some(initial));
    }
    let Some(it) = acc.with(|s| s.it.clone()) else {
        return Ok(None);
    };
    let Some(x) = attrs::next(&it)? else {
        return Ok(None);
    };
    let (total, func) = acc.with(|s| (s.total.clone(), s.func.clone()));
    let total = match (total, func) {
        (None, _) => x,
        (Some(t), None) => ops::binary_op(&t, &x, BinOp::Add)?,
        (Some(t), Some(f)) => call_object(&f, &[t, x], &[])?,
    };
    let old = acc.with(|s| s.total.replace(total.clone()));
    drop(old);
    Ok(Some(total))
}

itertools_type!(
    ACCUMULATE_TYPE,
    "accumulate",
    AccumulateState,
    BASETYPE,
    accumulate_next
);

// ---------------------------------------------------------------- batched

#[derive(Default)]
pub(crate) struct BatchedState {
    /// The source; dropped at its end or on an error.
    it: Option<Value>,
    n: usize,
    strict: bool,
}

impl State for BatchedState {
    fn type_object() -> &'static TypeObject {
        &BATCHED_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.iter().for_each(visit);
    }
}

fn batched_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &BATCHED_TYPE)?;
    let npos = a.len() - 1 - k.len();
    if npos > 2 {
        return Err(type_error(format!(
            "batched() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    let p = Params {
        name: "batched",
        names: &["iterable", "n", "strict"],
        positional: 2,
        required: 2,
    };
    let args = bind_params(&p, &a[1..], k)?;
    let n = ssize_arg(args[1].as_ref().expect("required"))?;
    if n < 1 {
        return Err(PyErr::new(&VALUE_ERROR, "n must be at least one"));
    }
    let strict = match &args[2] {
        Some(s) => ops::truthy(s)?,
        None => false,
    };
    let it = attrs::iter(args[0].as_ref().expect("required"))?;
    new_object(
        cls,
        BatchedState {
            it: Some(it),
            n: n as usize,
            strict,
        },
    )
}

fn batched_next(v: &Value) -> PyResult<Option<Value>> {
    let b = this::<BatchedState>(v)?;
    let Some((it, n, strict)) = b.with(|s| s.it.clone().map(|it| (it, s.n, s.strict))) else {
        return Ok(None);
    };
    let mut batch = Vec::with_capacity(n.min(1024));
    while batch.len() < n {
        match attrs::next(&it) {
            Ok(Some(x)) => batch.push(x),
            Ok(None) => break,
            Err(e) => {
                take(b, |s| &mut s.it);
                return Err(e);
            }
        }
    }
    if batch.is_empty() {
        take(b, |s| &mut s.it);
        return Ok(None);
    }
    if batch.len() < n && strict {
        take(b, |s| &mut s.it);
        return Err(PyErr::new(&VALUE_ERROR, "batched(): incomplete batch"));
    }
    Ok(Some(tuple::new(batch)))
}

itertools_type!(
    BATCHED_TYPE,
    "batched",
    BatchedState,
    BASETYPE,
    batched_next
);

// ---------------------------------------------------------------- chain

#[derive(Default)]
pub(crate) struct ChainState {
    /// The iterator over the iterables; dropped at its end.
    source: Option<Value>,
    /// The iterator of the current iterable.
    active: Option<Value>,
}

impl State for ChainState {
    fn type_object() -> &'static TypeObject {
        &CHAIN_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        [&self.source, &self.active]
            .into_iter()
            .flatten()
            .for_each(visit);
    }
}

fn chain_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &CHAIN_TYPE)?;
    no_keywords("chain", cls, k)?;
    let source = attrs::iter(&tuple::new(positional(a, k).to_vec()))?;
    new_object(
        cls,
        ChainState {
            source: Some(source),
            active: None,
        },
    )
}

/// `chain.from_iterable(iterable)`: the iterables come lazily from one.
pub(super) fn chain_from_iterable(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &CHAIN_TYPE)?;
    if !k.is_empty() {
        return Err(type_error(
            "chain.from_iterable() takes no keyword arguments",
        ));
    }
    if a.len() != 2 {
        return Err(type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let source = attrs::iter(&a[1])?;
    new_object(
        cls,
        ChainState {
            source: Some(source),
            active: None,
        },
    )
}

fn chain_next(v: &Value) -> PyResult<Option<Value>> {
    let ch = this::<ChainState>(v)?;
    loop {
        let active = match ch.with(|s| s.active.clone()) {
            Some(a) => a,
            None => {
                let Some(source) = ch.with(|s| s.source.clone()) else {
                    return Ok(None);
                };
                // The source is finished by its end and by any error.
                let next =
                    attrs::next(&source).and_then(|x| x.map(|i| attrs::iter(&i)).transpose());
                match next {
                    Ok(Some(a)) => {
                        let old = ch.with(|s| s.active.replace(a.clone()));
                        drop(old);
                        a
                    }
                    other => {
                        take(ch, |s| &mut s.source);
                        return other.map(|_| None);
                    }
                }
            }
        };
        if let Some(x) = attrs::next(&active)? {
            return Ok(Some(x));
        }
        take(ch, |s| &mut s.active);
    }
}

itertools_type!(CHAIN_TYPE, "chain", ChainState, BASETYPE, chain_next);

// ---------------------------------------------------------------- compress

#[derive(Default)]
pub(crate) struct CompressState {
    data: Option<Value>,
    selectors: Option<Value>,
}

impl State for CompressState {
    fn type_object() -> &'static TypeObject {
        &COMPRESS_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        [&self.data, &self.selectors]
            .into_iter()
            .flatten()
            .for_each(visit);
    }
}

fn compress_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &COMPRESS_TYPE)?;
    let p = Params {
        name: "compress",
        names: &["data", "selectors"],
        positional: 2,
        required: 2,
    };
    let args = bind_params(&p, &a[1..], k)?;
    let data = attrs::iter(args[0].as_ref().expect("required"))?;
    let selectors = attrs::iter(args[1].as_ref().expect("required"))?;
    new_object(
        cls,
        CompressState {
            data: Some(data),
            selectors: Some(selectors),
        },
    )
}

fn compress_next(v: &Value) -> PyResult<Option<Value>> {
    let c = this::<CompressState>(v)?;
    let Some((data, selectors)) = c.with(|s| s.data.clone().zip(s.selectors.clone())) else {
        return Ok(None);
    };
    loop {
        let Some(x) = attrs::next(&data)? else {
            return Ok(None);
        };
        let Some(sel) = attrs::next(&selectors)? else {
            return Ok(None);
        };
        if ops::truthy(&sel)? {
            return Ok(Some(x));
        }
    }
}

itertools_type!(
    COMPRESS_TYPE,
    "compress",
    CompressState,
    BASETYPE,
    compress_next
);

// ---------------------------------------------------------------- predicate iterators

/// dropwhile, filterfalse, takewhile and starmap: a function and a source.
#[derive(Default)]
pub(crate) struct FuncState<const KIND: u8> {
    func: Option<Value>,
    it: Option<Value>,
    /// dropwhile: the predicate failed once (dropping is over);
    /// takewhile: the predicate failed (the iteration is over).
    done: bool,
}

const DROPWHILE: u8 = 0;
const FILTERFALSE: u8 = 1;
const TAKEWHILE: u8 = 2;
const STARMAP: u8 = 3;

impl<const KIND: u8> State for FuncState<KIND> {
    fn type_object() -> &'static TypeObject {
        match KIND {
            DROPWHILE => &DROPWHILE_TYPE,
            FILTERFALSE => &FILTERFALSE_TYPE,
            TAKEWHILE => &TAKEWHILE_TYPE,
            _ => &STARMAP_TYPE,
        }
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        [&self.func, &self.it].into_iter().flatten().for_each(visit);
    }
}

fn func_new<const KIND: u8>(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let ty = FuncState::<KIND>::type_object();
    let cls = cls_arg(a, ty)?;
    no_keywords(&ty.name, cls, k)?;
    let args = positional(a, k);
    expect_count(&ty.name, args.len(), 2, 2)?;
    let it = attrs::iter(&args[1])?;
    new_object(
        cls,
        FuncState::<KIND> {
            func: Some(args[0].clone()),
            it: Some(it),
            done: false,
        },
    )
}

/// filterfalse's test: `func(x)`, or `x` itself when `func` is None.
fn filter_test(func: &Value, x: &Value) -> PyResult<bool> {
    if singletons::is_none(func) {
        return ops::truthy(x);
    }
    ops::truthy(&call_object(func, std::slice::from_ref(x), &[])?)
}

fn func_next<const KIND: u8>(v: &Value) -> PyResult<Option<Value>> {
    let me = this::<FuncState<KIND>>(v)?;
    let Some((func, it, done)) = me.with(|s| {
        let (f, it) = (s.func.clone()?, s.it.clone()?);
        Some((f, it, s.done))
    }) else {
        return Ok(None);
    };
    match KIND {
        DROPWHILE => loop {
            let Some(x) = attrs::next(&it)? else {
                return Ok(None);
            };
            if done {
                return Ok(Some(x));
            }
            if !ops::truthy(&call_object(&func, std::slice::from_ref(&x), &[])?)? {
                me.with(|s| s.done = true);
                return Ok(Some(x));
            }
        },
        FILTERFALSE => loop {
            let Some(x) = attrs::next(&it)? else {
                return Ok(None);
            };
            if !filter_test(&func, &x)? {
                return Ok(Some(x));
            }
        },
        TAKEWHILE => {
            if done {
                return Ok(None);
            }
            let Some(x) = attrs::next(&it)? else {
                return Ok(None);
            };
            if ops::truthy(&call_object(&func, std::slice::from_ref(&x), &[])?)? {
                return Ok(Some(x));
            }
            me.with(|s| s.done = true);
            Ok(None)
        }
        _ => {
            let Some(x) = attrs::next(&it)? else {
                return Ok(None);
            };
            let args = if x.is_exact(&tuple::TUPLE_TYPE) {
                tuple::items(&x).to_vec()
            } else {
                attrs::collect(&x)?
            };
            call_object(&func, &args, &[]).map(Some)
        }
    }
}

itertools_type!(
    DROPWHILE_TYPE,
    "dropwhile",
    FuncState<DROPWHILE>,
    BASETYPE,
    func_next::<DROPWHILE>
);
itertools_type!(
    FILTERFALSE_TYPE,
    "filterfalse",
    FuncState<FILTERFALSE>,
    BASETYPE,
    func_next::<FILTERFALSE>
);
itertools_type!(
    TAKEWHILE_TYPE,
    "takewhile",
    FuncState<TAKEWHILE>,
    BASETYPE,
    func_next::<TAKEWHILE>
);
itertools_type!(
    STARMAP_TYPE,
    "starmap",
    FuncState<STARMAP>,
    BASETYPE,
    func_next::<STARMAP>
);

// ---------------------------------------------------------------- islice

#[derive(Default)]
pub(crate) struct IsliceState {
    /// The source; dropped once the slice is done.
    it: Option<Value>,
    /// The position of the next item to give.
    next: i64,
    /// Where to stop; -1: never.
    stop: i64,
    step: i64,
    /// How many items were read from the source.
    cnt: i64,
}

impl State for IsliceState {
    fn type_object() -> &'static TypeObject {
        &ISLICE_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.iter().for_each(visit);
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// `PyNumber_AsSsize_t` with any failure as `None` (islice reports its
/// own ValueError).
fn ssize_or_none(v: &Value) -> Option<i64> {
    ssize_arg(v).ok()
}

fn islice_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &ISLICE_TYPE)?;
    no_keywords("islice", cls, k)?;
    let args = positional(a, k);
    expect_count("islice", args.len(), 2, 4)?;
    let given = |v: &Value| !singletons::is_none(v);
    let stop_of = |v: &Value| -> PyResult<i64> {
        if !given(v) {
            return Ok(-1);
        }
        match ssize_or_none(v) {
            Some(s) if s != -1 => Ok(s),
            _ => Err(PyErr::new(&VALUE_ERROR, STOP_MSG)),
        }
    };
    let (start, stop) = if args.len() == 2 {
        (0, stop_of(&args[1])?)
    } else {
        let start = if given(&args[1]) {
            ssize_or_none(&args[1]).unwrap_or(-1)
        } else {
            0
        };
        (start, stop_of(&args[2])?)
    };
    if start < 0 || stop < -1 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = match args.get(3).filter(|v| given(v)) {
        Some(v) => ssize_or_none(v).unwrap_or(-1),
        None => 1,
    };
    if step < 1 {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = attrs::iter(&args[0])?;
    new_object(
        cls,
        IsliceState {
            it: Some(it),
            next: start,
            stop,
            step,
            cnt: 0,
        },
    )
}

fn islice_next(v: &Value) -> PyResult<Option<Value>> {
    let sl = this::<IsliceState>(v)?;
    let Some((it, mut counts)) = sl.with(|s| s.it.clone().map(|it| (it, (s.cnt, s.next, s.stop))))
    else {
        return Ok(None);
    };
    let finish = || {
        take(sl, |s| &mut s.it);
        Ok(None)
    };
    // Skip to the next position. The counts are read again after each
    // item: the source may re-enter this islice.
    loop {
        let (cnt, next, stop) = counts;
        if cnt >= next {
            if stop != -1 && cnt >= stop {
                return finish();
            }
            break;
        }
        if attrs::next(&it)?.is_none() {
            return finish();
        }
        counts = sl.with(|s| {
            s.cnt += 1;
            (s.cnt, s.next, s.stop)
        });
    }
    let Some(x) = attrs::next(&it)? else {
        return finish();
    };
    sl.with(|s| {
        s.cnt += 1;
        // On overflow the next position becomes the stop (-1 for none:
        // every later item is given), as in CPython.
        let advanced = s.next.wrapping_add(s.step);
        s.next = if advanced < s.next || (s.stop != -1 && advanced > s.stop) {
            s.stop
        } else {
            advanced
        };
    });
    Ok(Some(x))
}

itertools_type!(ISLICE_TYPE, "islice", IsliceState, BASETYPE, islice_next);

// ---------------------------------------------------------------- pairwise

#[derive(Default)]
pub(crate) struct PairwiseState {
    it: Option<Value>,
    /// The item before the next one.
    old: Option<Value>,
}

impl State for PairwiseState {
    fn type_object() -> &'static TypeObject {
        &PAIRWISE_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        [&self.it, &self.old].into_iter().flatten().for_each(visit);
    }
}

fn pairwise_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &PAIRWISE_TYPE)?;
    no_keywords("pairwise", cls, k)?;
    let args = positional(a, k);
    expect_count("pairwise", args.len(), 1, 1)?;
    let it = attrs::iter(&args[0])?;
    new_object(
        cls,
        PairwiseState {
            it: Some(it),
            old: None,
        },
    )
}

fn pairwise_next(v: &Value) -> PyResult<Option<Value>> {
    let pw = this::<PairwiseState>(v)?;
    let end = || {
        let old = pw.with(|s| (s.it.take(), s.old.take()));
        drop(old);
    };
    let Some((it, old)) = pw.with(|s| s.it.clone().map(|it| (it, s.old.clone()))) else {
        return Ok(None);
    };
    let old = match old {
        Some(o) => o,
        None => match attrs::next(&it) {
            Ok(Some(o)) => {
                let prev = pw.with(|s| s.old.replace(o.clone()));
                drop(prev);
                // The first item's `__next__` may have ended this pairwise.
                if pw.with(|s| s.it.is_none()) {
                    end();
                    return Ok(None);
                }
                o
            }
            other => {
                end();
                return other;
            }
        },
    };
    match attrs::next(&it) {
        Ok(Some(new)) => {
            let prev = pw.with(|s| s.old.replace(new.clone()));
            drop(prev);
            Ok(Some(tuple::new(vec![old, new])))
        }
        other => {
            end();
            other
        }
    }
}

itertools_type!(
    PAIRWISE_TYPE,
    "pairwise",
    PairwiseState,
    BASETYPE,
    pairwise_next
);

// ---------------------------------------------------------------- zip_longest

#[derive(Default)]
pub(crate) struct ZipLongestState {
    /// The sources; an exhausted one is `None`.
    iters: Vec<Option<Value>>,
    /// How many sources are not exhausted.
    active: usize,
    fillvalue: Option<Value>,
}

impl State for ZipLongestState {
    fn type_object() -> &'static TypeObject {
        &ZIP_LONGEST_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.iters
            .iter()
            .chain([&self.fillvalue])
            .flatten()
            .for_each(visit);
    }
}

fn zip_longest_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &ZIP_LONGEST_TYPE)?;
    let fillvalue = match k {
        [] => singletons::none(),
        [name] if pystr::as_str(name) == Some("fillvalue") => a[a.len() - 1].clone(),
        _ => {
            return Err(type_error(
                "zip_longest() got an unexpected keyword argument",
            ))
        }
    };
    let iters = positional(a, k)
        .iter()
        .map(|x| attrs::iter(x).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    new_object(
        cls,
        ZipLongestState {
            active: iters.len(),
            iters,
            fillvalue: Some(fillvalue),
        },
    )
}

fn zip_longest_next(v: &Value) -> PyResult<Option<Value>> {
    let z = this::<ZipLongestState>(v)?;
    let (n, fill, active) = z.with(|s| (s.iters.len(), s.fillvalue.clone(), s.active));
    if n == 0 || active == 0 {
        return Ok(None);
    }
    let fill = fill.unwrap_or_else(singletons::none);
    let mut row = Vec::with_capacity(n);
    for i in 0..n {
        // Read live: a re-entrant call may have exhausted this source.
        let Some(it) = z.with(|s| s.iters.get(i).cloned().flatten()) else {
            row.push(fill.clone());
            continue;
        };
        match attrs::next(&it) {
            Ok(Some(x)) => row.push(x),
            Ok(None) => {
                let (old, left) = z.with(|s| {
                    s.active = s.active.saturating_sub(1);
                    (s.iters.get_mut(i).and_then(Option::take), s.active)
                });
                drop(old);
                if left == 0 {
                    return Ok(None);
                }
                row.push(fill.clone());
            }
            Err(e) => {
                z.with(|s| s.active = 0);
                return Err(e);
            }
        }
    }
    Ok(Some(tuple::new(row)))
}

itertools_type!(
    ZIP_LONGEST_TYPE,
    "zip_longest",
    ZipLongestState,
    BASETYPE,
    zip_longest_next
);

pub(super) fn install() {
    install_type::<AccumulateState>(&ACCUMULATE_TYPE, accumulate_new);
    install_type::<BatchedState>(&BATCHED_TYPE, batched_new);
    install_type::<ChainState>(&CHAIN_TYPE, chain_new);
    install_type::<CompressState>(&COMPRESS_TYPE, compress_new);
    install_type::<FuncState<DROPWHILE>>(&DROPWHILE_TYPE, func_new::<DROPWHILE>);
    install_type::<FuncState<FILTERFALSE>>(&FILTERFALSE_TYPE, func_new::<FILTERFALSE>);
    install_type::<FuncState<TAKEWHILE>>(&TAKEWHILE_TYPE, func_new::<TAKEWHILE>);
    install_type::<FuncState<STARMAP>>(&STARMAP_TYPE, func_new::<STARMAP>);
    install_type::<IsliceState>(&ISLICE_TYPE, islice_new);
    install_type::<PairwiseState>(&PAIRWISE_TYPE, pairwise_new);
    install_type::<ZipLongestState>(&ZIP_LONGEST_TYPE, zip_longest_new);
}
