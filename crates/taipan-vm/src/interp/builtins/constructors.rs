//! Calling a built-in type: `int(x)`, `float(s)`, `bytes(...)`, ...

use super::*;

// ---------------------------------------------------------------- constructors

/// The text of a str, bytes or bytearray argument of `int()`/`float()`.
fn text_arg(v: &Value) -> Option<String> {
    if let Some(s) = pystr::as_str(v) {
        return Some(s.to_string());
    }
    let bytes = crate::types::bytes::as_bytes(v)
        .map(<[u8]>::to_vec)
        .or_else(|| crate::interp::bytearray::data_of(v))?;
    // Non-ASCII bytes are never part of a number: keep them invalid.
    Some(
        bytes
            .iter()
            .map(|&b| if b.is_ascii() { b as char } else { '?' })
            .collect(),
    )
}

fn repr_text(v: &Value) -> String {
    ops::repr(v)
        .map(|r| pystr::to_string_lossy(&r))
        .unwrap_or_default()
}

/// How `int()` shows its argument in errors: bytearrays as bytes.
fn int_text_repr(v: &Value) -> String {
    match crate::interp::bytearray::data_of(v) {
        Some(b) if crate::types::bytes::as_bytes(v).is_none() => {
            crate::types::bytes::repr_bytes(&b)
        }
        _ => repr_text(v),
    }
}

/// Checks that a number protocol method returned an int.
fn check_int_result(r: Value, method: &str) -> PyResult<Value> {
    if int::as_int(&r).is_some() {
        return int::to_exact_int(&r);
    }
    Err(type_error(format!(
        "{method} returned non-int (type {})",
        r.type_of().name
    )))
}

/// `int(v)`: `__int__`, `__index__`, then text.
pub(super) fn int_of(v: &Value) -> PyResult<Value> {
    if int::as_int(v).is_some() {
        return int::to_exact_int(v);
    }
    if let Some(f) = float::as_f64(v) {
        return float::to_int(f);
    }
    let slots = &v.type_of().slots;
    if let Some(f) = slots.int {
        return check_int_result(f(v)?, "__int__");
    }
    if slots.index.is_some() {
        return ops::index(v);
    }
    if let Some(t) = text_arg(v) {
        return int::from_text(&t, 10, &|| int_text_repr(v));
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        v.type_of().name
    )))
}

/// `int(x=0, /, base=10)`.
fn construct_int(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = pos(args, kwnames);
    if n > 2 {
        return Err(type_error(format!(
            "int expected at most 2 arguments, got {n}"
        )));
    }
    let mut base = args.get(1).filter(|_| n > 1).cloned();
    for (k, v) in kwnames.iter().zip(&args[n..]) {
        match pystr::as_str(k) {
            Some("base") if base.is_none() => base = Some(v.clone()),
            Some("base") => {
                return Err(type_error(
                    "argument for int() given by name ('base') and position (2)",
                ))
            }
            _ => {
                return Err(type_error(format!(
                    "int() got an unexpected keyword argument '{}'",
                    pystr::to_string_lossy(k)
                )))
            }
        }
    }
    let x = args.first().filter(|_| n > 0);
    let Some(base) = base else {
        return match x {
            Some(x) => int_of(x),
            None => Ok(int::from_i64(0)),
        };
    };
    let Some(x) = x else {
        return Err(type_error("int() missing string argument"));
    };
    let base = ops::index(&base)?;
    let base = match int::as_int(&base).and_then(|b| b.to_i64()) {
        Some(b @ (0 | 2..=36)) => b as u32,
        _ => {
            return Err(PyErr::new(
                &VALUE_ERROR,
                "int() base must be >= 2 and <= 36, or 0",
            ))
        }
    };
    match text_arg(x) {
        Some(t) => int::from_text(&t, base, &|| int_text_repr(x)),
        None => Err(type_error(
            "int() can't convert non-string with explicit base",
        )),
    }
}

/// `float(v)`: `__float__`, `__index__`, then text.
pub fn float_of(v: &Value) -> PyResult<Value> {
    if let Some(x) = real_value(v)? {
        return Ok(float::new(x));
    }
    if let Some(t) = text_arg(v) {
        return float::parse_str(&t).map(float::new).ok_or_else(|| {
            PyErr::new(
                &VALUE_ERROR,
                format!("could not convert string to float: {}", repr_text(v)),
            )
        });
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        v.type_of().name
    )))
}

/// A real number's value as a double: a float or int, else through
/// `__float__` or `__index__`; `None` when `v` is no number (what C's
/// `PyFloat_AsDouble` accepts, for `float()` and the math functions).
pub fn real_value(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = float::as_f64(v) {
        return Ok(Some(f));
    }
    if let Some(i) = int::as_int(v) {
        return i.to_f64().map(Some);
    }
    let slots = &v.type_of().slots;
    if let Some(f) = slots.float {
        let r = f(v)?;
        return match float::as_f64(&r) {
            Some(x) => Ok(Some(x)),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_of().name,
                r.type_of().name
            ))),
        };
    }
    if slots.index.is_some() {
        let i = ops::index(v)?;
        return int::as_int(&i).expect("index").to_f64().map(Some);
    }
    Ok(None)
}

/// The single optional positional argument of `float()` and `bool()`.
fn one_optional<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<Option<&'a Value>> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    Ok(args.first())
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
        return construct_int(args, kwnames);
    }
    if t(&crate::types::float::FLOAT_TYPE) {
        return match one_optional("float", args, kwnames)? {
            Some(x) => float_of(x),
            None => Ok(float::new(0.0)),
        };
    }
    if t(&crate::types::str::STR_TYPE) {
        return str_of_args(args, kwnames);
    }
    let singleton = if t(&crate::types::singletons::NONE_TYPE) {
        Some(singletons::none())
    } else if t(&crate::types::singletons::NOT_IMPLEMENTED_TYPE) {
        Some(singletons::not_implemented())
    } else if t(&crate::types::singletons::ELLIPSIS_TYPE) {
        Some(singletons::ellipsis())
    } else {
        None
    };
    if let Some(v) = singleton {
        if !args.is_empty() {
            return Err(type_error(format!("{} takes no arguments", ty.name)));
        }
        return Ok(v);
    }
    if t(&crate::types::singletons::BOOL_TYPE) {
        return match one_optional("bool", args, kwnames)? {
            Some(x) => Ok(singletons::bool(ops::truthy(x)?)),
            None => Ok(singletons::false_()),
        };
    }
    let container = [
        &crate::types::list::LIST_TYPE,
        &crate::types::tuple::TUPLE_TYPE,
        &crate::types::set::SET_TYPE,
        &crate::types::set::FROZENSET_TYPE,
    ];
    if container.iter().any(|c| t(c)) {
        if !kwnames.is_empty() {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                ty.name
            )));
        }
        if a.len() > 1 {
            return Err(type_error(format!(
                "{} expected at most 1 argument, got {}",
                ty.name,
                a.len()
            )));
        }
        // Immutable containers are returned as they are.
        if let Some(src) = a.first() {
            if (t(&crate::types::tuple::TUPLE_TYPE) || t(&crate::types::set::FROZENSET_TYPE))
                && src.is_exact(ty)
            {
                return Ok(src.clone());
            }
        }
        let items = match a.first() {
            Some(src) => collect(src)?,
            None => Vec::new(),
        };
        return if t(&crate::types::list::LIST_TYPE) {
            Ok(list::new(items))
        } else if t(&crate::types::tuple::TUPLE_TYPE) {
            Ok(tuple::new(items))
        } else if t(&crate::types::set::SET_TYPE) {
            set::new_set(items)
        } else {
            set::new_frozenset(items)
        };
    }
    if t(&crate::types::dict::DICT_TYPE) {
        if a.len() > 1 {
            return Err(type_error(format!(
                "dict expected at most 1 argument, got {}",
                a.len()
            )));
        }
        let d = dict::new();
        if let Some(src) = a.first() {
            dict_methods::update_from(&d, src)?;
        }
        dict_methods::update_keywords(&d, args, kwnames)?;
        return Ok(d);
    }
    if t(&RANGE_TYPE) {
        return construct_range(a, kwnames);
    }
    let need = |lo: usize, hi: usize, msg: String| -> PyResult<()> {
        if a.len() < lo || a.len() > hi {
            return Err(type_error(msg));
        }
        Ok(())
    };
    if t(&ENUMERATE_TYPE) {
        for k in kwnames {
            if !matches!(pystr::as_str(k), Some("iterable" | "start")) {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    s(k)
                )));
            }
        }
        let iterable = a
            .first()
            .or_else(|| kw_get(args, kwnames, "iterable"))
            .ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
        if a.len() > 2 {
            return Err(type_error(format!(
                "enumerate() takes at most 2 arguments ({} given)",
                a.len()
            )));
        }
        let it = attrs::iter(iterable)?;
        let start = match a.get(1).or_else(|| kw_get(args, kwnames, "start")) {
            Some(v) => index_value(v)?,
            None => int::from_i64(0),
        };
        // Small starts count in `index`; larger ones are added to `func`.
        let (base, index) = match start.as_small_int() {
            Some(i) => (singletons::none(), i),
            None => (start, 0),
        };
        return Ok(fn_iter(&ENUMERATE_TYPE, 0, vec![it], base, index));
    }
    let strict_kw = |name: &str| -> PyResult<bool> {
        for k in kwnames {
            if pystr::as_str(k) != Some("strict") {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{}'",
                    s(k)
                )));
            }
        }
        match kw_get(args, kwnames, "strict") {
            Some(v) => ops::truthy(v),
            None => Ok(false),
        }
    };
    if t(&ZIP_TYPE) {
        if kwnames.len() > 1 {
            return Err(type_error(format!(
                "zip() takes at most 1 keyword argument ({} given)",
                kwnames.len()
            )));
        }
        let strict = strict_kw("zip")?;
        let its = a.iter().map(attrs::iter).collect::<PyResult<Vec<_>>>()?;
        return Ok(if strict {
            strict_iter(&ZIP_TYPE, 1, its, singletons::none())
        } else {
            fn_iter(&ZIP_TYPE, 1, its, singletons::none(), 0)
        });
    }
    if t(&MAP_TYPE) {
        let strict = strict_kw("map")?;
        need(
            2,
            usize::MAX,
            "map() must have at least two arguments.".to_string(),
        )?;
        let its = a[1..]
            .iter()
            .map(attrs::iter)
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(if strict {
            strict_iter(&MAP_TYPE, 2, its, a[0].clone())
        } else {
            fn_iter(&MAP_TYPE, 2, its, a[0].clone(), 0)
        });
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
        if !kwnames.is_empty() {
            return Err(type_error("reversed() takes no keyword arguments"));
        }
        need(
            1,
            1,
            format!("reversed expected 1 argument, got {}", a.len()),
        )?;
        let obj = &a[0];
        let not_reversible =
            || type_error(format!("'{}' object is not reversible", obj.type_of().name));
        match attrs::lookup_special(obj, "__reversed__")? {
            Some(f) if singletons::is_none(&f) => return Err(not_reversible()),
            Some(f) => return call_object(&attrs::bind(f, obj)?, &[], &[]),
            None => {}
        }
        // The sequence protocol: `__getitem__` (not a mapping) and `__len__`.
        let ty = obj.type_of();
        if ty.slots.getitem.is_none() || ty.is_subtype_of(&crate::types::dict::DICT_TYPE) {
            return Err(not_reversible());
        }
        let len = ops::len(obj)? as i64;
        return Ok(fn_iter(
            &REVERSED_TYPE,
            4,
            vec![obj.clone()],
            singletons::none(),
            len,
        ));
    }
    if t(&OBJECT_TYPE) {
        classes::check_object_new_args(ty, args)?;
        return Ok(Value::from_box(Box::new(classes::InstanceObject::plain())));
    }
    if t(&crate::interp::bytearray::BYTEARRAY_TYPE) {
        return crate::interp::bytearray::construct(args, kwnames);
    }
    if t(&crate::types::bytes::BYTES_TYPE) {
        return Ok(crate::types::bytes::from_vec(bytes_source(
            "bytes", args, kwnames,
        )?));
    }
    if t(&crate::interp::memoryview::MEMORYVIEW_TYPE) {
        return crate::interp::memoryview::construct(a);
    }
    if t(&crate::interp::complex::COMPLEX_TYPE) {
        return crate::interp::complex::construct(args, kwnames);
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
    if t(&objects::METHOD_TYPE) {
        // `types.MethodType(function, instance)`.
        if !kwnames.is_empty() {
            return Err(type_error("method() takes no keyword arguments"));
        }
        check_count("", "method", a.len(), 2, 2)?;
        if !bi_callable(&a[..1], &[])?.is(&singletons::true_()) {
            return Err(type_error("first argument must be callable"));
        }
        if singletons::is_none(&a[1]) {
            return Err(type_error("instance must not be None"));
        }
        return Ok(objects::new_method(a[0].clone(), a[1].clone()));
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
    if let Some(r) = crate::interp::introspect::construct(ty, a) {
        return r;
    }
    if ty.is_subtype_of(&exceptions::UNICODE_ERROR) {
        return exceptions::new_unicode_error(ty, a);
    }
    if ty.is_subtype_of(&exceptions::OS_ERROR) {
        return exceptions::new_os_error(ty, a);
    }
    if ty.is_subtype_of(&exceptions::BASE_EXCEPTION_GROUP) {
        return crate::interp::exception_groups::construct(callable, a);
    }
    if ty.is_subtype_of(&exceptions::BASE_EXCEPTION) {
        // Static exception types: `ValueError("x")`.
        let _ = callable;
        return crate::interp::exception_methods::construct(ty, args, kwnames);
    }
    // Static types of other modules install a `__new__` (a staticmethod).
    if let Some(newf) = ty
        .dict_if_created()
        .and_then(|d| dict::get_item(d, &pystr::intern("__new__")).ok().flatten())
    {
        let f = classes::descr_get(newf, None)?;
        let mut all = vec![callable.clone()];
        all.extend_from_slice(args);
        return crate::interp::call_object(&f, &all, kwnames);
    }
    Err(type_error(format!("cannot create '{}' instances", ty.name)))
}

/// `str(object='')` / `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_of_args(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let mut all = vec![singletons::none()];
    all.extend_from_slice(args);
    let p = bytes_methods::bind_args("str", &all, kwnames, &["object", "encoding", "errors"], 0)?;
    let Some(obj) = &p[0] else {
        return Ok(pystr::empty());
    };
    if p[1].is_none() && p[2].is_none() {
        return ops::str(obj);
    }
    let (enc, errors) = str_methods::codec_args("str", &p[1..])?;
    match bytes_methods::buffer(obj) {
        Some(data) => str_methods::decode(&data, &enc, &errors),
        None if obj.downcast::<crate::types::str::StrObject>().is_some() => {
            Err(type_error("decoding str is not supported"))
        }
        None => Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            obj.type_of().name
        ))),
    }
}

/// The contents of a new bytes or bytearray (`name`) from the constructor
/// arguments: a size, a bytes-like object, an object with `__bytes__`
/// (bytes only), an iterable of ints, or a str with an encoding.
pub fn bytes_source(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Vec<u8>> {
    let mut all = vec![singletons::none()];
    all.extend_from_slice(args);
    let p = bytes_methods::bind_args(name, &all, kwnames, &["source", "encoding", "errors"], 0)?;
    let Some(src) = &p[0] else {
        if p[1].is_some() || p[2].is_some() {
            let which = if p[1].is_some() { "encoding" } else { "errors" };
            return Err(type_error(format!("{which} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if src.downcast::<crate::types::str::StrObject>().is_some() {
        if p[1].is_none() {
            return Err(type_error("string argument without an encoding"));
        }
        let (enc, errors) = str_methods::codec_args(name, &p[1..])?;
        return str_methods::encode(src, &enc, &errors);
    }
    if p[1].is_some() || p[2].is_some() {
        let which = if p[1].is_some() { "encoding" } else { "errors" };
        return Err(type_error(format!("{which} without a string argument")));
    }
    if name == "bytes" {
        if let Some(f) = attrs::lookup_special(src, "__bytes__")? {
            let r = call_object(&attrs::bind(f, src)?, &[], &[])?;
            return match crate::types::bytes::as_bytes(&r) {
                Some(b) => Ok(b.to_vec()),
                None => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    r.type_of().name
                ))),
            };
        }
    }
    if let Some(b) = bytes_methods::buffer(src) {
        return Ok(b.into_owned());
    }
    if int::as_int(src).is_some() || src.type_of().slots.index.is_some() {
        let n = bytes_methods::index_arg(src).map_err(|e| {
            if e.matches(&exceptions::OVERFLOW_ERROR) {
                PyErr::new(
                    &exceptions::OVERFLOW_ERROR,
                    "cannot fit 'int' into an index-sized integer",
                )
            } else {
                e
            }
        })?;
        if n < 0 {
            return Err(PyErr::new(&VALUE_ERROR, "negative count"));
        }
        let mut out = crate::types::vec_with_capacity(n as usize)?;
        out.resize(n as usize, 0);
        return Ok(out);
    }
    let it = match attrs::iter(src) {
        Ok(it) => it,
        Err(e) if e.matches(&exceptions::TYPE_ERROR) => {
            return Err(type_error(format!(
                "cannot convert '{}' object to {name}",
                src.type_of().name
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = attrs::next(&it)? {
        if int::as_int(&x).is_none() && x.type_of().slots.index.is_none() {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                x.type_of().name
            )));
        }
        match bytes_methods::index_arg(&x) {
            Ok(i @ 0..=255) => out.push(i as u8),
            Ok(_) | Err(_) if name == "bytes" => {
                return Err(PyErr::new(&VALUE_ERROR, "bytes must be in range(0, 256)"))
            }
            _ => return Err(PyErr::new(&VALUE_ERROR, "byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}
