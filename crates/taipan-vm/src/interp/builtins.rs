//! The `builtins` module, built-in type constructors, intrinsics and the
//! instructions handled off the hot path.

use std::io::Write;
use std::sync::OnceLock;

use taipan_bytecode::Opcode;

use super::attrs::{self, collect, getattr_str};
use super::objects::{self, native, simple_type, FunctionObject, SliceObject};
use super::{call_object, classes, str_of, type_error};
use crate::error::{PyErr, PyResult};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::exceptions::{self, SYSTEM_ERROR, VALUE_ERROR};
use crate::types::object::{OBJECT_TYPE, TYPE_TYPE};
use crate::types::{dict, float, int, list, set, singletons, str as pystr, tuple};

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
        .cloned()
        .unwrap_or_else(singletons::none);
    let level = args
        .get(4)
        .filter(|_| n > 4)
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
    if classes::is_generator(&args[0]) && args.len() == 1 {
        return match classes::resume(&args[0], singletons::none(), None)? {
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

fn list_sort(args: &[Value], rest: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let _ = rest;
    let all: Vec<Value> = args.iter().chain(rest.iter()).cloned().collect();
    let key = kw_get(&all, kwnames, "key")
        .filter(|k| !singletons::is_none(k))
        .cloned();
    let reverse = match kw_get(&all, kwnames, "reverse") {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    let l = args[0]
        .downcast::<crate::types::list::ListObject>()
        .ok_or_else(|| type_error("sort needs a list"))?;
    let items = l.to_vec();
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => call_object(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    if reverse {
        keyed.reverse();
    }
    let keyed = merge_sort(keyed)?;
    let mut keyed = keyed;
    if reverse {
        keyed.reverse();
    }
    l.clear();
    l.extend(keyed.into_iter().map(|(_, v)| v).collect());
    Ok(singletons::none())
}

/// Stable merge sort comparing `later < earlier` as CPython's timsort does
/// (so mixed-type errors name the operands in CPython's order).
fn merge_sort(mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let lt = |a: &Value, b: &Value| ops::richcompare_bool(a, b, crate::object::CompareOp::Lt);
    if v.len() <= 32 {
        for i in 1..v.len() {
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&v[i].0, &v[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            let item = v.remove(i);
            v.insert(lo, item);
        }
        return Ok(v);
    }
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(v)?;
    let right = merge_sort(right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut li = left.into_iter().peekable();
    let mut ri = right.into_iter().peekable();
    while let (Some(l), Some(r)) = (li.peek(), ri.peek()) {
        if lt(&r.0, &l.0)? {
            out.extend(ri.next());
        } else {
            out.extend(li.next());
        }
    }
    out.extend(li);
    out.extend(ri);
    Ok(out)
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
    let syntax = |e: taipan_syntax::SyntaxError| PyErr::new(&exceptions::SYNTAX_ERROR, &e.msg);
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
    let syntax = |e: taipan_syntax::SyntaxError| {
        let err = PyErr::new(&exceptions::SYNTAX_ERROR, &e.msg);
        attrs::set_exc_attr(&err, "lineno", int::from_i64(i64::from(e.lineno as i32)));
        attrs::set_exc_attr(&err, "msg", pystr::new(&e.msg));
        err
    };
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

// ---------------------------------------------------------------- range

#[repr(C)]
pub struct RangeObject {
    header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for RangeObject {
    fn type_object() -> &'static TypeObject {
        &RANGE_TYPE
    }
}
impl RangeObject {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> usize {
        if self.step > 0 && self.stop > self.start {
            ((self.stop - self.start - 1) / self.step + 1) as usize
        } else if self.step < 0 && self.start > self.stop {
            ((self.start - self.stop - 1) / (-self.step) + 1) as usize
        } else {
            0
        }
    }
}
fn range_repr(v: &Value) -> PyResult<Value> {
    let r = v.downcast::<RangeObject>().expect("range");
    Ok(pystr::new(&if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}
fn range_len(v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<RangeObject>().expect("range").len())
}
fn range_iter(v: &Value) -> PyResult<Value> {
    let r = v.downcast::<RangeObject>().expect("range");
    Ok(Value::from_box(Box::new(RangeIter {
        header: ObjHeader::new(&RANGE_ITER_TYPE),
        next: Cell::new(r.start),
        step: r.step,
        left: Cell::new(r.len()),
    })))
}
fn range_getitem(v: &Value, k: &Value) -> PyResult<Value> {
    let r = v.downcast::<RangeObject>().expect("range");
    let i = k.as_small_int().ok_or_else(|| {
        type_error("range indices must be integers or slices, not ".to_string() + &k.type_of().name)
    })?;
    let n = r.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::new(
            &exceptions::INDEX_ERROR,
            "range object index out of range",
        ));
    }
    Ok(int::from_i64(r.start + j * r.step))
}
fn range_contains(v: &Value, k: &Value) -> PyResult<bool> {
    let r = v.downcast::<RangeObject>().expect("range");
    if let Some(i) = k.as_small_int() {
        let inside = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
        return Ok(inside && (i - r.start) % r.step == 0);
    }
    Ok(false)
}
simple_type!(RANGE_TYPE, "range", RangeObject, {
    repr: Some(range_repr),
    length: Some(range_len),
    iter: Some(range_iter),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
});

pub fn range_slice(r: &RangeObject, s: &SliceObject) -> PyResult<Value> {
    let (start, stop, step, _) = attrs::slice_indices(s, r.len())?;
    Ok(new_range(
        r.start + start * r.step,
        r.start + stop * r.step,
        r.step * step,
    ))
}

fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::from_box(Box::new(RangeObject {
        header: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    }))
}

#[repr(C)]
pub struct RangeIter {
    header: ObjHeader,
    next: Cell<i64>,
    step: i64,
    left: Cell<usize>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for RangeIter {
    fn type_object() -> &'static TypeObject {
        &RANGE_ITER_TYPE
    }
}
fn range_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<RangeIter>().expect("range_iterator");
    let h = PyPayload::header(it);
    if it.left.with(h, |l| *l) == 0 {
        return Ok(None);
    }
    it.left.with(h, |l| *l -= 1);
    let x = it.next.with(h, |n| {
        let x = *n;
        *n += it.step;
        x
    });
    Ok(Some(int::from_i64(x)))
}
simple_type!(RANGE_ITER_TYPE, "range_iterator", RangeIter, {
    iter: Some(crate::types::tuple::self_iter),
    next: Some(range_iter_next),
});

// ---------------------------------------------------------------- generic iterators

/// Iterators implemented by a Rust closure state machine: enumerate, zip,
/// map, filter, reversed, and `__getitem__`-based sequence iteration.
#[repr(C)]
pub struct FnIter {
    header: ObjHeader,
    kind: u8,
    sources: Vec<Value>,
    func: Value,
    index: Cell<i64>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for FnIter {
    fn type_object() -> &'static TypeObject {
        &ENUMERATE_TYPE
    }
    fn accepts(ty: &TypeObject) -> bool {
        [
            &ENUMERATE_TYPE,
            &ZIP_TYPE,
            &MAP_TYPE,
            &FILTER_TYPE,
            &REVERSED_TYPE,
            &SEQ_ITER_TYPE,
            &CALLABLE_ITER_TYPE,
        ]
        .iter()
        .any(|t| std::ptr::eq(*t, ty))
    }
}
fn fn_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<FnIter>().expect("iterator");
    let h = PyPayload::header(it);
    match it.kind {
        0 => {
            let Some(x) = attrs::next(&it.sources[0])? else {
                return Ok(None);
            };
            let i = it.index.with(h, |i| {
                let x = *i;
                *i += 1;
                x
            });
            Ok(Some(tuple::new(vec![int::from_i64(i), x])))
        }
        1 => {
            if it.sources.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::new();
            for s in &it.sources {
                match attrs::next(s)? {
                    Some(x) => out.push(x),
                    None => return Ok(None),
                }
            }
            Ok(Some(tuple::new(out)))
        }
        2 => {
            let mut out = Vec::new();
            for s in &it.sources {
                match attrs::next(s)? {
                    Some(x) => out.push(x),
                    None => return Ok(None),
                }
            }
            call_object(&it.func, &out, &[]).map(Some)
        }
        3 => loop {
            let Some(x) = attrs::next(&it.sources[0])? else {
                return Ok(None);
            };
            let keep = if singletons::is_none(&it.func) {
                ops::truthy(&x)?
            } else {
                ops::truthy(&call_object(&it.func, std::slice::from_ref(&x), &[])?)?
            };
            if keep {
                return Ok(Some(x));
            }
        },
        6 => {
            let v = call_object(&it.sources[0], &[], &[])?;
            if v.is(&it.func) || ops::eq(&v, &it.func)? {
                return Ok(None);
            }
            Ok(Some(v))
        }
        4 => {
            let i = it.index.with(h, |i| {
                *i -= 1;
                *i
            });
            if i < 0 {
                return Ok(None);
            }
            attrs::getitem(&it.sources[0], &int::from_i64(i)).map(Some)
        }
        _ => {
            let i = it.index.with(h, |i| {
                let x = *i;
                *i += 1;
                x
            });
            match attrs::getitem(&it.sources[0], &int::from_i64(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if e.matches(&exceptions::INDEX_ERROR)
                        || e.matches(&exceptions::STOP_ITERATION) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}
macro_rules! iter_type {
    ($id:ident, $name:literal) => {
        simple_type!($id, $name, FnIter, {
            iter: Some(crate::types::tuple::self_iter),
            next: Some(fn_iter_next),
        });
    };
}
iter_type!(ENUMERATE_TYPE, "enumerate");
iter_type!(ZIP_TYPE, "zip");
iter_type!(MAP_TYPE, "map");
iter_type!(FILTER_TYPE, "filter");
iter_type!(REVERSED_TYPE, "reversed");
iter_type!(SEQ_ITER_TYPE, "iterator");
iter_type!(CALLABLE_ITER_TYPE, "callable_iterator");

fn fn_iter(
    ty: &'static TypeObject,
    kind: u8,
    sources: Vec<Value>,
    func: Value,
    index: i64,
) -> Value {
    Value::from_box(Box::new(FnIter {
        header: ObjHeader::new(ty),
        kind,
        sources,
        func,
        index: Cell::new(index),
    }))
}

pub fn seq_iter(v: Value) -> Value {
    fn_iter(&SEQ_ITER_TYPE, 5, vec![v], singletons::none(), 0)
}

// ---------------------------------------------------------------- constructors

fn int_of(v: &Value) -> PyResult<Value> {
    if let Some(s) = pystr::as_str(v) {
        let t = s.trim().replace('_', "");
        return int::from_str(&t, 10).map_err(|_| {
            PyErr::new(
                &VALUE_ERROR,
                format!(
                    "invalid literal for int() with base 10: {}",
                    pystr::to_string_lossy(&ops::repr(v).unwrap_or_else(|_| pystr::empty()))
                ),
            )
        });
    }
    if let Some(f) = float::as_f64(v) {
        return float::to_int(f);
    }
    if int::as_int(v).is_some() {
        return int::to_exact_int(v);
    }
    if let Some(f) = v.type_of().slots.int {
        return f(v);
    }
    if let Ok(Some(r)) = attrs::lookup_special(v, "__int__").map(|o| o.map(|f| attrs::bind(f, v))) {
        return call_object(&r?, &[], &[]);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        v.type_of().name
    )))
}

fn float_of(v: &Value) -> PyResult<Value> {
    if let Some(s) = pystr::as_str(v) {
        let t = s.trim().to_ascii_lowercase();
        let x = match t.as_str() {
            "inf" | "+inf" | "infinity" => f64::INFINITY,
            "-inf" | "-infinity" => f64::NEG_INFINITY,
            "nan" | "+nan" | "-nan" => f64::NAN,
            _ => t.replace('_', "").parse::<f64>().map_err(|_| {
                PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "could not convert string to float: {}",
                        pystr::to_string_lossy(&ops::repr(v).unwrap_or_else(|_| pystr::empty()))
                    ),
                )
            })?,
        };
        return Ok(float::new(x));
    }
    if let Some(f) = float::as_f64(v) {
        return Ok(float::new(f));
    }
    if let Some(i) = int::as_int(v) {
        return Ok(float::new(i.to_f64()?));
    }
    if let Some(f) = v.type_of().slots.float {
        return f(v);
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        v.type_of().name
    )))
}

/// Calls of the built-in types.
pub fn construct_builtin(
    callable: &Value,
    ty: &TypeObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let n = pos(args, kwnames);
    let a = &args[..n];
    let t = |x: &TypeObject| std::ptr::eq(ty, x);
    if t(&TYPE_TYPE) {
        if a.len() == 1 {
            return Ok(a[0].type_of().as_value());
        }
        if a.len() == 3 {
            let name = pystr::to_string_lossy(&a[0]);
            return classes::new_class(&name, collect(&a[1])?, &a[2]);
        }
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    if t(&crate::types::int::INT_TYPE) {
        return match a.len() {
            0 => Ok(int::from_i64(0)),
            1 => int_of(&a[0]),
            _ => {
                let base = a[1].as_small_int().unwrap_or(10) as u32;
                int::from_str(pystr::as_str(&a[0]).unwrap_or("").trim(), base)
            }
        };
    }
    if t(&crate::types::float::FLOAT_TYPE) {
        return if a.is_empty() {
            Ok(float::new(0.0))
        } else {
            float_of(&a[0])
        };
    }
    if t(&crate::types::str::STR_TYPE) {
        return if a.is_empty() {
            Ok(pystr::empty())
        } else {
            ops::str(&a[0])
        };
    }
    if t(&crate::types::singletons::BOOL_TYPE) {
        return if a.is_empty() {
            Ok(singletons::false_())
        } else {
            Ok(singletons::bool(ops::truthy(&a[0])?))
        };
    }
    if t(&crate::types::list::LIST_TYPE) {
        return Ok(list::new(if a.is_empty() {
            Vec::new()
        } else {
            collect(&a[0])?
        }));
    }
    if t(&crate::types::tuple::TUPLE_TYPE) {
        return Ok(tuple::new(if a.is_empty() {
            Vec::new()
        } else {
            collect(&a[0])?
        }));
    }
    if t(&crate::types::set::SET_TYPE) {
        return set::new_set(if a.is_empty() {
            Vec::new()
        } else {
            collect(&a[0])?
        });
    }
    if t(&crate::types::set::FROZENSET_TYPE) {
        return set::new_frozenset(if a.is_empty() {
            Vec::new()
        } else {
            collect(&a[0])?
        });
    }
    if t(&crate::types::dict::DICT_TYPE) {
        let d = dict::new();
        if let Some(src) = a.first() {
            if src.downcast::<crate::types::dict::DictObject>().is_some()
                || getattr_str(src, "keys").is_ok()
            {
                attrs::dict_update(&d, src, None)?;
            } else {
                for pair in collect(src)? {
                    let kv = collect(&pair)?;
                    if kv.len() != 2 {
                        return Err(PyErr::new(&VALUE_ERROR, format!("dictionary update sequence element #0 has length {}; 2 is required", kv.len())));
                    }
                    dict::set_item(&d, kv[0].clone(), kv[1].clone())?;
                }
            }
        }
        for (k, v) in kwnames.iter().zip(&args[n..]) {
            dict::set_item(&d, k.clone(), v.clone())?;
        }
        return Ok(d);
    }
    if t(&RANGE_TYPE) {
        let g = |v: &Value| {
            v.as_small_int().ok_or_else(|| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_of().name
                ))
            })
        };
        let (start, stop, step) = match a.len() {
            1 => (0, g(&a[0])?, 1),
            2 => (g(&a[0])?, g(&a[1])?, 1),
            3 => (g(&a[0])?, g(&a[1])?, g(&a[2])?),
            0 => return Err(type_error("range expected at least 1 argument, got 0")),
            k => {
                return Err(type_error(format!(
                    "range expected at most 3 arguments, got {k}"
                )))
            }
        };
        if step == 0 {
            return Err(PyErr::new(&VALUE_ERROR, "range() arg 3 must not be zero"));
        }
        return Ok(new_range(start, stop, step));
    }
    let need = |lo: usize, hi: usize, msg: String| -> PyResult<()> {
        if a.len() < lo || a.len() > hi {
            return Err(type_error(msg));
        }
        Ok(())
    };
    if t(&ENUMERATE_TYPE) {
        need(
            1,
            2,
            "enumerate() missing required argument 'iterable'".to_string(),
        )?;
        let start = a
            .get(1)
            .or_else(|| kw_get(args, kwnames, "start"))
            .and_then(Value::as_small_int)
            .unwrap_or(0);
        return Ok(fn_iter(
            &ENUMERATE_TYPE,
            0,
            vec![attrs::iter(&a[0])?],
            singletons::none(),
            start,
        ));
    }
    if t(&ZIP_TYPE) {
        let its = a.iter().map(attrs::iter).collect::<PyResult<Vec<_>>>()?;
        return Ok(fn_iter(&ZIP_TYPE, 1, its, singletons::none(), 0));
    }
    if t(&MAP_TYPE) {
        need(
            2,
            usize::MAX,
            "map() must have at least two arguments.".to_string(),
        )?;
        let its = a[1..]
            .iter()
            .map(attrs::iter)
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(fn_iter(&MAP_TYPE, 2, its, a[0].clone(), 0));
    }
    if t(&FILTER_TYPE) {
        need(
            2,
            2,
            format!("filter expected 2 arguments, got {}", a.len()),
        )?;
        return Ok(fn_iter(
            &FILTER_TYPE,
            3,
            vec![attrs::iter(&a[1])?],
            a[0].clone(),
            0,
        ));
    }
    if t(&REVERSED_TYPE) {
        need(
            1,
            1,
            format!("reversed expected 1 argument, got {}", a.len()),
        )?;
        if let Some(f) = attrs::lookup_special(&a[0], "__reversed__")? {
            return call_object(&attrs::bind(f, &a[0])?, &[], &[]);
        }
        let len = ops::len(&a[0])? as i64;
        return Ok(fn_iter(
            &REVERSED_TYPE,
            4,
            vec![a[0].clone()],
            singletons::none(),
            len,
        ));
    }
    if t(&OBJECT_TYPE) {
        return Ok(Value::from_box(Box::new(classes::InstanceObject::plain())));
    }
    if t(&super::bytearray::BYTEARRAY_TYPE) {
        return super::bytearray::construct(a);
    }
    if t(&crate::types::bytes::BYTES_TYPE) {
        return bytes_of(a);
    }
    if t(&super::complex::COMPLEX_TYPE) {
        return super::complex::construct(a);
    }
    if t(&objects::SLICE_TYPE) {
        let none = singletons::none;
        return match a.len() {
            1 => Ok(objects::new_slice(none(), a[0].clone(), none())),
            2 => Ok(objects::new_slice(a[0].clone(), a[1].clone(), none())),
            3 => Ok(objects::new_slice(a[0].clone(), a[1].clone(), a[2].clone())),
            k => Err(type_error(format!(
                "slice expected at least 1 argument, got {k}"
            ))),
        };
    }
    if t(&classes::SUPER_TYPE) {
        if a.len() == 2 {
            return classes::new_super(a[0].clone(), a[1].clone());
        }
        return Err(PyErr::new(
            &exceptions::RUNTIME_ERROR,
            "super(): no arguments",
        ));
    }
    if t(&classes::PROPERTY_TYPE) {
        return bi_property(args, kwnames);
    }
    if t(&classes::CLASSMETHOD_TYPE) {
        return bi_classmethod(args, kwnames);
    }
    if t(&classes::STATICMETHOD_TYPE) {
        return bi_staticmethod(args, kwnames);
    }
    if ty.is_subtype_of(&exceptions::BASE_EXCEPTION) {
        // Static exception types: `ValueError("x")`.
        let _ = callable;
        return Ok(exceptions::new_exception_of(ty, a.to_vec()));
    }
    Err(type_error(format!("cannot create '{}' instances", ty.name)))
}

// ---------------------------------------------------------------- methods of built-in types

fn m_list_append(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::list_append(&a[0], a[1].clone())?;
    Ok(singletons::none())
}
fn m_list_extend(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::list_extend(&a[0], &a[1])?;
    Ok(singletons::none())
}
fn m_list_pop(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    if l.is_empty() {
        return Err(PyErr::new(&exceptions::INDEX_ERROR, "pop from empty list"));
    }
    l.pop(a.get(1).and_then(Value::as_small_int).unwrap_or(-1))
}
fn m_list_insert(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    l.insert(a[1].as_small_int().unwrap_or(0), a[2].clone());
    Ok(singletons::none())
}
fn m_list_sort(a: &[Value], k: &[Value]) -> PyResult<Value> {
    list_sort(&a[..1], &a[1..], k)
}
fn m_list_reverse(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    let mut v = l.to_vec();
    v.reverse();
    l.clear();
    l.extend(v);
    Ok(singletons::none())
}
fn m_list_index(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    for (i, x) in collect(&a[0])?.iter().enumerate() {
        if x.is(&a[1]) || ops::eq(x, &a[1])? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(PyErr::new(
        &VALUE_ERROR,
        format!(
            "{} is not in list",
            pystr::to_string_lossy(&ops::repr(&a[1])?)
        ),
    ))
}
fn m_count(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(t) = pystr::as_str(&a[0]) {
        let sub = s(&a[1]);
        if sub.is_empty() {
            return Ok(int::from_i64(t.chars().count() as i64 + 1));
        }
        return Ok(int::from_i64(t.matches(sub.as_str()).count() as i64));
    }
    let mut n = 0;
    for x in collect(&a[0])? {
        if x.is(&a[1]) || ops::eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}
fn m_list_remove(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let l = a[0]
        .downcast::<crate::types::list::ListObject>()
        .expect("list");
    let mut v = l.to_vec();
    for i in 0..v.len() {
        if v[i].is(&a[1]) || ops::eq(&v[i], &a[1])? {
            v.remove(i);
            l.clear();
            l.extend(v);
            return Ok(singletons::none());
        }
    }
    Err(PyErr::new(&VALUE_ERROR, "list.remove(x): x not in list"))
}
fn m_list_copy(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(collect(&a[0])?))
}
fn m_list_copy_set(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(&a[..1], |_, _| true, true)
}
fn m_clear(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(l) = a[0].downcast::<crate::types::list::ListObject>() {
        l.clear();
    } else if let Some(d) = a[0].downcast::<crate::types::dict::DictObject>() {
        d.clear();
    } else if let Some(s) = a[0].downcast::<crate::types::set::SetObject>() {
        s.clear();
    }
    Ok(singletons::none())
}
fn m_dict_get(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(dict::get_item(&a[0], &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(singletons::none)))
}
fn m_dict_keys(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(
        attrs::dict_items(&a[0])
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
    ))
}
fn m_dict_values(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(
        attrs::dict_items(&a[0])
            .into_iter()
            .map(|(_, v)| v)
            .collect(),
    ))
}
fn m_dict_items(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(
        attrs::dict_items(&a[0])
            .into_iter()
            .map(|(k, v)| tuple::new(vec![k, v]))
            .collect(),
    ))
}
fn m_dict_pop(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = a[0]
        .downcast::<crate::types::dict::DictObject>()
        .expect("dict");
    match d.pop_item(&a[1])? {
        Some(v) => Ok(v),
        None => a
            .get(2)
            .cloned()
            .ok_or_else(|| PyErr::with_args(&exceptions::KEY_ERROR, vec![a[1].clone()])),
    }
}
fn m_dict_setdefault(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(v) = dict::get_item(&a[0], &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or_else(singletons::none);
    dict::set_item(&a[0], a[1].clone(), v.clone())?;
    Ok(v)
}
fn m_dict_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    if n > 1 {
        if a[1].downcast::<crate::types::dict::DictObject>().is_some()
            || getattr_str(&a[1], "keys").is_ok()
        {
            attrs::dict_update(&a[0], &a[1], None)?;
        } else {
            for (i, pair) in collect(&a[1])?.into_iter().enumerate() {
                let kv = collect(&pair)?;
                if kv.len() != 2 {
                    return Err(PyErr::new(
                        &VALUE_ERROR,
                        format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            kv.len()
                        ),
                    ));
                }
                dict::set_item(&a[0], kv[0].clone(), kv[1].clone())?;
            }
        }
    }
    for (key, v) in k.iter().zip(&a[n..]) {
        dict::set_item(&a[0], key.clone(), v.clone())?;
    }
    Ok(singletons::none())
}
fn m_dict_copy(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = dict::new();
    attrs::dict_update(&d, &a[0], None)?;
    Ok(d)
}
fn m_set_add(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::set_add(&a[0], a[1].clone())?;
    Ok(singletons::none())
}
fn m_set_discard(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    a[0].downcast::<crate::types::set::SetObject>()
        .expect("set")
        .discard(&a[1])?;
    Ok(singletons::none())
}
fn m_set_remove(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    a[0].downcast::<crate::types::set::SetObject>()
        .expect("set")
        .remove(&a[1])?;
    Ok(singletons::none())
}
fn s(v: &Value) -> String {
    pystr::to_string_lossy(v)
}
fn m_str_join(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sep = s(&a[0]);
    let mut parts = Vec::new();
    for (i, x) in collect(&a[1])?.iter().enumerate() {
        if pystr::as_str(x).is_none() && !x.type_of().is_subtype_of(&crate::types::str::STR_TYPE) {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                x.type_of().name
            )));
        }
        parts.push(s(x));
    }
    Ok(pystr::new(&parts.join(&sep)))
}
fn m_str_split(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let text = s(&a[0]);
    let n = a.len() - k.len();
    let sep = a
        .get(1)
        .filter(|_| n > 1)
        .cloned()
        .or_else(|| kw_get(a, k, "sep").cloned())
        .filter(|v| !singletons::is_none(v));
    let maxsplit = a
        .get(2)
        .filter(|_| n > 2)
        .cloned()
        .or_else(|| kw_get(a, k, "maxsplit").cloned())
        .and_then(|v| v.as_small_int())
        .unwrap_or(-1);
    let parts: Vec<Value> = match sep {
        None => {
            if maxsplit < 0 {
                text.split_whitespace().map(pystr::new).collect()
            } else {
                let mut out = Vec::new();
                let mut rest = text.trim_start();
                let mut count = 0;
                while !rest.is_empty() {
                    if count == maxsplit {
                        out.push(pystr::new(rest));
                        break;
                    }
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(pystr::new(&rest[..end]));
                    rest = rest[end..].trim_start();
                    count += 1;
                }
                out
            }
        }
        Some(sp) => {
            let sp = s(&sp);
            if sp.is_empty() {
                return Err(PyErr::new(&VALUE_ERROR, "empty separator"));
            }
            if maxsplit < 0 {
                text.split(sp.as_str()).map(pystr::new).collect()
            } else {
                text.splitn(maxsplit as usize + 1, sp.as_str())
                    .map(pystr::new)
                    .collect()
            }
        }
    };
    Ok(list::new(parts))
}
fn m_str_strip(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(
        match a.get(1).filter(|v| !singletons::is_none(v)) {
            Some(c) => {
                let cs: Vec<char> = s(c).chars().collect();
                t.trim_matches(|ch| cs.contains(&ch)).to_string()
            }
            None => t.trim().to_string(),
        }
        .as_str(),
    ))
}
fn m_str_lstrip(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(
        match a.get(1).filter(|v| !singletons::is_none(v)) {
            Some(c) => {
                let cs: Vec<char> = s(c).chars().collect();
                t.trim_start_matches(|ch| cs.contains(&ch)).to_string()
            }
            None => t.trim_start().to_string(),
        }
        .as_str(),
    ))
}
fn m_str_rstrip(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(
        match a.get(1).filter(|v| !singletons::is_none(v)) {
            Some(c) => {
                let cs: Vec<char> = s(c).chars().collect();
                t.trim_end_matches(|ch| cs.contains(&ch)).to_string()
            }
            None => t.trim_end().to_string(),
        }
        .as_str(),
    ))
}
fn m_str_upper(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(&s(&a[0]).to_uppercase()))
}
fn m_str_lower(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(&s(&a[0]).to_lowercase()))
}
fn m_str_replace(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match a.get(3).and_then(Value::as_small_int) {
        Some(n) if n >= 0 => Ok(pystr::new(&s(&a[0]).replacen(
            &s(&a[1]),
            &s(&a[2]),
            n as usize,
        ))),
        _ => Ok(pystr::new(&s(&a[0]).replace(&s(&a[1]), &s(&a[2])))),
    }
}
fn m_str_startswith(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    if a[1]
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        return Ok(singletons::bool(
            tuple::items(&a[1]).iter().any(|p| t.starts_with(&s(p))),
        ));
    }
    Ok(singletons::bool(t.starts_with(&s(&a[1]))))
}
fn m_str_endswith(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    if a[1]
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        return Ok(singletons::bool(
            tuple::items(&a[1]).iter().any(|p| t.ends_with(&s(p))),
        ));
    }
    Ok(singletons::bool(t.ends_with(&s(&a[1]))))
}
fn m_str_find(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(int::from_i64(match t.find(&s(&a[1])) {
        Some(b) => t[..b].chars().count() as i64,
        None => -1,
    }))
}
fn m_str_format(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let n = a.len() - k.len();
    let mut out = String::new();
    let mut auto = 1;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' {
            if chars.peek() == Some(&'{') {
                chars.next();
                out.push('{');
                continue;
            }
            let mut field = String::new();
            for d in chars.by_ref() {
                if d == '}' {
                    break;
                }
                field.push(d);
            }
            let (name, spec) = match field.split_once(':') {
                Some((x, y)) => (x.to_string(), y.to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name.split_once('!') {
                Some((x, y)) => (x.to_string(), y.to_string()),
                None => (name, String::new()),
            };
            let v = if name.is_empty() {
                let v = a.get(auto).filter(|_| auto < n).cloned().ok_or_else(|| {
                    PyErr::new(
                        &exceptions::INDEX_ERROR,
                        format!(
                            "Replacement index {} out of range for positional args tuple",
                            auto - 1
                        ),
                    )
                })?;
                auto += 1;
                v
            } else if let Ok(i) = name.parse::<usize>() {
                a.get(i + 1).filter(|_| i + 1 < n).cloned().ok_or_else(|| {
                    PyErr::new(
                        &exceptions::INDEX_ERROR,
                        format!("Replacement index {i} out of range for positional args tuple"),
                    )
                })?
            } else {
                let (base, attr) = match name.split_once('.') {
                    Some((x, y)) => (x.to_string(), Some(y.to_string())),
                    None => (name.clone(), None),
                };
                let v = kw_get(a, k, &base).cloned().ok_or_else(|| {
                    PyErr::with_args(&exceptions::KEY_ERROR, vec![pystr::new(&base)])
                })?;
                match attr {
                    Some(at) => getattr_str(&v, &at)?,
                    None => v,
                }
            };
            let v = match conv.as_str() {
                "r" => ops::repr(&v)?,
                "s" => ops::str(&v)?,
                _ => v,
            };
            out.push_str(&s(&format(&v, &spec)?));
        } else if c == '}' {
            if chars.peek() == Some(&'}') {
                chars.next();
            }
            out.push('}');
        } else {
            out.push(c);
        }
    }
    Ok(pystr::new(&out))
}
fn m_str_isdigit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()),
    ))
}
fn m_str_isalpha(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        !t.is_empty() && t.chars().all(char::is_alphabetic),
    ))
}
fn m_str_encode(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(crate::types::bytes::new(s(&a[0]).as_bytes()))
}

fn m_str_rsplit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let text = s(&a[0]);
    let n = a.len() - k.len();
    let sep = a
        .get(1)
        .filter(|_| n > 1)
        .cloned()
        .or_else(|| kw_get(a, k, "sep").cloned())
        .filter(|v| !singletons::is_none(v));
    let maxsplit = a
        .get(2)
        .filter(|_| n > 2)
        .cloned()
        .or_else(|| kw_get(a, k, "maxsplit").cloned())
        .and_then(|v| v.as_small_int())
        .unwrap_or(-1);
    let mut parts: Vec<String> = match sep {
        None => {
            let mut v: Vec<String> = text.split_whitespace().map(str::to_string).collect();
            if maxsplit >= 0 && v.len() > maxsplit as usize + 1 {
                let keep = v.split_off(v.len() - maxsplit as usize);
                let head = text.trim_end();
                let mut cut = head.len();
                for _ in 0..maxsplit {
                    let t = head[..cut].trim_end();
                    cut = t.rfind(char::is_whitespace).map_or(0, |i| i);
                }
                let mut out = vec![head[..cut].trim().to_string()];
                out.extend(keep);
                return Ok(list::new(out.iter().map(|x| pystr::new(x)).collect()));
            }
            v
        }
        Some(sp) => {
            let sp = s(&sp);
            if maxsplit < 0 {
                text.split(sp.as_str()).map(str::to_string).collect()
            } else {
                let mut v: Vec<String> = text
                    .rsplitn(maxsplit as usize + 1, sp.as_str())
                    .map(str::to_string)
                    .collect();
                v.reverse();
                v
            }
        }
    };
    parts.retain(|_| true);
    Ok(list::new(parts.iter().map(|x| pystr::new(x)).collect()))
}
fn m_str_rfind(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(int::from_i64(match t.rfind(&s(&a[1])) {
        Some(b) => t[..b].chars().count() as i64,
        None => -1,
    }))
}
fn m_str_index(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let r = m_str_find(a, k)?;
    if r.as_small_int() == Some(-1) {
        return Err(PyErr::new(&VALUE_ERROR, "substring not found"));
    }
    Ok(r)
}
fn m_str_partition(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let sep = s(&a[1]);
    Ok(match t.split_once(sep.as_str()) {
        Some((x, y)) => tuple::new(vec![pystr::new(x), pystr::new(&sep), pystr::new(y)]),
        None => tuple::new(vec![pystr::new(&t), pystr::empty(), pystr::empty()]),
    })
}
fn m_str_rpartition(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let sep = s(&a[1]);
    Ok(match t.rsplit_once(sep.as_str()) {
        Some((x, y)) => tuple::new(vec![pystr::new(x), pystr::new(&sep), pystr::new(y)]),
        None => tuple::new(vec![pystr::empty(), pystr::empty(), pystr::new(&t)]),
    })
}
fn str_pred(a: &[Value], f: fn(char) -> bool) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(!t.is_empty() && t.chars().all(f)))
}
fn m_str_isdecimal(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    str_pred(a, |c| c.is_numeric())
}
fn m_str_isalnum(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    str_pred(a, char::is_alphanumeric)
}
fn m_str_isspace(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    str_pred(a, char::is_whitespace)
}
fn m_str_isupper(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
    ))
}
fn m_str_islower(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
    ))
}
fn m_str_capitalize(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let mut c = t.chars();
    Ok(pystr::new(&match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
        None => String::new(),
    }))
}
fn m_str_title(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev = false;
    for ch in s(&a[0]).chars() {
        if ch.is_alphabetic() {
            if prev {
                out.extend(ch.to_lowercase());
            } else {
                out.extend(ch.to_uppercase());
            }
            prev = true;
        } else {
            out.push(ch);
            prev = false;
        }
    }
    Ok(pystr::new(&out))
}
fn m_str_swapcase(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(
        &s(&a[0])
            .chars()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<String>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect::<String>(),
    ))
}
fn pad(a: &[Value], how: char) -> PyResult<Value> {
    let t = s(&a[0]);
    let w = a.get(1).and_then(Value::as_small_int).unwrap_or(0).max(0) as usize;
    let fill = a
        .get(2)
        .map(s)
        .and_then(|f| f.chars().next())
        .unwrap_or(' ');
    let n = t.chars().count();
    if n >= w {
        return Ok(a[0].clone());
    }
    let p = w - n;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(pystr::new(&match how {
        '<' => t + &f(p),
        '>' => f(p) + &t,
        _ => {
            let left = p / 2 + (p & w & 1);
            f(left) + &t + &f(p - left)
        }
    }))
}
fn m_str_ljust(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pad(a, '<')
}
fn m_str_rjust(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pad(a, '>')
}
fn m_str_center(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pad(a, '^')
}
fn m_str_zfill(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let w = a.get(1).and_then(Value::as_small_int).unwrap_or(0).max(0) as usize;
    let n = t.chars().count();
    if n >= w {
        return Ok(a[0].clone());
    }
    let (sign, rest) = if t.starts_with('-') || t.starts_with('+') {
        t.split_at(1)
    } else {
        ("", t.as_str())
    };
    Ok(pystr::new(&format!("{sign}{}{rest}", "0".repeat(w - n))))
}
fn m_str_splitlines(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(s(&a[0]).lines().map(pystr::new).collect()))
}
fn m_str_removeprefix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(t.strip_prefix(s(&a[1]).as_str()).unwrap_or(&t)))
}
fn m_str_removesuffix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(t.strip_suffix(s(&a[1]).as_str()).unwrap_or(&t)))
}
fn m_bytes_decode(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let b = crate::types::bytes::as_bytes(&a[0]).unwrap_or(&[]);
    match std::str::from_utf8(b) {
        Ok(t) => Ok(pystr::new(t)),
        Err(e) => Err(PyErr::new(
            &exceptions::UNICODE_DECODE_ERROR,
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                b[e.valid_up_to()],
                e.valid_up_to()
            ),
        )),
    }
}
fn m_int_bit_length(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&ops::str(&a[0])?);
    let n: u128 = t.trim_start_matches('-').parse().unwrap_or(0);
    Ok(int::from_i64(i64::from(128 - n.leading_zeros())))
}
fn m_dict_fromkeys(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = dict::new();
    let v = a.get(2).cloned().unwrap_or_else(singletons::none);
    for key in collect(&a[1])? {
        dict::set_item(&d, key, v.clone())?;
    }
    Ok(d)
}
fn m_dict_popitem(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let items = attrs::dict_items(&a[0]);
    let Some((k, v)) = items.last().cloned() else {
        return Err(PyErr::with_args(
            &exceptions::KEY_ERROR,
            vec![pystr::new("popitem(): dictionary is empty")],
        ));
    };
    dict::del_item(&a[0], &k)?;
    Ok(tuple::new(vec![k, v]))
}
fn m_set_pop(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let st = a[0]
        .downcast::<crate::types::set::SetObject>()
        .expect("set");
    if st.is_empty() {
        return Err(PyErr::with_args(
            &exceptions::KEY_ERROR,
            vec![pystr::new("pop from an empty set")],
        ));
    }
    st.pop()
}
fn set_combine(a: &[Value], keep: fn(bool, bool) -> bool, union: bool) -> PyResult<Value> {
    let mut items = collect(&a[0])?;
    for other in &a[1..] {
        let o = collect(other)?;
        let oset = set::new_set(o.clone())?;
        let mine = set::new_set(items.clone())?;
        let mut next: Vec<Value> = Vec::new();
        for x in &items {
            if keep(true, attrs::contains(&oset, x)?) {
                next.push(x.clone());
            }
        }
        if union {
            for x in o {
                if !attrs::contains(&mine, &x)? {
                    next.push(x);
                }
            }
        }
        items = next;
    }
    if a[0]
        .type_of()
        .is_subtype_of(&crate::types::set::FROZENSET_TYPE)
    {
        set::new_frozenset(items)
    } else {
        set::new_set(items)
    }
}
fn m_set_union(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(a, |_, _| true, true)
}
fn m_set_intersection(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(a, |_, inside| inside, false)
}
fn m_set_difference(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_combine(a, |_, inside| !inside, false)
}
fn m_set_issubset(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = set::new_set(collect(&a[1])?)?;
    for x in collect(&a[0])? {
        if !attrs::contains(&o, &x)? {
            return Ok(singletons::false_());
        }
    }
    Ok(singletons::true_())
}
fn m_set_update(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    for other in &a[1..] {
        for x in collect(other)? {
            attrs::set_add(&a[0], x)?;
        }
    }
    Ok(singletons::none())
}

fn m_object_init(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}
fn m_object_new(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = a
        .first()
        .and_then(|t| t.downcast::<TypeObject>())
        .ok_or_else(|| type_error("object.__new__(X): X is not a type object"))?;
    classes::new_instance(ty, &a[1..])
}
fn m_object_repr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = a[0].type_of();
    Ok(pystr::new(&format!(
        "<{}.{} object at {:#x}>",
        ty.module,
        ty.qualname,
        crate::types::object::address(&a[0])
    )))
}
fn m_object_str(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ops::repr(&a[0])
}
fn m_object_eq(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) {
        singletons::true_()
    } else {
        singletons::not_implemented()
    })
}
fn m_object_hash(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(crate::types::object::identity_hash(&a[0])?))
}
fn m_object_setattr(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::generic_setattr(&a[0], &a[1], Some(&a[2]))?;
    Ok(singletons::none())
}
fn m_object_getattribute(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::generic_getattr(&a[0], &a[1])
}
fn m_object_init_subclass(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(singletons::none())
}
fn m_exc_init(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = a.len() - k.len();
    if let Some(e) = a[0].downcast::<exceptions::ExceptionObject>() {
        drop(
            e.args
                .replace(PyPayload::header(e), tuple::new(a[1..n].to_vec())),
        );
    }
    Ok(singletons::none())
}
fn m_exc_with_traceback(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    attrs::exc_setattr(&a[0], &pystr::intern("__traceback__"), Some(&a[1]))?;
    Ok(a[0].clone())
}
fn m_exc_add_note(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = attrs::instance_dict(&a[0]).expect("dict");
    let key = pystr::intern("__notes__");
    let notes = match dict::get_item(&d, &key)? {
        Some(n) => n,
        None => {
            let l = list::new(Vec::new());
            dict::set_item(&d, key, l.clone())?;
            l
        }
    };
    attrs::list_append(&notes, a[1].clone())?;
    Ok(singletons::none())
}

/// `object`'s methods (for `super().__init__()` and friends).
pub fn object_method(name: &str) -> Option<Value> {
    let d = OBJECT_TYPE.dict();
    dict::get_item(d, &pystr::intern(name)).ok().flatten()
}

fn install(ty: &'static TypeObject, methods: &[(&'static str, objects::NativeFn)]) {
    let d = ty.dict();
    for (name, f) in methods {
        let _ = dict::set_item(d, pystr::intern(name), objects::native_method(ty, name, *f));
    }
}

fn install_methods() {
    use crate::types::{
        dict::DICT_TYPE, list::LIST_TYPE, set::SET_TYPE, str::STR_TYPE, tuple::TUPLE_TYPE,
    };
    install(
        &LIST_TYPE,
        &[
            ("append", m_list_append),
            ("extend", m_list_extend),
            ("pop", m_list_pop),
            ("insert", m_list_insert),
            ("sort", m_list_sort),
            ("reverse", m_list_reverse),
            ("index", m_list_index),
            ("count", m_count),
            ("remove", m_list_remove),
            ("copy", m_list_copy),
            ("clear", m_clear),
        ],
    );
    install(&TUPLE_TYPE, &[("index", m_list_index), ("count", m_count)]);
    install(
        &DICT_TYPE,
        &[
            ("get", m_dict_get),
            ("keys", m_dict_keys),
            ("values", m_dict_values),
            ("items", m_dict_items),
            ("pop", m_dict_pop),
            ("popitem", m_dict_popitem),
            ("setdefault", m_dict_setdefault),
            ("update", m_dict_update),
            ("copy", m_dict_copy),
            ("clear", m_clear),
        ],
    );
    install(
        &SET_TYPE,
        &[
            ("add", m_set_add),
            ("pop", m_set_pop),
            ("union", m_set_union),
            ("intersection", m_set_intersection),
            ("difference", m_set_difference),
            ("issubset", m_set_issubset),
            ("update", m_set_update),
            ("copy", m_list_copy_set),
            ("discard", m_set_discard),
            ("remove", m_set_remove),
            ("clear", m_clear),
        ],
    );
    install(
        &STR_TYPE,
        &[
            ("join", m_str_join),
            ("split", m_str_split),
            ("strip", m_str_strip),
            ("lstrip", m_str_lstrip),
            ("rstrip", m_str_rstrip),
            ("upper", m_str_upper),
            ("lower", m_str_lower),
            ("replace", m_str_replace),
            ("startswith", m_str_startswith),
            ("endswith", m_str_endswith),
            ("find", m_str_find),
            ("format", m_str_format),
            ("isdigit", m_str_isdigit),
            ("isalpha", m_str_isalpha),
            ("count", m_count),
            ("encode", m_str_encode),
            ("rsplit", m_str_rsplit),
            ("rfind", m_str_rfind),
            ("index", m_str_index),
            ("partition", m_str_partition),
            ("rpartition", m_str_rpartition),
            ("isdecimal", m_str_isdecimal),
            ("isnumeric", m_str_isdecimal),
            ("isalnum", m_str_isalnum),
            ("isspace", m_str_isspace),
            ("isupper", m_str_isupper),
            ("islower", m_str_islower),
            ("capitalize", m_str_capitalize),
            ("title", m_str_title),
            ("swapcase", m_str_swapcase),
            ("ljust", m_str_ljust),
            ("rjust", m_str_rjust),
            ("center", m_str_center),
            ("zfill", m_str_zfill),
            ("splitlines", m_str_splitlines),
            ("removeprefix", m_str_removeprefix),
            ("removesuffix", m_str_removesuffix),
        ],
    );
    install(
        &crate::types::bytes::BYTES_TYPE,
        &[("decode", m_bytes_decode)],
    );
    install(
        &crate::types::int::INT_TYPE,
        &[("bit_length", m_int_bit_length)],
    );
    install(
        &crate::types::set::FROZENSET_TYPE,
        &[
            ("union", m_set_union),
            ("intersection", m_set_intersection),
            ("difference", m_set_difference),
            ("issubset", m_set_issubset),
            ("copy", m_list_copy_set),
        ],
    );
    let _ = dict::set_item(
        DICT_TYPE.dict(),
        pystr::intern("fromkeys"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_TYPE,
            objects::native("fromkeys", m_dict_fromkeys),
        ),
    );
    install(
        &OBJECT_TYPE,
        &[
            ("__init__", m_object_init),
            ("__repr__", m_object_repr),
            ("__str__", m_object_str),
            ("__eq__", m_object_eq),
            ("__hash__", m_object_hash),
            ("__setattr__", m_object_setattr),
            ("__getattribute__", m_object_getattribute),
        ],
    );
    let _ = dict::set_item(
        OBJECT_TYPE.dict(),
        pystr::intern("__new__"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            objects::native("__new__", m_object_new),
        ),
    );
    let _ = dict::set_item(
        OBJECT_TYPE.dict(),
        pystr::intern("__init_subclass__"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_TYPE,
            objects::native("__init_subclass__", m_object_init_subclass),
        ),
    );
    install(
        &exceptions::BASE_EXCEPTION,
        &[
            ("__init__", m_exc_init),
            ("with_traceback", m_exc_with_traceback),
            ("add_note", m_exc_add_note),
        ],
    );
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
        classes::install_generator_methods();
        super::complex::install();
        super::bytearray::install();
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
            &super::complex::COMPLEX_TYPE,
            &super::bytearray::BYTEARRAY_TYPE,
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

pub fn common_constant(arg: u32) -> PyResult<Value> {
    Ok(match arg {
        0 => exceptions::ASSERTION_ERROR.as_value(),
        1 => exceptions::NOT_IMPLEMENTED_ERROR.as_value(),
        2 => crate::types::tuple::TUPLE_TYPE.as_value(),
        3 => dict::get_item(builtins(), &pystr::intern("all"))?.expect("all"),
        _ => dict::get_item(builtins(), &pystr::intern("any"))?.expect("any"),
    })
}

pub fn intrinsic1(arg: u32, v: Value) -> PyResult<Value> {
    match arg {
        1 => {
            if !singletons::is_none(&v) {
                write_stdout(&format!("{}\n", s(&ops::repr(&v)?)));
            }
            Ok(singletons::none())
        }
        3 => {
            // StopIteration raised inside a generator.
            Err(PyErr::from_instance(v).expect("exception"))
        }
        5 => ops::pos(&v),
        6 => Ok(tuple::new(collect(&v)?)),
        _ => Err(PyErr::new(
            &SYSTEM_ERROR,
            format!("unsupported intrinsic {arg}"),
        )),
    }
}

pub fn intrinsic2(arg: u32, _a: Value, _b: Value) -> PyResult<Value> {
    Err(PyErr::new(
        &SYSTEM_ERROR,
        format!("unsupported intrinsic2 {arg}"),
    ))
}

pub fn slow_instruction(op: Opcode, _arg: u32, _stack: &mut [Value], _n: usize) -> PyResult<()> {
    Err(PyErr::new(
        &SYSTEM_ERROR,
        format!("unsupported instruction {}", op.name()),
    ))
}

/// `repr` with non-ASCII escaped.
pub fn ascii(v: &Value) -> PyResult<Value> {
    let r = s(&ops::repr(v)?);
    let mut out = String::new();
    for c in r.chars() {
        let cp = c as u32;
        if cp < 128 {
            out.push(c);
        } else if cp < 256 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    Ok(pystr::new(&out))
}

/// `format(v, spec)` for the built-in types (fill, align, sign, width,
/// grouping, precision and type), `__format__` for user classes.
pub fn format(v: &Value, spec: &str) -> PyResult<Value> {
    if v.type_of().has_flag(crate::object::tpflags::HEAPTYPE) {
        if let Some(f) = attrs::lookup_special(v, "__format__")? {
            return call_object(&attrs::bind(f, v)?, &[pystr::new(spec)], &[]);
        }
    }
    if spec.is_empty() {
        return ops::str(v);
    }
    let mut chars: Vec<char> = spec.chars().collect();
    let mut fill = ' ';
    let mut align = None;
    if chars.len() >= 2 && "<>^=".contains(chars[1]) {
        fill = chars[0];
        align = Some(chars[1]);
        chars.drain(..2);
    } else if !chars.is_empty() && "<>^=".contains(chars[0]) {
        align = Some(chars[0]);
        chars.remove(0);
    }
    let mut sign = '-';
    if !chars.is_empty() && "+- ".contains(chars[0]) {
        sign = chars.remove(0);
    }
    let mut alt = false;
    if !chars.is_empty() && chars[0] == '#' {
        alt = true;
        chars.remove(0);
    }
    if !chars.is_empty() && chars[0] == '0' && align.is_none() {
        fill = '0';
        align = Some('=');
        chars.remove(0);
    }
    let rest: String = chars.iter().collect();
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let width: usize = rest[..digits_end].parse().unwrap_or(0);
    let mut rest = &rest[digits_end..];
    let mut grouping = None;
    if rest.starts_with(',') || rest.starts_with('_') {
        grouping = rest.chars().next();
        rest = &rest[1..];
    }
    let mut precision = None;
    if let Some(r) = rest.strip_prefix('.') {
        let e = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
        precision = r[..e].parse::<usize>().ok();
        rest = &r[e..];
    }
    let ty = rest.chars().next();
    let is_num = int::as_int(v).is_some() || float::as_f64(v).is_some();
    let (neg, mut body) = if let Some(f) = float::as_f64(v).filter(|_| int::as_int(v).is_none()) {
        let p = precision.unwrap_or(6);
        let b = match ty {
            Some('f') | Some('F') => format!("{:.*}", p, f.abs()),
            Some('e') | Some('E') => {
                let s = format!("{:.*e}", p, f.abs());
                let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                let e: i32 = e.parse().unwrap_or(0);
                let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
                if ty == Some('E') {
                    r.to_uppercase()
                } else {
                    r
                }
            }
            Some('%') => format!("{:.*}%", p, f.abs() * 100.0),
            Some('g') | Some('G') | None if precision.is_some() || ty.is_some() => {
                let r = format!("{:.*e}", p.max(1) - 1, f.abs());
                let (_, e) = r.split_once('e').unwrap_or(("", "0"));
                let e: i32 = e.parse().unwrap_or(0);
                if e < -4 || e >= p.max(1) as i32 {
                    let s = format!("{:.*e}", p.max(1) - 1, f.abs());
                    let (m, ex) = s.split_once('e').unwrap_or((&s, "0"));
                    let m = if m.contains('.') {
                        m.trim_end_matches('0').trim_end_matches('.')
                    } else {
                        m
                    };
                    let ex: i32 = ex.parse().unwrap_or(0);
                    format!("{m}e{}{:02}", if ex < 0 { '-' } else { '+' }, ex.abs())
                } else {
                    let s = format!("{:.*}", (p.max(1) as i32 - 1 - e).max(0) as usize, f.abs());
                    if s.contains('.') {
                        s.trim_end_matches('0').trim_end_matches('.').to_string()
                    } else {
                        s
                    }
                }
            }
            _ => s(&ops::repr(&float::new(f.abs()))?),
        };
        (
            f.is_sign_negative() && !(f == 0.0 && b.chars().all(|c| c == '0' || c == '.'))
                || (f < 0.0),
            b,
        )
    } else if let Some(i) = int::as_int(v) {
        let n = i.to_i64();
        let txt = s(&ops::str(v)?);
        let neg = txt.starts_with('-');
        let mag = txt.trim_start_matches('-').to_string();
        let b = match (ty, n) {
            (Some('x'), Some(n)) => {
                format!("{}{:x}", if alt { "0x" } else { "" }, n.unsigned_abs())
            }
            (Some('X'), Some(n)) => {
                format!("{}{:X}", if alt { "0X" } else { "" }, n.unsigned_abs())
            }
            (Some('o'), Some(n)) => {
                format!("{}{:o}", if alt { "0o" } else { "" }, n.unsigned_abs())
            }
            (Some('b'), Some(n)) => {
                format!("{}{:b}", if alt { "0b" } else { "" }, n.unsigned_abs())
            }
            (Some('c'), Some(n)) => char::from_u32(n as u32)
                .map(String::from)
                .unwrap_or_default(),
            (Some('f') | Some('F') | Some('e') | Some('%') | Some('g'), _) => {
                return format(&float::new(i.to_f64()?), spec);
            }
            _ => mag,
        };
        (neg, b)
    } else {
        let t = s(&ops::str(v)?);
        let t = match precision {
            Some(p) => t.chars().take(p).collect(),
            None => t,
        };
        (false, t)
    };
    if let Some(g) = grouping {
        let (intpart, frac) = match body.find('.') {
            Some(p) => (body[..p].to_string(), body[p..].to_string()),
            None => (body.clone(), String::new()),
        };
        if intpart.chars().all(|c| c.is_ascii_digit()) {
            let mut out = String::new();
            for (i, c) in intpart.chars().enumerate() {
                if i > 0 && (intpart.len() - i) % 3 == 0 {
                    out.push(g);
                }
                out.push(c);
            }
            body = out + &frac;
        }
    }
    let sign_str = if neg {
        "-"
    } else if sign == '+' && is_num {
        "+"
    } else if sign == ' ' && is_num {
        " "
    } else {
        ""
    };
    let total = sign_str.chars().count() + body.chars().count();
    let pad = width.saturating_sub(total);
    let align = align.unwrap_or(if is_num { '>' } else { '<' });
    let fills = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    let out = match align {
        '<' => format!("{sign_str}{body}{}", fills(pad)),
        '^' => format!("{}{sign_str}{body}{}", fills(pad / 2), fills(pad - pad / 2)),
        '=' => format!("{sign_str}{}{body}", fills(pad)),
        _ => format!("{}{sign_str}{body}", fills(pad)),
    };
    Ok(pystr::new(&out))
}

// ---------------------------------------------------------------- pattern matching

/// `case {...}`: dicts and their subclasses.
pub fn is_mapping(v: &Value) -> bool {
    v.downcast::<crate::types::dict::DictObject>().is_some()
}

/// `case [...]`: sequences other than str, bytes and bytearray.
pub fn is_sequence(v: &Value) -> bool {
    v.downcast::<crate::types::list::ListObject>().is_some()
        || v.downcast::<crate::types::tuple::TupleObject>().is_some()
        || v.downcast::<RangeObject>().is_some()
}

/// `MATCH_KEYS`: the values for `keys`, or None when one is missing.
pub fn match_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let mut out = Vec::new();
    for k in tuple::items(keys) {
        match attrs::mapping_get(subject, k)? {
            Some(v) => out.push(v),
            None => return Ok(singletons::none()),
        }
    }
    Ok(tuple::new(out))
}

/// `MATCH_CLASS`: the positional then keyword attributes, or None.
pub fn match_class(subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
    let ty = cls
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("called match pattern must be a class"))?;
    if !subject.type_of().is_subtype_of(ty) {
        return Ok(singletons::none());
    }
    let mut out = Vec::new();
    if npos > 0 {
        let match_args =
            crate::types::object::lookup_in_type(ty, &pystr::intern("__match_args__"))?;
        match match_args {
            Some(ma) => {
                let items = collect(&ma)?;
                if npos > items.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        ty.name,
                        items.len(),
                        if items.len() == 1 { "" } else { "s" }
                    )));
                }
                for n in &items[..npos] {
                    match attrs::getattr(subject, n) {
                        Ok(v) => out.push(v),
                        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => {
                            return Ok(singletons::none())
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            None if !ty.has_flag(crate::object::tpflags::HEAPTYPE) && npos == 1 => {
                out.push(subject.clone())
            }
            None => {
                return Err(type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({npos} given)",
                    ty.name
                )))
            }
        }
    }
    for n in tuple::items(names) {
        match attrs::getattr(subject, n) {
            Ok(v) => out.push(v),
            Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => return Ok(singletons::none()),
            Err(e) => return Err(e),
        }
    }
    Ok(tuple::new(out))
}

/// `fmt % args` for str (printf-style formatting).
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<Value> {
    let items: Vec<Value> = if args
        .downcast_exact::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        tuple::items(args).to_vec()
    } else {
        vec![args.clone()]
    };
    let mapping = is_mapping(args).then(|| args.clone());
    let mut next = 0;
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if i < chars.len() && chars[i] == '(' {
            let end = chars[i..]
                .iter()
                .position(|&x| x == ')')
                .map(|p| p + i)
                .ok_or_else(|| PyErr::new(&VALUE_ERROR, "incomplete format key"))?;
            key = Some(chars[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '*') {
            width.push(chars[i]);
            i += 1;
        }
        let mut prec = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            prec = Some(p);
        }
        let Some(&conv) = chars.get(i) else {
            return Err(PyErr::new(&VALUE_ERROR, "incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match (&key, &mapping) {
            (Some(k), Some(m)) => attrs::getitem(m, &pystr::new(k))?,
            (Some(_), None) => return Err(type_error("format requires a mapping")),
            _ => {
                let v = items
                    .get(next)
                    .cloned()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                next += 1;
                v
            }
        };
        let align = if flags.contains('-') { "<" } else { ">" };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let zero = if flags.contains('0') && !flags.contains('-') {
            "0"
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        let p = prec
            .as_ref()
            .map(|p| format!(".{}", if p.is_empty() { "0" } else { p }))
            .unwrap_or_default();
        let text = match conv {
            's' | 'r' | 'a' => {
                let t = match conv {
                    's' => ops::str(&v)?,
                    'r' => ops::repr(&v)?,
                    _ => ascii(&v)?,
                };
                format(&t, &format!("{align}{width}{p}"))?
            }
            'd' | 'i' | 'u' => {
                if int::as_int(&v).is_none() && float::as_f64(&v).is_none() {
                    return Err(type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        v.type_of().name
                    )));
                }
                let iv = if float::as_f64(&v).is_some() && int::as_int(&v).is_none() {
                    float::to_int(float::as_f64(&v).unwrap_or(0.0).trunc())?
                } else {
                    v.clone()
                };
                let spec = if zero.is_empty() {
                    format!("{align}{sign}{width}d")
                } else {
                    format!("{sign}0{width}d")
                };
                format(&iv, &spec)?
            }
            'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' => {
                let spec = if zero.is_empty() {
                    format!("{align}{sign}{alt}{width}{p}{conv}")
                } else {
                    format!("{sign}{alt}0{width}{p}{conv}")
                };
                format(&v, &spec)?
            }
            other => {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        i - 1
                    ),
                ))
            }
        };
        out.push_str(&s(&text));
    }
    if mapping.is_none() && next < items.len() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(pystr::new(&out))
}

/// `bytes(x)`: from a size, an iterable of ints, bytes, or str + encoding.
fn bytes_of(a: &[Value]) -> PyResult<Value> {
    let Some(src) = a.first() else {
        return Ok(crate::types::bytes::empty());
    };
    if let Some(t) = pystr::as_str(src) {
        if a.len() < 2 {
            return Err(type_error("string argument without an encoding"));
        }
        return Ok(crate::types::bytes::new(t.as_bytes()));
    }
    if let Some(b) = super::bytearray::data_of(src) {
        return Ok(crate::types::bytes::from_vec(b));
    }
    if let Some(n) = src.as_small_int() {
        if n < 0 {
            return Err(PyErr::new(&VALUE_ERROR, "negative count"));
        }
        return Ok(crate::types::bytes::from_vec(vec![0; n as usize]));
    }
    let mut out = Vec::new();
    for x in collect(src)? {
        let Some(i) = x.as_small_int() else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                x.type_of().name
            )));
        };
        if !(0..256).contains(&i) {
            return Err(PyErr::new(&VALUE_ERROR, "bytes must be in range(0, 256)"));
        }
        out.push(i as u8);
    }
    Ok(crate::types::bytes::from_vec(out))
}
