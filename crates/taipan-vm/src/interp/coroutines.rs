//! The asynchronous protocol on top of the generator machinery: awaitables
//! (`GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`, `END_ASYNC_FOR`), the
//! async generator's methods and the awaitables they return
//! (`asend`/`__anext__`, `athrow`/`aclose`), the `ASYNC_GEN_WRAP` marker
//! that tells an async `yield` from a value passed up by an `await`, and
//! the `aiter()`/`anext()` builtins.

use super::attrs;
use super::eval::Exit;
use super::generators::{self, ASYNC_GENERATOR_TYPE};
use super::objects::simple_type;
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::types::exceptions::{
    GENERATOR_EXIT, RUNTIME_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION,
};
use crate::types::{dict, singletons, str as pystr};

fn runtime_error(msg: &str) -> PyErr {
    PyErr::new(&RUNTIME_ERROR, msg)
}

fn stop_iteration(v: Value) -> PyErr {
    PyErr::with_args(&STOP_ITERATION, vec![v])
}

/// Calls the special method `name` of `v` looked up on its type.
fn call_special(v: &Value, name: &str) -> PyResult<Option<Value>> {
    match attrs::lookup_special(v, name)? {
        Some(m) => call_object(&attrs::bind(m, v)?, &[], &[]).map(Some),
        None => Ok(None),
    }
}

// ---------------------------------------------------------------- awaitables

/// `GET_AWAITABLE`: the iterator `await v` drives. `arg` says where the
/// object came from (1: `__aenter__`, 2: `__aexit__`) for the messages.
pub fn get_awaitable(v: Value, arg: u32) -> PyResult<Value> {
    if generators::kind_of(&v) == Some("coroutine") {
        if generators::is_awaiting(&v) {
            return Err(runtime_error("coroutine is being awaited already"));
        }
        return Ok(v);
    }
    if generators::is_iterable_coroutine(&v) {
        return Ok(v);
    }
    let ty = &v.type_of().name;
    let Some(it) = call_special(&v, "__await__")? else {
        return Err(type_error(match arg {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {ty}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {ty}"
            ),
            _ => format!("'{ty}' object can't be awaited"),
        }));
    };
    if generators::kind_of(&it) == Some("coroutine") {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if it.type_of().slots.next.is_none() {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.type_of().name
        )));
    }
    Ok(it)
}

/// `GET_AITER`: `type(v).__aiter__(v)`, checked for `__anext__`.
pub fn get_aiter(v: Value) -> PyResult<Value> {
    let Some(it) = call_special(&v, "__aiter__")? else {
        return Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            v.type_of().name
        )));
    };
    if attrs::lookup_special(&it, "__anext__")?.is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.type_of().name
        )));
    }
    Ok(it)
}

/// `GET_ANEXT`: the awaitable for the next item of an async iterator.
pub fn get_anext(aiter: &Value) -> PyResult<Value> {
    if std::ptr::eq(aiter.type_of(), &ASYNC_GENERATOR_TYPE) {
        return Ok(new_awaitable(
            &ASEND_TYPE,
            aiter.clone(),
            Mode::Send(singletons::none()),
        ));
    }
    let Some(next) = call_special(aiter, "__anext__")? else {
        return Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.type_of().name
        )));
    };
    let ty = next.type_of().name.clone();
    get_awaitable(next, 0).map_err(|e| {
        if e.matches(&crate::types::exceptions::TYPE_ERROR) {
            let new = type_error(format!(
                "'async for' received an invalid object from __anext__: {ty}"
            ));
            attrs::set_cause(&new, e.into_instance());
            new
        } else {
            e
        }
    })
}

/// `END_ASYNC_FOR`: StopAsyncIteration ends the loop (Ok), anything else
/// is raised again.
pub fn end_async_for(exc: Value) -> PyResult<()> {
    if exc.type_of().is_subtype_of(&STOP_ASYNC_ITERATION) {
        return Ok(());
    }
    Err(PyErr::from_instance(exc).expect("exception"))
}

// ---------------------------------------------------------------- wrapped yield

/// What an async generator's `yield` hands to its frame's caller, so the
/// awaitable can tell it from a value an inner `await` passes up.
#[repr(C)]
pub struct WrappedValue {
    header: ObjHeader,
    value: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for WrappedValue {
    fn type_object() -> &'static TypeObject {
        &WRAPPED_TYPE
    }
}
simple_type!(
    WRAPPED_TYPE,
    "async_generator_wrapped_value",
    WrappedValue,
    {}
);

/// `CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP`.
pub fn wrap(value: Value) -> Value {
    Value::from_box(Box::new(WrappedValue {
        header: ObjHeader::new(&WRAPPED_TYPE),
        value,
    }))
}

fn unwrapped(v: &Value) -> Option<Value> {
    v.downcast::<WrappedValue>().map(|w| w.value.clone())
}

// ---------------------------------------------------------------- asend / athrow

enum Mode {
    /// `__anext__()` / `asend(v)`: the value to send first.
    Send(Value),
    /// `athrow(...)`: the arguments of the throw.
    Throw(Vec<Value>),
    /// `aclose()`.
    Close,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Progress {
    Init,
    Iter,
    Closed,
}

#[repr(C)]
pub struct AwaitableObject {
    header: ObjHeader,
    gen: Value,
    mode: Mode,
    progress: Cell<Progress>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for AwaitableObject {
    fn type_object() -> &'static TypeObject {
        &ASEND_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &ASEND_TYPE) || std::ptr::eq(ty, &ATHROW_TYPE)
    }
}

fn aw_next(v: &Value) -> PyResult<Option<Value>> {
    match aw_send(v, singletons::none()) {
        Ok(y) => Ok(Some(y)),
        Err(e)
            if e.exc_type().is_subtype_of(&STOP_ITERATION)
                && singletons::is_none(&attrs::stop_iteration_value(e.instance())) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

simple_type!(ASEND_TYPE, "async_generator_asend", AwaitableObject, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(aw_next),
});
simple_type!(ATHROW_TYPE, "async_generator_athrow", AwaitableObject, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(aw_next),
});

fn new_awaitable(ty: &'static TypeObject, gen: Value, mode: Mode) -> Value {
    Value::from_box(Box::new(AwaitableObject {
        header: ObjHeader::new(ty),
        gen,
        mode,
        progress: Cell::new(Progress::Init),
    }))
}

impl AwaitableObject {
    fn progress(&self) -> Progress {
        self.progress.with(&self.header, |p| *p)
    }
    fn set_progress(&self, p: Progress) {
        self.progress.with(&self.header, |x| *x = p);
    }
    /// Ends this awaitable (and the generator's `ag_running`).
    fn finish(&self) {
        self.set_progress(Progress::Closed);
        generators::set_running_async(&self.gen, false);
    }
    fn reuse_error(&self) -> PyErr {
        runtime_error(match self.mode {
            Mode::Send(_) => "cannot reuse already awaited __anext__()/asend()",
            _ => "cannot reuse already awaited aclose()/athrow()",
        })
    }
    fn running_error(&self) -> PyErr {
        runtime_error(match self.mode {
            Mode::Send(_) => "anext(): asynchronous generator is already running",
            Mode::Throw(_) => "athrow(): asynchronous generator is already running",
            Mode::Close => "aclose(): asynchronous generator is already running",
        })
    }
    /// Interprets what the generator's frame did: an async `yield` ends
    /// this awaitable with StopIteration(value), a value from an inner
    /// `await` passes up, a return is StopAsyncIteration.
    fn unwrap(&self, r: PyResult<Exit>) -> PyResult<Value> {
        let r = match r {
            Ok(Exit::Yield(y)) => match unwrapped(&y) {
                Some(v) => Err(stop_iteration(v)),
                None => return Ok(y),
            },
            Ok(Exit::Return(_)) => Err(PyErr::with_args(&STOP_ASYNC_ITERATION, vec![])),
            Err(e) => Err(e),
        };
        self.finish();
        r
    }
    /// `aclose()`'s reading: a yield means GeneratorExit was ignored; the
    /// generator ending by GeneratorExit or StopAsyncIteration is success.
    fn close_result(&self, r: PyResult<Exit>) -> PyResult<Value> {
        let r = match r {
            Ok(Exit::Yield(y)) if unwrapped(&y).is_none() => return Ok(y),
            Ok(Exit::Yield(_)) => Err(runtime_error("async generator ignored GeneratorExit")),
            Ok(Exit::Return(_)) => Err(PyErr::with_args(&STOP_ITERATION, vec![])),
            Err(e) if e.matches(&STOP_ASYNC_ITERATION) || e.matches(&GENERATOR_EXIT) => {
                Err(PyErr::with_args(&STOP_ITERATION, vec![]))
            }
            Err(e) => Err(e),
        };
        self.finish();
        r
    }
}

fn throw_args_exception(args: &[Value]) -> PyResult<PyErr> {
    generators::throw_exception(&args[0], args.get(1))
}

fn aw_send(v: &Value, sent: Value) -> PyResult<Value> {
    let o = v.downcast::<AwaitableObject>().expect("awaitable");
    match o.progress() {
        Progress::Closed => return Err(o.reuse_error()),
        Progress::Iter => {
            let r = generators::send(&o.gen, sent);
            return match o.mode {
                Mode::Close => o.close_result(r),
                _ => o.unwrap(r),
            };
        }
        Progress::Init => {}
    }
    if let Mode::Send(first) = &o.mode {
        if generators::running_async(&o.gen) {
            return Err(o.running_error());
        }
        let sent = if singletons::is_none(&sent) {
            first.clone()
        } else {
            sent
        };
        o.set_progress(Progress::Iter);
        generators::set_running_async(&o.gen, true);
        return o.unwrap(generators::send(&o.gen, sent));
    }
    if generators::exhausted(&o.gen) {
        o.set_progress(Progress::Closed);
        return Err(PyErr::with_args(&STOP_ITERATION, vec![]));
    }
    if generators::running_async(&o.gen) {
        o.set_progress(Progress::Closed);
        return Err(o.running_error());
    }
    if !singletons::is_none(&sent) {
        return Err(runtime_error(
            "can't send non-None value to a just-started coroutine",
        ));
    }
    o.set_progress(Progress::Iter);
    generators::set_running_async(&o.gen, true);
    match &o.mode {
        Mode::Throw(args) => {
            let e = throw_args_exception(args);
            match e {
                Ok(e) => o.unwrap(generators::throw(&o.gen, e)),
                Err(e) => {
                    o.finish();
                    Err(e)
                }
            }
        }
        _ => {
            let e = PyErr::with_args(&GENERATOR_EXIT, vec![]);
            o.close_result(generators::throw(&o.gen, e))
        }
    }
}

fn m_aw_send(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    aw_send(&a[0], a[1].clone())
}

fn m_aw_throw(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = a[0].downcast::<AwaitableObject>().expect("awaitable");
    if o.progress() == Progress::Closed {
        return Err(o.reuse_error());
    }
    if o.progress() == Progress::Init {
        if generators::running_async(&o.gen) {
            return Err(o.running_error());
        }
        o.set_progress(Progress::Iter);
        generators::set_running_async(&o.gen, true);
    }
    let e = match throw_args_exception(&a[1..]) {
        Ok(e) => e,
        Err(e) => {
            o.finish();
            return Err(e);
        }
    };
    let r = generators::throw(&o.gen, e);
    match o.mode {
        Mode::Close => o.close_result(r),
        _ => o.unwrap(r),
    }
}

fn m_aw_close(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = a[0].downcast::<AwaitableObject>().expect("awaitable");
    if o.progress() == Progress::Iter {
        generators::set_running_async(&o.gen, false);
    }
    o.set_progress(Progress::Closed);
    Ok(singletons::none())
}

fn m_self(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(a[0].clone())
}

// ---------------------------------------------------------------- async generator methods

fn m_agen_anext(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_awaitable(
        &ASEND_TYPE,
        a[0].clone(),
        Mode::Send(singletons::none()),
    ))
}
fn m_agen_asend(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_awaitable(
        &ASEND_TYPE,
        a[0].clone(),
        Mode::Send(a[1].clone()),
    ))
}
fn m_agen_athrow(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_awaitable(
        &ATHROW_TYPE,
        a[0].clone(),
        Mode::Throw(a[1..].to_vec()),
    ))
}
fn m_agen_aclose(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(new_awaitable(&ATHROW_TYPE, a[0].clone(), Mode::Close))
}

// ---------------------------------------------------------------- anext with a default

/// `anext(it, default)`: awaits `it.__anext__()` and turns its
/// StopAsyncIteration into the default value.
#[repr(C)]
pub struct AnextAwaitable {
    header: ObjHeader,
    inner: Value,
    default: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for AnextAwaitable {
    fn type_object() -> &'static TypeObject {
        &ANEXT_AWAITABLE_TYPE
    }
}

fn anext_step(v: &Value, f: impl FnOnce(&Value) -> PyResult<Value>) -> PyResult<Value> {
    let o = v.downcast::<AnextAwaitable>().expect("anext_awaitable");
    f(&o.inner).map_err(|e| {
        if e.matches(&STOP_ASYNC_ITERATION) {
            stop_iteration(o.default.clone())
        } else {
            e
        }
    })
}

fn inner_send(inner: &Value, sent: Value) -> PyResult<Value> {
    match generators::send(inner, sent)? {
        Exit::Yield(y) => Ok(y),
        Exit::Return(r) => Err(stop_iteration(r)),
    }
}

fn anext_next(v: &Value) -> PyResult<Option<Value>> {
    anext_step(v, |i| inner_send(i, singletons::none())).map(Some)
}
fn m_anext_send(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sent = a[1].clone();
    anext_step(&a[0], |i| inner_send(i, sent))
}
fn m_anext_throw(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let args = a[1..].to_vec();
    anext_step(&a[0], |i| {
        call_object(&attrs::getattr_str(i, "throw")?, &args, &[])
    })
}
fn m_anext_close(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    anext_step(&a[0], |i| match attrs::getattr_str(i, "close") {
        Ok(c) => call_object(&c, &[], &[]),
        Err(_) => Ok(singletons::none()),
    })
}

simple_type!(ANEXT_AWAITABLE_TYPE, "anext_awaitable", AnextAwaitable, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(anext_next),
});

// ---------------------------------------------------------------- builtins

/// `aiter(obj)`.
pub fn bi_aiter(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let v = &a[0];
    let Some(it) = call_special(v, "__aiter__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            v.type_of().name
        )));
    };
    if attrs::lookup_special(&it, "__anext__")?.is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_of().name
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`.
pub fn bi_anext(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let v = &a[0];
    let Some(aw) = call_special(v, "__anext__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            v.type_of().name
        )));
    };
    let Some(default) = a.get(1) else {
        return Ok(aw);
    };
    let inner = get_awaitable(aw, 0)?;
    Ok(Value::from_box(Box::new(AnextAwaitable {
        header: ObjHeader::new(&ANEXT_AWAITABLE_TYPE),
        inner,
        default: default.clone(),
    })))
}

/// Installs the async generator's methods and those of its awaitables.
pub fn install() {
    let add = |ty: &'static TypeObject, name: &'static str, f: super::objects::NativeFn| {
        let _ = dict::set_item(
            ty.dict(),
            pystr::intern(name),
            super::objects::native_method(ty, name, f),
        );
    };
    add(&ASYNC_GENERATOR_TYPE, "__aiter__", m_self);
    add(&ASYNC_GENERATOR_TYPE, "__anext__", m_agen_anext);
    add(&ASYNC_GENERATOR_TYPE, "asend", m_agen_asend);
    add(&ASYNC_GENERATOR_TYPE, "athrow", m_agen_athrow);
    add(&ASYNC_GENERATOR_TYPE, "aclose", m_agen_aclose);
    for ty in [&ASEND_TYPE, &ATHROW_TYPE] {
        add(ty, "send", m_aw_send);
        add(ty, "throw", m_aw_throw);
        add(ty, "close", m_aw_close);
        add(ty, "__await__", m_self);
    }
    add(&ANEXT_AWAITABLE_TYPE, "send", m_anext_send);
    add(&ANEXT_AWAITABLE_TYPE, "throw", m_anext_throw);
    add(&ANEXT_AWAITABLE_TYPE, "close", m_anext_close);
    add(&ANEXT_AWAITABLE_TYPE, "__await__", m_self);
}
