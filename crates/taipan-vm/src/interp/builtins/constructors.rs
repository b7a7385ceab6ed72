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
    if let Some(f) = float::as_f64(v) {
        return Ok(float::new(f));
    }
    if let Some(i) = int::as_int(v) {
        return Ok(float::new(i.to_f64()?));
    }
    let slots = &v.type_of().slots;
    if let Some(f) = slots.float {
        let r = f(v)?;
        return match float::as_f64(&r) {
            Some(x) => Ok(float::new(x)),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_of().name,
                r.type_of().name
            ))),
        };
    }
    if slots.index.is_some() {
        let i = ops::index(v)?;
        return Ok(float::new(int::as_int(&i).expect("index").to_f64()?));
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
        return if a.is_empty() {
            Ok(pystr::empty())
        } else {
            ops::str(&a[0])
        };
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
    if t(&crate::interp::bytearray::BYTEARRAY_TYPE) {
        return crate::interp::bytearray::construct(a);
    }
    if t(&crate::types::bytes::BYTES_TYPE) {
        return bytes_of(a);
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

/// `bytes(x)`: from a size, an iterable of ints, bytes, or str + encoding.
pub(super) fn bytes_of(a: &[Value]) -> PyResult<Value> {
    let Some(src) = a.first() else {
        return Ok(crate::types::bytes::empty());
    };
    if let Some(t) = pystr::as_str(src) {
        if a.len() < 2 {
            return Err(type_error("string argument without an encoding"));
        }
        return Ok(crate::types::bytes::new(t.as_bytes()));
    }
    if let Some(b) = crate::interp::bytearray::data_of(src) {
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
