//! The combinatoric iterators: product, permutations, combinations and
//! combinations_with_replacement. Each reads its inputs into pools when
//! made, then steps an array of indices into them; `next` runs no Python
//! code.

use taipan_vm::interp::builtins::{bind_params, unexpected_keyword, Params};
use taipan_vm::interp::{attrs, type_error};
use taipan_vm::object::tpflags::BASETYPE;
use taipan_vm::object::TypeObject;
use taipan_vm::types::exceptions::{MEMORY_ERROR, OVERFLOW_ERROR, VALUE_ERROR};
use taipan_vm::types::{int, singletons, str as pystr, tuple};
use taipan_vm::{PyErr, PyResult, Value};

use super::{cls_arg, install_type, itertools_type, new_object, ssize_arg, this, State};

/// Where a combinatoric iterator is.
#[derive(Default, Clone, Copy, PartialEq)]
enum Phase {
    /// Nothing given yet: the first tuple is the initial indices.
    #[default]
    First,
    Running,
    Done,
}

/// A pool's items at the given indices.
fn pick(pool: &[Value], indices: &[usize]) -> Vec<Value> {
    indices.iter().map(|&i| pool[i].clone()).collect()
}

/// Steps the state (in its critical section: no Python code runs) and
/// builds the next tuple outside it.
fn step<S: State>(
    v: &Value,
    advance: impl FnOnce(&mut S) -> Option<Vec<Value>>,
) -> PyResult<Option<Value>> {
    let it = this::<S>(v)?;
    Ok(it.with(advance).map(tuple::new))
}

/// `len` indices made by `f`; a MemoryError when there is no room.
fn indices(len: usize, f: impl Fn(usize) -> usize) -> PyResult<Vec<usize>> {
    let mut v = Vec::new();
    v.try_reserve_exact(len)
        .map_err(|_| PyErr::new(&MEMORY_ERROR, ""))?;
    v.extend((0..len).map(f));
    Ok(v)
}

fn r_must_be_non_negative() -> PyErr {
    PyErr::new(&VALUE_ERROR, "r must be non-negative")
}

// ---------------------------------------------------------------- product

#[derive(Default)]
pub(crate) struct ProductState {
    /// One pool per iterable argument; they repeat `npools / len` times.
    pools: Vec<Vec<Value>>,
    /// The index into each of the repeated pools.
    indices: Vec<usize>,
    phase: Phase,
}

impl ProductState {
    fn pool(&self, i: usize) -> &[Value] {
        &self.pools[i % self.pools.len()]
    }

    fn advance(&mut self) -> Option<Vec<Value>> {
        match self.phase {
            Phase::Done => return None,
            Phase::First => {
                self.phase = Phase::Running;
                if (0..self.indices.len()).any(|i| self.pool(i).is_empty()) {
                    self.phase = Phase::Done;
                    return None;
                }
            }
            Phase::Running => {
                // Like an odometer: the rightmost index turns fastest.
                let mut i = self.indices.len();
                loop {
                    if i == 0 {
                        self.phase = Phase::Done;
                        return None;
                    }
                    i -= 1;
                    self.indices[i] += 1;
                    if self.indices[i] < self.pool(i).len() {
                        break;
                    }
                    self.indices[i] = 0;
                }
            }
        }
        Some(
            self.indices
                .iter()
                .enumerate()
                .map(|(i, &j)| self.pool(i)[j].clone())
                .collect(),
        )
    }
}

impl State for ProductState {
    fn type_object() -> &'static TypeObject {
        &PRODUCT_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(visit);
    }
}

fn product_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &PRODUCT_TYPE)?;
    let npos = a.len() - 1 - k.len();
    let repeat = match k {
        [] => 1,
        [name] if pystr::as_str(name) == Some("repeat") => {
            let r = ssize_arg(&a[a.len() - 1])?;
            if r < 0 {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    "repeat argument cannot be negative",
                ));
            }
            r as usize
        }
        [name] => {
            return Err(unexpected_keyword(
                "product",
                &["repeat"],
                &pystr::to_string_lossy(name),
            ))
        }
        _ => {
            return Err(type_error(format!(
                "product() takes at most 1 keyword argument ({} given)",
                k.len()
            )))
        }
    };
    // With no repetitions, the iterables are not even read.
    let iterables = if repeat == 0 { &[][..] } else { &a[1..=npos] };
    if !iterables.is_empty() && iterables.len() > (i64::MAX as usize / 8) / repeat {
        return Err(PyErr::new(&OVERFLOW_ERROR, "repeat argument too large"));
    }
    let pools = iterables
        .iter()
        .map(attrs::collect)
        .collect::<PyResult<Vec<_>>>()?;
    new_object(
        cls,
        ProductState {
            indices: indices(pools.len() * repeat, |_| 0)?,
            pools,
            phase: Phase::First,
        },
    )
}

fn product_next(v: &Value) -> PyResult<Option<Value>> {
    step::<ProductState>(v, ProductState::advance)
}

itertools_type!(
    PRODUCT_TYPE,
    "product",
    ProductState,
    BASETYPE,
    product_next
);

// ---------------------------------------------------------------- permutations

#[derive(Default)]
pub(crate) struct PermutationsState {
    pool: Vec<Value>,
    r: usize,
    /// A permutation of the pool's indices; the first `r` are given.
    indices: Vec<usize>,
    /// How many more times each of the first `r` positions rotates.
    cycles: Vec<usize>,
    phase: Phase,
}

impl PermutationsState {
    fn advance(&mut self) -> Option<Vec<Value>> {
        let (n, r) = (self.pool.len(), self.r);
        match self.phase {
            Phase::Done => return None,
            Phase::First => {
                self.phase = Phase::Running;
                if r > n {
                    self.phase = Phase::Done;
                    return None;
                }
            }
            Phase::Running => {
                let mut i = r;
                loop {
                    if i == 0 || n == 0 {
                        self.phase = Phase::Done;
                        return None;
                    }
                    i -= 1;
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        // Position i has seen every remaining index: rotate
                        // it to the end and carry into position i - 1.
                        self.indices[i..].rotate_left(1);
                        self.cycles[i] = n - i;
                    } else {
                        let j = n - self.cycles[i];
                        self.indices.swap(i, j);
                        break;
                    }
                }
            }
        }
        Some(pick(&self.pool, &self.indices[..r]))
    }
}

impl State for PermutationsState {
    fn type_object() -> &'static TypeObject {
        &PERMUTATIONS_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(visit);
    }
}

fn permutations_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &PERMUTATIONS_TYPE)?;
    let p = Params {
        name: "permutations",
        names: &["iterable", "r"],
        positional: 2,
        required: 1,
    };
    let args = bind_params(&p, &a[1..], k)?;
    let pool = attrs::collect(args[0].as_ref().expect("required"))?;
    let n = pool.len();
    let r = match args[1].as_ref().filter(|r| !singletons::is_none(r)) {
        None => n as i64,
        Some(r) => match int::as_int(r) {
            None => return Err(type_error("Expected int as r")),
            Some(i) => i.to_i64().ok_or_else(|| {
                PyErr::new(
                    &OVERFLOW_ERROR,
                    "Python int too large to convert to C ssize_t",
                )
            })?,
        },
    };
    if r < 0 {
        return Err(r_must_be_non_negative());
    }
    let r = r as usize;
    new_object(
        cls,
        PermutationsState {
            pool,
            r,
            indices: (0..n).collect(),
            cycles: (0..r.min(n)).map(|i| n - i).collect(),
            phase: Phase::First,
        },
    )
}

fn permutations_next(v: &Value) -> PyResult<Option<Value>> {
    step::<PermutationsState>(v, PermutationsState::advance)
}

itertools_type!(
    PERMUTATIONS_TYPE,
    "permutations",
    PermutationsState,
    BASETYPE,
    permutations_next
);

// ---------------------------------------------------------------- combinations

/// combinations and combinations_with_replacement (`REPLACE`).
#[derive(Default)]
pub(crate) struct CombinationsState<const REPLACE: bool> {
    pool: Vec<Value>,
    /// The pool positions of the next tuple, non-decreasing (strictly
    /// increasing without replacement).
    indices: Vec<usize>,
    phase: Phase,
}

impl<const REPLACE: bool> CombinationsState<REPLACE> {
    fn advance(&mut self) -> Option<Vec<Value>> {
        let (n, r) = (self.pool.len(), self.indices.len());
        match self.phase {
            Phase::Done => return None,
            Phase::First => self.phase = Phase::Running,
            Phase::Running => {
                // The rightmost index that can still grow.
                let highest = |i: usize| if REPLACE { n - 1 } else { i + n - r };
                let Some(i) = (0..r).rev().find(|&i| self.indices[i] != highest(i)) else {
                    self.phase = Phase::Done;
                    return None;
                };
                let first = self.indices[i] + 1;
                for (j, x) in self.indices[i..].iter_mut().enumerate() {
                    *x = if REPLACE { first } else { first + j };
                }
            }
        }
        Some(pick(&self.pool, &self.indices))
    }
}

impl<const REPLACE: bool> State for CombinationsState<REPLACE> {
    fn type_object() -> &'static TypeObject {
        if REPLACE {
            &COMBINATIONS_WITH_REPLACEMENT_TYPE
        } else {
            &COMBINATIONS_TYPE
        }
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(visit);
    }
}

fn combinations_new<const REPLACE: bool>(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let ty = CombinationsState::<REPLACE>::type_object();
    let cls = cls_arg(a, ty)?;
    let p = Params {
        name: &ty.name,
        names: &["iterable", "r"],
        positional: 2,
        required: 2,
    };
    let args = bind_params(&p, &a[1..], k)?;
    let r = ssize_arg(args[1].as_ref().expect("required"))?;
    let pool = attrs::collect(args[0].as_ref().expect("required"))?;
    if r < 0 {
        return Err(r_must_be_non_negative());
    }
    let r = r as usize;
    let empty = if REPLACE {
        pool.is_empty() && r > 0
    } else {
        r > pool.len()
    };
    // The first tuple: the first item r times, or the first r items.
    let (indices, phase) = if empty {
        (Vec::new(), Phase::Done)
    } else if REPLACE {
        (indices(r, |_| 0)?, Phase::First)
    } else {
        (indices(r, |i| i)?, Phase::First)
    };
    new_object(
        cls,
        CombinationsState::<REPLACE> {
            pool,
            indices,
            phase,
        },
    )
}

fn combinations_next<const REPLACE: bool>(v: &Value) -> PyResult<Option<Value>> {
    step::<CombinationsState<REPLACE>>(v, CombinationsState::advance)
}

itertools_type!(
    COMBINATIONS_TYPE,
    "combinations",
    CombinationsState<false>,
    BASETYPE,
    combinations_next::<false>
);
itertools_type!(
    COMBINATIONS_WITH_REPLACEMENT_TYPE,
    "combinations_with_replacement",
    CombinationsState<true>,
    BASETYPE,
    combinations_next::<true>
);

pub(super) fn install() {
    install_type::<ProductState>(&PRODUCT_TYPE, product_new);
    install_type::<PermutationsState>(&PERMUTATIONS_TYPE, permutations_new);
    install_type::<CombinationsState<false>>(&COMBINATIONS_TYPE, combinations_new::<false>);
    install_type::<CombinationsState<true>>(
        &COMBINATIONS_WITH_REPLACEMENT_TYPE,
        combinations_new::<true>,
    );
}
