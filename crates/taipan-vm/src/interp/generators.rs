//! Generators (and the coroutine kinds that share their machinery): a
//! suspended frame keeps its values in the generator, and they become the
//! thread's value stack, swapped in, while it runs; send/throw/close and
//! `yield from` delegation.

use std::sync::Arc;

use super::attrs::{self, generic_getattr};
use super::eval::Exit;
use super::function_code::CodeRef;
use super::objects::{simple_type, Code, FunctionObject};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{ObjHeader, PyPayload, TypeObject, Value};
use crate::types::{dict, singletons, str as pystr};

/// A generator's address, kept by its frame: the frame runs only while
/// something holds the generator (the caller's `FOR_ITER` iterator, or
/// the caller of [`resume`]), and is kept in it otherwise.
#[derive(Clone, Copy)]
pub struct GenRef(std::ptr::NonNull<GeneratorObject>);

impl GenRef {
    fn get(&self) -> &GeneratorObject {
        // SAFETY: the generator outlives its frame's runs (see above).
        unsafe { self.0.as_ref() }
    }
}

struct GenState {
    /// The suspended frame (its `ip` and `lasti` where it stopped); None
    /// while it runs and once it has finished.
    frame: Option<super::Frame>,
    /// The suspended frame's locals and operand stack. While the frame
    /// runs these are the running thread's value stack, swapped in; here
    /// is what they replaced: the caller's value stack when `FOR_ITER`
    /// runs the generator inline ([`enter_inline`]), an empty buffer when
    /// it is resumed on a stack of its own ([`resume`]).
    values: Vec<Value>,
    running: bool,
    started: bool,
    /// An async generator with an `asend`/`athrow` awaitable in progress
    /// (`ag_running`).
    running_async: bool,
}

impl GenState {
    /// Puts the suspended frame back. The slot is empty (the frame was
    /// taken out to run), so there is nothing to drop.
    #[inline(always)]
    fn put_frame(&mut self, f: super::Frame) {
        let old = self.frame.replace(f);
        debug_assert!(old.is_none());
        std::mem::forget(old);
    }
}

#[repr(C)]
pub struct GeneratorObject {
    header: ObjHeader,
    state: crate::object::Cell<GenState>,
    /// `__name__` and `__qualname__` (assignable).
    name: crate::object::Cell<Value>,
    qualname: crate::object::Cell<Value>,
    /// Kept for `gi_code` once the frame is gone.
    code: Arc<Code>,
    kind: &'static str,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for GeneratorObject {
    fn type_object() -> &'static TypeObject {
        &GENERATOR_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &GENERATOR_TYPE)
            || std::ptr::eq(ty, &COROUTINE_TYPE)
            || std::ptr::eq(ty, &ASYNC_GENERATOR_TYPE)
    }
}

/// A suspended generator that is freed is closed first, so its `finally`
/// blocks run (CPython's `_PyGen_Finalize`); nothing can reach the object
/// any more, so the close works on it without a reference.
impl Drop for GeneratorObject {
    fn drop(&mut self) {
        let suspended = self
            .state
            .with(&self.header, |s| s.started && s.frame.is_some());
        if !suspended {
            return;
        }
        if let Err(e) = close_gen(self) {
            let text = super::traceback::format_exception(e.instance());
            super::builtins::write_stderr(&format!(
                "Exception ignored while closing {} <{} object {} at {:#x}>:\n{text}",
                self.label(),
                self.kind,
                pystr::to_string_lossy(&self.qualname.get(&self.header)),
                self as *const Self as usize
            ));
        }
    }
}

impl GeneratorObject {
    /// The kind as error messages spell it ("async generator").
    fn label(&self) -> &'static str {
        match self.kind {
            "async_generator" => "async generator",
            k => k,
        }
    }
}

fn gen_repr(v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    Ok(pystr::new(&format!(
        "<{} object {} at {:#x}>",
        g.kind,
        pystr::to_string_lossy(&g.qualname.get(g.header())),
        crate::types::object::address(v)
    )))
}
fn gen_next(v: &Value) -> PyResult<Option<Value>> {
    match resume(v, singletons::none(), None)? {
        Exit::Yield(y) => Ok(Some(y)),
        Exit::Return(_) => Ok(None),
    }
}
fn gen_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    let Some(n) = pystr::as_str(name) else {
        return generic_getattr(v, name);
    };
    // `gi_*`, `cr_*` or `ag_*` by the object's kind.
    let prefix = match g.kind {
        "generator" => "gi_",
        "coroutine" => "cr_",
        _ => "ag_",
    };
    let state = |f: fn(&GenState) -> bool| singletons::bool(g.state.with(g.header(), |s| f(s)));
    match n.strip_prefix(prefix) {
        Some("running") if g.kind == "async_generator" => Ok(state(|s| s.running_async)),
        Some("running") => Ok(state(|s| s.running)),
        Some("suspended") if g.kind != "async_generator" => {
            Ok(state(|s| s.started && !s.running && s.frame.is_some()))
        }
        Some("code") => Ok(super::objects::new_code(g.code.clone())),
        Some("yieldfrom") if g.kind == "generator" => Ok(yield_from_target(g)),
        Some("await") if g.kind != "generator" => Ok(yield_from_target(g)),
        Some("frame") => Ok(g
            .state
            .with(g.header(), |s| {
                let values = &s.values;
                s.frame.as_ref().map(|f| {
                    super::frame_object::for_suspended(
                        f.code_arc(),
                        f.globals(),
                        f.builtins(),
                        values,
                        f.lasti(),
                    )
                })
            })
            .unwrap_or_else(singletons::none)),
        _ => match n {
            "__name__" => Ok(g.name.get(g.header())),
            "__qualname__" => Ok(g.qualname.get(g.header())),
            _ => generic_getattr(v, name),
        },
    }
}

/// `__name__` and `__qualname__` take strings; the rest is read-only.
fn gen_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    let field = match pystr::as_str(name) {
        Some("__name__") => &g.name,
        Some("__qualname__") => &g.qualname,
        // `gi_running`, `cr_frame`, ...: computed, without a setter.
        Some(n) if n.contains('_') && !n.starts_with('_') && gen_getattr(v, name).is_ok() => {
            return Err(PyErr::new(
                &crate::types::exceptions::ATTRIBUTE_ERROR,
                format!("attribute '{n}' of '{}' objects is not writable", g.kind),
            ));
        }
        _ => return super::attrs::generic_setattr(v, name, value),
    };
    match value.filter(|x| x.type_of().is_subtype_of(&pystr::STR_TYPE)) {
        Some(x) => {
            drop(field.replace(g.header(), x.clone()));
            Ok(())
        }
        None => Err(super::type_error(format!(
            "{} must be set to a string object",
            pystr::to_string_lossy(name)
        ))),
    }
}

fn yield_from_target(g: &GeneratorObject) -> Value {
    if g.state.with(g.header(), |s| s.running) {
        return singletons::none();
    }
    delegate(g).unwrap_or_else(singletons::none)
}
simple_type!(GENERATOR_TYPE, "generator", GeneratorObject, {
    repr: Some(gen_repr),
    iter: Some(crate::types::tuple::self_iter),
    next: Some(gen_next),
    getattr: Some(gen_getattr),
    setattr: Some(gen_setattr),
});
simple_type!(COROUTINE_TYPE, "coroutine", GeneratorObject, {
    repr: Some(gen_repr),
    getattr: Some(gen_getattr),
    setattr: Some(gen_setattr),
});
simple_type!(ASYNC_GENERATOR_TYPE, "async_generator", GeneratorObject, {
    repr: Some(gen_repr),
    getattr: Some(gen_getattr),
    setattr: Some(gen_setattr),
});

/// A generator (or coroutine) for a call of `func`, whose code is `code_ref`
/// and whose arguments are bound in `locals`.
pub fn make_generator(func: &Value, code_ref: CodeRef, mut locals: Vec<Value>) -> PyResult<Value> {
    let f = func.downcast::<FunctionObject>().expect("function");
    // SAFETY: `func` (alive here) owns the code.
    let code = unsafe { code_ref.to_arc() };
    // Room for the operand stack (and the value sent in), so that running
    // the frame does not grow the buffer.
    locals.reserve(code.stacksize + 1);
    let (ty, kind) = if code.flags & super::objects::co_flags::ASYNC_GENERATOR != 0 {
        (&ASYNC_GENERATOR_TYPE, "async_generator")
    } else if code.flags & super::objects::co_flags::COROUTINE != 0 {
        (&COROUTINE_TYPE, "coroutine")
    } else {
        (&GENERATOR_TYPE, "generator")
    };
    let gen = GeneratorObject {
        header: ObjHeader::new(ty),
        state: crate::object::Cell::new(GenState {
            frame: Some(super::Frame::new(func.clone(), code_ref, 0, false)),
            values: locals,
            running: false,
            started: false,
            running_async: false,
        }),
        name: crate::object::Cell::new(f.get(&f.name)),
        qualname: crate::object::Cell::new(f.get(&f.qualname)),
        code,
        kind,
    };
    let mut gen = Box::new(gen);
    let at = GenRef(std::ptr::NonNull::from(&*gen));
    gen.state.get_mut().frame.as_mut().expect("frame").gen = Some(at);
    Ok(Value::from_box(gen))
}

/// `v` when it is a generator (not a coroutine or async generator, nor
/// a subclass: there are none), the kind `FOR_ITER` runs inline.
#[inline(always)]
pub(super) fn plain_generator(v: &Value) -> Option<GenRef> {
    v.downcast_exact::<GeneratorObject>()
        .map(|g| GenRef(std::ptr::NonNull::from(g)))
}

pub fn is_generator(v: &Value) -> bool {
    v.downcast::<GeneratorObject>().is_some()
}

/// `generator`, `coroutine` or `async_generator`; None for anything else.
pub fn kind_of(v: &Value) -> Option<&'static str> {
    v.downcast::<GeneratorObject>().map(|g| g.kind)
}

/// Whether `v` is a generator whose code is marked as an iterable
/// coroutine (`types.coroutine`), awaitable as is.
pub fn is_iterable_coroutine(v: &Value) -> bool {
    v.downcast::<GeneratorObject>()
        .is_some_and(|g| g.kind == "generator" && g.code.flags & 0x100 != 0)
}

/// The async generator's `ag_running` flag (an awaitable in progress).
pub fn running_async(v: &Value) -> bool {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    g.state.with(g.header(), |s| s.running_async)
}
pub fn set_running_async(v: &Value, on: bool) {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    g.state.with(g.header(), |s| s.running_async = on);
}

/// Whether the generator has finished (or was closed).
pub fn exhausted(v: &Value) -> bool {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    g.state.with(g.header(), |s| s.frame.is_none())
}

/// Whether `await` on this coroutine must fail: it is suspended in an
/// `await` of its own.
pub fn is_awaiting(v: &Value) -> bool {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    delegate(g).is_some()
}

/// Runs a generator until it yields, returns or raises.
pub fn resume(v: &Value, sent: Value, exc: Option<PyErr>) -> PyResult<Exit> {
    resume_gen(
        v.downcast::<GeneratorObject>().expect("generator"),
        sent,
        exc,
    )
}

/// `resume` on the object itself (the finalizer has no `Value` of it).
fn resume_gen(g: &GeneratorObject, sent: Value, exc: Option<PyErr>) -> PyResult<Exit> {
    let h = g.header();
    let (frame, values, started) = g
        .state
        .with(h, |s| {
            if s.running {
                return Err(());
            }
            let f = s.frame.take();
            let values = if f.is_some() {
                s.running = true;
                std::mem::take(&mut s.values)
            } else {
                Vec::new()
            };
            let st = s.started;
            s.started = true;
            Ok((f, values, st))
        })
        .map_err(|()| {
            PyErr::new(
                &crate::types::exceptions::VALUE_ERROR,
                format!("{} already executing", g.label()),
            )
        })?;
    let Some(mut sf) = frame else {
        // An exhausted coroutine refuses everything but `close()`.
        if g.kind == "coroutine"
            && !exc
                .as_ref()
                .is_some_and(|e| e.matches(&crate::types::exceptions::GENERATOR_EXIT))
        {
            return Err(PyErr::new(
                &crate::types::exceptions::RUNTIME_ERROR,
                "cannot reuse already awaited coroutine",
            ));
        }
        return match exc {
            Some(e) => Err(e),
            None => Ok(Exit::Return(singletons::none())),
        };
    };
    if !started && !singletons::is_none(&sent) && exc.is_none() {
        g.state.with(h, |s| {
            s.frame = Some(sf);
            s.values = values;
            s.running = false;
            s.started = false;
        });
        return Err(type_error(format!(
            "can't send non-None value to a just-started {}",
            g.label()
        )));
    }
    let r = super::with_vm(|vm| {
        // A pooled `Vm` starts empty: the frame's values become its value
        // stack, swapped in, and go back at the suspension (no copying).
        debug_assert!(vm.stack.is_empty());
        let mut values = values;
        std::mem::swap(&mut vm.stack, &mut values);
        sf.entry = true;
        let pushed = vm.push_frame(sf);
        if let Err(e) = pushed {
            vm.stack.clear();
            return Err(e);
        }
        if started {
            // A throw resumes with a value pushed too, as CPython does, so
            // the handler depths of the suspended frame hold.
            vm.stack.push(sent);
        }
        let r = vm.run_exit(exc.map(|e| (e, false)));
        if let Ok(Exit::Yield(_)) = &r {
            let mut f = vm.frames.pop().expect("generator frame");
            super::leave_frame();
            std::mem::swap(&mut vm.stack, &mut values);
            f.entry = false;
            g.state.with(h, |s| {
                s.put_frame(f);
                s.values = values;
            });
        }
        r
    });
    g.state.with(h, |s| s.running = false);
    r
}

/// `FOR_ITER` over a plain generator runs the generator's frame inside
/// the caller's dispatch loop, as CPython's `FOR_ITER_GEN` does: no Rust
/// recursion and no second loop per item. Moves the suspended frame onto
/// `vm`'s stacks (with `None` as the sent value once started) and returns
/// true; returns false, changing nothing, when `gen` is running or
/// finished: the caller falls back to `next`. The caller keeps `gen` alive
/// until the frame leaves (on its operand stack).
pub(super) fn enter_inline(vm: &mut super::Vm, gen: GenRef) -> PyResult<bool> {
    let g = gen.get();
    // The depth check comes first, so that a RecursionError leaves the
    // generator untouched.
    super::enter_frame()?;
    let started = g.state.with(g.header(), |s| {
        if s.running {
            return None;
        }
        // The values hold every local already: the frame goes straight on
        // (moved once, from the generator to the frame stack).
        vm.frames.push(s.frame.take()?);
        s.running = true;
        // The generator's values become the value stack, and the caller's
        // stack waits in the generator until the frame leaves (see
        // `GenState::values`): no value is copied.
        std::mem::swap(&mut vm.stack, &mut s.values);
        Some(std::mem::replace(&mut s.started, true))
    });
    let Some(started) = started else {
        super::leave_frame();
        return Ok(false);
    };
    if started {
        vm.stack.push(singletons::none());
    }
    Ok(true)
}

/// `YIELD_VALUE` in a frame entered by [`enter_inline`]: the top frame
/// (its `ip` and `lasti` up to date) goes back into its generator, and
/// the caller's value stack comes back.
pub(super) fn suspend_inline(vm: &mut super::Vm) {
    let gen = vm.frames.last().and_then(|f| f.gen);
    let gen = gen.expect("inline generator frame");
    let g = gen.get();
    g.state.with(g.header(), |s| {
        std::mem::swap(&mut vm.stack, &mut s.values);
        // Moved once, from the frame stack to the generator.
        s.put_frame(vm.frames.pop().expect("generator frame"));
        s.running = false;
    });
    super::leave_frame();
}

/// A frame entered by [`enter_inline`] has returned or raised, its values
/// released: its generator is finished, and the caller's value stack comes
/// back.
pub(super) fn finish_inline(vm: &mut super::Vm, gen: GenRef) {
    let g = gen.get();
    let buffer = g.state.with(g.header(), |s| {
        s.running = false;
        std::mem::swap(&mut vm.stack, &mut s.values);
        std::mem::take(&mut s.values)
    });
    debug_assert!(buffer.is_empty());
    drop(buffer);
}

/// The values of a frame below an inline generator frame: the value stack
/// the generator's frame replaced, kept in the generator while it runs.
pub(super) fn with_caller_stack<R>(gen: GenRef, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
    let g = gen.get();
    g.state.with(g.header(), |s| f(&mut s.values))
}

/// `CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR`: the exception leaving
/// a generator-like frame, with StopIteration (and StopAsyncIteration out
/// of an async generator) turned into RuntimeError (PEP 479).
pub fn stop_iteration_error(code: &Code, exc: Value) -> Value {
    use super::objects::co_flags::{ASYNC_GENERATOR, COROUTINE};
    use crate::types::exceptions::{RUNTIME_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION};
    let kind = if code.flags & ASYNC_GENERATOR != 0 {
        "async generator"
    } else if code.flags & COROUTINE != 0 {
        "coroutine"
    } else {
        "generator"
    };
    let ty = exc.type_of();
    let raised = if ty.is_subtype_of(&STOP_ITERATION) {
        "StopIteration"
    } else if kind == "async generator" && ty.is_subtype_of(&STOP_ASYNC_ITERATION) {
        "StopAsyncIteration"
    } else {
        return exc;
    };
    let new = PyErr::new(&RUNTIME_ERROR, format!("{kind} raised {raised}"));
    attrs::set_cause(&new, exc.clone());
    // As CPython: the context is the StopIteration too (suppressed).
    let _ = attrs::exc_setattr(new.instance(), &pystr::intern("__context__"), Some(&exc));
    new.into_instance()
}

pub fn send(receiver: &Value, v: Value) -> PyResult<Exit> {
    if is_generator(receiver) {
        return resume(receiver, v, None);
    }
    if singletons::is_none(&v) {
        return match attrs::next(receiver) {
            Ok(Some(y)) => Ok(Exit::Yield(y)),
            Ok(None) => Ok(Exit::Return(singletons::none())),
            Err(e) if e.matches(&crate::types::exceptions::STOP_ITERATION) => {
                Ok(Exit::Return(attrs::stop_iteration_value(e.instance())))
            }
            Err(e) => Err(e),
        };
    }
    let m = attrs::getattr_str(receiver, "send")?;
    match call_object(&m, &[v], &[]) {
        Ok(y) => Ok(Exit::Yield(y)),
        Err(e) if e.matches(&crate::types::exceptions::STOP_ITERATION) => {
            Ok(Exit::Return(attrs::stop_iteration_value(e.instance())))
        }
        Err(e) => Err(e),
    }
}

fn exit_to_value(r: PyResult<Exit>) -> PyResult<Value> {
    match r? {
        Exit::Yield(y) => Ok(y),
        Exit::Return(v) => {
            if singletons::is_none(&v) {
                Err(PyErr::with_args(
                    &crate::types::exceptions::STOP_ITERATION,
                    vec![],
                ))
            } else {
                Err(PyErr::with_args(
                    &crate::types::exceptions::STOP_ITERATION,
                    vec![v],
                ))
            }
        }
    }
}

fn m_gen_send(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    exit_to_value(resume(&a[0], a[1].clone(), None))
}
/// The exception `throw(typ[, val])` raises: a class is instantiated
/// (with `val` as its argument unless `val` is already an instance).
pub fn throw_exception(typ: &Value, val: Option<&Value>) -> PyResult<PyErr> {
    let val = val.filter(|v| !singletons::is_none(v));
    let base = &crate::types::exceptions::BASE_EXCEPTION;
    if let Some(t) = typ
        .downcast::<TypeObject>()
        .filter(|t| t.is_subtype_of(base))
    {
        let inst = match val {
            Some(v) if v.type_of().is_subtype_of(t) => v.clone(),
            Some(v) if v.downcast::<crate::types::tuple::TupleObject>().is_some() => {
                call_object(typ, crate::types::tuple::items(v), &[])?
            }
            Some(v) => call_object(typ, std::slice::from_ref(v), &[])?,
            None => call_object(typ, &[], &[])?,
        };
        return PyErr::from_instance(inst)
            .ok_or_else(|| type_error("calling exception class did not return an exception"));
    }
    if typ.type_of().is_subtype_of(base) {
        if val.is_some() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(PyErr::from_instance(typ.clone()).expect("exception"));
    }
    Err(type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        typ.type_of().name
    )))
}

fn m_gen_throw(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let e = throw_exception(&a[1], a.get(2))?;
    exit_to_value(throw(&a[0], e))
}

/// The iterator a suspended `yield from`/`await` delegates to.
fn delegate(g: &GeneratorObject) -> Option<Value> {
    g.state.with(g.header(), |s| {
        let f = s.frame.as_ref()?;
        let (op, arg) = f.code().unit(f.lasti());
        (s.started && op == taipan_bytecode::Opcode::YIELD_VALUE as u8 && arg == 1)
            .then(|| s.values.last().cloned())
            .flatten()
    })
}

/// `gen.throw(e)`: into the delegate first (as CPython's `_gen_throw`),
/// then into the generator's own frame.
pub fn throw(v: &Value, e: PyErr) -> PyResult<Exit> {
    throw_gen(v.downcast::<GeneratorObject>().expect("generator"), e)
}

fn throw_gen(g: &GeneratorObject, e: PyErr) -> PyResult<Exit> {
    if let Some(d) = delegate(g) {
        enum Delegated {
            Yielded(Value),
            Returned(Value),
            NotHandled,
        }
        let copy = || PyErr::from_instance(e.instance().clone()).expect("exception");
        let r = if e.matches(&crate::types::exceptions::GENERATOR_EXIT) {
            if is_generator(&d) {
                m_gen_close(std::slice::from_ref(&d), &[]).map(|_| Delegated::NotHandled)
            } else {
                Ok(Delegated::NotHandled)
            }
        } else if is_generator(&d) {
            throw(&d, copy()).map(|x| match x {
                Exit::Yield(y) => Delegated::Yielded(y),
                Exit::Return(r) => Delegated::Returned(r),
            })
        } else {
            match attrs::getattr_str(&d, "throw") {
                Ok(t) => call_object(&t, &[e.instance().clone()], &[]).map(Delegated::Yielded),
                Err(_) => Ok(Delegated::NotHandled),
            }
        };
        match r {
            Ok(Delegated::Yielded(y)) => return Ok(Exit::Yield(y)),
            Ok(Delegated::Returned(value)) => {
                let stop = PyErr::with_args(&crate::types::exceptions::STOP_ITERATION, vec![value]);
                return resume_gen(g, singletons::none(), Some(stop));
            }
            Ok(Delegated::NotHandled) => {}
            Err(inner) => return resume_gen(g, singletons::none(), Some(inner)),
        }
    }
    resume_gen(g, singletons::none(), Some(e))
}
fn m_gen_close(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    close_gen(a[0].downcast::<GeneratorObject>().expect("generator"))
}

fn close_gen(g: &GeneratorObject) -> PyResult<Value> {
    let alive = g.state.with(g.header(), |s| s.frame.is_some() && s.started);
    if !alive {
        let dropped = g.state.with(g.header(), |s| {
            (s.frame.take(), std::mem::take(&mut s.values))
        });
        drop(dropped);
        return Ok(singletons::none());
    }
    let e = PyErr::with_args(&crate::types::exceptions::GENERATOR_EXIT, vec![]);
    match throw_gen(g, e) {
        Ok(Exit::Yield(_)) => Err(PyErr::new(
            &crate::types::exceptions::RUNTIME_ERROR,
            format!("{} ignored GeneratorExit", g.label()),
        )),
        Ok(Exit::Return(v)) => Ok(v),
        Err(e)
            if e.matches(&crate::types::exceptions::GENERATOR_EXIT)
                || e.matches(&crate::types::exceptions::STOP_ITERATION) =>
        {
            Ok(singletons::none())
        }
        Err(e) => Err(e),
    }
}

/// Installs the generator methods.
pub fn install_generator_methods() {
    super::coroutines::install();
    super::exception_groups::install();
    super::exception_methods::install();
    super::templates::install();
    for ty in [&GENERATOR_TYPE, &COROUTINE_TYPE] {
        let d = ty.dict();
        let _ = dict::set_item(
            d,
            pystr::intern("send"),
            super::objects::native_method(ty, "send", m_gen_send),
        );
        let _ = dict::set_item(
            d,
            pystr::intern("throw"),
            super::objects::native_method(ty, "throw", m_gen_throw),
        );
        let _ = dict::set_item(
            d,
            pystr::intern("close"),
            super::objects::native_method(ty, "close", m_gen_close),
        );
    }
}
