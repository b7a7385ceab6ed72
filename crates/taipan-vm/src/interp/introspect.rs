//! The Python-visible attributes of code, function, cell and traceback
//! objects, and the constructors of those types that Python may call
//! (`types.CellType(...)`, `types.ModuleType(...)`).

use std::sync::Arc;

use taipan_bytecode::location::{lines, positions};
use taipan_bytecode::Opcode;

use super::attrs::{generic_getattr, generic_setattr, instance_dict};
use super::objects::{
    bind_native, co_flags, native_any_arity, new_cell, new_code, new_module, CellObject, Code,
    CodeObj, FunctionObject, ModuleObject, NativeFunction, TracebackObject,
};
use super::{call_object, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{CompareOp, TypeObject, Value};
use crate::types::exceptions::{ATTRIBUTE_ERROR, VALUE_ERROR};
use crate::types::{bytes, dict, int, list, singletons, str as pystr, tuple};

fn int_or_none(v: Option<i32>) -> Value {
    v.map_or_else(singletons::none, |n| int::from_i64(i64::from(n)))
}

/// A method of a code object, bound to it.
fn code_method(v: &Value, name: &'static str, f: super::objects::NativeFn) -> Value {
    let m = native_any_arity(name, f);
    let nf = m.downcast::<NativeFunction>().expect("native");
    bind_native(nf, v.clone())
}

fn code_of(v: &Value) -> PyResult<&Arc<Code>> {
    v.downcast::<CodeObj>()
        .map(|c| &c.code)
        .ok_or_else(|| type_error("descriptor requires a 'code' object"))
}

/// `co_code`: the code units as bytes, specialized instructions shown as
/// their generic form (as CPython does).
fn co_code(c: &Code) -> Value {
    let mut out = Vec::with_capacity(c.units.len() * 2);
    for i in 0..c.units.len() {
        let (op, arg) = c.unit(i);
        let op = Opcode::from_u8(op).map_or(op, |o| o.deopt() as u8);
        out.push(op);
        out.push(arg as u8);
    }
    bytes::from_vec(out)
}

pub fn code_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let c = code_of(v)?;
    let ints = |n: usize| int::from_i64(n as i64);
    let names = |kind: u8| {
        tuple::new(
            c.localsplusnames
                .iter()
                .zip(&c.kinds)
                .filter(|(_, k)| *k & kind != 0)
                .map(|(n, _)| n.clone())
                .collect(),
        )
    };
    Ok(match pystr::as_str(name) {
        Some("co_name") => c.name.clone(),
        Some("co_qualname") => c.qualname.clone(),
        Some("co_filename") => c.filename.clone(),
        Some("co_firstlineno") => ints(c.firstlineno as usize),
        Some("co_argcount") => ints(c.argcount),
        Some("co_posonlyargcount") => ints(c.posonlyargcount),
        Some("co_kwonlyargcount") => ints(c.kwonlyargcount),
        Some("co_flags") => ints(c.flags as usize),
        Some("co_nlocals") => ints(c.kinds.iter().filter(|k| *k & 0x20 != 0).count()),
        Some("co_varnames") => names(0x20),
        Some("co_cellvars") => names(0x40),
        Some("co_freevars") => names(0x80),
        Some("co_consts") => tuple::new(c.consts.clone()),
        Some("co_names") => tuple::new(c.names.clone()),
        Some("co_stacksize") => ints(c.stacksize),
        Some("co_code") => co_code(c),
        Some("co_linetable") => bytes::new(&c.linetable),
        Some("co_exceptiontable") => bytes::new(&c.exceptiontable),
        Some("co_lines") => code_method(v, "co_lines", code_lines),
        Some("co_positions") => code_method(v, "co_positions", code_positions),
        Some("replace") => code_method(v, "replace", code_replace),
        Some("_varname_from_oparg") => {
            code_method(v, "_varname_from_oparg", code_varname_from_oparg)
        }
        _ => return generic_getattr(v, name),
    })
}

/// `code._varname_from_oparg(oparg)`: the name of local slot `oparg`
/// (locals, then cells, then free variables); `dis` uses it.
fn code_varname_from_oparg(a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::interp::builtins::check_count("", "_varname_from_oparg", a.len() - 1, 1, 1)?;
    if !k.is_empty() {
        return Err(type_error(
            "_varname_from_oparg() takes no keyword arguments",
        ));
    }
    let c = code_of(&a[0])?;
    let i = crate::ops::index(&a[1])?;
    int::as_int(&i)
        .and_then(|n| n.to_i64())
        .and_then(|n| usize::try_from(n).ok())
        .and_then(|n| c.localsplusnames.get(n).cloned())
        .ok_or_else(|| {
            PyErr::new(
                &crate::types::exceptions::INDEX_ERROR,
                "tuple index out of range",
            )
        })
}

/// `code.co_lines()`: an iterator of `(start, end, line)`.
fn code_lines(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let c = code_of(&a[0])?;
    let items = lines(&c.linetable, c.firstlineno as i32)
        .into_iter()
        .map(|(s, e, l)| {
            tuple::new(vec![
                int::from_i64(s as i64),
                int::from_i64(e as i64),
                int_or_none(l),
            ])
        })
        .collect();
    super::attrs::iter(&list::new(items))
}

/// `code.co_positions()`: one `(line, end_line, col, end_col)` per unit.
fn code_positions(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let c = code_of(&a[0])?;
    let items = positions(&c.linetable, c.firstlineno as i32)
        .map(|p| {
            tuple::new(vec![
                int_or_none(p.line),
                int_or_none(p.end_line),
                int_or_none(p.col),
                int_or_none(p.end_col),
            ])
        })
        .collect();
    super::attrs::iter(&list::new(items))
}

/// `code.replace(**changes)`: a copy with the given fields changed, checked
/// as CPython checks a new code object (so frames built from it fit).
fn code_replace(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let c = code_of(&a[0])?;
    let npos = a.len() - k.len();
    if npos > 1 {
        return Err(type_error("replace() takes no positional arguments"));
    }
    let mut new = c.duplicate();
    let mut nlocals = None;
    for (key, v) in k.iter().zip(&a[npos..]) {
        let key = pystr::to_string_lossy(key);
        let wrong_type = |what: &str| {
            type_error(format!(
                "replace() argument '{key}' must be {what}, not {}",
                v.type_of().name
            ))
        };
        let as_str = || -> PyResult<Value> {
            pystr::as_str(v)
                .map(|_| v.clone())
                .ok_or_else(|| wrong_type("str"))
        };
        let as_count = || -> PyResult<usize> {
            let n = crate::ops::index(v)?;
            let n = int::as_int(&n).and_then(|n| n.to_i64());
            match n.and_then(|n| i32::try_from(n).ok()) {
                Some(n) if n >= 0 => Ok(n as usize),
                Some(_) => Err(PyErr::new(
                    &VALUE_ERROR,
                    format!("{key} must be a positive integer"),
                )),
                None => Err(PyErr::new(
                    &crate::types::exceptions::OVERFLOW_ERROR,
                    "Python int too large to convert to C int",
                )),
            }
        };
        let as_tuple = || -> PyResult<Vec<Value>> {
            if v.type_of().is_subtype_of(&tuple::TUPLE_TYPE) {
                Ok(tuple::items(v).to_vec())
            } else {
                Err(wrong_type("tuple"))
            }
        };
        let as_names = || -> PyResult<Vec<Value>> {
            let names = as_tuple()?;
            if names.iter().any(|n| pystr::as_str(n).is_none()) {
                return Err(PyErr::new(
                    &crate::types::exceptions::SYSTEM_ERROR,
                    "non-string found in code slot",
                ));
            }
            Ok(names)
        };
        match key.as_str() {
            "co_name" => new.name = as_str()?,
            "co_qualname" => new.qualname = as_str()?,
            "co_filename" => new.filename = as_str()?,
            "co_firstlineno" => new.firstlineno = as_count()? as u32,
            "co_flags" => new.flags = as_count()? as u32,
            "co_stacksize" => new.stacksize = as_count()?,
            "co_argcount" => new.argcount = as_count()?,
            "co_posonlyargcount" => new.posonlyargcount = as_count()?,
            "co_kwonlyargcount" => new.kwonlyargcount = as_count()?,
            "co_nlocals" => nlocals = Some(as_count()?),
            "co_consts" => new.consts = as_tuple()?,
            "co_names" => new.names = as_names()?,
            "co_varnames" => rename_varnames(&mut new, as_names()?)?,
            _ => {
                return Err(type_error(format!(
                    "replace() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    let nvarnames = new.kinds.iter().filter(|k| *k & 0x20 != 0).count();
    if new.posonlyargcount > new.argcount {
        return Err(PyErr::new(
            &crate::types::exceptions::SYSTEM_ERROR,
            "bad argument to internal function",
        ));
    }
    if new.total_args() > nvarnames {
        return Err(PyErr::new(&VALUE_ERROR, "code: co_varnames is too small"));
    }
    if nlocals.is_some_and(|n| n != nvarnames) {
        return Err(PyErr::new(
            &VALUE_ERROR,
            "code: co_nlocals != len(co_varnames)",
        ));
    }
    new.exact_args = Code::in_place_arity(new.flags, new.argcount, new.kwonlyargcount);
    Ok(new_code(Arc::new(new)))
}

/// `replace(co_varnames=...)`: new names for the local variables. The
/// frame layout stays, so the count must stay too.
fn rename_varnames(code: &mut Code, names: Vec<Value>) -> PyResult<()> {
    let slots: Vec<usize> = (0..code.kinds.len())
        .filter(|&i| code.kinds[i] & 0x20 != 0)
        .collect();
    if names.len() != slots.len() {
        let message = if names.len() < code.total_args() {
            "code: co_varnames is too small"
        } else {
            "code: co_nlocals != len(co_varnames)"
        };
        return Err(PyErr::new(&VALUE_ERROR, message));
    }
    for (slot, name) in slots.into_iter().zip(names) {
        code.localsplusnames[slot] = name;
    }
    Ok(())
}

pub fn code_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<CodeObj>(), b.downcast::<CodeObj>()) else {
        return Ok(singletons::not_implemented());
    };
    let same = Arc::ptr_eq(&x.code, &y.code);
    Ok(match op {
        CompareOp::Eq => singletons::bool(same),
        CompareOp::Ne => singletons::bool(!same),
        _ => singletons::not_implemented(),
    })
}

// ---------------------------------------------------------------- functions

pub fn function_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let f = v.downcast::<FunctionObject>().expect("function");
    let r = match pystr::as_str(name) {
        Some("__name__") => f.get(&f.name),
        Some("__qualname__") => f.get(&f.qualname),
        Some("__defaults__") => f.get(&f.defaults),
        Some("__kwdefaults__") => f.get(&f.kwdefaults),
        Some("__closure__") => f.get(&f.closure),
        Some("__doc__") => {
            let d = f.get(&f.doc);
            if singletons::is_none(&d) && f.code().flags & co_flags::HAS_DOCSTRING != 0 {
                f.code().consts[0].clone()
            } else {
                d
            }
        }
        Some("__module__") => f.get(&f.module),
        Some("__globals__") => f.globals.clone(),
        Some("__builtins__") => f.builtins.clone(),
        Some("__code__") => new_code(f.code_arc()),
        Some("__dict__") => instance_dict(v).expect("function dict"),
        Some("__type_params__") => f.get(&f.type_params),
        Some("__annotations__") => super::annotations::function_annotations(f)?,
        Some("__annotate__") => f.get(&f.annotate),
        _ => return generic_getattr(v, name),
    };
    Ok(r)
}

/// The function attributes CPython exposes on the class as descriptors
/// (`types.py` takes `GetSetDescriptorType` from `FunctionType.__code__` and
/// `MemberDescriptorType` from `FunctionType.__globals__`). Instances keep
/// reading them through `function_getattr`.
pub fn install_function_descriptors() {
    let ty = &super::objects::FUNCTION_TYPE;
    let getters: [(&'static str, super::objects::NativeFn); 3] = [
        ("__code__", |a, _| {
            function_getattr(&a[0], &pystr::intern("__code__"))
        }),
        ("__defaults__", |a, _| {
            function_getattr(&a[0], &pystr::intern("__defaults__"))
        }),
        ("__kwdefaults__", |a, _| {
            function_getattr(&a[0], &pystr::intern("__kwdefaults__"))
        }),
    ];
    for (name, get) in getters {
        let descr = super::slot_wrappers::new_getset(ty, name, get);
        let _ = dict::set_item(ty.dict(), pystr::intern(name), descr);
    }
    for name in ["__globals__", "__closure__", "__builtins__"] {
        let descr = super::classes::new_builtin_member(ty, name);
        let _ = dict::set_item(ty.dict(), pystr::intern(name), descr);
    }
}

/// How many of `code`'s locals are free variables (its closure's length).
fn freevar_count(code: &Code) -> usize {
    code.kinds.iter().filter(|k| *k & 0x80 != 0).count()
}

pub fn function_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = v.downcast::<FunctionObject>().expect("function");
    let attr = pystr::as_str(name);
    // Attributes that hold one type and cannot be deleted.
    let must_be = |what: &str, ok: bool| -> PyResult<Value> {
        match value {
            Some(x) if ok => Ok(x.clone()),
            _ => Err(type_error(format!(
                "{} must be set to a {what} object",
                attr.unwrap_or("")
            ))),
        }
    };
    let is_str = value.is_some_and(|x| x.type_of().is_subtype_of(&pystr::STR_TYPE));
    let none_or = |ty: &TypeObject| {
        value.is_none_or(|x| singletons::is_none(x) || x.type_of().is_subtype_of(ty))
    };
    let or_none = |x: Option<&Value>| x.cloned().unwrap_or_else(singletons::none);
    match attr {
        Some("__name__") => f.set(&f.name, must_be("string", is_str)?),
        Some("__qualname__") => f.set(&f.qualname, must_be("string", is_str)?),
        Some("__defaults__") => {
            if !none_or(&tuple::TUPLE_TYPE) {
                return Err(type_error("__defaults__ must be set to a tuple object"));
            }
            f.set(&f.defaults, or_none(value));
        }
        Some("__kwdefaults__") => {
            if !none_or(&dict::DICT_TYPE) {
                return Err(type_error("__kwdefaults__ must be set to a dict object"));
            }
            f.set(&f.kwdefaults, or_none(value));
        }
        Some("__code__") => {
            let code = match value.and_then(|x| x.downcast::<CodeObj>()) {
                Some(c) => c.code.clone(),
                None => return Err(type_error("__code__ must be set to a code object")),
            };
            // The closure cannot change, so the new code must expect as many cells.
            let (want, got) = (freevar_count(f.code()), freevar_count(&code));
            if want != got {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "{}() requires a code object with {want} free vars, not {got}",
                        pystr::to_string_lossy(&f.get(&f.name))
                    ),
                ));
            }
            let kind = co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR;
            if f.code().flags & kind != code.flags & kind {
                super::warnings::warn_here(
                    &crate::types::exceptions::DEPRECATION_WARNING,
                    "Assigning a code object of non-matching type is deprecated \
                     (e.g., from a generator to a plain function)",
                )?;
            }
            f.set_code(code);
        }
        Some("__type_params__") => match value {
            Some(t) if t.type_of().is_subtype_of(&tuple::TUPLE_TYPE) => {
                f.set(&f.type_params, t.clone())
            }
            _ => return Err(type_error("__type_params__ must be set to a tuple")),
        },
        Some("__doc__") => f.set(&f.doc, or_none(value)),
        Some("__module__") => f.set(&f.module, or_none(value)),
        Some("__annotations__") => return super::annotations::set_function_annotations(f, value),
        Some("__annotate__") => return super::annotations::set_function_annotate(f, value),
        Some("__closure__" | "__globals__" | "__builtins__") => {
            return Err(PyErr::new(
                &crate::types::exceptions::ATTRIBUTE_ERROR,
                "readonly attribute",
            ));
        }
        _ => return generic_setattr(v, name, value),
    }
    Ok(())
}

// ---------------------------------------------------------------- cells

fn empty_cell() -> PyErr {
    PyErr::new(&VALUE_ERROR, "Cell is empty")
}

pub fn cell_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let c = v.downcast::<CellObject>().expect("cell");
    if pystr::as_str(name) == Some("cell_contents") {
        let x = c.get();
        return if super::objects::is_null(&x) {
            Err(empty_cell())
        } else {
            Ok(x)
        };
    }
    generic_getattr(v, name)
}

pub fn cell_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let c = v.downcast::<CellObject>().expect("cell");
    if pystr::as_str(name) == Some("cell_contents") {
        c.set(value.cloned().unwrap_or_else(super::objects::null));
        return Ok(());
    }
    generic_setattr(v, name, value)
}

/// Cells compare by their contents, an empty cell first.
pub fn cell_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<CellObject>(), b.downcast::<CellObject>()) else {
        return Ok(singletons::not_implemented());
    };
    let (x, y) = (x.get(), y.get());
    let (ex, ey) = (super::objects::is_null(&x), super::objects::is_null(&y));
    if ex || ey {
        let (l, r) = (u8::from(!ex), u8::from(!ey));
        return Ok(singletons::bool(match op {
            CompareOp::Lt => l < r,
            CompareOp::Le => l <= r,
            CompareOp::Eq => l == r,
            CompareOp::Ne => l != r,
            CompareOp::Gt => l > r,
            CompareOp::Ge => l >= r,
        }));
    }
    crate::ops::richcompare(&x, &y, op)
}

// ---------------------------------------------------------------- tracebacks

pub fn traceback_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let t = v.downcast::<TracebackObject>().expect("traceback");
    match pystr::as_str(name) {
        Some("tb_next") => Ok(t.next()),
        Some("tb_lineno") => Ok(int_or_none(t.code.line_of(t.lasti))),
        Some("tb_lasti") => Ok(int::from_i64(2 * t.lasti as i64)),
        Some("tb_frame") => Ok(t.frame.clone()),
        _ => generic_getattr(v, name),
    }
}

/// `tb.tb_next = other`: another traceback or None, without making a loop.
pub fn traceback_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = v.downcast::<TracebackObject>().expect("traceback");
    if pystr::as_str(name) != Some("tb_next") {
        return generic_setattr(v, name, value);
    }
    let Some(new) = value else {
        return Err(type_error("can't delete tb_next attribute"));
    };
    if !singletons::is_none(new) {
        if new.downcast::<TracebackObject>().is_none() {
            return Err(type_error(format!(
                "expected traceback object or None, got '{}'",
                new.type_of().name
            )));
        }
        let mut cur = new.clone();
        while let Some(c) = cur.downcast::<TracebackObject>() {
            if cur.is(v) {
                return Err(PyErr::new(&VALUE_ERROR, "traceback loop detected"));
            }
            let next = c.next();
            cur = next;
        }
    }
    let old = t.replace_next(new.clone());
    drop(old);
    Ok(())
}

// ---------------------------------------------------------------- constructors

/// Calls of the types defined here; None for other types.
pub fn construct(ty: &TypeObject, args: &[Value]) -> Option<PyResult<Value>> {
    if std::ptr::eq(ty, &super::objects::CELL_TYPE) {
        return Some(match args {
            [] => Ok(new_cell(super::objects::null())),
            [v] => Ok(new_cell(v.clone())),
            _ => Err(type_error(format!(
                "cell expected at most 1 argument, got {}",
                args.len()
            ))),
        });
    }
    if std::ptr::eq(ty, &super::objects::MODULE_TYPE) {
        return Some(construct_module(args));
    }
    if std::ptr::eq(ty, &super::objects::METHOD_TYPE) {
        return Some(construct_method(args));
    }
    None
}

/// `types.MethodType(function, instance)`.
fn construct_method(args: &[Value]) -> PyResult<Value> {
    let [func, obj] = args else {
        return Err(type_error(format!(
            "method expected 2 arguments, got {}",
            args.len()
        )));
    };
    let callable = func.type_of().slots.call.is_some() || func.downcast::<TypeObject>().is_some();
    if !callable {
        return Err(type_error("first argument must be callable"));
    }
    if singletons::is_none(obj) {
        return Err(type_error("instance must not be None"));
    }
    Ok(super::objects::new_method(func.clone(), obj.clone()))
}

/// `types.ModuleType(name, doc=None)`.
fn construct_module(args: &[Value]) -> PyResult<Value> {
    let m = new_module("", dict::new())?;
    module_init_dict(&m.downcast::<ModuleObject>().expect("module").dict, args)?;
    Ok(m)
}

/// `module.__new__(cls, *args)`: an empty module, of the subclass `cls`
/// (`types.ModuleType` subclasses such as importlib's `_LazyModule`).
pub fn module_new(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let cls = a
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .ok_or_else(|| type_error("module.__new__(X): X is not a type object"))?;
    let d = dict::new();
    let m = new_module("", d.clone())?;
    if std::ptr::eq(cls, &super::objects::MODULE_TYPE) {
        return Ok(m);
    }
    let inst = super::classes::make_instance(cls, m)?;
    // The subclass's attribute lookup uses the instance `__dict__`: make it
    // the module's namespace.
    if let (Some(ext), Some(h)) = (crate::object::extend::ext_of(&inst), inst.header()) {
        ext.set_dict(h, d);
    }
    Ok(inst)
}

/// `module.__init__(self, name, doc=None)`.
pub fn module_init(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let m = a
        .first()
        .and_then(|m| m.downcast::<ModuleObject>())
        .ok_or_else(|| type_error("descriptor '__init__' requires a 'module' object"))?;
    module_init_dict(&m.dict, &a[1..])?;
    Ok(singletons::none())
}

fn module_init_dict(d: &Value, args: &[Value]) -> PyResult<()> {
    let Some(name) = args.first() else {
        return Err(type_error(
            "module.__init__() missing required argument 'name' (pos 1)",
        ));
    };
    if pystr::as_str(name).is_none() {
        return Err(type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            name.type_of().name
        )));
    }
    let none = singletons::none;
    dict::set_item(d, pystr::intern("__name__"), name.clone())?;
    dict::set_item(
        d,
        pystr::intern("__doc__"),
        args.get(1).cloned().unwrap_or_else(none),
    )?;
    dict::set_item(d, pystr::intern("__package__"), none())?;
    dict::set_item(d, pystr::intern("__loader__"), none())?;
    dict::set_item(d, pystr::intern("__spec__"), none())?;
    Ok(())
}

// ---------------------------------------------------------------- modules

pub fn module_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let m = v.downcast::<ModuleObject>().expect("module");
    if pystr::as_str(name) == Some("__dict__") {
        return Ok(m.dict.clone());
    }
    if let Some(x) = dict::get_item(&m.dict, name)? {
        return Ok(x);
    }
    if pystr::as_str(name) == Some("__annotations__") {
        return super::annotations::module_annotations(&m.dict);
    }
    match generic_getattr(v, name) {
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => {}
        other => return other,
    }
    // PEP 562: a module-level `__getattr__`.
    if let Some(g) = dict::get_item(&m.dict, &pystr::intern("__getattr__"))? {
        return call_object(&g, std::slice::from_ref(name), &[]);
    }
    let mname = dict::get_item(&m.dict, &pystr::intern("__name__"))?
        .map(|n| pystr::to_string_lossy(&n))
        .unwrap_or_default();
    let e = PyErr::new(
        &ATTRIBUTE_ERROR,
        format!(
            "module '{mname}' has no attribute '{}'",
            pystr::to_string_lossy(name)
        ),
    );
    super::attrs::set_exc_attr(&e, "name", name.clone());
    super::attrs::set_exc_attr(&e, "obj", v.clone());
    Err(e)
}

pub fn module_setattr(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    let m = v.downcast::<ModuleObject>().expect("module");
    match value {
        Some(x) => dict::set_item(&m.dict, name.clone(), x.clone()),
        None => dict::del_item(&m.dict, name),
    }
}
