//! Generators (and the coroutine kinds that share their machinery): a
//! suspended frame is moved off the thread's value stack and copied back on
//! resumption; send/throw/close and `yield from` delegation.

use std::sync::Arc;

use super::attrs::{self, generic_getattr};
use super::eval::Exit;
use super::objects::{simple_type, Code, FunctionObject};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{ObjHeader, PyPayload, TypeObject, Value};
use crate::types::exceptions::SYSTEM_ERROR;
use crate::types::{dict, singletons, str as pystr};

/// A suspended frame: its locals and operand stack moved off the thread's
/// value stack, copied back on resumption.
struct Suspended {
    code: Arc<Code>,
    func: Value,
    globals: Value,
    builtins: Value,
    values: Vec<Value>,
    ip: usize,
    lasti: usize,
}

#[derive(Default)]
struct GenState {
    frame: Option<Suspended>,
    running: bool,
    started: bool,
}

#[repr(C)]
pub struct GeneratorObject {
    header: ObjHeader,
    state: crate::object::Cell<GenState>,
    name: Value,
    qualname: Value,
    kind: &'static str,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for GeneratorObject {
    fn type_object() -> &'static TypeObject {
        &GENERATOR_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &GENERATOR_TYPE) || std::ptr::eq(ty, &COROUTINE_TYPE)
    }
}

fn gen_repr(v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    Ok(pystr::new(&format!(
        "<{} object {} at {:#x}>",
        g.kind,
        pystr::to_string_lossy(&g.qualname),
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
    match pystr::as_str(name) {
        Some("__name__") => Ok(g.name.clone()),
        Some("__qualname__") => Ok(g.qualname.clone()),
        Some("gi_running") => Ok(singletons::bool(g.state.with(g.header(), |s| s.running))),
        Some("gi_frame" | "cr_frame") => Ok(g
            .state
            .with(g.header(), |s| {
                s.frame.as_ref().map(|f| {
                    super::frame_object::for_suspended(
                        &f.code,
                        &f.globals,
                        &f.builtins,
                        &f.values,
                        f.lasti,
                    )
                })
            })
            .unwrap_or_else(singletons::none)),
        _ => generic_getattr(v, name),
    }
}
simple_type!(GENERATOR_TYPE, "generator", GeneratorObject, {
    repr: Some(gen_repr),
    iter: Some(crate::types::tuple::self_iter),
    next: Some(gen_next),
    getattr: Some(gen_getattr),
});
simple_type!(COROUTINE_TYPE, "coroutine", GeneratorObject, {
    repr: Some(gen_repr),
    getattr: Some(gen_getattr),
});

pub fn make_generator(func: &Value, code: Arc<Code>, locals: Vec<Value>) -> PyResult<Value> {
    let f = func.downcast::<FunctionObject>().expect("function");
    let coroutine = code.flags & super::objects::co_flags::COROUTINE != 0;
    if code.flags & super::objects::co_flags::ASYNC_GENERATOR != 0 {
        return Err(PyErr::new(
            &SYSTEM_ERROR,
            "async generators are not supported yet",
        ));
    }
    let gen = GeneratorObject {
        header: ObjHeader::new(if coroutine {
            &COROUTINE_TYPE
        } else {
            &GENERATOR_TYPE
        }),
        state: crate::object::Cell::new(GenState {
            frame: Some(Suspended {
                code: code.clone(),
                func: func.clone(),
                globals: f.globals.clone(),
                builtins: f.builtins.clone(),
                values: locals,
                ip: 0,
                lasti: 0,
            }),
            running: false,
            started: false,
        }),
        name: f.get(&f.name),
        qualname: f.get(&f.qualname),
        kind: if coroutine { "coroutine" } else { "generator" },
    };
    Ok(Value::from_box(Box::new(gen)))
}

pub fn is_generator(v: &Value) -> bool {
    v.downcast::<GeneratorObject>().is_some()
}

/// Runs a generator until it yields, returns or raises.
pub fn resume(v: &Value, sent: Value, exc: Option<PyErr>) -> PyResult<Exit> {
    let g = v.downcast::<GeneratorObject>().expect("generator");
    let h = g.header();
    let (frame, started) = g
        .state
        .with(h, |s| {
            if s.running {
                return Err(());
            }
            let f = s.frame.take();
            if f.is_some() {
                s.running = true;
            }
            let st = s.started;
            s.started = true;
            Ok((f, st))
        })
        .map_err(|()| {
            PyErr::new(
                &crate::types::exceptions::VALUE_ERROR,
                format!("{} already executing", g.kind),
            )
        })?;
    let Some(sf) = frame else {
        return match exc {
            Some(e) => Err(e),
            None => Ok(Exit::Return(singletons::none())),
        };
    };
    if !started && !singletons::is_none(&sent) && exc.is_none() {
        g.state.with(h, |s| {
            s.frame = Some(sf);
            s.running = false;
            s.started = false;
        });
        return Err(type_error(format!(
            "can't send non-None value to a just-started {}",
            g.kind
        )));
    }
    let r = super::with_vm(|vm| {
        let base = vm.stack.len();
        vm.stack.extend(sf.values);
        let pushed = vm.push_frame(super::Frame {
            code: sf.code.clone(),
            func: sf.func.clone(),
            globals: sf.globals.clone(),
            builtins: sf.builtins.clone(),
            locals: super::objects::null(),
            base,
            call_base: base,
            ip: sf.ip,
            lasti: sf.lasti,
            entry: true,
        });
        if let Err(e) = pushed {
            vm.stack.truncate(base);
            return Err(e);
        }
        if started {
            // A throw resumes with a value pushed too, as CPython does, so
            // the handler depths of the suspended frame hold.
            vm.stack.push(sent);
        }
        let r = vm.run_exit(exc.map(|e| (e, false)));
        if let Ok(Exit::Yield(_)) = &r {
            let f = vm.frames.pop().expect("generator frame");
            super::leave_frame();
            let values: Vec<Value> = vm.stack.drain(base..).collect();
            g.state.with(h, |s| {
                s.frame = Some(Suspended {
                    code: f.code,
                    func: f.func,
                    globals: f.globals,
                    builtins: f.builtins,
                    values,
                    ip: f.ip,
                    lasti: f.lasti,
                })
            });
        }
        r
    });
    g.state.with(h, |s| s.running = false);
    match r {
        Err(e) if e.matches(&crate::types::exceptions::STOP_ITERATION) => {
            let kind = g.kind;
            let new = PyErr::new(
                &crate::types::exceptions::RUNTIME_ERROR,
                format!("{kind} raised StopIteration"),
            );
            attrs::set_cause(&new, e.into_instance());
            Err(new)
        }
        other => other,
    }
}

pub fn send(receiver: &Value, v: Value) -> PyResult<Exit> {
    if is_generator(receiver) {
        return resume(receiver, v, None);
    }
    if singletons::is_none(&v) {
        return match attrs::next(receiver)? {
            Some(y) => Ok(Exit::Yield(y)),
            None => Ok(Exit::Return(singletons::none())),
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
fn m_gen_throw(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut e = super::eval::make_exception(&a[1])?;
    if let Some(val) = a.get(2).filter(|v| !singletons::is_none(v)) {
        e = super::eval::make_exception(val)?;
    }
    exit_to_value(throw(&a[0], e))
}

/// The iterator a suspended `yield from`/`await` delegates to.
fn delegate(g: &GeneratorObject) -> Option<Value> {
    g.state.with(g.header(), |s| {
        let f = s.frame.as_ref()?;
        let (op, arg) = f.code.unit(f.lasti);
        (s.started && op == taipan_bytecode::Opcode::YIELD_VALUE as u8 && arg == 1)
            .then(|| f.values.last().cloned())
            .flatten()
    })
}

/// `gen.throw(e)`: into the delegate first (as CPython's `_gen_throw`),
/// then into the generator's own frame.
pub fn throw(v: &Value, e: PyErr) -> PyResult<Exit> {
    let g = v.downcast::<GeneratorObject>().expect("generator");
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
                return resume(v, singletons::none(), Some(stop));
            }
            Ok(Delegated::NotHandled) => {}
            Err(inner) => return resume(v, singletons::none(), Some(inner)),
        }
    }
    resume(v, singletons::none(), Some(e))
}
fn m_gen_close(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let g = a[0].downcast::<GeneratorObject>().expect("generator");
    let alive = g.state.with(g.header(), |s| s.frame.is_some() && s.started);
    if !alive {
        g.state.with(g.header(), |s| s.frame = None);
        return Ok(singletons::none());
    }
    let e = PyErr::with_args(&crate::types::exceptions::GENERATOR_EXIT, vec![]);
    match throw(&a[0], e) {
        Ok(Exit::Yield(_)) => Err(PyErr::new(
            &crate::types::exceptions::RUNTIME_ERROR,
            format!("{} ignored GeneratorExit", g.kind),
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
