//! `functools._lru_cache_wrapper`: the callable `lru_cache` returns. The
//! cache is a dict whose insertion order is the recency order (a hit moves
//! its entry to the end, a full bounded cache drops the first entry), so
//! hits, misses and evictions are CPython's. Instances have a `__dict__`
//! (`update_wrapper` stores `__wrapped__` and the names there) and bind
//! as methods when found on a class.

use taipan_vm::interp::objects::{base_slots, native_any_arity, new_method, NativeFn};
use taipan_vm::interp::{attrs, call_object, type_error};
use taipan_vm::object::extend::{self, ext_offset, Extended, InstanceExt};
use taipan_vm::object::{tpflags, Cell, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{dict, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyResult, Value};

use crate::args::{method_args, positional};

#[derive(Default)]
struct Stats {
    hits: u64,
    misses: u64,
}

#[repr(C)]
pub struct LruCache {
    header: ObjHeader,
    func: Value,
    /// `None`: unbounded; `Some(0)`: no caching at all.
    maxsize: Option<usize>,
    typed: bool,
    cache_info_type: Value,
    cache: Value,
    stats: Cell<Stats>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl PyPayload for LruCache {
    fn type_object() -> &'static TypeObject {
        &LRU_CACHE_TYPE
    }
}

fn lru(v: &Value) -> &LruCache {
    v.downcast::<LruCache>().expect("_lru_cache_wrapper")
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn m_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = &positional(args, kwnames)[1..];
    if !kwnames.is_empty() || a.len() != 4 {
        return Err(type_error(
            "_lru_cache_wrapper() requires the arguments user_function, maxsize, typed and cache_info_type",
        ));
    }
    let func = &a[0];
    if func.type_of().slots.call.is_none() && func.downcast::<TypeObject>().is_none() {
        return Err(type_error("the first argument must be callable"));
    }
    let maxsize = if singletons::is_none(&a[1]) {
        None
    } else if let Some(n) = int::as_int(&a[1]) {
        Some(if n.is_negative() {
            0
        } else {
            n.to_i64().unwrap_or(i64::MAX) as usize
        })
    } else {
        return Err(type_error("maxsize should be integer or None"));
    };
    let obj = Extended {
        base: LruCache {
            header: ObjHeader::new(&LRU_CACHE_TYPE),
            func: func.clone(),
            maxsize,
            typed: ops::truthy(&a[2])?,
            cache_info_type: a[3].clone(),
            cache: dict::new(),
            stats: Cell::new(Stats::default()),
        },
        ext: InstanceExt::new(true, 0),
    };
    Ok(Value::from_box(Box::new(obj)))
}

/// The cache key of a call, as CPython builds it: a lone exact str or int
/// argument stands for itself; otherwise the arguments, then a marker
/// and the keyword items, then (when `typed`) the argument types.
fn make_key(args: &[Value], kwargs: Option<&Value>, typed: bool) -> PyResult<Value> {
    let kw = kwargs.map(attrs::dict_items).unwrap_or_default();
    if !typed && kw.is_empty() {
        if let [one] = args {
            if one.is_exact(&pystr::STR_TYPE) || one.is_exact(&int::INT_TYPE) {
                return Ok(one.clone());
            }
        }
        return Ok(tuple::new(args.to_vec()));
    }
    let mut key = args.to_vec();
    if !kw.is_empty() {
        // The wrapper type marks where the keyword items start (nothing
        // else in a key can be it unless passed explicitly).
        key.push(LRU_CACHE_TYPE.as_value());
        for (k, v) in &kw {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if typed {
        key.extend(args.iter().map(|a| a.type_of().as_value()));
        key.extend(kw.iter().map(|(_, v)| v.type_of().as_value()));
    }
    Ok(tuple::new(key))
}

fn count(c: &LruCache, hit: bool) {
    c.stats
        .with(&c.header, |s| if hit { s.hits += 1 } else { s.misses += 1 });
}

fn call(v: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    let c = lru(v);
    let call_user = || match kwargs {
        None => call_object(&c.func, args, &[]),
        Some(kw) => taipan_vm::interp::call_slot(&c.func, args, Some(kw)),
    };
    if c.maxsize == Some(0) {
        count(c, false);
        return call_user();
    }
    let key = make_key(args, kwargs, c.typed)?;
    if let Some(r) = dict::get_item(&c.cache, &key)? {
        count(c, true);
        if c.maxsize.is_some() {
            // Most recently used: to the end of the order.
            dict::del_item(&c.cache, &key)?;
            dict::set_item(&c.cache, key, r.clone())?;
        }
        return Ok(r);
    }
    count(c, false);
    let r = call_user()?;
    // A recursive call may have cached this key meanwhile.
    if dict::get_item(&c.cache, &key)?.is_some() {
        return Ok(r);
    }
    if let Some(max) = c.maxsize {
        if ops::len(&c.cache)? >= max {
            let it = ops::iter(&c.cache)?;
            if let Some(oldest) = ops::next(&it)? {
                drop(it);
                dict::del_item(&c.cache, &oldest)?;
            }
        }
    }
    dict::set_item(&c.cache, key, r.clone())?;
    Ok(r)
}

fn m_cache_info(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("cache_info", args, kw, 0, 0)?;
    let c = lru(&args[0]);
    let (hits, misses) = c.stats.with(&c.header, |s| (s.hits, s.misses));
    let maxsize = c
        .maxsize
        .map_or_else(singletons::none, |m| int::from_i64(m as i64));
    call_object(
        &c.cache_info_type,
        &[
            int::from_u64(hits),
            int::from_u64(misses),
            maxsize,
            int::from_i64(ops::len(&c.cache)? as i64),
        ],
        &[],
    )
}

fn m_cache_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("cache_clear", args, kw, 0, 0)?;
    let c = lru(&args[0]);
    c.stats.with(&c.header, |s| *s = Stats::default());
    let clear = attrs::getattr_str(&c.cache, "clear")?;
    call_object(&clear, &[], &[])?;
    Ok(singletons::none())
}

/// `__get__(obj, type=None)`: a bound method for instances.
fn m_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1).filter(|o| !singletons::is_none(o)) {
        Some(obj) => Ok(new_method(args[0].clone(), obj.clone())),
        None => Ok(args[0].clone()),
    }
}

/// `__copy__` / `__deepcopy__`: the wrapper itself.
fn m_self(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `__reduce__`: pickled by qualified name, as functions are.
fn m_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("__reduce__", args, kw, 0, 0)?;
    attrs::getattr_str(&args[0], "__qualname__")
}

pub static LRU_CACHE_TYPE: TypeObject = TypeObject::new_static_in(
    "functools",
    "_lru_cache_wrapper",
    Some(&OBJECT_TYPE),
    tpflags::DESCR_GET,
    Slots {
        call: Some(call),
        getattr: Some(attrs::generic_getattr),
        setattr: Some(attrs::generic_setattr),
        ..base_slots(extend::dealloc_extended::<LruCache>)
    },
)
.with_instance_ext(ext_offset::<LruCache>(), 0, true);

/// Fills the type's dict (once).
pub(super) fn install() {
    let methods: [(&'static str, NativeFn); 6] = [
        ("cache_info", m_cache_info),
        ("cache_clear", m_cache_clear),
        ("__get__", m_get),
        ("__copy__", m_self),
        ("__deepcopy__", m_self),
        ("__reduce__", m_reduce),
    ];
    for (name, f) in methods {
        let _ = dict::set_item(
            LRU_CACHE_TYPE.dict(),
            pystr::intern(name),
            taipan_vm::interp::objects::native_method_any_arity(&LRU_CACHE_TYPE, name, f),
        );
    }
    let _ = dict::set_item(
        LRU_CACHE_TYPE.dict(),
        pystr::intern("__new__"),
        taipan_vm::interp::classes::new_wrapper(
            &taipan_vm::interp::classes::STATICMETHOD_TYPE,
            native_any_arity("__new__", m_new),
        ),
    );
    taipan_vm::interp::slot_wrappers::install(&[&LRU_CACHE_TYPE]);
}
