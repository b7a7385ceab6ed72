//! The infinite iterators: `count`, `cycle` and `repeat`.

use taipan_vm::interp::builtins::{bind_params, Params};
use taipan_vm::interp::complex::COMPLEX_TYPE;
use taipan_vm::interp::{attrs, type_error};
use taipan_vm::object::tpflags::BASETYPE;
use taipan_vm::object::{BinOp, TypeObject};
use taipan_vm::ops;
use taipan_vm::types::{int, str as pystr};
use taipan_vm::{PyResult, Value};

use super::{
    add_methods, cls_arg, expect_count, install_type, itertools_type, new_object, no_keywords,
    no_method_args, positional, ssize_arg, this, State,
};

// ---------------------------------------------------------------- count

/// Where a `count` is: a machine integer while the step is 1 and the
/// count fits (CPython's fast mode), else any number and its step.
pub(crate) enum CountState {
    Fast(i64),
    Slow { cnt: Value, step: Value },
}

impl Default for CountState {
    fn default() -> CountState {
        CountState::Fast(0)
    }
}

impl State for CountState {
    fn type_object() -> &'static TypeObject {
        &COUNT_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        if let CountState::Slow { cnt, step } = self {
            visit(cnt);
            visit(step);
        }
    }
}

/// `PyNumber_Check`: what `count` accepts as start and step.
fn is_number(v: &Value) -> bool {
    let s = &v.type_of().slots;
    s.index.is_some()
        || s.int.is_some()
        || s.float.is_some()
        || v.type_of().is_subtype_of(&COMPLEX_TYPE)
}

fn count_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &COUNT_TYPE)?;
    let p = Params {
        name: "count",
        names: &["start", "step"],
        positional: 2,
        required: 0,
    };
    let args = bind_params(&p, &a[1..], k)?;
    if args.iter().flatten().any(|v| !is_number(v)) {
        return Err(type_error("a number is required"));
    }
    let step = args[1].clone().unwrap_or_else(|| int::from_i64(1));
    let start = args[0].clone().unwrap_or_else(|| int::from_i64(0));
    let fast = int::as_int(&start).and_then(|r| r.to_i64());
    let state = match fast {
        Some(i) if is_int_one(&step) => CountState::Fast(i),
        _ => CountState::Slow { cnt: start, step },
    };
    new_object(cls, state)
}

/// Whether the step is an int equal to 1 (the fast mode's step, and the
/// one `repr` leaves out).
fn is_int_one(step: &Value) -> bool {
    int::as_int(step).and_then(|r| r.to_i64()) == Some(1)
}

fn count_next(v: &Value) -> PyResult<Option<Value>> {
    let it = this::<CountState>(v)?;
    let (cnt, step) = it.with(|s| match s {
        CountState::Fast(i) if *i < i64::MAX => {
            *i += 1;
            (int::from_i64(*i - 1), None)
        }
        // The count leaves the machine range: on in slow mode.
        CountState::Fast(i) => {
            let cnt = int::from_i64(*i);
            *s = CountState::Slow {
                cnt: cnt.clone(),
                step: int::from_i64(1),
            };
            (cnt, Some(int::from_i64(1)))
        }
        CountState::Slow { cnt, step } => (cnt.clone(), Some(step.clone())),
    });
    if let Some(step) = step {
        let next = ops::binary_op(&cnt, &step, BinOp::Add)?;
        let old = it.with(|s| match s {
            CountState::Slow { cnt, .. } => Some(std::mem::replace(cnt, next)),
            CountState::Fast(_) => None,
        });
        drop(old);
    }
    Ok(Some(cnt))
}

fn count_repr(v: &Value) -> PyResult<Value> {
    let it = this::<CountState>(v)?;
    let name = &v.type_of().name;
    let (cnt, step) = it.with(|s| match s {
        CountState::Fast(i) => (int::from_i64(*i), None),
        CountState::Slow { cnt, step } => (cnt.clone(), Some(step.clone())),
    });
    let cnt = pystr::to_string_lossy(&ops::repr(&cnt)?);
    Ok(pystr::new(&match step {
        Some(step) if !is_int_one(&step) => {
            let step = pystr::to_string_lossy(&ops::repr(&step)?);
            format!("{name}({cnt}, {step})")
        }
        _ => format!("{name}({cnt})"),
    }))
}

itertools_type!(COUNT_TYPE, "count", CountState, BASETYPE, count_next, repr: Some(count_repr));

// ---------------------------------------------------------------- cycle

/// The source while it lasts, then the items it gave, round and round.
#[derive(Default)]
pub(crate) struct CycleState {
    it: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

impl State for CycleState {
    fn type_object() -> &'static TypeObject {
        &CYCLE_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.iter().chain(&self.saved).for_each(visit);
    }
}

fn cycle_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &CYCLE_TYPE)?;
    no_keywords("cycle", cls, k)?;
    let args = positional(a, k);
    expect_count("cycle", args.len(), 1, 1)?;
    let it = attrs::iter(&args[0])?;
    new_object(
        cls,
        CycleState {
            it: Some(it),
            ..CycleState::default()
        },
    )
}

fn cycle_next(v: &Value) -> PyResult<Option<Value>> {
    let cy = this::<CycleState>(v)?;
    if let Some(it) = cy.with(|s| s.it.clone()) {
        match attrs::next(&it)? {
            Some(x) => {
                cy.with(|s| s.saved.push(x.clone()));
                return Ok(Some(x));
            }
            None => {
                let old = cy.with(|s| s.it.take());
                drop(old);
            }
        }
    }
    Ok(cy.with(|s| {
        let x = s.saved.get(s.index).cloned()?;
        s.index = (s.index + 1) % s.saved.len();
        Some(x)
    }))
}

itertools_type!(CYCLE_TYPE, "cycle", CycleState, BASETYPE, cycle_next);

// ---------------------------------------------------------------- repeat

/// The object and how many more times it comes (negative: forever).
#[derive(Default)]
pub(crate) struct RepeatState {
    element: Option<Value>,
    cnt: i64,
}

impl State for RepeatState {
    fn type_object() -> &'static TypeObject {
        &REPEAT_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.element.iter().for_each(visit);
    }
}

fn repeat_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &REPEAT_TYPE)?;
    let p = Params {
        name: "repeat",
        names: &["object", "times"],
        positional: 2,
        required: 1,
    };
    let args = bind_params(&p, &a[1..], k)?;
    let cnt = match &args[1] {
        Some(times) => ssize_arg(times)?.max(0),
        None => -1,
    };
    new_object(
        cls,
        RepeatState {
            element: args[0].clone(),
            cnt,
        },
    )
}

fn repeat_next(v: &Value) -> PyResult<Option<Value>> {
    let r = this::<RepeatState>(v)?;
    Ok(r.with(|s| {
        if s.cnt == 0 {
            return None;
        }
        if s.cnt > 0 {
            s.cnt -= 1;
        }
        s.element.clone()
    }))
}

fn repeat_repr(v: &Value) -> PyResult<Value> {
    let r = this::<RepeatState>(v)?;
    let (element, cnt) = r.with(|s| (s.element.clone(), s.cnt));
    let element = match element {
        Some(e) => pystr::to_string_lossy(&ops::repr(&e)?),
        None => "None".to_string(),
    };
    let name = &v.type_of().name;
    Ok(pystr::new(&if cnt < 0 {
        format!("{name}({element})")
    } else {
        format!("{name}({element}, {cnt})")
    }))
}

fn repeat_length_hint(a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_method_args("repeat.__length_hint__", a, k)?;
    let cnt = this::<RepeatState>(&a[0])?.with(|s| s.cnt);
    if cnt < 0 {
        return Err(type_error("len() of unsized object"));
    }
    Ok(int::from_i64(cnt))
}

itertools_type!(REPEAT_TYPE, "repeat", RepeatState, BASETYPE, repeat_next, repr: Some(repeat_repr));

pub(super) fn install() {
    install_type::<CountState>(&COUNT_TYPE, count_new);
    install_type::<CycleState>(&CYCLE_TYPE, cycle_new);
    install_type::<RepeatState>(&REPEAT_TYPE, repeat_new);
    add_methods(&REPEAT_TYPE, &[("__length_hint__", repeat_length_hint)]);
}
