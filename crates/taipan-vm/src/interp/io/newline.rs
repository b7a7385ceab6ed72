//! `IncrementalNewlineDecoder`: wraps an incremental decoder (or none, for
//! text input) and translates `\r\n` and `\r` to `\n`, holding back a
//! final `\r` until the next chunk shows whether `\n` follows.

use super::iobase::{set_getters, set_methods};
use super::stringio::{newlines_value, seen_in, translate_to_lf};
use super::{call_method, i64_arg};
use crate::error::PyResult;
use crate::interp::objects::base_slots;
use crate::interp::{slot_wrappers, type_error};
use crate::object::{Cell, ObjHeader, PyPayload, TypeObject, Value};
use crate::ops;
use crate::types::str::StrObject;
use crate::types::{bytes, int, singletons, str as pystr, tuple};

struct State {
    decoder: Value,
    translate: bool,
    pending_cr: bool,
    seen: u8,
}

#[repr(C)]
pub struct NewlineDecoderObject {
    header: ObjHeader,
    state: Cell<State>,
}
// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for NewlineDecoderObject {
    fn type_object() -> &'static TypeObject {
        &NEWLINE_DECODER_TYPE
    }
}

pub static NEWLINE_DECODER_TYPE: TypeObject = TypeObject::new_static_in(
    "_io",
    "IncrementalNewlineDecoder",
    Some(&crate::types::object::OBJECT_TYPE),
    0,
    crate::object::Slots {
        traverse: Some(traverse),
        ..base_slots(crate::object::payload::dealloc_box::<NewlineDecoderObject>)
    },
);

fn traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = v.downcast::<NewlineDecoderObject>() {
        visit(&d.with(|st| st.decoder.clone()));
    }
}

impl NewlineDecoderObject {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        self.state.with(&self.header, f)
    }
}

fn this(v: &Value) -> PyResult<&NewlineDecoderObject> {
    v.downcast::<NewlineDecoderObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor for '_io.IncrementalNewlineDecoder' objects doesn't apply to a '{}' object",
            v.type_of().name
        ))
    })
}

/// Keyword-or-positional arguments by name; `None` where not given.
fn params<const N: usize>(
    fname: &str,
    names: [&str; N],
    a: &[Value],
    k: &[Value],
) -> PyResult<[Option<Value>; N]> {
    let npos = a.len() - k.len();
    if npos > N {
        return Err(type_error(format!(
            "{fname}() takes at most {N} arguments ({npos} given)"
        )));
    }
    let mut out: [Option<Value>; N] =
        std::array::from_fn(|i| a.get(i).filter(|_| i < npos).cloned());
    for (name, v) in k.iter().zip(&a[npos..]) {
        let text = pystr::to_string_lossy(name);
        let i = names.iter().position(|n| *n == text).ok_or_else(|| {
            type_error(format!(
                "{fname}() got an unexpected keyword argument '{text}'"
            ))
        })?;
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// `IncrementalNewlineDecoder(decoder, translate, errors='strict')`.
fn construct(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [decoder, translate, _errors] = params(
        "IncrementalNewlineDecoder",
        ["decoder", "translate", "errors"],
        a,
        k,
    )?;
    let (Some(decoder), Some(translate)) = (decoder, translate) else {
        return Err(type_error(
            "IncrementalNewlineDecoder() missing required argument 'translate' (pos 2)",
        ));
    };
    Ok(new(decoder, ops::truthy(&translate)?))
}

fn new(decoder: Value, translate: bool) -> Value {
    Value::from_box(Box::new(NewlineDecoderObject {
        header: ObjHeader::new(&NEWLINE_DECODER_TYPE),
        state: Cell::new(State {
            decoder,
            translate,
            pending_cr: false,
            seen: 0,
        }),
    }))
}

/// `decode(input, final=False)`.
fn m_decode(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let d = this(&a[0])?;
    let [input, last] = params("decode", ["input", "final"], &a[1..], k)?;
    let input =
        input.ok_or_else(|| type_error("decode() missing required argument 'input' (pos 1)"))?;
    let last = last.map_or(Ok(false), |v| ops::truthy(&v))?;
    let decoder = d.with(|st| st.decoder.clone());
    let output = if singletons::is_none(&decoder) {
        input
    } else {
        call_method(&decoder, "decode", &[input, singletons::bool(last)])?
    };
    let Some(s) = output.downcast::<StrObject>() else {
        return Err(type_error(format!(
            "decoder should return a string result, not '{}'",
            output.type_of().name
        )));
    };
    let mut cps: Vec<u32> = s.code_points().collect();
    let out = d.with(|st| {
        if st.pending_cr && (!cps.is_empty() || last) {
            cps.insert(0, u32::from(b'\r'));
            st.pending_cr = false;
        }
        if !last && cps.last() == Some(&u32::from(b'\r')) {
            cps.pop();
            st.pending_cr = true;
        }
        st.seen |= seen_in(&cps);
        if st.translate {
            translate_to_lf(&cps)
        } else {
            cps
        }
    });
    Ok(pystr::from_code_points(out).unwrap_or_else(pystr::empty))
}

/// `getstate()`: the wrapped decoder's state, its flag shifted left with
/// the pending `\r` in bit 0.
fn m_getstate(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = this(&a[0])?;
    let (decoder, pending) = d.with(|st| (st.decoder.clone(), st.pending_cr));
    let (buf, flag) = if singletons::is_none(&decoder) {
        (bytes::from_vec(Vec::new()), 0)
    } else {
        let state = call_method(&decoder, "getstate", &[])?;
        let items = tuple::items(&state).to_vec();
        match items.as_slice() {
            [buf, flag] => (buf.clone(), i64_arg(flag)?),
            _ => return Err(type_error("illegal decoder state")),
        }
    };
    let flag = (flag << 1) | i64::from(pending);
    Ok(tuple::new(vec![buf, int::from_i64(flag)]))
}

fn m_setstate(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = this(&a[0])?;
    let state = a
        .get(1)
        .ok_or_else(|| type_error("setstate() takes exactly one argument (0 given)"))?;
    let items = tuple::items(state).to_vec();
    let [buf, flag] = items.as_slice() else {
        return Err(type_error("state argument must be a tuple"));
    };
    let flag = i64_arg(flag)?;
    let decoder = d.with(|st| {
        st.pending_cr = flag & 1 != 0;
        st.decoder.clone()
    });
    if !singletons::is_none(&decoder) {
        let inner = tuple::new(vec![buf.clone(), int::from_i64(flag >> 1)]);
        call_method(&decoder, "setstate", &[inner])?;
    }
    Ok(singletons::none())
}

fn m_reset(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = this(&a[0])?;
    let decoder = d.with(|st| {
        st.seen = 0;
        st.pending_cr = false;
        st.decoder.clone()
    });
    if !singletons::is_none(&decoder) {
        call_method(&decoder, "reset", &[])?;
    }
    Ok(singletons::none())
}

fn g_newlines(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(newlines_value(this(&a[0])?.with(|st| st.seen)))
}

/// `IncrementalNewlineDecoder.__new__(cls, decoder, translate, errors='strict')`.
fn m_new(a: &[Value], k: &[Value]) -> PyResult<Value> {
    construct(&a[1..], k)
}

pub(super) fn install() {
    let _ = crate::types::dict::set_item(
        NEWLINE_DECODER_TYPE.dict(),
        pystr::intern("__new__"),
        crate::interp::classes::new_wrapper(
            &crate::interp::classes::STATICMETHOD_TYPE,
            crate::interp::objects::native_any_arity("__new__", m_new),
        ),
    );
    set_methods(
        &NEWLINE_DECODER_TYPE,
        &[
            ("decode", m_decode),
            ("getstate", m_getstate),
            ("setstate", m_setstate),
            ("reset", m_reset),
        ],
    );
    set_getters(&NEWLINE_DECODER_TYPE, &[("newlines", g_newlines)]);
    slot_wrappers::install(&[&NEWLINE_DECODER_TYPE]);
}
