//! `groupby` and the `_grouper` iterators it hands out: both read the
//! same source, so only the newest grouper of a groupby gives items.

use taipan_vm::interp::builtins::{bind_params, Params};
use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::object::tpflags::BASETYPE;
use taipan_vm::object::TypeObject;
use taipan_vm::ops;
use taipan_vm::types::{singletons, tuple};
use taipan_vm::{PyResult, Value};

use super::{
    cls_arg, expect_count, install_type, itertools_type, new_object, positional, this, Iter, State,
};

#[derive(Default)]
pub(crate) struct GroupbyState {
    it: Option<Value>,
    /// The key function; `None`: the items are their keys.
    keyfunc: Option<Value>,
    /// The key of the group being handed out.
    tgtkey: Option<Value>,
    /// The item read ahead and its key.
    currvalue: Option<Value>,
    currkey: Option<Value>,
    /// Which grouper may read: each new group (and each `next` of the
    /// groupby) starts a new generation, ending the older groupers.
    generation: u64,
}

impl State for GroupbyState {
    fn type_object() -> &'static TypeObject {
        &GROUPBY_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        [
            &self.it,
            &self.keyfunc,
            &self.tgtkey,
            &self.currvalue,
            &self.currkey,
        ]
        .into_iter()
        .flatten()
        .for_each(visit);
    }
}

fn groupby_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(a, &GROUPBY_TYPE)?;
    let p = Params {
        name: "groupby",
        names: &["iterable", "key"],
        positional: 2,
        required: 1,
    };
    let args = bind_params(&p, &a[1..], k)?;
    let it = attrs::iter(args[0].as_ref().expect("required"))?;
    new_object(
        cls,
        GroupbyState {
            it: Some(it),
            keyfunc: args[1].clone().filter(|f| !singletons::is_none(f)),
            ..GroupbyState::default()
        },
    )
}

/// Reads the next item and its key; false at the end of the source.
fn step(gb: &Iter<GroupbyState>) -> PyResult<bool> {
    let Some((it, keyfunc)) = gb.with(|s| s.it.clone().map(|it| (it, s.keyfunc.clone()))) else {
        return Ok(false);
    };
    let Some(x) = attrs::next(&it)? else {
        return Ok(false);
    };
    let key = match keyfunc {
        Some(f) => call_object(&f, std::slice::from_ref(&x), &[])?,
        None => x.clone(),
    };
    let old = gb.with(|s| (s.currvalue.replace(x), s.currkey.replace(key)));
    drop(old);
    Ok(true)
}

fn groupby_next(v: &Value) -> PyResult<Option<Value>> {
    let gb = this::<GroupbyState>(v)?;
    gb.with(|s| s.generation += 1);
    // Skip the rest of the current group.
    loop {
        let (curr, tgt) = gb.with(|s| (s.currkey.clone(), s.tgtkey.clone()));
        match (curr, tgt) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !ops::eq(&t, &c)? {
                    break;
                }
            }
        }
        if !step(gb)? {
            return Ok(None);
        }
    }
    let key = gb
        .with(|s| s.currkey.clone())
        .unwrap_or_else(singletons::none);
    let old = gb.with(|s| s.tgtkey.replace(key.clone()));
    drop(old);
    let grouper = new_grouper(v, key.clone())?;
    Ok(Some(tuple::new(vec![key, grouper])))
}

itertools_type!(
    GROUPBY_TYPE,
    "groupby",
    GroupbyState,
    BASETYPE,
    groupby_next
);

// ---------------------------------------------------------------- _grouper

#[derive(Default)]
pub(crate) struct GrouperState {
    parent: Option<Value>,
    tgtkey: Option<Value>,
    generation: u64,
}

impl State for GrouperState {
    fn type_object() -> &'static TypeObject {
        &GROUPER_TYPE
    }
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        [&self.parent, &self.tgtkey]
            .into_iter()
            .flatten()
            .for_each(visit);
    }
}

/// A grouper of `parent`'s group `tgtkey`, the only one that may read.
fn new_grouper(parent: &Value, tgtkey: Value) -> PyResult<Value> {
    let gb = this::<GroupbyState>(parent)?;
    let generation = gb.with(|s| {
        s.generation += 1;
        s.generation
    });
    new_object(
        &GROUPER_TYPE,
        GrouperState {
            parent: Some(parent.clone()),
            tgtkey: Some(tgtkey),
            generation,
        },
    )
}

fn grouper_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    cls_arg(a, &GROUPER_TYPE)?;
    let args = positional(a, k);
    if !k.is_empty() {
        return Err(type_error("_grouper() takes no keyword arguments"));
    }
    expect_count("_grouper", args.len(), 2, 2)?;
    if !args[0].type_of().is_subtype_of(&GROUPBY_TYPE) {
        return Err(type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            args[0].type_of().name
        )));
    }
    new_grouper(&args[0], args[1].clone())
}

fn grouper_next(v: &Value) -> PyResult<Option<Value>> {
    let g = this::<GrouperState>(v)?;
    let Some((parent, tgtkey, generation)) = g.with(|s| {
        let (p, t) = (s.parent.clone()?, s.tgtkey.clone()?);
        Some((p, t, s.generation))
    }) else {
        return Ok(None);
    };
    let gb = this::<GroupbyState>(&parent)?;
    if gb.with(|s| s.generation) != generation {
        return Ok(None);
    }
    if gb.with(|s| s.currvalue.is_none()) && !step(gb)? {
        return Ok(None);
    }
    let Some(curr) = gb.with(|s| s.currkey.clone()) else {
        return Ok(None);
    };
    if !ops::eq(&tgtkey, &curr)? {
        return Ok(None);
    }
    let (value, key) = gb.with(|s| (s.currvalue.take(), s.currkey.take()));
    drop(key);
    Ok(value)
}

itertools_type!(GROUPER_TYPE, "_grouper", GrouperState, 0, grouper_next);

pub(super) fn install() {
    install_type::<GroupbyState>(&GROUPBY_TYPE, groupby_new);
    install_type::<GrouperState>(&GROUPER_TYPE, grouper_new);
}
