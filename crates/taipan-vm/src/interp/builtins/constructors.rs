//! Calling a built-in type: `int(x)`, `float(s)`, `bytes(...)`, ...

use super::*;

// ---------------------------------------------------------------- constructors

pub(super) fn int_of(v: &Value) -> PyResult<Value> {
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

pub(super) fn float_of(v: &Value) -> PyResult<Value> {
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
    if t(&crate::interp::bytearray::BYTEARRAY_TYPE) {
        return crate::interp::bytearray::construct(a);
    }
    if t(&crate::types::bytes::BYTES_TYPE) {
        return bytes_of(a);
    }
    if t(&crate::interp::complex::COMPLEX_TYPE) {
        return crate::interp::complex::construct(a);
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
    if let Some(r) = crate::interp::introspect::construct(ty, a) {
        return r;
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
