//! Python-visible frame objects (`sys._getframe()`, `tb_frame`,
//! `gi_frame`), created lazily as CPython does: the interpreter's frames
//! stay plain records in each `Vm`'s frame stack, and a frame object is
//! made only when Python asks for one.
//!
//! A frame object of a running frame is *live*: it finds its frame by its
//! depth in the thread's chain of Python frames (all nested `Vm`s,
//! innermost last) and reads the line and locals from it, so `f_lineno`
//! follows execution and `f_locals` writes go through (PEP 667). When the
//! frame is left, the object keeps what it last saw. Live objects are kept
//! per thread sorted by depth: frames end innermost first, so only the
//! last entry can end, and leaving a frame costs one comparison.

use std::cell::{Cell as StdCell, RefCell};
use std::sync::Arc;

use super::objects::{is_null, null, simple_type, CellObject, Code};
use super::{type_error, Vm};
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::types::exceptions::{KEY_ERROR, VALUE_ERROR};
use crate::types::{dict, int, list, singletons, str as pystr};

thread_local! {
    /// The innermost `Vm` running on this thread (null: none); each links
    /// to the one below it through `Vm::outer`.
    static INNERMOST: StdCell<*mut Vm> = const { StdCell::new(std::ptr::null_mut()) };
    /// Live frame objects with their depth, sorted by depth.
    static LIVE: RefCell<Vec<(usize, Value)>> = const { RefCell::new(Vec::new()) };
    /// The depth of `LIVE`'s last entry (0: none).
    static LIVE_TOP: StdCell<usize> = const { StdCell::new(0) };
}

/// Registers `vm` as running (innermost) until [`leave_vm`].
pub(crate) fn enter_vm(vm: &mut Vm) {
    vm.outer = INNERMOST.with(|i| i.replace(vm));
}

/// `vm`, the innermost, stops running.
pub(crate) fn leave_vm(vm: &Vm) {
    INNERMOST.with(|i| i.set(vm.outer));
}

/// The depth of the innermost live frame object (0: none).
#[inline(always)]
pub(crate) fn live_top() -> usize {
    LIVE_TOP.with(StdCell::get)
}

/// The frame at `depth` was left: its frame object keeps its last state.
pub(crate) fn frame_left(depth: usize) {
    let obj = LIVE.with(|l| {
        let mut l = l.borrow_mut();
        let obj = match l.last() {
            Some((d, _)) if *d == depth => l.pop().map(|(_, o)| o),
            _ => None,
        };
        LIVE_TOP.with(|t| t.set(l.last().map_or(0, |(d, _)| *d)));
        obj
    });
    if let Some(o) = obj {
        let f = o.downcast::<FrameObject>().expect("frame");
        f.state.with(&f.header, |s| s.depth = 0);
    }
}

/// Runs `f` on the frame at `depth` of the thread's frame chain.
fn with_frame<R>(depth: usize, f: impl FnOnce(&mut Vm, usize) -> R) -> Option<R> {
    let mut d = super::current_depth();
    let mut at = INNERMOST.with(StdCell::get);
    while !at.is_null() {
        // SAFETY: a registered `Vm` is alive until `leave_vm` (it is held
        // by `with_vm`, up this thread's stack), and its dispatch loop is
        // suspended in the call that led here, so nothing else touches it
        // while `f` runs; frame objects are not shared with other threads'
        // frames (each thread has its own registry).
        let vm = unsafe { &mut *at };
        let n = vm.frames.len();
        if depth + n > d {
            return Some(f(vm, n - 1 - (d - depth)));
        }
        d -= n;
        at = vm.outer;
    }
    None
}

/// The state a frame object reads from its frame while that runs.
struct FrameState {
    /// Depth in the frame chain while live, 0 once the frame is left.
    depth: usize,
    lasti: usize,
    /// The frame's fast locals as last seen.
    fast: Vec<Value>,
    /// Keys set through `f_locals` that are not fast locals (PEP 667).
    extra: Value,
    /// `f_back`, found while the frame ran (None: not looked up yet).
    back: Option<Value>,
}

#[repr(C)]
pub struct FrameObject {
    header: ObjHeader,
    code: Arc<Code>,
    globals: Value,
    builtins: Value,
    /// The locals namespace of module and class bodies (NULL in functions).
    ns: Value,
    state: Cell<FrameState>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for FrameObject {
    fn type_object() -> &'static TypeObject {
        &FRAME_TYPE
    }
}

fn frame_repr(v: &Value) -> PyResult<Value> {
    let f = v.downcast::<FrameObject>().expect("frame");
    let line = f.lineno();
    Ok(pystr::new(&format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        crate::types::object::address(v),
        pystr::to_string_lossy(&f.code.filename),
        line.map_or("None".to_string(), |l| l.to_string()),
        pystr::to_string_lossy(&f.code.name)
    )))
}

fn frame_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(f) = v.downcast::<FrameObject>() {
        visit(&f.globals);
        visit(&f.ns);
        let vals: Vec<Value> = f.state.with(&f.header, |s| {
            let mut all = s.fast.clone();
            all.push(s.extra.clone());
            all.extend(s.back.clone());
            all
        });
        for x in &vals {
            visit(x);
        }
    }
}

simple_type!(FRAME_TYPE, "frame", FrameObject, {
    repr: Some(frame_repr),
    traverse: Some(frame_traverse),
    getattr: Some(frame_getattr),
});

fn new_frame_object(
    code: Arc<Code>,
    globals: Value,
    builtins: Value,
    ns: Value,
    depth: usize,
    lasti: usize,
    fast: Vec<Value>,
) -> Value {
    Value::from_box(Box::new(FrameObject {
        header: ObjHeader::new(&FRAME_TYPE),
        code,
        globals,
        builtins,
        ns,
        state: Cell::new(FrameState {
            depth,
            lasti,
            fast,
            extra: dict::new(),
            back: None,
        }),
    }))
}

/// The frame object of the frame at `depth` (the one already made for it,
/// or a new live one).
fn frame_at(depth: usize) -> Option<Value> {
    let existing = LIVE.with(|l| {
        l.borrow()
            .iter()
            .find(|(d, _)| *d == depth)
            .map(|(_, o)| o.clone())
    });
    if existing.is_some() {
        return existing;
    }
    let obj = with_frame(depth, |vm, i| {
        let fast = vm.frame_fast_locals(i);
        let f = &vm.frames[i];
        new_frame_object(
            f.code_arc(),
            f.globals().clone(),
            f.builtins().clone(),
            f.locals.clone(),
            depth,
            f.lasti(),
            fast,
        )
    })?;
    LIVE.with(|l| {
        let mut l = l.borrow_mut();
        let at = l.partition_point(|(d, _)| *d < depth);
        l.insert(at, (depth, obj.clone()));
        LIVE_TOP.with(|t| t.set(l.last().map_or(0, |(d, _)| *d)));
    });
    Some(obj)
}

/// `sys._getframe(n)`.
pub fn getframe(n: usize) -> PyResult<Value> {
    let depth = super::current_depth();
    if n >= depth {
        return Err(PyErr::new(&VALUE_ERROR, "call stack is not deep enough"));
    }
    frame_at(depth - n).ok_or_else(|| PyErr::new(&VALUE_ERROR, "call stack is not deep enough"))
}

/// The globals of the innermost running frame, without making a frame
/// object (`__module__` of objects that native code creates).
pub fn current_globals() -> Option<Value> {
    with_frame(super::current_depth(), |vm, i| {
        vm.frames[i].globals().clone()
    })
}

/// The code, running instruction and globals of the innermost running
/// frame (where a warning from native code points).
pub fn current_position() -> Option<(Arc<Code>, usize, Value)> {
    with_frame(super::current_depth(), |vm, i| {
        let f = &vm.frames[i];
        (f.code_arc(), f.lasti(), f.globals().clone())
    })
}

/// The frame object for a traceback entry of the innermost running frame.
pub fn for_traceback() -> Value {
    frame_at(super::current_depth()).unwrap_or_else(singletons::none)
}

/// A frame object for a suspended generator frame (`gi_frame`): `values`
/// are its fast locals (then its operand stack), `lasti` the instruction
/// it stopped at.
pub fn for_suspended(
    code: Arc<Code>,
    globals: &Value,
    builtins: &Value,
    values: &[Value],
    lasti: usize,
) -> Value {
    let n = code.nlocalsplus.min(values.len());
    new_frame_object(
        code,
        globals.clone(),
        builtins.clone(),
        null(),
        0,
        lasti,
        values[..n].to_vec(),
    )
}

impl FrameObject {
    /// Reads the frame's current state if it still runs.
    fn refresh(&self) {
        let depth = self.state.with(&self.header, |s| s.depth);
        if depth == 0 {
            return;
        }
        let seen = with_frame(depth, |vm, i| {
            let f = &vm.frames[i];
            let lasti = f.lasti();
            std::ptr::eq(f.code(), &*self.code).then(|| (lasti, vm.frame_fast_locals(i)))
        })
        .flatten();
        if let Some((lasti, fast)) = seen {
            let old = self.state.with(&self.header, |s| {
                s.lasti = lasti;
                std::mem::replace(&mut s.fast, fast)
            });
            drop(old);
        }
    }

    fn lineno(&self) -> Option<i32> {
        self.refresh();
        let lasti = self.state.with(&self.header, |s| s.lasti);
        self.code.line_of(lasti)
    }

    fn is_function(&self) -> bool {
        is_null(&self.ns)
    }

    /// `(name, value)` of the bound fast locals, cells dereferenced.
    fn fast_items(&self) -> Vec<(Value, Value)> {
        self.refresh();
        let fast = self.state.with(&self.header, |s| s.fast.clone());
        let mut out = Vec::new();
        for (i, v) in fast.into_iter().enumerate() {
            let mut v = v;
            if self.code.kinds[i] & 0xC0 != 0 {
                if let Some(c) = v.downcast::<CellObject>() {
                    v = c.get();
                }
            }
            if !is_null(&v) {
                out.push((self.code.localsplusnames[i].clone(), v));
            }
        }
        out
    }

    fn extra(&self) -> Value {
        self.state.with(&self.header, |s| s.extra.clone())
    }

    /// All of `f_locals` as a new dict.
    fn locals_dict(&self) -> PyResult<Value> {
        let d = dict::new();
        for (k, v) in self.fast_items() {
            dict::set_item(&d, k, v)?;
        }
        for (k, v) in super::attrs::dict_items(&self.extra()) {
            dict::set_item(&d, k, v)?;
        }
        Ok(d)
    }

    fn fast_index(&self, key: &Value) -> Option<usize> {
        let name = pystr::as_str(key)?;
        self.code
            .localsplusnames
            .iter()
            .position(|n| pystr::as_str(n) == Some(name))
    }

    /// Stores a fast local (through its cell for cell and free variables),
    /// in the running frame and in the last-seen state.
    fn set_fast(&self, i: usize, v: Value) {
        let depth = self.state.with(&self.header, |s| s.depth);
        let old = self.state.with(&self.header, |s| s.fast.get(i).cloned());
        if let Some(c) = old.as_ref().and_then(|o| o.downcast::<CellObject>()) {
            if self.code.kinds[i] & 0xC0 != 0 {
                c.set(v);
                return;
            }
        }
        if depth != 0 {
            let code = self.code.clone();
            let prev = with_frame(depth, move |vm, fi| {
                let f = &vm.frames[fi];
                let slot = f.base() + i;
                std::ptr::eq(f.code(), &*code).then(|| {
                    vm.with_frame_stack(fi, |stack| std::mem::replace(&mut stack[slot], v.clone()))
                })
            });
            drop(prev);
            self.refresh();
        } else {
            let prev = self
                .state
                .with(&self.header, |s| std::mem::replace(&mut s.fast[i], v));
            drop(prev);
        }
    }

    fn back(&self) -> Value {
        if let Some(b) = self.state.with(&self.header, |s| s.back.clone()) {
            return b;
        }
        let depth = self.state.with(&self.header, |s| s.depth);
        if depth == 0 {
            return singletons::none();
        }
        let b = if depth > 1 {
            frame_at(depth - 1).unwrap_or_else(singletons::none)
        } else {
            singletons::none()
        };
        let old = self.state.with(&self.header, |s| s.back.replace(b.clone()));
        drop(old);
        b
    }
}

/// `locals()` of the running function frame: its fast locals plus the
/// keys set through its `f_locals` proxy.
pub fn extra_locals(depth: usize) -> Option<Value> {
    LIVE.with(|l| {
        l.borrow()
            .iter()
            .find(|(d, _)| *d == depth)
            .map(|(_, o)| o.clone())
    })
    .map(|o| o.downcast::<FrameObject>().expect("frame").extra())
}

/// `frame.clear()`: traceback.clear_frames calls it to drop references
/// early; Taipan's frame objects hold no locals of their own to drop.
fn frame_clear(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}

fn frame_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let f = v.downcast::<FrameObject>().expect("frame");
    Ok(match pystr::as_str(name) {
        Some("f_code") => super::objects::new_code(f.code.clone()),
        Some("f_globals") => f.globals.clone(),
        Some("f_builtins") => f.builtins.clone(),
        Some("f_lineno") => f
            .lineno()
            .map_or_else(singletons::none, |l| int::from_i64(i64::from(l))),
        Some("f_lasti") => {
            f.refresh();
            int::from_i64(2 * f.state.with(&f.header, |s| s.lasti) as i64)
        }
        Some("f_back") => f.back(),
        Some("f_trace") => singletons::none(),
        Some("clear") => {
            let m = super::objects::native_any_arity("clear", frame_clear);
            let nf = m
                .downcast::<super::objects::NativeFunction>()
                .expect("native");
            super::objects::bind_native(nf, v.clone())
        }
        Some("f_locals") => {
            if f.is_function() {
                new_proxy(v.clone())
            } else {
                f.ns.clone()
            }
        }
        _ => return super::attrs::generic_getattr(v, name),
    })
}

// ---------------------------------------------------------------- FrameLocalsProxy

/// PEP 667's `FrameLocalsProxy`: a write-through view of a function
/// frame's locals.
#[repr(C)]
pub struct ProxyObject {
    header: ObjHeader,
    frame: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ProxyObject {
    fn type_object() -> &'static TypeObject {
        &PROXY_TYPE
    }
}

fn new_proxy(frame: Value) -> Value {
    Value::from_box(Box::new(ProxyObject {
        header: ObjHeader::new(&PROXY_TYPE),
        frame,
    }))
}

fn proxy_frame(v: &Value) -> &FrameObject {
    let p = v.downcast::<ProxyObject>().expect("proxy");
    p.frame.downcast::<FrameObject>().expect("frame")
}

fn proxy_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let f = proxy_frame(v);
    if let Some(i) = f.fast_index(key) {
        let name = &f.code.localsplusnames[i];
        if let Some((_, x)) = f.fast_items().into_iter().find(|(k, _)| k.is(name)) {
            return Ok(x);
        }
    } else if let Some(x) = dict::get_item(&f.extra(), key)? {
        return Ok(x);
    }
    Err(PyErr::with_args(&KEY_ERROR, vec![key.clone()]))
}

fn proxy_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = proxy_frame(v);
    match (f.fast_index(key), value) {
        (Some(i), Some(x)) => {
            f.set_fast(i, x.clone());
            Ok(())
        }
        (Some(_), None) => Err(PyErr::new(
            &VALUE_ERROR,
            "cannot remove local variables from FrameLocalsProxy",
        )),
        (None, Some(x)) => dict::set_item(&f.extra(), key.clone(), x.clone()),
        (None, None) => match dict::del_item(&f.extra(), key) {
            Ok(_) => Ok(()),
            Err(e) => Err(e),
        },
    }
}

fn proxy_contains(v: &Value, key: &Value) -> PyResult<bool> {
    match proxy_getitem(v, key) {
        Ok(_) => Ok(true),
        Err(e) if e.matches(&KEY_ERROR) => Ok(false),
        Err(e) => Err(e),
    }
}

fn proxy_len(v: &Value) -> PyResult<usize> {
    crate::ops::len(&proxy_frame(v).locals_dict()?)
}

fn proxy_iter(v: &Value) -> PyResult<Value> {
    let d = proxy_frame(v).locals_dict()?;
    let keys: Vec<Value> = super::attrs::dict_items(&d)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    super::attrs::iter(&list::new(keys))
}

fn proxy_repr(v: &Value) -> PyResult<Value> {
    crate::ops::repr(&proxy_frame(v).locals_dict()?)
}

fn proxy_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let d = proxy_frame(v).locals_dict()?;
    match pystr::as_str(name) {
        Some("keys" | "values" | "items" | "copy") => super::attrs::getattr(&d, name),
        Some("get") => {
            let m = super::objects::native_any_arity("get", proxy_get_unbound);
            let nf = m
                .downcast::<super::objects::NativeFunction>()
                .expect("native");
            Ok(super::objects::bind_native(nf, v.clone()))
        }
        _ => super::attrs::generic_getattr(v, name),
    }
}

/// `proxy.get(key, default=None)`.
fn proxy_get_unbound(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() < 2 || a.len() > 3 {
        return Err(type_error(format!(
            "get expected at least 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    match proxy_getitem(&a[0], &a[1]) {
        Ok(x) => Ok(x),
        Err(e) if e.matches(&KEY_ERROR) => Ok(a.get(2).cloned().unwrap_or_else(singletons::none)),
        Err(e) => Err(e),
    }
}

fn proxy_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(p) = v.downcast::<ProxyObject>() {
        visit(&p.frame);
    }
}

simple_type!(PROXY_TYPE, "FrameLocalsProxy", ProxyObject, {
    repr: Some(proxy_repr),
    traverse: Some(proxy_traverse),
    getattr: Some(proxy_getattr),
    getitem: Some(proxy_getitem),
    setitem: Some(proxy_setitem),
    contains: Some(proxy_contains),
    length: Some(proxy_len),
    iter: Some(proxy_iter),
});

/// The `(name, value)` tuples of a frame's `f_locals`, for reports that
/// need them without going through Python (name suggestions).
pub fn locals_names(frame: &Value) -> Vec<Value> {
    let Some(f) = frame.downcast::<FrameObject>() else {
        return Vec::new();
    };
    if !f.is_function() {
        return super::attrs::dict_items(&f.ns)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
    }
    f.locals_dict()
        .map(|d| {
            super::attrs::dict_items(&d)
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        })
        .unwrap_or_default()
}

/// A frame's globals and builtins namespaces.
pub fn namespaces(frame: &Value) -> Option<(Value, Value)> {
    let f = frame.downcast::<FrameObject>()?;
    Some((f.globals.clone(), f.builtins.clone()))
}

/// The value of `self` in a frame's locals, if bound.
pub fn local_self(frame: &Value) -> Option<Value> {
    let f = frame.downcast::<FrameObject>()?;
    if !f.is_function() {
        return None;
    }
    f.fast_items()
        .into_iter()
        .find(|(k, _)| pystr::as_str(k) == Some("self"))
        .map(|(_, v)| v)
}
