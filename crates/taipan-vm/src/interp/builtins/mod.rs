//! The `builtins` module: its functions and the namespace holding them and
//! the built-in types. Submodules hold the built-in types' constructors and
//! methods (one file per type), formatting, intrinsics and match helpers.

use std::io::Write;
use std::sync::OnceLock;

use taipan_bytecode::Opcode;

use super::attrs::{self, collect, getattr_str};
use super::objects::{self, native, simple_type, FunctionObject, SliceObject};
use super::{call_object, classes, generators, str_of, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{self, SYSTEM_ERROR, VALUE_ERROR};
use crate::types::object::{OBJECT_TYPE, TYPE_TYPE};
use crate::types::{dict, float, int, list, set, singletons, str as pystr, tuple};

mod bytes_methods;
mod constructors;
mod dict_methods;
mod formatting;
mod int_methods;
mod intrinsics;
mod iterators;
mod list_methods;
mod matching;
mod object_methods;
mod range;
mod set_methods;
mod str_methods;

pub use self::{
    constructors::*, formatting::*, intrinsics::*, iterators::*, matching::*, object_methods::*,
    range::*,
};
use self::{list_methods::*, set_methods::*, str_methods::*};

fn kw_get<'a>(args: &'a [Value], kwnames: &'a [Value], name: &str) -> Option<&'a Value> {
    let npos = args.len() - kwnames.len();
    kwnames
        .iter()
        .position(|k| pystr::as_str(k) == Some(name))
        .map(|i| &args[npos + i])
}

fn pos(args: &[Value], kwnames: &[Value]) -> usize {
    args.len() - kwnames.len()
}

fn bi_print(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = pos(args, kwnames);
    let sep = kw_get(args, kwnames, "sep")
        .filter(|v| !singletons::is_none(v))
        .map(pystr::to_string_lossy)
        .unwrap_or_else(|| " ".into());
    let end = kw_get(args, kwnames, "end")
        .filter(|v| !singletons::is_none(v))
        .map(pystr::to_string_lossy)
        .unwrap_or_else(|| "\n".into());
    let mut s = String::new();
    for (i, a) in args[..n].iter().enumerate() {
        if i > 0 {
            s.push_str(&sep);
        }
        s.push_str(&str_of(a)?);
    }
    s.push_str(&end);
    let file = kw_get(args, kwnames, "file")
        .filter(|v| !singletons::is_none(v))
        .cloned();
    match file {
        Some(f) => {
            let w = getattr_str(&f, "write")?;
            call_object(&w, &[pystr::new(&s)], &[])?;
        }
        None => write_stdout(&s),
    }
    Ok(singletons::none())
}

pub fn write_stdout(s: &str) {
    let out = std::io::stdout();
    let mut l = out.lock();
    let _ = l.write_all(s.as_bytes());
}

pub fn write_stderr(s: &str) {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(s.as_bytes());
}

fn bi_len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_arg("len", args)?;
    let v = &args[0];
    if v.type_of().slots.length.is_none() {
        return Err(type_error(format!(
            "object of type '{}' has no len()",
            v.type_of().name
        )));
    }
    Ok(int::from_i64(ops::len(v)? as i64))
}

fn one_arg(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn bi_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_arg("repr", args)?;
    ops::repr(&args[0])
}

fn type_check(cls: &Value) -> PyResult<Vec<&TypeObject>> {
    if let Some(t) = cls.downcast::<TypeObject>() {
        return Ok(vec![t]);
    }
    if cls.downcast::<crate::types::tuple::TupleObject>().is_some() {
        let mut out = Vec::new();
        for c in tuple::items(cls) {
            out.extend(type_check(c)?);
        }
        return Ok(out);
    }
    Err(type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

fn bi_isinstance(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    }
    let ts = type_check(&args[1])?;
    Ok(singletons::bool(
        ts.iter().any(|t| args[0].type_of().is_subtype_of(t)),
    ))
}

fn bi_issubclass(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    }
    let c = args[0]
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    let ts = type_check(&args[1]).map_err(|_| {
        type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    })?;
    Ok(singletons::bool(ts.iter().any(|t| c.is_subtype_of(t))))
}

fn bi_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() == 2 {
        return Ok(fn_iter(
            &CALLABLE_ITER_TYPE,
            6,
            vec![args[0].clone()],
            args[1].clone(),
            0,
        ));
    }
    attrs::iter(&args[0])
}
fn bi_input(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(p) = args.first() {
        write_stdout(&str_of(p)?);
        use std::io::Write;
        let _ = std::io::stdout().flush();
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "EOF when reading a line",
        )),
        Ok(_) => Ok(pystr::new(line.strip_suffix('\n').unwrap_or(&line))),
    }
}
fn bi_import(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    let g = args
        .get(1)
        .filter(|_| n > 1)
        .cloned()
        .unwrap_or_else(dict::new);
    let g = if singletons::is_none(&g) {
        dict::new()
    } else {
        g
    };
    let fromlist = args
        .get(3)
        .filter(|_| n > 3)
        .or_else(|| kw_get(args, kw, "fromlist"))
        .cloned()
        .unwrap_or_else(singletons::none);
    let level = args
        .get(4)
        .filter(|_| n > 4)
        .or_else(|| kw_get(args, kw, "level"))
        .cloned()
        .unwrap_or_else(|| int::from_i64(0));
    super::modules::import_name(&args[0], &fromlist, &level, &g)
}

fn bi_next(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error("next expected at least 1 argument, got 0"));
    }
    if args[0].type_of().slots.next.is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            args[0].type_of().name
        )));
    }
    if generators::is_generator(&args[0]) && args.len() == 1 {
        return match generators::resume(&args[0], singletons::none(), None)? {
            super::eval::Exit::Yield(v) => Ok(v),
            super::eval::Exit::Return(r) if singletons::is_none(&r) => {
                Err(PyErr::with_args(&exceptions::STOP_ITERATION, vec![]))
            }
            super::eval::Exit::Return(r) => {
                Err(PyErr::with_args(&exceptions::STOP_ITERATION, vec![r]))
            }
        };
    }
    match attrs::next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(&exceptions::STOP_ITERATION, vec![])),
        },
    }
}

fn bi_abs(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_arg("abs", args)?;
    ops::abs(&args[0])
}

fn minmax(
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    op: crate::object::CompareOp,
) -> PyResult<Value> {
    let n = pos(args, kwnames);
    let key = kw_get(args, kwnames, "key")
        .filter(|k| !singletons::is_none(k))
        .cloned();
    let default = kw_get(args, kwnames, "default").cloned();
    let items = if n == 1 {
        collect(&args[0])?
    } else {
        args[..n].to_vec()
    };
    if n == 0 {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => call_object(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if ops::richcompare_bool(&k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| {
            PyErr::new(&VALUE_ERROR, format!("{name}() iterable argument is empty"))
        }),
    }
}

fn bi_min(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(args, kw, "min", crate::object::CompareOp::Lt)
}
fn bi_max(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(args, kw, "max", crate::object::CompareOp::Gt)
}

fn bi_sum(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = pos(args, kwnames);
    let mut acc = if n > 1 {
        args[1].clone()
    } else {
        kw_get(args, kwnames, "start")
            .cloned()
            .unwrap_or_else(|| int::from_i64(0))
    };
    for x in collect(&args[0])? {
        acc = ops::binary_op(&acc, &x, crate::object::BinOp::Add)?;
    }
    Ok(acc)
}

fn bi_sorted(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let items = collect(&args[0])?;
    let l = list::new(items);
    list_sort(std::slice::from_ref(&l), &args[1..], kwnames)?;
    Ok(l)
}

fn bi_getattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match attrs::getattr(&args[0], &args[1]) {
        Ok(v) => Ok(v),
        Err(e) if args.len() > 2 && e.matches(&exceptions::ATTRIBUTE_ERROR) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}
fn bi_setattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    attrs::setattr(&args[0], &args[1], Some(&args[2]))?;
    Ok(singletons::none())
}
fn bi_delattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    attrs::setattr(&args[0], &args[1], None)?;
    Ok(singletons::none())
}
fn bi_hasattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match attrs::getattr(&args[0], &args[1]) {
        Ok(_) => Ok(singletons::true_()),
        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => Ok(singletons::false_()),
        Err(e) => Err(e),
    }
}
fn bi_id(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_u64(crate::types::object::address(&args[0]) as u64))
}
fn bi_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(ops::hash(&args[0])?))
}
fn bi_callable(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(singletons::bool(
        args[0].type_of().slots.call.is_some() || args[0].downcast::<TypeObject>().is_some(),
    ))
}
fn bi_chr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = args[0]
        .as_small_int()
        .ok_or_else(|| type_error("an integer is required"))?;
    if !(0..=0x10ffff).contains(&i) {
        return Err(PyErr::new(&VALUE_ERROR, "chr() arg not in range(0x110000)"));
    }
    Ok(pystr::char_str(i as u32))
}
fn bi_ord(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = args[0]
        .downcast::<crate::types::str::StrObject>()
        .ok_or_else(|| {
            type_error(format!(
                "ord() expected string of length 1, but {} found",
                args[0].type_of().name
            ))
        })?;
    let cps: Vec<u32> = s.code_points().collect();
    if cps.len() != 1 {
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            cps.len()
        )));
    }
    Ok(int::from_i64(i64::from(cps[0])))
}
fn bi_divmod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::divmod(&args[0], &args[1])
}
fn bi_pow(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() == 3 {
        return ops::pow3(&args[0], &args[1], &args[2]);
    }
    ops::binary_op(&args[0], &args[1], crate::object::BinOp::Pow)
}
fn bi_round(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(f) = float::as_f64(&args[0]) {
        if args.len() < 2 || singletons::is_none(&args[1]) {
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            return float::to_int(r);
        }
        let nd = args[1].as_small_int().unwrap_or(0);
        let m = 10f64.powi(nd as i32);
        let x = (f * m).round() / m;
        return Ok(float::new(x));
    }
    Ok(args[0].clone())
}
fn bi_any(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = attrs::iter(&args[0])?;
    while let Some(x) = attrs::next(&it)? {
        if ops::truthy(&x)? {
            return Ok(singletons::true_());
        }
    }
    Ok(singletons::false_())
}
fn bi_all(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = attrs::iter(&args[0])?;
    while let Some(x) = attrs::next(&it)? {
        if !ops::truthy(&x)? {
            return Ok(singletons::false_());
        }
    }
    Ok(singletons::true_())
}
fn bi_build_class(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = pos(args, kwnames);
    let func = &args[0];
    let name = pystr::to_string_lossy(&args[1]);
    let bases = args[2..n].to_vec();
    let ns = dict::new();
    let f = func
        .downcast::<FunctionObject>()
        .ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let code = f.code.clone();
    let cell = super::run_class_body(func, code, &ns)?;
    let metaclass = kw_get(args, kwnames, "metaclass").cloned();
    let cls = match metaclass {
        Some(m) if !m.is(&TYPE_TYPE.as_value()) => {
            call_object(&m, &[args[1].clone(), tuple::new(bases), ns.clone()], &[])?
        }
        _ => classes::new_class(&name, bases, &ns)?,
    };
    if let Some(c) = cell {
        if let Some(c) = c.downcast::<objects::CellObject>() {
            c.set(cls.clone());
        }
    }
    Ok(cls)
}
fn bi_globals(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::new(&SYSTEM_ERROR, "globals() is not supported yet"))
}
fn bi_format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let spec = args.get(1).map(pystr::to_string_lossy).unwrap_or_default();
    format(&args[0], &spec)
}
fn bi_ascii(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ascii(&args[0])
}
fn bi_vars(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    getattr_str(&args[0], "__dict__")
}
fn bi_exit(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::with_args(&exceptions::SYSTEM_EXIT, args.to_vec()))
}

fn int_text(v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let i = match v.type_of().slots.index {
        Some(f) => f(v)?,
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_of().name
            )))
        }
    };
    let t = s(&ops::str(&i)?);
    let (neg, mag) = match t.strip_prefix('-') {
        Some(m) => (true, m.to_string()),
        None => (false, t),
    };
    let n: u128 = mag.parse().unwrap_or(0);
    let digits = match radix {
        16 => format!("{n:x}"),
        8 => format!("{n:o}"),
        _ => format!("{n:b}"),
    };
    Ok(pystr::new(&format!(
        "{}{prefix}{digits}",
        if neg { "-" } else { "" }
    )))
}
fn bi_hex(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_text(&a[0], 16, "0x")
}
fn bi_oct(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_text(&a[0], 8, "0o")
}
fn bi_bin(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    int_text(&a[0], 2, "0b")
}
fn bi_dir(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(r) = crate::interp::introspect::module_dir(&a[0]) {
        return r;
    }
    let mut names: Vec<String> = Vec::new();
    if let Some(d) = attrs::instance_dict(&a[0]) {
        names.extend(attrs::dict_items(&d).iter().map(|(k, _)| s(k)));
    }
    if let Some(m) = a[0].downcast::<objects::ModuleObject>() {
        names.extend(attrs::dict_items(&m.dict).iter().map(|(k, _)| s(k)));
    }
    let ty = match a[0].downcast::<TypeObject>() {
        Some(t) => t,
        None => a[0].type_of(),
    };
    for t in tuple::items(ty.mro()) {
        if let Some(t) = t.downcast::<TypeObject>() {
            if let Some(d) = t.dict_if_created() {
                names.extend(attrs::dict_items(d).iter().map(|(k, _)| s(k)));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(list::new(names.iter().map(|n| pystr::new(n)).collect()))
}

/// Compiles `source` (str or code object) for `exec`/`eval`.
fn source_code(src: &Value, eval: bool) -> PyResult<std::sync::Arc<objects::Code>> {
    if let Some(c) = src.downcast::<objects::CodeObj>() {
        return Ok(c.code.clone());
    }
    let text = s(src);
    let syntax =
        |e: taipan_syntax::SyntaxError| crate::interp::modules::syntax_error(&e, "<string>", &text);
    let (module, mode) = if eval {
        (
            taipan_syntax::parser::parse_expression(text.trim_start()).map_err(syntax)?,
            taipan_compiler::Mode::Eval,
        )
    } else {
        (
            taipan_syntax::parser::parse_module(&text).map_err(syntax)?,
            taipan_compiler::Mode::Exec,
        )
    };
    let code = taipan_compiler::compile(&module, "<string>", mode).map_err(syntax)?;
    objects::Code::from_compiled(&code)
}

/// `exec`/`eval` with explicit (or the caller's) namespaces.
pub fn exec_eval(
    args: &[Value],
    eval: bool,
    frame_globals: Option<&Value>,
    frame_locals: Option<&Value>,
) -> PyResult<Value> {
    let code = source_code(&args[0], eval)?;
    let globals = match args.get(1).filter(|g| !singletons::is_none(g)) {
        Some(g) => g.clone(),
        None => frame_globals.cloned().unwrap_or_else(dict::new),
    };
    let locals = match args.get(2).filter(|l| !singletons::is_none(l)) {
        Some(l) => Some(l.clone()),
        None if args.get(1).is_some_and(|g| !singletons::is_none(g)) => None,
        None => frame_locals.cloned(),
    };
    let r = super::run_code(code, &globals, locals.as_ref())?;
    Ok(if eval { r } else { singletons::none() })
}
fn bi_exec(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    exec_eval(a, false, None, None)
}
fn bi_eval(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    exec_eval(a, true, None, None)
}
fn bi_compile(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    let mode = a
        .get(2)
        .filter(|_| n > 2)
        .cloned()
        .or_else(|| kw_get(a, k, "mode").cloned())
        .map(|m| s(&m))
        .unwrap_or_else(|| "exec".into());
    let filename = a
        .get(1)
        .filter(|_| n > 1)
        .map(s)
        .unwrap_or_else(|| "<string>".into());
    let text = s(&a[0]);
    let syntax =
        |e: taipan_syntax::SyntaxError| crate::interp::modules::syntax_error(&e, &filename, &text);
    let (module, m) = match mode.as_str() {
        "eval" => (
            taipan_syntax::parser::parse_expression(text.trim_start()).map_err(syntax)?,
            taipan_compiler::Mode::Eval,
        ),
        "single" => (
            taipan_syntax::parser::parse_interactive(&text).map_err(syntax)?,
            taipan_compiler::Mode::Single,
        ),
        "exec" => (
            taipan_syntax::parser::parse_module(&text).map_err(syntax)?,
            taipan_compiler::Mode::Exec,
        ),
        _ => {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let code = taipan_compiler::compile(&module, &filename, m).map_err(syntax)?;
    Ok(objects::new_code(objects::Code::from_compiled(&code)?))
}

fn bi_property(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = pos(args, kwnames);
    let g = |i: usize, name: &str| {
        args.get(i)
            .filter(|_| i < n)
            .cloned()
            .or_else(|| kw_get(args, kwnames, name).cloned())
            .unwrap_or_else(singletons::none)
    };
    Ok(classes::new_property(
        g(0, "fget"),
        g(1, "fset"),
        g(2, "fdel"),
    ))
}
fn bi_classmethod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(classes::new_wrapper(
        &classes::CLASSMETHOD_TYPE,
        args[0].clone(),
    ))
}
fn bi_staticmethod(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(classes::new_wrapper(
        &classes::STATICMETHOD_TYPE,
        args[0].clone(),
    ))
}

// ---------------------------------------------------------------- install
fn add_methods(ty: &'static TypeObject, methods: &[(&'static str, objects::NativeFn)]) {
    let d = ty.dict();
    for (name, f) in methods {
        let _ = dict::set_item(d, pystr::intern(name), objects::native_method(ty, name, *f));
    }
}

fn install_methods() {
    list_methods::install();
    dict_methods::install();
    set_methods::install();
    str_methods::install();
    bytes_methods::install();
    int_methods::install();
    object_methods::install();
}

// ---------------------------------------------------------------- the module

static BUILTINS: OnceLock<Value> = OnceLock::new();

/// The builtins dict (created once; `globals['__builtins__']` wins).
pub fn builtins_dict(globals: &Value) -> PyResult<Value> {
    if let Some(b) = dict::get_item(globals, &pystr::intern("__builtins__"))? {
        if let Some(m) = b.downcast::<objects::ModuleObject>() {
            return Ok(m.dict.clone());
        }
        if b.downcast::<crate::types::dict::DictObject>().is_some() {
            return Ok(b);
        }
    }
    Ok(builtins().clone())
}

pub fn builtins() -> &'static Value {
    BUILTINS.get_or_init(|| {
        crate::types::exceptions::EXC_GETATTR.get_or_init(|| attrs::exc_getattr);
        crate::types::exceptions::EXC_SETATTR.get_or_init(|| attrs::exc_setattr);
        install_methods();
        generators::install_generator_methods();
        crate::interp::complex::install();
        crate::interp::bytearray::install();
        let d = dict::new();
        let set = |k: &str, v: Value| {
            let _ = dict::set_item(&d, pystr::intern(k), v);
        };
        let fns: &[(&'static str, objects::NativeFn)] = &[
            ("print", bi_print),
            ("len", bi_len),
            ("repr", bi_repr),
            ("isinstance", bi_isinstance),
            ("issubclass", bi_issubclass),
            ("iter", bi_iter),
            ("next", bi_next),
            ("abs", bi_abs),
            ("min", bi_min),
            ("max", bi_max),
            ("sum", bi_sum),
            ("sorted", bi_sorted),
            ("getattr", bi_getattr),
            ("setattr", bi_setattr),
            ("delattr", bi_delattr),
            ("hasattr", bi_hasattr),
            ("id", bi_id),
            ("hash", bi_hash),
            ("callable", bi_callable),
            ("chr", bi_chr),
            ("ord", bi_ord),
            ("divmod", bi_divmod),
            ("pow", bi_pow),
            ("round", bi_round),
            ("any", bi_any),
            ("all", bi_all),
            ("__build_class__", bi_build_class),
            ("globals", bi_globals),
            ("format", bi_format),
            ("ascii", bi_ascii),
            ("vars", bi_vars),
            ("exit", bi_exit),
            ("quit", bi_exit),
            ("hex", bi_hex),
            ("oct", bi_oct),
            ("bin", bi_bin),
            ("dir", bi_dir),
            ("exec", bi_exec),
            ("eval", bi_eval),
            ("compile", bi_compile),
            ("locals", bi_globals),
            ("input", bi_input),
            ("__import__", bi_import),
        ];
        for (name, f) in fns {
            set(name, native(name, *f));
        }
        let types: &[&'static TypeObject] = &[
            &OBJECT_TYPE,
            &TYPE_TYPE,
            &crate::types::int::INT_TYPE,
            &crate::types::float::FLOAT_TYPE,
            &crate::types::str::STR_TYPE,
            &crate::types::singletons::BOOL_TYPE,
            &crate::types::list::LIST_TYPE,
            &crate::types::tuple::TUPLE_TYPE,
            &crate::types::dict::DICT_TYPE,
            &crate::types::set::SET_TYPE,
            &crate::types::set::FROZENSET_TYPE,
            &crate::types::bytes::BYTES_TYPE,
            &RANGE_TYPE,
            &ENUMERATE_TYPE,
            &ZIP_TYPE,
            &MAP_TYPE,
            &FILTER_TYPE,
            &REVERSED_TYPE,
            &classes::PROPERTY_TYPE,
            &classes::CLASSMETHOD_TYPE,
            &classes::STATICMETHOD_TYPE,
            &classes::SUPER_TYPE,
            &crate::interp::complex::COMPLEX_TYPE,
            &crate::interp::bytearray::BYTEARRAY_TYPE,
            &objects::SLICE_TYPE,
        ];
        for t in types {
            set(&t.name, t.as_value());
        }
        for t in exceptions::ALL {
            set(&t.name, t.as_value());
        }
        set("None", singletons::none());
        set("True", singletons::true_());
        set("False", singletons::false_());
        set("Ellipsis", singletons::ellipsis());
        set("NotImplemented", singletons::not_implemented());
        set("__name__", pystr::new("builtins"));
        set("__debug__", singletons::true_());
        if let Some(h) = d.header() {
            h.make_immortal();
        }
        d
    })
}

pub fn build_class_fn() -> Value {
    dict::get_item(builtins(), &pystr::intern("__build_class__"))
        .ok()
        .flatten()
        .expect("__build_class__")
}
