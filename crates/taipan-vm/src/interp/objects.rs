//! The run-time objects the interpreter adds to the object model: code,
//! function, cell, native function, bound method, module, slice, range,
//! traceback, and the NULL stack sentinel.

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, OnceLock};

use taipan_bytecode::location::{positions, Location};

use taipan_bytecode::CodeObject as CompiledCode;
use taipan_bytecode::ConstValue;

use crate::error::{PyErr, PyResult};
use crate::object::payload::dealloc_box;
use crate::object::{Cell, ObjHeader, PyPayload, Slots, TypeObject, Value};
use crate::types::object::{identity_hash, identity_richcompare, OBJECT_TYPE};
use crate::types::{bytes, dict, float, int, set, singletons, str as pystr, tuple};

/// # Safety
/// Static objects are immortal; their dealloc is never called.
unsafe fn static_dealloc(_obj: NonNull<ObjHeader>) {}
use std::ptr::NonNull;

macro_rules! simple_type {
    ($id:ident, $name:literal, $payload:ty, { $($field:ident : $val:expr),* $(,)? }) => {
        pub static $id: TypeObject = TypeObject::new_static(
            $name,
            Some(&$crate::types::object::OBJECT_TYPE),
            0,
            $crate::object::Slots {
                $($field: $val,)*
                ..$crate::interp::objects::base_slots($crate::object::payload::dealloc_box::<$payload>)
            },
        );
    };
}
pub(crate) use simple_type;

/// The slots every interpreter type starts from: identity hash and
/// comparison, generic attribute lookup.
pub const fn base_slots(dealloc: crate::object::typeobj::DeallocFn) -> Slots {
    Slots {
        hash: Some(identity_hash),
        richcompare: Some(identity_richcompare),
        getattr: Some(super::attrs::generic_getattr),
        ..Slots::new(dealloc)
    }
}

// ---------------------------------------------------------------- NULL

/// The stack and fast-local sentinel for "no value" (CPython's NULL).
#[repr(C)]
pub struct NullObject {
    header: ObjHeader,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for NullObject {
    fn type_object() -> &'static TypeObject {
        &NULL_TYPE
    }
}
pub static NULL_TYPE: TypeObject =
    TypeObject::new_static("<NULL>", Some(&OBJECT_TYPE), 0, Slots::new(static_dealloc));
static NULL_OBJ: NullObject = NullObject {
    header: ObjHeader::new_static(&NULL_TYPE),
};

#[inline(always)]
pub fn null() -> Value {
    Value::from_static(&NULL_OBJ)
}

#[inline(always)]
pub fn is_null(v: &Value) -> bool {
    v.raw().bits() == (&NULL_OBJ as *const NullObject as u64)
}

// ---------------------------------------------------------------- code

/// A code object at run time: constants converted to objects once, names
/// interned, and the code units in atomics so that the specializer can
/// rewrite an instruction or its inline cache in place while other frames
/// run the same code (relaxed 16-bit loads and stores: a reader sees either
/// the old or the new unit, both valid; caches are written before the
/// opcode that uses them, with release/acquire on the opcode unit).
pub struct Code {
    /// `opcode | oparg << 8` per code unit.
    pub units: Box<[AtomicU16]>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub localsplusnames: Vec<Value>,
    pub kinds: Vec<u8>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    pub stacksize: usize,
    pub nlocalsplus: usize,
    /// The positional-argument count of a call that binds its arguments
    /// where they lie on the stack (see [`Code::in_place_arity`]).
    pub exact_args: usize,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
    /// The one Python `code` object of this code (so that `f.__code__ is
    /// f.__code__`); it keeps the code alive, as code objects are.
    pub obj: OnceLock<Value>,
}

/// `co_flags` bits, from the instruction set's one definition.
pub mod co_flags {
    use taipan_bytecode::CodeFlags;
    pub const OPTIMIZED: u32 = CodeFlags::OPTIMIZED.0;
    pub const VARARGS: u32 = CodeFlags::VARARGS.0;
    pub const VARKEYWORDS: u32 = CodeFlags::VARKEYWORDS.0;
    pub const GENERATOR: u32 = CodeFlags::GENERATOR.0;
    pub const COROUTINE: u32 = CodeFlags::COROUTINE.0;
    pub const ASYNC_GENERATOR: u32 = CodeFlags::ASYNC_GENERATOR.0;
    pub const HAS_DOCSTRING: u32 = CodeFlags::HAS_DOCSTRING.0;
}

impl Code {
    pub fn from_compiled(c: &CompiledCode) -> PyResult<Arc<Code>> {
        let words: Vec<u16> = c
            .code
            .iter()
            .map(|u| u16::from(u.op) | (u16::from(u.arg) << 8))
            .collect();
        if !super::bytecode_check::stays_in_bounds(&words, &c.exceptiontable) {
            return Err(PyErr::new(
                &crate::types::exceptions::SYSTEM_ERROR,
                format!("invalid bytecode in code object '{}'", c.name),
            ));
        }
        let units: Vec<AtomicU16> = words.into_iter().map(AtomicU16::new).collect();
        let consts = c
            .consts
            .iter()
            .map(const_value)
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Arc::new(Code {
            units: units.into_boxed_slice(),
            consts,
            names: c.names.iter().map(|n| pystr::intern(n)).collect(),
            localsplusnames: c.localsplusnames.iter().map(|n| pystr::intern(n)).collect(),
            kinds: c.localspluskinds.iter().map(|k| k.0).collect(),
            argcount: c.argcount as usize,
            posonlyargcount: c.posonlyargcount as usize,
            kwonlyargcount: c.kwonlyargcount as usize,
            flags: c.flags.0,
            stacksize: c.stacksize as usize,
            nlocalsplus: c.localsplusnames.len(),
            exact_args: Code::in_place_arity(
                c.flags.0,
                c.argcount as usize,
                c.kwonlyargcount as usize,
            ),
            name: pystr::intern(&c.name),
            qualname: pystr::new(&c.qualname),
            filename: pystr::new(&c.filename),
            firstlineno: c.firstlineno as u32,
            linetable: c.linetable.clone(),
            exceptiontable: c.exceptiontable.clone(),
            obj: OnceLock::new(),
        }))
    }

    /// A copy with its own code units (for `code.replace()`).
    pub fn duplicate(&self) -> Code {
        Code {
            units: self
                .units
                .iter()
                .map(|u| AtomicU16::new(u.load(Ordering::Relaxed)))
                .collect(),
            consts: self.consts.clone(),
            names: self.names.clone(),
            localsplusnames: self.localsplusnames.clone(),
            kinds: self.kinds.clone(),
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            stacksize: self.stacksize,
            nlocalsplus: self.nlocalsplus,
            exact_args: self.exact_args,
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            filename: self.filename.clone(),
            firstlineno: self.firstlineno,
            linetable: self.linetable.clone(),
            exceptiontable: self.exceptiontable.clone(),
            obj: OnceLock::new(),
        }
    }

    #[inline(always)]
    pub fn unit(&self, i: usize) -> (u8, u32) {
        let w = self.units[i].load(Ordering::Relaxed);
        ((w & 0xff) as u8, u32::from(w >> 8))
    }

    pub fn total_args(&self) -> usize {
        self.argcount
            + self.kwonlyargcount
            + usize::from(self.flags & co_flags::VARARGS != 0)
            + usize::from(self.flags & co_flags::VARKEYWORDS != 0)
    }

    /// The number of positional arguments with which a call's arguments
    /// become the first locals as they are (no keyword-only parameters,
    /// `*args`, `**kwargs`, and not a generator-like body); `usize::MAX`
    /// when no call binds that simply. Defaults do not matter: a call
    /// passing all `argcount` arguments uses none.
    pub fn in_place_arity(flags: u32, argcount: usize, kwonlyargcount: usize) -> usize {
        let special = co_flags::VARARGS
            | co_flags::VARKEYWORDS
            | co_flags::GENERATOR
            | co_flags::COROUTINE
            | co_flags::ASYNC_GENERATOR;
        if flags & special != 0 || kwonlyargcount != 0 {
            usize::MAX
        } else {
            argcount
        }
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0
    }

    /// The source span of the instruction at code unit `index`.
    pub fn location_of(&self, index: usize) -> Location {
        positions(&self.linetable, self.firstlineno as i32)
            .nth(index)
            .unwrap_or(Location::NONE)
    }

    /// The source line of the instruction at code unit `index` (None for
    /// artificial instructions).
    pub fn line_of(&self, index: usize) -> Option<i32> {
        self.location_of(index).line
    }
}

#[repr(C)]
pub struct CodeObj {
    header: ObjHeader,
    pub code: Arc<Code>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for CodeObj {
    fn type_object() -> &'static TypeObject {
        &CODE_TYPE
    }
}
fn code_repr(v: &Value) -> PyResult<Value> {
    let c = &v.downcast::<CodeObj>().expect("code").code;
    Ok(pystr::new(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        pystr::to_string_lossy(&c.name),
        crate::types::object::address(v),
        pystr::to_string_lossy(&c.filename),
        c.firstlineno
    )))
}
fn code_hash(v: &Value) -> PyResult<i64> {
    let c = &v.downcast::<CodeObj>().expect("code").code;
    Ok((Arc::as_ptr(c) as i64 >> 4) & i64::MAX)
}
simple_type!(CODE_TYPE, "code", CodeObj, {
    repr: Some(code_repr),
    hash: Some(code_hash),
    richcompare: Some(super::introspect::code_richcompare),
    getattr: Some(super::introspect::code_getattr),
});

/// The `code` object of `code` (one per code).
pub fn new_code(code: Arc<Code>) -> Value {
    code.obj
        .get_or_init(|| {
            Value::from_box(Box::new(CodeObj {
                header: ObjHeader::new(&CODE_TYPE),
                code: code.clone(),
            }))
        })
        .clone()
}

fn const_value(c: &ConstValue) -> PyResult<Value> {
    Ok(match c {
        ConstValue::None => singletons::none(),
        ConstValue::Bool(b) => singletons::bool(*b),
        ConstValue::Ellipsis => singletons::ellipsis(),
        ConstValue::Int(i) => match i64::try_from(i) {
            Ok(small) => int::from_i64(small),
            Err(_) => int::from_str(&i.to_string(), 10)?,
        },
        ConstValue::Float(f) => float::new(*f),
        ConstValue::Complex { real, imag } => super::complex::new(*real, *imag),
        // Name-like constants are interned, as in CPython: keyword names
        // then match parameter names by identity.
        ConstValue::Str(s) => match s.as_str() {
            Some(t) if t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                pystr::intern(t)
            }
            _ => pystr::from_wtf8(s),
        },
        ConstValue::Bytes(b) => bytes::new(b),
        ConstValue::Tuple(items) => {
            tuple::new(items.iter().map(const_value).collect::<PyResult<_>>()?)
        }
        ConstValue::FrozenSet(items) => {
            set::new_frozenset(items.iter().map(const_value).collect::<PyResult<_>>()?)?
        }
        ConstValue::Slice(parts) => new_slice(
            const_value(&parts[0])?,
            const_value(&parts[1])?,
            const_value(&parts[2])?,
        ),
        ConstValue::Code(code) => new_code(Code::from_compiled(code)?),
    })
}

// ---------------------------------------------------------------- function

#[repr(C)]
pub struct FunctionObject {
    header: ObjHeader,
    code: super::function_code::FunctionCode,
    pub globals: Value,
    pub builtins: Value,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    pub defaults: Cell<Value>,
    pub kwdefaults: Cell<Value>,
    pub closure: Cell<Value>,
    pub doc: Cell<Value>,
    pub annotations: Cell<Value>,
    pub annotate: Cell<Value>,
    pub module: Cell<Value>,
    pub dict: Cell<Value>,
    /// `__type_params__` (PEP 695): a tuple.
    pub type_params: Cell<Value>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for FunctionObject {
    fn type_object() -> &'static TypeObject {
        &FUNCTION_TYPE
    }
}
fn function_repr(v: &Value) -> PyResult<Value> {
    let f = v.downcast::<FunctionObject>().expect("function");
    Ok(pystr::new(&format!(
        "<function {} at {:#x}>",
        pystr::to_string_lossy(&f.qualname.get(&f.header)),
        crate::types::object::address(v)
    )))
}
fn function_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(f) = v.downcast::<FunctionObject>() {
        visit(&f.globals);
        visit(&f.defaults.get(&f.header));
        visit(&f.kwdefaults.get(&f.header));
        visit(&f.closure.get(&f.header));
        visit(&f.dict.get(&f.header));
        visit(&f.type_params.get(&f.header));
    }
}
simple_type!(FUNCTION_TYPE, "function", FunctionObject, {
    repr: Some(function_repr),
    traverse: Some(function_traverse),
    getattr: Some(super::introspect::function_getattr),
    setattr: Some(super::introspect::function_setattr),
    call: Some(super::call_slot),
});

impl FunctionObject {
    /// `__code__` (see `function_code` for why a borrow is safe).
    #[inline(always)]
    pub fn code(&self) -> &Code {
        self.code.get()
    }
    /// `__code__` with its own reference, for frames and generators.
    #[inline(always)]
    pub fn code_arc(&self) -> Arc<Code> {
        self.code.get_arc()
    }
    /// `__code__` borrowed for a frame that holds the function.
    #[inline(always)]
    pub fn code_ref(&self) -> super::function_code::CodeRef {
        self.code.get_ref()
    }
    pub fn set_code(&self, code: Arc<Code>) {
        self.code.replace(code);
    }
    pub fn get<'a>(&'a self, c: &'a Cell<Value>) -> Value {
        c.get(&self.header)
    }
    pub fn set(&self, c: &Cell<Value>, v: Value) {
        drop(c.replace(&self.header, v));
    }
}

pub fn new_function(code: Arc<Code>, globals: Value, builtins: Value) -> Value {
    let none = singletons::none;
    let module = dict::get_item(&globals, &pystr::intern("__name__"))
        .ok()
        .flatten()
        .unwrap_or_else(none);
    let doc = none();
    Value::from_box(Box::new(FunctionObject {
        header: ObjHeader::new(&FUNCTION_TYPE),
        name: Cell::new(code.name.clone()),
        qualname: Cell::new(code.qualname.clone()),
        code: super::function_code::FunctionCode::new(code),
        globals,
        builtins,
        defaults: Cell::new(none()),
        kwdefaults: Cell::new(none()),
        closure: Cell::new(none()),
        doc: Cell::new(doc),
        annotations: Cell::new(none()),
        annotate: Cell::new(none()),
        module: Cell::new(module),
        dict: Cell::new(none()),
        type_params: Cell::new(tuple::new(Vec::new())),
    }))
}

// ---------------------------------------------------------------- cell

#[repr(C)]
pub struct CellObject {
    header: ObjHeader,
    pub value: Cell<Value>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for CellObject {
    fn type_object() -> &'static TypeObject {
        &CELL_TYPE
    }
}
simple_type!(CELL_TYPE, "cell", CellObject, {
    getattr: Some(super::introspect::cell_getattr),
    setattr: Some(super::introspect::cell_setattr),
    richcompare: Some(super::introspect::cell_richcompare),
    hash: None,
});

pub fn new_cell(v: Value) -> Value {
    Value::from_box(Box::new(CellObject {
        header: ObjHeader::new(&CELL_TYPE),
        value: Cell::new(v),
    }))
}
impl CellObject {
    pub fn get(&self) -> Value {
        self.value.get(&self.header)
    }
    pub fn set(&self, v: Value) {
        drop(self.value.replace(&self.header, v));
    }
}

// ---------------------------------------------------------------- native functions

/// A native function: positional arguments then the values of the
/// keyword arguments named by `kwnames` (vectorcall layout).
pub type NativeFn = fn(args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

#[repr(C)]
pub struct NativeFunction {
    header: ObjHeader,
    pub name: &'static str,
    pub f: NativeFn,
    /// For methods of built-in types: the type (the first argument is self).
    pub owner: Option<&'static TypeObject>,
    /// A bound `self` (`[].append`); `None` for plain functions.
    pub bound: Option<Value>,
    /// Accepted positional argument counts (self excluded).
    pub min: u8,
    pub max: u8,
}

/// Positional arity of the natives, checked before the call so that the
/// Rust functions can index their arguments.
const ARITY: &[(&str, u8, u8)] = &[
    ("abs", 1, 1),
    ("all", 1, 1),
    ("any", 1, 1),
    ("ascii", 1, 1),
    ("__build_class__", 2, 255),
    ("callable", 1, 1),
    ("chr", 1, 1),
    ("delattr", 2, 2),
    ("exit", 0, 1),
    ("quit", 0, 1),
    ("format", 1, 2),
    ("str.format", 0, 255),
    ("getattr", 2, 3),
    ("globals", 0, 0),
    ("hasattr", 2, 2),
    ("hash", 1, 1),
    ("id", 1, 1),
    ("isinstance", 2, 2),
    ("issubclass", 2, 2),
    ("iter", 1, 2),
    ("len", 1, 1),
    ("max", 1, 255),
    ("min", 1, 255),
    ("next", 1, 2),
    ("ord", 1, 1),
    ("repr", 1, 1),
    ("setattr", 3, 3),
    ("sorted", 0, 255),
    ("vars", 0, 1),
    ("list.append", 1, 1),
    ("list.extend", 1, 1),
    ("list.pop", 0, 1),
    ("dict.pop", 1, 2),
    ("list.insert", 2, 2),
    ("list.sort", 0, 0),
    ("list.reverse", 0, 0),
    ("index", 1, 3),
    ("count", 1, 3),
    ("list.count", 1, 1),
    ("tuple.count", 1, 1),
    ("list.remove", 1, 1),
    ("copy", 0, 0),
    ("clear", 0, 0),
    ("dict.get", 1, 2),
    ("keys", 0, 0),
    ("values", 0, 0),
    ("items", 0, 0),
    ("setdefault", 1, 2),
    ("dict.update", 0, 1),
    ("set.add", 1, 1),
    ("discard", 1, 1),
    ("set.remove", 1, 1),
    ("str.join", 1, 1),
    ("strip", 0, 1),
    ("lstrip", 0, 1),
    ("rstrip", 0, 1),
    ("upper", 0, 0),
    ("lower", 0, 0),
    ("startswith", 1, 3),
    ("endswith", 1, 3),
    ("find", 1, 3),
    ("isdigit", 0, 0),
    ("isalpha", 0, 0),
    ("encode", 0, 2),
    ("with_traceback", 1, 1),
    ("add_note", 1, 1),
    ("__repr__", 0, 0),
    ("__str__", 0, 0),
    ("__eq__", 1, 1),
    ("__hash__", 0, 0),
    ("__setattr__", 2, 2),
    ("__getattribute__", 1, 1),
    ("sqrt", 1, 1),
    ("floor", 1, 1),
    ("ceil", 1, 1),
    ("log", 1, 2),
    ("write", 1, 1),
    ("input", 0, 1),
    ("__import__", 1, 5),
    ("str.index", 1, 3),
    ("partition", 1, 1),
    ("rpartition", 1, 1),
    ("popitem", 0, 0),
    ("rfind", 1, 3),
    ("ljust", 1, 2),
    ("rjust", 1, 2),
    ("center", 1, 2),
    ("zfill", 1, 1),
    ("removeprefix", 1, 1),
    ("removesuffix", 1, 1),
    ("issubset", 1, 1),
    ("send", 1, 1),
    ("asend", 1, 1),
    ("athrow", 1, 3),
    ("aiter", 1, 1),
    ("anext", 1, 2),
    ("throw", 1, 3),
    ("close", 0, 0),
    ("__new__", 1, 255),
];

fn arity(owner: Option<&TypeObject>, name: &str) -> (u8, u8) {
    let qual = owner.map(|o| format!("{}.{name}", o.name));
    for (n, lo, hi) in ARITY {
        if qual.as_deref() == Some(*n) {
            return (*lo, *hi);
        }
    }
    for (n, lo, hi) in ARITY {
        if *n == name {
            return (*lo, *hi);
        }
    }
    (0, 255)
}

/// Natives that take no keyword arguments.
const NO_KEYWORDS: &[&str] = &[
    "abs",
    "ascii",
    "callable",
    "chr",
    "delattr",
    "divmod",
    "getattr",
    "hasattr",
    "hash",
    "id",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "next",
    "ord",
    "repr",
    "setattr",
    "list.append",
    "list.extend",
    "list.insert",
    "list.remove",
    "set.add",
    "str.join",
    "intern",
];
/// Natives whose one argument is counted as "expected 1 argument".
const FASTCALL_ONE: &[&str] = &["sorted"];
/// Natives whose parameters are all keyword-only.
const KEYWORD_ONLY: &[&str] = &["list.sort"];
/// Natives with keyword parameters that report "takes at most N
/// arguments (M given)".
const CLINIC_KEYWORDS: &[&str] = &["str.split", "rsplit"];

impl NativeFunction {
    fn qualname(&self) -> String {
        match self.owner {
            Some(o) => format!("{}.{}", o.name, self.name),
            None => self.name.to_string(),
        }
    }

    fn listed(&self, table: &[&str]) -> bool {
        let qual = self.qualname();
        table.iter().any(|n| *n == qual || *n == self.name)
    }

    /// Rejects keyword arguments for natives that take none.
    pub fn check_no_keywords(&self) -> PyResult<()> {
        if self.listed(NO_KEYWORDS) {
            return Err(PyErr::new(
                &crate::types::exceptions::TYPE_ERROR,
                format!("{}() takes no keyword arguments", self.name),
            ));
        }
        Ok(())
    }

    /// Checks the positional count (self excluded) against the arity.
    pub fn check_arity(&self, npos: usize) -> PyResult<()> {
        let n = npos;
        let (lo, hi) = (usize::from(self.min), usize::from(self.max));
        if n >= lo && (hi == 255 || n <= hi) {
            return Ok(());
        }
        let qual = self.qualname();
        let name = self.name;
        let plural = |x: usize| if x == 1 { "" } else { "s" };
        let msg = if self.listed(KEYWORD_ONLY) {
            format!("{name}() takes no positional arguments")
        } else if self.listed(CLINIC_KEYWORDS) {
            format!(
                "{name}() takes at most {hi} argument{} ({n} given)",
                plural(hi)
            )
        } else if lo == hi && lo == 0 {
            format!("{qual}() takes no arguments ({n} given)")
        } else if lo == hi && lo == 1 && self.listed(FASTCALL_ONE) {
            format!("{name} expected 1 argument, got {n}")
        } else {
            // The owner's "type." prefix names exactly-one-argument methods.
            let prefix = &qual[..qual.len() - name.len()];
            let hi = if hi == 255 { usize::MAX } else { hi };
            return super::builtins::check_count(prefix, name, n, lo, hi);
        };
        Err(PyErr::new(&crate::types::exceptions::TYPE_ERROR, msg))
    }
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for NativeFunction {
    fn type_object() -> &'static TypeObject {
        &BUILTIN_FUNCTION_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        std::ptr::eq(ty, &BUILTIN_FUNCTION_TYPE) || std::ptr::eq(ty, &METHOD_DESCRIPTOR_TYPE)
    }
}
fn native_repr(v: &Value) -> PyResult<Value> {
    let f = v.downcast::<NativeFunction>().expect("native");
    Ok(pystr::new(&match (&f.bound, f.owner) {
        (Some(b), Some(o)) => format!(
            "<built-in method {} of {} object at {:#x}>",
            f.name,
            o.name,
            crate::types::object::address(b)
        ),
        (None, Some(o)) => format!("<method '{}' of '{}' objects>", f.name, o.name),
        _ => format!("<built-in function {}>", f.name),
    }))
}
/// `f.__reduce_ex__(protocol)` of a module-level native function: its
/// name, which pickle saves as a reference to the global of that name.
fn native_reduce(args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let f = args[0]
        .downcast::<NativeFunction>()
        .expect("bound to a native");
    Ok(pystr::new(f.name))
}

fn native_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let f = v.downcast::<NativeFunction>().expect("native");
    Ok(match pystr::as_str(name) {
        Some("__name__") => pystr::new(f.name),
        Some("__qualname__") => pystr::new(&match f.owner {
            Some(o) => format!("{}.{}", o.name, f.name),
            None => f.name.to_string(),
        }),
        // Other modules' functions do not know their module; pickle then
        // finds it by searching sys.modules.
        Some("__module__") if f.owner.is_none() => {
            if super::builtins::is_builtin_function(v) {
                pystr::new("builtins")
            } else {
                singletons::none()
            }
        }
        Some("__reduce_ex__" | "__reduce__") if f.owner.is_none() && f.bound.is_none() => {
            Value::from_box(Box::new(NativeFunction {
                header: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
                name: "__reduce_ex__",
                f: native_reduce,
                owner: None,
                bound: Some(v.clone()),
                min: 0,
                max: 1,
            }))
        }
        Some("__self__") => match &f.bound {
            Some(b) => b.clone(),
            None if super::builtins::is_builtin_function(v) => super::builtins::builtins_module()?,
            None => singletons::none(),
        },
        Some("__objclass__") if f.bound.is_none() && f.owner.is_some() => {
            f.owner.expect("owner").as_value()
        }
        Some("__doc__") if super::builtins::is_builtin_function(v) => {
            super::builtins::function_doc(f.name).map_or_else(singletons::none, pystr::new)
        }
        Some("__doc__") => singletons::none(),
        _ => return super::attrs::generic_getattr(v, name),
    })
}
simple_type!(BUILTIN_FUNCTION_TYPE, "builtin_function_or_method", NativeFunction, {
    getattr: Some(native_getattr),
    repr: Some(native_repr),
    call: Some(super::call_slot),
});
simple_type!(METHOD_DESCRIPTOR_TYPE, "method_descriptor", NativeFunction, {
    getattr: Some(native_getattr),
    repr: Some(native_repr),
    call: Some(super::call_slot),
});

pub fn native(name: &'static str, f: NativeFn) -> Value {
    Value::from_box(Box::new(NativeFunction {
        header: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
        name,
        f,
        owner: None,
        bound: None,
        min: arity(None, name).0,
        max: arity(None, name).1,
    }))
}

/// A native function that checks its own arguments.
pub fn native_any_arity(name: &'static str, f: NativeFn) -> Value {
    Value::from_box(Box::new(NativeFunction {
        header: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
        name,
        f,
        owner: None,
        bound: None,
        min: 0,
        max: 255,
    }))
}

pub fn native_method(owner: &'static TypeObject, name: &'static str, f: NativeFn) -> Value {
    Value::from_box(Box::new(NativeFunction {
        header: ObjHeader::new(&METHOD_DESCRIPTOR_TYPE),
        name,
        f,
        owner: Some(owner),
        bound: None,
        min: arity(Some(owner), name).0,
        max: arity(Some(owner), name).1,
    }))
}

/// A method of a built-in type that checks its own arguments.
pub fn native_method_any_arity(
    owner: &'static TypeObject,
    name: &'static str,
    f: NativeFn,
) -> Value {
    Value::from_box(Box::new(NativeFunction {
        header: ObjHeader::new(&METHOD_DESCRIPTOR_TYPE),
        name,
        f,
        owner: Some(owner),
        bound: None,
        min: 0,
        max: 255,
    }))
}

pub fn bind_native(nf: &NativeFunction, obj: Value) -> Value {
    Value::from_box(Box::new(NativeFunction {
        header: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
        name: nf.name,
        f: nf.f,
        owner: nf.owner,
        bound: Some(obj),
        min: nf.min,
        max: nf.max,
    }))
}

// ---------------------------------------------------------------- bound method

#[repr(C)]
pub struct MethodObject {
    header: ObjHeader,
    pub func: Value,
    pub self_: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for MethodObject {
    fn type_object() -> &'static TypeObject {
        &METHOD_TYPE
    }
}
fn method_repr(v: &Value) -> PyResult<Value> {
    let m = v.downcast::<MethodObject>().expect("method");
    let qn = super::attrs::getattr_str(&m.func, "__qualname__")
        .map(|q| pystr::to_string_lossy(&q))
        .unwrap_or_else(|_| "?".into());
    let r = super::repr(&m.self_)?;
    Ok(pystr::new(&format!(
        "<bound method {qn} of {}>",
        pystr::to_string_lossy(&r)
    )))
}
fn method_richcompare(a: &Value, b: &Value, op: crate::object::CompareOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.downcast::<MethodObject>(), b.downcast::<MethodObject>()) {
        let same = x.func.is(&y.func) && x.self_.is(&y.self_);
        return Ok(match op {
            crate::object::CompareOp::Eq => singletons::bool(same),
            crate::object::CompareOp::Ne => singletons::bool(!same),
            _ => singletons::not_implemented(),
        });
    }
    Ok(singletons::not_implemented())
}
pub static METHOD_TYPE: TypeObject = TypeObject::new_static(
    "method",
    Some(&OBJECT_TYPE),
    0,
    Slots {
        hash: Some(super::classes::method_hash),
        richcompare: Some(method_richcompare),
        repr: Some(method_repr),
        getattr: Some(super::attrs::method_getattr),
        call: Some(super::call_slot),
        ..Slots::new(dealloc_box::<MethodObject>)
    },
);

pub fn new_method(func: Value, self_: Value) -> Value {
    Value::from_box(Box::new(MethodObject {
        header: ObjHeader::new(&METHOD_TYPE),
        func,
        self_,
    }))
}

// ---------------------------------------------------------------- module

#[repr(C)]
pub struct ModuleObject {
    header: ObjHeader,
    pub dict: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for ModuleObject {
    fn type_object() -> &'static TypeObject {
        &MODULE_TYPE
    }
}
fn module_repr(v: &Value) -> PyResult<Value> {
    let m = v.downcast::<ModuleObject>().expect("module");
    let name = dict::get_item(&m.dict, &pystr::intern("__name__"))?
        .map(|n| pystr::to_string_lossy(&n))
        .unwrap_or_else(|| "?".into());
    let file = dict::get_item(&m.dict, &pystr::intern("__file__"))?;
    let origin = match dict::get_item(&m.dict, &pystr::intern("__spec__"))? {
        Some(spec) if !singletons::is_none(&spec) => super::attrs::getattr_str(&spec, "origin")
            .ok()
            .and_then(|o| pystr::as_str(&o).map(str::to_string)),
        _ => None,
    };
    Ok(pystr::new(&match (file, origin.as_deref()) {
        (Some(f), _) if pystr::as_str(&f).is_some() => {
            format!("<module '{name}' from '{}'>", pystr::to_string_lossy(&f))
        }
        (_, Some("built-in")) => format!("<module '{name}' (built-in)>"),
        _ => format!("<module '{name}'>"),
    }))
}
pub static MODULE_TYPE: TypeObject = TypeObject::new_static(
    "module",
    Some(&crate::types::object::OBJECT_TYPE),
    crate::object::tpflags::BASETYPE,
    Slots {
        repr: Some(module_repr),
        getattr: Some(super::introspect::module_getattr),
        setattr: Some(super::introspect::module_setattr),
        ..base_slots(crate::object::payload::dealloc_box::<ModuleObject>)
    },
);

pub fn new_module(name: &str, d: Value) -> PyResult<Value> {
    if dict::get_item(&d, &pystr::intern("__name__"))?.is_none() {
        dict::set_item(&d, pystr::intern("__name__"), pystr::new(name))?;
    }
    Ok(Value::from_box(Box::new(ModuleObject {
        header: ObjHeader::new(&MODULE_TYPE),
        dict: d,
    })))
}

// ---------------------------------------------------------------- slice

#[repr(C)]
pub struct SliceObject {
    header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for SliceObject {
    fn type_object() -> &'static TypeObject {
        &SLICE_TYPE
    }
}
fn slice_repr(v: &Value) -> PyResult<Value> {
    let s = v.downcast::<SliceObject>().expect("slice");
    let r = |x: &Value| super::repr(x).map(|r| pystr::to_string_lossy(&r));
    Ok(pystr::new(&format!(
        "slice({}, {}, {})",
        r(&s.start)?,
        r(&s.stop)?,
        r(&s.step)?
    )))
}
simple_type!(SLICE_TYPE, "slice", SliceObject, {
    repr: Some(slice_repr),
    getattr: Some(super::attrs::slice_getattr),
    richcompare: Some(super::builtins::slice_richcompare),
    hash: Some(super::builtins::slice_hash),
});

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::from_box(Box::new(SliceObject {
        header: ObjHeader::new(&SLICE_TYPE),
        start,
        stop,
        step,
    }))
}

// ---------------------------------------------------------------- traceback

#[repr(C)]
pub struct TracebackObject {
    header: ObjHeader,
    /// `tb_next` (assignable: unittest trims its own frames off).
    next: Cell<Value>,
    pub code: Arc<Code>,
    pub lasti: usize,
    /// `tb_frame`.
    pub frame: Value,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for TracebackObject {
    fn type_object() -> &'static TypeObject {
        &TRACEBACK_TYPE
    }
}
impl TracebackObject {
    /// `tb_next`: the next (inner) entry, or None.
    pub fn next(&self) -> Value {
        self.next.get(&self.header)
    }

    /// Replaces `tb_next`, returning the old value for the caller to drop.
    pub fn replace_next(&self, next: Value) -> Value {
        self.next.replace(&self.header, next)
    }
}

fn traceback_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(t) = v.downcast::<TracebackObject>() {
        t.next.with(&t.header, |n| visit(n));
        visit(&t.frame);
    }
}
simple_type!(TRACEBACK_TYPE, "traceback", TracebackObject, {
    getattr: Some(super::introspect::traceback_getattr),
    setattr: Some(super::introspect::traceback_setattr),
    traverse: Some(traceback_traverse),
});

/// A traceback entry for the innermost running frame, at `lasti`.
pub fn new_traceback(next: Value, code: Arc<Code>, lasti: usize) -> Value {
    Value::from_box(Box::new(TracebackObject {
        header: ObjHeader::new(&TRACEBACK_TYPE),
        next: Cell::new(next),
        code,
        lasti,
        frame: super::frame_object::for_traceback(),
    }))
}
