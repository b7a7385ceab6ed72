//! Methods of int (and bool): bit operations, byte conversions, rounding,
//! the numbers-protocol attributes; plus the argument binding the numeric
//! methods share.

use super::*;
use crate::types::bigint::Big;
use crate::types::int::IntRef;

/// A method's parameters: positional-or-keyword names first, then
/// keyword-only ones.
pub struct Params<'n> {
    pub name: &'n str,
    pub names: &'n [&'n str],
    /// How many of `names` may be given by position.
    pub positional: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

/// "NAME() got an unexpected keyword argument 'KEY'", with the closest
/// parameter name as a hint (CPython 3.14's argument parsing).
pub fn unexpected_keyword(name: &str, params: &[&str], key: &str) -> PyErr {
    let names: Vec<String> = params.iter().map(|n| n.to_string()).collect();
    let hint = crate::interp::suggestions::best_keyword_match(&names, key)
        .map(|m| format!(". Did you mean '{m}'?"))
        .unwrap_or_default();
    type_error(format!(
        "{name}() got an unexpected keyword argument '{key}'{hint}"
    ))
}

/// Binds `args` (vectorcall layout, self excluded) to `p`, with the
/// messages of CPython's argument clinic.
pub fn bind_args(
    p: &Params<'_>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len() - kwnames.len();
    if npos > p.positional {
        return Err(type_error(if p.positional == p.names.len() {
            format!(
                "{}() takes at most {} argument{} ({npos} given)",
                p.name,
                p.positional,
                if p.positional == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{}() takes at most {} positional argument{} ({npos} given)",
                p.name,
                p.positional,
                if p.positional == 1 { "" } else { "s" }
            )
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; p.names.len()];
    for (slot, v) in out.iter_mut().zip(&args[..npos]) {
        *slot = Some(v.clone());
    }
    // A missing required argument is reported before a stray keyword.
    let mut stray = None;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = pystr::to_string_lossy(k);
        match p.names.iter().position(|n| *n == key) {
            None => {
                stray.get_or_insert_with(|| unexpected_keyword(p.name, p.names, &key));
            }
            Some(i) if out[i].is_some() => {
                stray.get_or_insert_with(|| {
                    type_error(format!(
                        "argument for {}() given by name ('{key}') and position ({})",
                        p.name,
                        i + 1
                    ))
                });
            }
            Some(i) => out[i] = Some(v.clone()),
        }
    }
    if let Some(i) = out[..p.required].iter().position(Option::is_none) {
        return Err(type_error(format!(
            "{}() missing required argument '{}' (pos {})",
            p.name,
            p.names[i],
            i + 1
        )));
    }
    if let Some(e) = stray {
        return Err(e);
    }
    Ok(out)
}

/// Checks that a method got no arguments besides self.
pub(super) fn no_args(qualname: &str, a: &[Value]) -> PyResult<()> {
    if a.len() > 1 {
        return Err(type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

fn int_ref(v: &Value) -> IntRef<'_> {
    int::as_int(v).expect("int method on an int")
}

pub(super) fn m_int_bit_length(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("int.bit_length", a)?;
    Ok(int::from_u64(match int_ref(&a[0]) {
        IntRef::Small(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
        IntRef::Big(b) => b.bits(),
    }))
}

fn m_int_bit_count(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("int.bit_count", a)?;
    Ok(int::from_u64(match int_ref(&a[0]) {
        IntRef::Small(i) => u64::from(i.unsigned_abs().count_ones()),
        IntRef::Big(b) => b.count_ones(),
    }))
}

/// The value of an `int` as the exact `int` (for bools and subclasses).
fn exact(a: &[Value]) -> PyResult<Value> {
    int::to_exact_int(&a[0])
}

fn m_int_exact(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    exact(a)
}

/// Methods that return the int itself and take no arguments.
macro_rules! exact_methods {
    ($($f:ident $qual:literal),*) => {$(
        fn $f(a: &[Value], _k: &[Value]) -> PyResult<Value> {
            no_args($qual, a)?;
            exact(a)
        }
    )*};
}
exact_methods!(
    m_int_conjugate "int.conjugate",
    m_int_trunc "int.__trunc__",
    m_int_floor "int.__floor__",
    m_int_ceil "int.__ceil__"
);

fn m_int_as_integer_ratio(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("int.as_integer_ratio", a)?;
    Ok(tuple::new(vec![exact(a)?, int::from_i64(1)]))
}

fn m_int_is_integer(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("int.is_integer", a)?;
    Ok(singletons::true_())
}

fn m_int_getnewargs(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("int.__getnewargs__", a)?;
    Ok(tuple::new(vec![exact(a)?]))
}

fn m_int_sizeof(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    no_args("int.__sizeof__", a)?;
    // CPython's layout: a 24-byte header and 30-bit digits of 4 bytes, at
    // least one.
    let bits = match int_ref(&a[0]) {
        IntRef::Small(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
        IntRef::Big(b) => b.bits(),
    };
    Ok(int::from_u64(24 + 4 * bits.div_ceil(30).max(1)))
}

fn m_int_imag(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(0))
}

fn m_int_one(_a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(int::from_i64(1))
}

/// `int.__round__(ndigits)`: rounds to a multiple of 10**-ndigits, ties to
/// even.
fn m_int_round(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = Params {
        name: "__round__",
        names: &["ndigits"],
        positional: 1,
        required: 0,
    };
    let args = bind_args(&p, &a[1..], k)?;
    let nd = match args[0].as_ref().filter(|v| !singletons::is_none(v)) {
        None => return exact(a),
        Some(n) => ops::index(n)?,
    };
    round_int(&exact(a)?, &nd)
}

/// `round(x, nd)` for an int `x` and an int `nd`.
pub(super) fn round_int(x: &Value, nd: &Value) -> PyResult<Value> {
    let nd = int_ref(nd);
    if !nd.is_negative() {
        return Ok(x.clone());
    }
    let Some(places) = nd.to_i64().map(i64::unsigned_abs) else {
        // 10**(huge) exceeds any int this process can hold.
        return Ok(int::from_i64(0));
    };
    let xb = int_ref(x).to_big();
    if places > xb.bits() {
        // 10**places > |x|*2: the nearest multiple is 0.
        return Ok(int::from_i64(0));
    }
    let pow = Big::from_i64(10).pow(places as u32);
    let (q, r) = xb.div_mod_floor(&pow);
    // r in [0, pow): round half to even.
    let twice = r.add(&r);
    let up = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.magnitude_bit(0),
        std::cmp::Ordering::Less => false,
    };
    let q = if up { q.add(&Big::from_i64(1)) } else { q };
    Ok(int::from_big(q.mul(&pow)))
}

fn byteorder_little(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match pystr::as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(PyErr::new(
            &VALUE_ERROR,
            "byteorder must be either 'little' or 'big'",
        )),
        None => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            v.type_of().name
        ))),
    }
}

fn signed_flag(v: Option<&Value>) -> PyResult<bool> {
    v.map_or(Ok(false), ops::truthy)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn m_int_to_bytes(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = Params {
        name: "to_bytes",
        names: &["length", "byteorder", "signed"],
        positional: 2,
        required: 0,
    };
    let args = bind_args(&p, &a[1..], k)?;
    let length = match &args[0] {
        None => 1,
        Some(v) => {
            let n = ops::index(v)?;
            let n = int_ref(&n);
            if n.is_negative() {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    "length argument must be non-negative",
                ));
            }
            n.to_i64()
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(|| {
                    PyErr::new(
                        &exceptions::OVERFLOW_ERROR,
                        "Python int too large to convert to C ssize_t",
                    )
                })?
        }
    };
    let little = byteorder_little(args[1].as_ref(), "to_bytes")?;
    let signed = signed_flag(args[2].as_ref())?;
    let value = int_ref(&a[0]).to_big();
    let too_big = || PyErr::new(&exceptions::OVERFLOW_ERROR, "int too big to convert");
    let mut bytes = if signed {
        let mut b = value.to_signed_bytes_le();
        // The minimal encoding of 0 is one zero byte; 0 fits in 0 bytes.
        if value.is_zero() {
            b.clear();
        }
        if b.len() > length {
            return Err(too_big());
        }
        let fill = if value.is_negative() { 0xff } else { 0 };
        b.resize(length, fill);
        b
    } else {
        if value.is_negative() {
            return Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "can't convert negative int to unsigned",
            ));
        }
        let mut b = value.magnitude_bytes_le();
        if b.len() > length {
            return Err(too_big());
        }
        b.resize(length, 0);
        b
    };
    if !little {
        bytes.reverse();
    }
    Ok(crate::types::bytes::from_vec(bytes))
}

/// The bytes of a bytes-like object or an iterable of ints.
fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(b) = crate::interp::bytearray::data_of(v) {
        return Ok(b);
    }
    if pystr::as_str(v).is_some() || v.type_of().slots.iter.is_none() {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            v.type_of().name
        )));
    }
    bytes_source("bytes", std::slice::from_ref(v), &[])
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class
/// method: subclasses get `cls(value)`).
fn m_int_from_bytes(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let p = Params {
        name: "from_bytes",
        names: &["bytes", "byteorder", "signed"],
        positional: 2,
        required: 1,
    };
    let args = bind_args(&p, &a[1..], k)?;
    let mut data = bytes_arg(args[0].as_ref().expect("required"))?;
    let little = byteorder_little(args[1].as_ref(), "from_bytes")?;
    let signed = signed_flag(args[2].as_ref())?;
    if !little {
        data.reverse();
    }
    let value = int::from_big(Big::from_bytes_le(&data, signed));
    let cls = &a[0];
    if cls.is(&crate::types::int::INT_TYPE.as_value()) {
        return Ok(value);
    }
    if cls.is(&crate::types::singletons::BOOL_TYPE.as_value()) {
        return Ok(singletons::bool(ops::truthy(&value)?));
    }
    call_object(cls, &[value], &[])
}

fn m_int_format(a: &[Value], k: &[Value]) -> PyResult<Value> {
    super::number_format::m_number_format(a, k)
}

/// Read-only attributes computed by a native function of the instance.
pub(super) fn add_getters(ty: &'static TypeObject, getters: &[(&'static str, objects::NativeFn)]) {
    for (name, f) in getters {
        let descr = crate::interp::slot_wrappers::new_getset(ty, name, *f);
        let _ = dict::set_item(ty.dict(), pystr::intern(name), descr);
    }
}

/// Sets a built-in type's docstring.
pub(super) fn set_doc(ty: &'static TypeObject, doc: &str) {
    let _ = dict::set_item(ty.dict(), pystr::intern("__doc__"), pystr::new(doc));
}

pub(super) fn install() {
    let ty = &crate::types::int::INT_TYPE;
    set_doc(ty, "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer\niteral.\n>>> int('0b100', base=0)\n4");
    set_doc(&crate::types::singletons::BOOL_TYPE, "Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.");
    add_methods(
        ty,
        &[
            ("bit_length", m_int_bit_length),
            ("bit_count", m_int_bit_count),
            ("to_bytes", m_int_to_bytes),
            ("as_integer_ratio", m_int_as_integer_ratio),
            ("is_integer", m_int_is_integer),
            ("conjugate", m_int_conjugate),
            ("__trunc__", m_int_trunc),
            ("__floor__", m_int_floor),
            ("__ceil__", m_int_ceil),
            ("__round__", m_int_round),
            ("__getnewargs__", m_int_getnewargs),
            ("__sizeof__", m_int_sizeof),
            ("__format__", m_int_format),
        ],
    );
    let _ = dict::set_item(
        ty.dict(),
        pystr::intern("from_bytes"),
        classes::new_wrapper(
            &classes::CLASSMETHOD_DESCRIPTOR_TYPE,
            objects::native("from_bytes", m_int_from_bytes),
        ),
    );
    add_getters(
        ty,
        &[
            ("real", m_int_exact),
            ("imag", m_int_imag),
            ("numerator", m_int_exact),
            ("denominator", m_int_one),
        ],
    );
}
