//! Exception groups (PEP 654): `BaseExceptionGroup`/`ExceptionGroup`
//! construction, `message`/`exceptions`, `derive`/`subgroup`/`split`, the
//! `except*` instructions (`CHECK_EG_MATCH`, `PREP_RERAISE_STAR`) and the
//! boxed report of uncaught groups that `traceback.py` prints.

use std::collections::HashSet;
use std::sync::Arc;

use super::objects::Code;
use super::{attrs, call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{PyPayload, TypeObject, Value};
use crate::types::exceptions::{
    ExceptionObject, BASE_EXCEPTION, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP, VALUE_ERROR,
};
use crate::types::{dict, list, singletons, str as pystr, tuple};

/// `(message, exceptions tuple, given as a list)` of a group instance.
fn state(v: &Value) -> Option<(Value, Value, bool)> {
    let e = v.downcast::<ExceptionObject>()?;
    let extra = e.extra.get(e.header());
    match tuple::items(&extra) {
        [m, excs, as_list] => Some((m.clone(), excs.clone(), as_list.is(&singletons::true_()))),
        _ => None,
    }
}

pub fn is_group(v: &Value) -> bool {
    v.type_of().is_subtype_of(&BASE_EXCEPTION_GROUP) && state(v).is_some()
}

fn exceptions_of(v: &Value) -> Vec<Value> {
    state(v).map_or_else(Vec::new, |(_, e, _)| tuple::items(&e).to_vec())
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`, also what
/// calling either group type does.
pub fn construct(cls: &Value, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (msg, seq) = (&args[0], &args[1]);
    if pystr::as_str(msg).is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            msg.type_of().name
        )));
    }
    let is_list = seq.type_of().is_subtype_of(&list::LIST_TYPE);
    let is_seq = is_list
        || seq.type_of().is_subtype_of(&tuple::TUPLE_TYPE)
        || (seq.type_of().slots.getitem.is_some()
            && !seq.type_of().is_subtype_of(&dict::DICT_TYPE));
    if !is_seq {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = attrs::collect(seq)?;
    if excs.is_empty() {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nests_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !e.type_of().is_subtype_of(&BASE_EXCEPTION) {
            return Err(PyErr::new(
                &VALUE_ERROR,
                format!("Item {i} of second argument (exceptions) is not an exception"),
            ));
        }
        nests_base |= !e.type_of().is_subtype_of(&EXCEPTION);
    }
    let Some(mut ty) = cls.downcast::<TypeObject>() else {
        return Err(type_error(
            "BaseExceptionGroup.__new__(X): X is not a type object",
        ));
    };
    if std::ptr::eq(ty, &BASE_EXCEPTION_GROUP) {
        if !nests_base {
            ty = &EXCEPTION_GROUP;
        }
    } else if std::ptr::eq(ty, &EXCEPTION_GROUP) {
        if nests_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nests_base && ty.is_subtype_of(&EXCEPTION) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            ty.name
        )));
    }
    let inst = crate::types::exceptions::new_exception_of(ty, args.to_vec());
    let e = inst.downcast::<ExceptionObject>().expect("exception");
    drop(e.extra.replace(
        e.header(),
        tuple::new(vec![
            msg.clone(),
            tuple::new(excs),
            singletons::bool(is_list),
        ]),
    ));
    Ok(inst)
}

fn group_str(v: &Value) -> PyResult<Value> {
    let Some((msg, excs, _)) = state(v) else {
        return Ok(pystr::new(""));
    };
    let n = tuple::items(&excs).len();
    Ok(pystr::new(&format!(
        "{} ({n} sub-exception{})",
        pystr::to_string_lossy(&msg),
        if n == 1 { "" } else { "s" }
    )))
}

fn group_repr(v: &Value) -> PyResult<Value> {
    let Some((msg, excs, as_list)) = state(v) else {
        return Ok(pystr::new(&format!("{}()", v.type_of().name)));
    };
    let shown = if as_list {
        list::new(tuple::items(&excs).to_vec())
    } else {
        excs
    };
    Ok(pystr::new(&format!(
        "{}({}, {})",
        v.type_of().name,
        pystr::to_string_lossy(&crate::ops::repr(&msg)?),
        pystr::to_string_lossy(&crate::ops::repr(&shown)?)
    )))
}

fn m_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let npos = a.len() - k.len();
    if npos == 0 {
        return Err(type_error(
            "BaseExceptionGroup.__new__(): not enough arguments",
        ));
    }
    construct(&a[0], &a[1..npos])
}

fn m_init(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    // `__new__` did the work; `args` stay as given there.
    Ok(singletons::none())
}

fn m_message(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(state(&a[0]).map_or_else(singletons::none, |(m, _, _)| m))
}

fn m_exceptions(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(state(&a[0]).map_or_else(tuple::empty, |(_, e, _)| e))
}

fn m_derive(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let msg = m_message(&a[..1], &[])?;
    construct(&BASE_EXCEPTION_GROUP.as_value(), &[msg, a[1].clone()])
}

// ---------------------------------------------------------------- split

enum Matcher {
    Types(Value),
    Predicate(Value),
    /// Leaves by identity (`PREP_RERAISE_STAR`'s projection).
    Ids(HashSet<usize>),
}

fn matcher_of(cond: &Value) -> PyResult<Matcher> {
    let is_type = cond.downcast::<TypeObject>().is_some();
    if !is_type && cond.type_of().slots.call.is_some() {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    let exc_type = |t: &Value| {
        t.downcast::<TypeObject>()
            .is_some_and(|t| t.is_subtype_of(&BASE_EXCEPTION))
    };
    let ok = if cond.type_of().is_subtype_of(&tuple::TUPLE_TYPE) {
        tuple::items(cond).iter().all(exc_type)
    } else {
        exc_type(cond)
    };
    if !ok {
        return Err(type_error(
            "expected an exception type, a tuple of exception types, or a callable (other than a class)",
        ));
    }
    Ok(Matcher::Types(cond.clone()))
}

fn matches(exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => attrs::exc_matches(exc, t),
        Matcher::Predicate(f) => {
            crate::ops::truthy(&call_object(f, std::slice::from_ref(exc), &[])?)
        }
        Matcher::Ids(ids) => {
            Ok(!is_group(exc) && ids.contains(&crate::types::object::address(exc)))
        }
    }
}

/// A group of the same kind holding `excs` (by `derive`), with the
/// traceback, cause, context and notes of `orig`; None when `excs` is
/// empty.
fn subset(orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = attrs::getattr_str(orig, "derive")?;
    let eg = call_object(&derive, &[list::new(excs)], &[])?;
    if !is_group(&eg) {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    let (Some(o), Some(n)) = (
        orig.downcast::<ExceptionObject>(),
        eg.downcast::<ExceptionObject>(),
    ) else {
        return Ok(Some(eg));
    };
    drop(n.traceback.replace(n.header(), o.traceback.get(o.header())));
    drop(n.context.replace(n.header(), o.context.get(o.header())));
    drop(n.cause.replace(n.header(), o.cause.get(o.header())));
    if let Some(notes) = notes_of(orig) {
        if notes.type_of().slots.getitem.is_some() {
            let copy = list::new(attrs::collect(&notes)?);
            if let Some(d) = attrs::instance_dict(&eg) {
                dict::set_item(&d, pystr::intern("__notes__"), copy)?;
            }
        }
    }
    Ok(Some(eg))
}

fn notes_of(exc: &Value) -> Option<Value> {
    let e = exc.downcast::<ExceptionObject>()?;
    let d = e.dict.get(e.header());
    if singletons::is_none(&d) {
        return None;
    }
    dict::get_item(&d, &pystr::intern("__notes__"))
        .ok()
        .flatten()
}

type Split = (Option<Value>, Option<Value>);

fn split_recursive(exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<Split> {
    if matches(exc, m)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(exc) {
        return Ok((None, with_rest.then(|| exc.clone())));
    }
    let (mut hit, mut rest) = (Vec::new(), Vec::new());
    for e in exceptions_of(exc) {
        let (a, b) = split_recursive(&e, m, with_rest)?;
        hit.extend(a);
        rest.extend(b);
    }
    let hit = subset(exc, hit)?;
    let rest = if with_rest { subset(exc, rest)? } else { None };
    Ok((hit, rest))
}

fn opt(v: Option<Value>) -> Value {
    v.unwrap_or_else(singletons::none)
}

fn m_split(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (hit, rest) = split_recursive(&a[0], &matcher_of(&a[1])?, true)?;
    Ok(tuple::new(vec![opt(hit), opt(rest)]))
}

fn m_subgroup(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(opt(split_recursive(&a[0], &matcher_of(&a[1])?, false)?.0))
}

// ---------------------------------------------------------------- except*

/// `CHECK_EG_MATCH`: splits the raised exception by an `except*` clause's
/// type into (rest, match); a bare exception that matches is wrapped in a
/// group whose traceback is this frame at `lasti`.
pub fn check_eg_match(
    exc: Value,
    ty: &Value,
    code: &Arc<Code>,
    lasti: usize,
) -> PyResult<(Value, Value)> {
    let types: Vec<Value> = if ty.type_of().is_subtype_of(&tuple::TUPLE_TYPE) {
        tuple::items(ty).to_vec()
    } else {
        vec![ty.clone()]
    };
    for t in &types {
        match t.downcast::<TypeObject>() {
            Some(t) if t.is_subtype_of(&BASE_EXCEPTION) => {
                if t.is_subtype_of(&BASE_EXCEPTION_GROUP) {
                    return Err(type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
            _ => {
                return Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    if singletons::is_none(&exc) {
        return Ok((singletons::none(), singletons::none()));
    }
    if attrs::exc_matches(&exc, ty)? {
        if is_group(&exc) {
            return Ok((singletons::none(), exc));
        }
        let wrapped = construct(
            &BASE_EXCEPTION_GROUP.as_value(),
            &[pystr::new(""), tuple::new(vec![exc])],
        )?;
        if let Some(w) = wrapped.downcast::<ExceptionObject>() {
            let tb = super::objects::new_traceback(singletons::none(), code.clone(), lasti);
            drop(w.traceback.replace(w.header(), tb));
        }
        return Ok((singletons::none(), wrapped));
    }
    if is_group(&exc) {
        let (hit, rest) = split_recursive(&exc, &Matcher::Types(ty.clone()), true)?;
        return Ok((opt(rest), opt(hit)));
    }
    Ok((exc, singletons::none()))
}

fn leaf_ids(exc: &Value, ids: &mut HashSet<usize>) {
    if is_group(exc) {
        for e in exceptions_of(exc) {
            leaf_ids(&e, ids);
        }
    } else {
        ids.insert(crate::types::object::address(exc));
    }
}

/// Whether `e` is `orig` re-raised (a bare `raise` in an `except*`
/// clause): the same traceback, cause, context and notes.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (
        e.downcast::<ExceptionObject>(),
        orig.downcast::<ExceptionObject>(),
    ) else {
        return false;
    };
    let same = |x: Value, y: Value| x.is(&y);
    let none = singletons::none;
    same(a.traceback.get(a.header()), b.traceback.get(b.header()))
        && same(a.cause.get(a.header()), b.cause.get(b.header()))
        && same(a.context.get(a.header()), b.context.get(b.header()))
        && same(
            notes_of(e).unwrap_or_else(none),
            notes_of(orig).unwrap_or_else(none),
        )
}

/// `CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR`: what leaves a `try`
/// with `except*` clauses: the exceptions raised in the clauses, plus
/// the part of the original group that was re-raised or not handled.
pub fn prep_reraise_star(orig: Value, excs: &Value) -> PyResult<Value> {
    let items = attrs::collect(excs)?;
    if items.is_empty() {
        return Ok(singletons::none());
    }
    if !is_group(&orig) {
        // A bare exception was wrapped: at most one clause ran.
        return Ok(items[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in items.into_iter().filter(|e| !singletons::is_none(e)) {
        if same_metadata(&e, &orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = HashSet::new();
    for e in &reraised {
        leaf_ids(e, &mut ids);
    }
    let kept = split_recursive(&orig, &Matcher::Ids(ids), false)?.0;
    if raised.is_empty() {
        return Ok(opt(kept));
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return Ok(raised.pop().expect("one"));
    }
    construct(
        &BASE_EXCEPTION_GROUP.as_value(),
        &[pystr::new(""), list::new(raised)],
    )
}

// ---------------------------------------------------------------- report

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Whether the report needs this module's renderer: a group or notes
/// somewhere in the chain.
pub fn needs_group_report(exc: &Value) -> bool {
    let mut seen = HashSet::new();
    let mut todo = vec![exc.clone()];
    while let Some(e) = todo.pop() {
        if !seen.insert(crate::types::object::address(&e)) {
            continue;
        }
        if is_group(&e) {
            return true;
        }
        if let Some(o) = e.downcast::<ExceptionObject>() {
            for x in [o.cause.get(o.header()), o.context.get(o.header())] {
                if !singletons::is_none(&x) {
                    todo.push(x);
                }
            }
        }
    }
    false
}

/// `traceback.py`'s `_ExceptionPrintContext`.
struct Ctx {
    depth: usize,
    need_close: bool,
    seen: HashSet<usize>,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

/// The `Type: message` line and the notes.
fn exception_only(exc: &Value) -> String {
    let mut s = String::new();
    super::traceback::format_exception_only(exc, &mut s);
    if let Some(notes) = notes_of(exc) {
        if notes.type_of().slots.getitem.is_some() && pystr::as_str(&notes).is_none() {
            for n in attrs::collect(&notes).unwrap_or_default() {
                let text = match crate::ops::str(&n) {
                    Ok(t) => pystr::to_string_lossy(&t),
                    Err(_) => "<note str() failed>".to_string(),
                };
                for l in text.split('\n') {
                    s.push_str(l);
                    s.push('\n');
                }
            }
        } else {
            let text = match crate::ops::repr(&notes) {
                Ok(t) => pystr::to_string_lossy(&t),
                Err(_) => "<__notes__ repr() failed>".to_string(),
            };
            s.push_str(&text);
            s.push('\n');
        }
    }
    s
}

fn format_into(exc: &Value, ctx: &mut Ctx) {
    // Each exception with the message linking it to the one it was
    // caused by (or raised during), if that one is shown.
    let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
    let mut cur = Some(exc.clone());
    while let Some(e) = cur.take() {
        ctx.seen.insert(crate::types::object::address(&e));
        let mut link = None;
        if let Some(o) = e.downcast::<ExceptionObject>() {
            let cause = o.cause.get(o.header());
            let context = o.context.get(o.header());
            let next = if !singletons::is_none(&cause) {
                Some((CAUSE_MESSAGE, cause))
            } else if !singletons::is_none(&context) && !o.suppress_context.with(o.header(), |b| *b)
            {
                Some((CONTEXT_MESSAGE, context))
            } else {
                None
            };
            if let Some((m, n)) = next {
                if !ctx.seen.contains(&crate::types::object::address(&n)) {
                    link = Some(m);
                    cur = Some(n);
                }
            }
        }
        chain.push((link, e));
    }
    for (link, e) in chain.iter().rev() {
        if let Some(m) = link {
            ctx.emit(m, '|');
        }
        format_single(e, ctx);
    }
}

fn format_single(e: &Value, ctx: &mut Ctx) {
    let tb = attrs::exc_traceback(e);
    if !is_group(e) {
        if !singletons::is_none(&tb) {
            let mut s = String::new();
            super::traceback::format_stack(tb, &mut s);
            ctx.emit("Traceback (most recent call last):\n", '|');
            ctx.emit(&s, '|');
        }
        ctx.emit(&exception_only(e), '|');
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !singletons::is_none(&tb) {
        let mut s = String::new();
        super::traceback::format_stack(tb, &mut s);
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            if toplevel { '+' } else { '|' },
        );
        ctx.emit(&s, '|');
    }
    ctx.emit(&exception_only(e), '|');
    let excs = exceptions_of(e);
    let n = excs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let line = format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        );
        ctx.out.push_str(&line);
        ctx.depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            ctx.emit(
                &format!(
                    "and {remaining} more exception{}\n",
                    if remaining > 1 { "s" } else { "" }
                ),
                '|',
            );
        } else {
            format_into(&excs[i], ctx);
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The report of an uncaught exception whose chain holds a group (or
/// notes), as `traceback.print_exception` prints it.
pub fn format_report(exc: &Value) -> String {
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        seen: HashSet::new(),
        out: String::new(),
    };
    format_into(exc, &mut ctx);
    ctx.out
}

/// Installs the group types' methods, their `str`/`repr`, and
/// `ExceptionGroup`'s two bases.
pub fn install() {
    let _ = crate::types::exceptions::GROUP_STR.set(group_str);
    let _ = crate::types::exceptions::GROUP_REPR.set(group_repr);
    EXCEPTION_GROUP.set_bases(tuple::new(vec![
        BASE_EXCEPTION_GROUP.as_value(),
        EXCEPTION.as_value(),
    ]));
    let mut mro = vec![EXCEPTION_GROUP.as_value(), BASE_EXCEPTION_GROUP.as_value()];
    mro.extend(tuple::items(EXCEPTION.mro()).iter().cloned());
    EXCEPTION_GROUP.set_mro(tuple::new(mro));
    let d = BASE_EXCEPTION_GROUP.dict();
    let ty = &BASE_EXCEPTION_GROUP;
    let set = |name: &'static str, v: Value| {
        let _ = dict::set_item(d, pystr::intern(name), v);
    };
    set(
        "__new__",
        super::classes::new_wrapper(
            &super::classes::STATICMETHOD_TYPE,
            super::objects::native("__new__", m_new),
        ),
    );
    set(
        "__init__",
        super::objects::native_method(ty, "__init__", m_init),
    );
    set(
        "derive",
        super::objects::native_method(ty, "derive", m_derive),
    );
    set("split", super::objects::native_method(ty, "split", m_split));
    set(
        "subgroup",
        super::objects::native_method(ty, "subgroup", m_subgroup),
    );
    for (name, f) in [
        ("message", m_message as super::objects::NativeFn),
        ("exceptions", m_exceptions),
    ] {
        set(
            name,
            super::classes::new_property(
                super::objects::native(name, f),
                singletons::none(),
                singletons::none(),
                singletons::none(),
            ),
        );
    }
}
