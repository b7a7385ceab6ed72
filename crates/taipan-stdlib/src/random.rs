//! The `_random` module: `Random`, the Mersenne Twister (MT19937) that
//! `random.Random` subclasses. Seeding and the derived outputs (`random`,
//! `getrandbits`) follow CPython's conventions, so a given seed yields
//! CPython's exact sequence.

use crate::posix::random_bytes as urandom;
use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::classes;
use taipan_vm::interp::objects::{
    base_slots, native_any_arity, native_method_any_arity, new_module, NativeFn,
};
use taipan_vm::interp::{attrs, slot_wrappers, type_error};
use taipan_vm::object::extend::{self, ext_offset, Extended, InstanceExt};
use taipan_vm::object::{tpflags, Cell, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::bigint::Big;
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{dict, float, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use crate::args::method_args;

const N: usize = 624;
const M: usize = 397;

/// The generator's state: 624 words and the index of the next one.
struct Mt {
    words: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            words: [0; N],
            index: N + 1,
        }
    }

    fn init_genrand(&mut self, seed: u32) {
        self.words[0] = seed;
        for i in 1..N {
            let prev = self.words[i - 1];
            self.words[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words (the reference `init_by_array`).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.words;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.words;
            for k in 0..N {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) from 53 random bits.
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

#[repr(C)]
pub struct RandomObject {
    header: ObjHeader,
    state: Cell<Mt>,
}

// SAFETY: `#[repr(C)]`, header first; Random and its subclasses use this
// layout (followed by the `InstanceExt`).
unsafe impl PyPayload for RandomObject {
    fn type_object() -> &'static TypeObject {
        &RANDOM_TYPE
    }
}

fn this<'a>(qual: &str, v: &'a Value) -> PyResult<&'a RandomObject> {
    v.downcast::<RandomObject>().ok_or_else(|| {
        type_error(format!(
            "descriptor '{qual}' for '_random.Random' objects doesn't apply to a '{}' object",
            v.type_of().name
        ))
    })
}

fn with_mt<R>(r: &RandomObject, f: impl FnOnce(&mut Mt) -> R) -> R {
    r.state.with(&r.header, f)
}

/// The key words of an int seed: its absolute value's 32-bit words, least
/// significant first (one zero word for 0).
fn int_key(n: &Big) -> Vec<u32> {
    let bytes = n.abs().magnitude_bytes_le();
    let mut key: Vec<u32> = bytes
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(w)
        })
        .collect();
    while key.len() > 1 && key.last() == Some(&0) {
        key.pop();
    }
    if key.is_empty() {
        key.push(0);
    }
    key
}

/// A key from the system's entropy (the time when that is unavailable).
fn entropy_key() -> Vec<u32> {
    match urandom(N * 4) {
        Ok(bytes) => bytes
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
        Err(_) => {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos();
            vec![t as u32, (t >> 32) as u32, std::process::id()]
        }
    }
}

/// The key for `seed(arg)`: entropy for None, the words of an int, and
/// the (unsigned) hash of anything else.
fn seed_key(arg: Option<&Value>) -> PyResult<Vec<u32>> {
    let Some(arg) = arg.filter(|a| !singletons::is_none(a)) else {
        return Ok(entropy_key());
    };
    if let Some(i) = int::as_int(arg) {
        return Ok(int_key(&i.to_big()));
    }
    let h = ops::hash(arg)? as u64;
    Ok(int_key(&Big::from_u64(h)))
}

fn new_state(key: &[u32]) -> Mt {
    let mut mt = Mt::new();
    mt.init_by_array(key);
    mt
}

/// `Random.__new__(cls, *args)`: a generator seeded from the argument
/// (from entropy for subclasses, whose `__init__` seeds it).
fn m_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .filter(|c| c.is_subtype_of(&RANDOM_TYPE))
        .ok_or_else(|| type_error("Random.__new__(X): X is not a subtype of _random.Random"))?;
    let key = if std::ptr::eq(cls, &RANDOM_TYPE) {
        let pos = &args[1..args.len() - kw.len()];
        if !kw.is_empty() {
            return Err(type_error("Random() takes no keyword arguments"));
        }
        check_count("", "Random", pos.len(), 0, 1)?;
        seed_key(pos.first())?
    } else {
        entropy_key()
    };
    let obj = Extended {
        base: RandomObject {
            header: ObjHeader::new(&RANDOM_TYPE),
            state: Cell::new(new_state(&key)),
        },
        ext: InstanceExt::new(cls.instance_dict, cls.nslots),
    };
    let v = Value::from_box(Box::new(obj));
    if let Some(h) = v.header() {
        h.set_ob_type(cls);
    }
    Ok(v)
}

/// `Random.__init__(self, x=None)`.
fn m_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() && std::ptr::eq(args[0].type_of(), &RANDOM_TYPE) {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    let pos = &args[1..args.len() - kw.len()];
    check_count("", "Random", pos.len(), 0, 1)?;
    seed_into(this("__init__", &args[0])?, pos.first())
}

fn seed_into(r: &RandomObject, arg: Option<&Value>) -> PyResult<Value> {
    let key = seed_key(arg)?;
    with_mt(r, |mt| mt.init_by_array(&key));
    Ok(singletons::none())
}

fn m_seed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("seed", args, kw, 0, 1)?;
    seed_into(this("seed", &args[0])?, a.first())
}

fn m_random(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("Random.random", args, kw, 0, 0)?;
    let r = this("random", &args[0])?;
    Ok(float::new(with_mt(r, Mt::next_f64)))
}

fn m_getrandbits(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("Random.getrandbits", args, kw, 1, 1)?;
    let r = this("getrandbits", &args[0])?;
    let k = ops::index(&a[0])?;
    let k = int::as_int(&k).expect("index() returns an int");
    if k.is_negative() {
        return Err(PyErr::new(&VALUE_ERROR, "Cannot convert negative int"));
    }
    let k = k.to_i64().ok_or_else(|| {
        PyErr::new(
            &taipan_vm::types::exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C int",
        )
    })? as u64;
    if k == 0 {
        return Ok(int::from_i64(0));
    }
    if k <= 32 {
        return Ok(int::from_i64((with_mt(r, Mt::next_u32) >> (32 - k)) as i64));
    }
    // Whole words from least significant up; the last keeps its top bits.
    let mut bytes = Vec::with_capacity(k.div_ceil(32) as usize * 4);
    with_mt(r, |mt| {
        let mut left = k;
        while left > 0 {
            let mut w = mt.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            bytes.extend_from_slice(&w.to_le_bytes());
            left = left.saturating_sub(32);
        }
    });
    Ok(int::from_big(Big::from_bytes_le(&bytes, false)))
}

fn m_getstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("Random.getstate", args, kw, 0, 0)?;
    let r = this("getstate", &args[0])?;
    let items = with_mt(r, |mt| {
        let mut items: Vec<Value> = mt.words.iter().map(|&w| int::from_i64(w as i64)).collect();
        items.push(int::from_i64(mt.index as i64));
        items
    });
    Ok(tuple::new(items))
}

/// An item of a state tuple as C's `unsigned long` would take it.
fn state_word(v: &Value) -> PyResult<u64> {
    let i = int::as_int(v).ok_or_else(|| type_error("an integer is required"))?;
    if i.is_negative() {
        return Err(PyErr::new(
            &taipan_vm::types::exceptions::OVERFLOW_ERROR,
            "can't convert negative value to unsigned int",
        ));
    }
    i.to_big().to_u64().ok_or_else(|| {
        PyErr::new(
            &taipan_vm::types::exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C unsigned long",
        )
    })
}

fn m_setstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("Random.setstate", args, kw, 1, 1)?;
    let r = this("setstate", &args[0])?;
    if !a[0].type_of().is_subtype_of(&tuple::TUPLE_TYPE) {
        return Err(type_error("state vector must be a tuple"));
    }
    let items = tuple::items(&a[0]);
    if items.len() != N + 1 {
        return Err(PyErr::new(&VALUE_ERROR, "state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items) {
        *w = state_word(v)? as u32;
    }
    let index = int::as_int(&items[N])
        .ok_or_else(|| type_error("'float' object cannot be interpreted as an integer"))?
        .to_i64()
        .filter(|i| (0..=N as i64).contains(i))
        .ok_or_else(|| PyErr::new(&VALUE_ERROR, "invalid state"))?;
    with_mt(r, |mt| {
        mt.words = words;
        mt.index = index as usize;
    });
    Ok(singletons::none())
}

pub static RANDOM_TYPE: TypeObject = TypeObject::new_static_in(
    "_random",
    "Random",
    Some(&OBJECT_TYPE),
    tpflags::BASETYPE,
    Slots {
        getattr: Some(attrs::generic_getattr),
        setattr: Some(attrs::generic_setattr),
        ..base_slots(extend::dealloc_extended::<RandomObject>)
    },
)
.with_instance_ext(ext_offset::<RandomObject>(), 0, false);

fn install() {
    let set = |name: &'static str, v: Value| {
        let _ = dict::set_item(RANDOM_TYPE.dict(), pystr::intern(name), v);
    };
    set(
        "__new__",
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            native_any_arity("__new__", m_new),
        ),
    );
    let methods: [(&'static str, NativeFn); 6] = [
        ("__init__", m_init),
        ("seed", m_seed),
        ("random", m_random),
        ("getrandbits", m_getrandbits),
        ("getstate", m_getstate),
        ("setstate", m_setstate),
    ];
    for (name, f) in methods {
        set(name, native_method_any_arity(&RANDOM_TYPE, name, f));
    }
    slot_wrappers::install(&[&RANDOM_TYPE]);
    classes::register_layout::<RandomObject>(&RANDOM_TYPE);
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(install);
    let d = dict::new();
    dict::set_item(&d, pystr::intern("Random"), RANDOM_TYPE.as_value())?;
    new_module("_random", d)
}
