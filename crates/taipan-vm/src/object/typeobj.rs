//! Type objects: the slot table the interpreter dispatches on, the MRO, the
//! attribute dict and the version tag that caches key on.

use std::borrow::Cow;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use super::header::ObjHeader;
use super::payload::PyPayload;
use super::value::Value;
use crate::error::PyResult;

pub type DeallocFn = unsafe fn(NonNull<ObjHeader>);
/// Calls the visitor on every reference the object holds.
pub type TraverseFn = fn(&Value, &mut dyn FnMut(&Value));
/// Drops the references the object holds (breaks cycles).
pub type ClearFn = fn(&Value);
pub type HashFn = fn(&Value) -> PyResult<i64>;
/// `repr` / `str`: returns a `str` object.
pub type ReprFn = fn(&Value) -> PyResult<Value>;
/// Returns `NotImplemented` when the operands are not supported.
pub type RichCompareFn = fn(&Value, &Value, CompareOp) -> PyResult<Value>;
/// `(obj, name: str)`.
pub type GetAttrFn = fn(&Value, &Value) -> PyResult<Value>;
/// `(obj, name: str, value)`; `None` deletes.
pub type SetAttrFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;
pub type UnaryFn = fn(&Value) -> PyResult<Value>;
/// Returns `NotImplemented` when the operands are not supported.
pub type BinaryFn = fn(&Value, &Value) -> PyResult<Value>;
pub type TernaryFn = fn(&Value, &Value, &Value) -> PyResult<Value>;
pub type InquiryFn = fn(&Value) -> PyResult<bool>;
pub type LenFn = fn(&Value) -> PyResult<usize>;
/// `Ok(None)` is exhaustion without an exception being set.
pub type NextFn = fn(&Value) -> PyResult<Option<Value>>;
/// `(callable, positional and keyword argument values, kwnames tuple)`,
/// vectorcall style.
pub type CallFn = fn(&Value, &[Value], Option<&Value>) -> PyResult<Value>;
pub type ContainsFn = fn(&Value, &Value) -> PyResult<bool>;
/// `(obj, key, value)`; `None` deletes.
pub type SetItemFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;

/// Rich comparison operators, numbered as `COMPARE_OP`'s oparg >> 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// Every operator, in oparg order.
    pub const ALL: [CompareOp; 6] = [
        CompareOp::Lt,
        CompareOp::Le,
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Gt,
        CompareOp::Ge,
    ];

    /// The special method that implements the operator (`__lt__`, ...).
    pub const fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// The operator with the operands swapped (`a < b` is `b > a`).
    pub const fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub const fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// Applies the operator to an ordering.
    #[inline]
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// Binary number operators, numbered as CPython's `BINARY_OP` oparg
/// (`NB_ADD` = 0 ... `NB_XOR` = 12; in-place forms add 13).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMul = 4,
    Mul = 5,
    Rem = 6,
    Or = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
}

pub const NUM_BINOPS: usize = 13;

impl BinOp {
    pub const ALL: [BinOp; NUM_BINOPS] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDiv,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Mul,
        BinOp::Rem,
        BinOp::Or,
        BinOp::Pow,
        BinOp::RShift,
        BinOp::Sub,
        BinOp::TrueDiv,
        BinOp::Xor,
    ];

    pub const fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Rem => "%",
            BinOp::Or => "|",
            BinOp::Pow => "** or pow()",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }

    pub const fn inplace_symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+=",
            BinOp::And => "&=",
            BinOp::FloorDiv => "//=",
            BinOp::LShift => "<<=",
            BinOp::MatMul => "@=",
            BinOp::Mul => "*=",
            BinOp::Rem => "%=",
            BinOp::Or => "|=",
            BinOp::Pow => "**=",
            BinOp::RShift => ">>=",
            BinOp::Sub => "-=",
            BinOp::TrueDiv => "/=",
            BinOp::Xor => "^=",
        }
    }
}

/// The native operations of a type. `None` means "not supported"
/// (for `hash`: unhashable).
#[derive(Clone, Copy)]
pub struct Slots {
    pub dealloc: DeallocFn,
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ClearFn>,
    pub hash: Option<HashFn>,
    pub repr: Option<ReprFn>,
    pub str: Option<ReprFn>,
    pub richcompare: Option<RichCompareFn>,
    pub getattr: Option<GetAttrFn>,
    pub setattr: Option<SetAttrFn>,
    pub iter: Option<UnaryFn>,
    pub next: Option<NextFn>,
    pub call: Option<CallFn>,
    /// Binary number operators indexed by `BinOp`.
    pub number: [Option<BinaryFn>; NUM_BINOPS],
    /// In-place forms (`+=` ...), indexed by `BinOp`; fall back to `number`.
    pub inplace: [Option<BinaryFn>; NUM_BINOPS],
    /// `divmod(a, b)`.
    pub divmod: Option<BinaryFn>,
    /// Three-argument `pow(a, b, m)`.
    pub pow3: Option<TernaryFn>,
    pub neg: Option<UnaryFn>,
    pub pos: Option<UnaryFn>,
    pub invert: Option<UnaryFn>,
    pub abs: Option<UnaryFn>,
    pub bool: Option<InquiryFn>,
    pub int: Option<UnaryFn>,
    pub float: Option<UnaryFn>,
    pub index: Option<UnaryFn>,
    pub length: Option<LenFn>,
    pub concat: Option<BinaryFn>,
    pub inplace_concat: Option<BinaryFn>,
    /// `(seq, count: int)`.
    pub repeat: Option<BinaryFn>,
    pub contains: Option<ContainsFn>,
    pub getitem: Option<BinaryFn>,
    pub setitem: Option<SetItemFn>,
    /// `__del__`: runs before an instance of a heap type is freed.
    pub finalize: Option<fn(&Value)>,
}

impl Slots {
    pub const fn new(dealloc: DeallocFn) -> Slots {
        Slots {
            dealloc,
            traverse: None,
            clear: None,
            hash: None,
            repr: None,
            str: None,
            richcompare: None,
            getattr: None,
            setattr: None,
            iter: None,
            next: None,
            call: None,
            number: [None; NUM_BINOPS],
            inplace: [None; NUM_BINOPS],
            divmod: None,
            pow3: None,
            neg: None,
            pos: None,
            invert: None,
            abs: None,
            bool: None,
            int: None,
            float: None,
            index: None,
            length: None,
            concat: None,
            inplace_concat: None,
            repeat: None,
            contains: None,
            getitem: None,
            setitem: None,
            finalize: None,
        }
    }
}

/// Most attribute names a class's shared key table holds; an instance that
/// needs more gets a real `__dict__`.
pub const MAX_SHARED_KEYS: usize = 30;

/// The per-class table of instance attribute names (DESIGN.md §2): the
/// instances keep their attribute values inline, at the index of the name
/// here. Append-only, so readers need no lock.
pub struct SharedKeys {
    keys: [OnceLock<Value>; MAX_SHARED_KEYS],
    len: std::sync::atomic::AtomicUsize,
    add_lock: std::sync::Mutex<()>,
}

impl SharedKeys {
    pub const fn new() -> SharedKeys {
        SharedKeys {
            keys: [const { OnceLock::new() }; MAX_SHARED_KEYS],
            len: std::sync::atomic::AtomicUsize::new(0),
            add_lock: std::sync::Mutex::new(()),
        }
    }

    /// The index of `name` (an exact `str`).
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        let n = self.len.load(Ordering::Acquire);
        let keys = &self.keys[..n];
        if let Some(i) = keys
            .iter()
            .position(|k| k.get().is_some_and(|k| k.is(name)))
        {
            return Some(i);
        }
        let text = crate::types::str::as_str(name)?;
        keys.iter()
            .position(|k| k.get().and_then(crate::types::str::as_str) == Some(text))
    }

    /// The index of `name`, adding it; `None` when the table is full.
    pub fn index_or_add(&self, name: &Value) -> Option<usize> {
        if let Some(i) = self.index_of(name) {
            return Some(i);
        }
        let _guard = self.add_lock.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = self.index_of(name) {
            return Some(i);
        }
        let n = self.len.load(Ordering::Acquire);
        if n == MAX_SHARED_KEYS {
            return None;
        }
        let _ = self.keys[n].set(name.clone());
        self.len.store(n + 1, Ordering::Release);
        Some(n)
    }

    /// The name at `index`.
    pub fn key(&self, index: usize) -> Option<&Value> {
        self.keys.get(index)?.get()
    }
}

impl Default for SharedKeys {
    fn default() -> SharedKeys {
        SharedKeys::new()
    }
}

/// Type flag bits.
pub mod tpflags {
    /// Attributes cannot be set (static built-in types).
    pub const IMMUTABLE: u64 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u64 = 1 << 1;
    /// Instances hold references (have traverse/clear).
    pub const HAVE_GC: u64 = 1 << 2;
    /// Statically allocated.
    pub const STATIC: u64 = 1 << 3;
    /// Created at run time by a `class` statement (`__mro__` may differ
    /// from the base chain).
    pub const HEAPTYPE: u64 = 1 << 4;
    /// A static type with several bases: subclass checks use its MRO.
    pub const MULTI_BASE: u64 = 1 << 5;
    /// Instances may be weakly referenced (CPython's
    /// `tp_weaklistoffset != 0`): set on heap types by `create_class`, and
    /// by native modules on their static types (`interp::weakrefs`).
    pub const WEAKREFABLE: u64 = 1 << 6;
    /// A static type whose `__get__` (in its dict) binds its instances
    /// found as class attributes (`functools.partial`).
    pub const DESCR_GET: u64 = 1 << 8;
    /// Instances hold no references, have no finalizer and cannot be
    /// weakly referenced: freeing one frees nothing else, so the dealloc
    /// needs no nesting guard. Never inherited.
    pub const LEAF: u64 = 1 << 9;
    // Fast subclass checks, as CPython's `Py_TPFLAGS_*_SUBCLASS`.
    pub const INT_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const STR_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
}

#[repr(C)]
pub struct TypeObject {
    pub header: ObjHeader,
    pub name: Cow<'static, str>,
    pub qualname: Cow<'static, str>,
    pub module: Cow<'static, str>,
    /// The base whose layout instances extend; null only for `object`.
    base: *const TypeObject,
    pub flags: u64,
    pub slots: Slots,
    version_tag: AtomicU32,
    /// Whether a slot-backed dunder (`__repr__`, `__eq__`, `__hash__`,
    /// ...) was assigned to this heap class or a base after the class was
    /// made: `object`'s default slots then look for it (the slots
    /// themselves are fixed at creation).
    pub late_dunders: std::sync::atomic::AtomicBool,
    bases: OnceLock<Value>,
    mro: OnceLock<Value>,
    dict: OnceLock<Value>,
    /// Heap types: offset of the `InstanceExt` in instances (0 = none).
    pub ext_offset: usize,
    /// Heap types: whether instances get a `__dict__`.
    pub instance_dict: bool,
    /// Heap types: `__slots__` values per instance, inherited ones included.
    pub nslots: usize,
    /// Direct subclasses (`__subclasses__()`); types are immortal.
    subclasses: std::sync::Mutex<Vec<Value>>,
    /// Heap types: the names of the instances' inline attribute values.
    pub shared_keys: SharedKeys,
}

// SAFETY: the mutable parts are atomics and `OnceLock`s; `base` points to an
// immortal or kept-alive type object.
unsafe impl Sync for TypeObject {}
// SAFETY: as above.
unsafe impl Send for TypeObject {}

// SAFETY: `#[repr(C)]` with the header first; `type` objects all have this
// layout (heap types will extend it).
unsafe impl PyPayload for TypeObject {
    fn type_object() -> &'static TypeObject {
        &crate::types::object::TYPE_TYPE
    }
}

static NEXT_VERSION_TAG: AtomicU32 = AtomicU32::new(1);

impl TypeObject {
    /// A static built-in type (`builtins` module, immutable, immortal).
    pub const fn new_static(
        name: &'static str,
        base: Option<&'static TypeObject>,
        flags: u64,
        slots: Slots,
    ) -> TypeObject {
        Self::new_static_in("builtins", name, base, flags, slots)
    }

    /// A static type of another module (`string.templatelib.Template`).
    pub const fn new_static_in(
        module: &'static str,
        name: &'static str,
        base: Option<&'static TypeObject>,
        flags: u64,
        slots: Slots,
    ) -> TypeObject {
        TypeObject {
            header: ObjHeader::new_static(&crate::types::object::TYPE_TYPE),
            name: Cow::Borrowed(name),
            qualname: Cow::Borrowed(name),
            module: Cow::Borrowed(module),
            base: match base {
                Some(b) => b as *const TypeObject,
                None => std::ptr::null(),
            },
            flags: flags | tpflags::IMMUTABLE | tpflags::STATIC,
            slots,
            version_tag: AtomicU32::new(0),
            late_dunders: std::sync::atomic::AtomicBool::new(false),
            bases: OnceLock::new(),
            mro: OnceLock::new(),
            dict: OnceLock::new(),
            ext_offset: 0,
            instance_dict: false,
            nslots: 0,
            subclasses: std::sync::Mutex::new(Vec::new()),
            shared_keys: SharedKeys::new(),
        }
    }

    /// A static type whose instances carry an `InstanceExt` at
    /// `ext_offset` with `nslots` member values and, with `dict`, a
    /// `__dict__`.
    pub const fn with_instance_ext(
        mut self,
        ext_offset: usize,
        nslots: usize,
        dict: bool,
    ) -> TypeObject {
        self.ext_offset = ext_offset;
        self.nslots = nslots;
        self.instance_dict = dict;
        self
    }

    /// A type created at run time (a `class` statement): `base` is the
    /// layout base (kept alive by `bases`), the MRO is set with `set_mro`.
    #[allow(clippy::too_many_arguments)]
    pub fn new_heap(
        name: String,
        qualname: String,
        module: String,
        base: &TypeObject,
        flags: u64,
        slots: Slots,
        bases: Value,
        dict: Value,
    ) -> TypeObject {
        TypeObject {
            header: ObjHeader::new(&crate::types::object::TYPE_TYPE),
            name: Cow::Owned(name),
            qualname: Cow::Owned(qualname),
            module: Cow::Owned(module),
            base: base as *const TypeObject,
            flags: flags | tpflags::HEAPTYPE,
            slots,
            version_tag: AtomicU32::new(0),
            late_dunders: std::sync::atomic::AtomicBool::new(false),
            bases: OnceLock::from(bases),
            mro: OnceLock::new(),
            dict: OnceLock::from(dict),
            ext_offset: 0,
            instance_dict: false,
            nslots: 0,
            subclasses: std::sync::Mutex::new(Vec::new()),
            shared_keys: SharedKeys::new(),
        }
    }

    /// CPython's `tp_name`: static types of modules other than `builtins`
    /// are qualified by their module (`collections.deque`).
    pub fn tp_name(&self) -> Cow<'_, str> {
        if self.has_flag(tpflags::STATIC) && self.module != "builtins" {
            Cow::Owned(format!("{}.{}", self.module, self.name))
        } else {
            Cow::Borrowed(&self.name)
        }
    }

    /// Records a direct subclass.
    pub fn add_subclass(&self, sub: Value) {
        self.subclasses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(sub);
    }

    /// Marks this class and its subclasses as having a dunder assigned
    /// after creation (see `late_dunders`).
    pub fn mark_late_dunders(&self) {
        self.late_dunders.store(true, Ordering::Relaxed);
        for sub in self.subclasses() {
            if let Some(t) = sub.downcast::<TypeObject>() {
                t.mark_late_dunders();
            }
        }
    }

    /// The direct subclasses, in creation order.
    pub fn subclasses(&self) -> Vec<Value> {
        self.subclasses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    #[inline]
    pub fn base(&self) -> Option<&TypeObject> {
        // SAFETY: a non-null base is a live type object kept alive by this
        // one (static types are immortal).
        unsafe { self.base.as_ref() }
    }

    #[inline(always)]
    pub fn has_flag(&self, flag: u64) -> bool {
        self.flags & flag != 0
    }

    /// `issubclass(self, other)` for the layout chain (single inheritance
    /// through `base`; heap types with several bases will consult the MRO).
    #[inline]
    pub fn is_subtype_of(&self, other: &TypeObject) -> bool {
        if self.has_flag(tpflags::HEAPTYPE | tpflags::MULTI_BASE) {
            if let Some(mro) = self.mro.get() {
                return crate::types::tuple::items(mro).iter().any(|t| {
                    std::ptr::eq(
                        t.header().map_or(std::ptr::null(), |h| {
                            h as *const ObjHeader as *const TypeObject
                        }),
                        other,
                    )
                });
            }
        }
        let mut t = Some(self);
        while let Some(ty) = t {
            if std::ptr::eq(ty, other) {
                return true;
            }
            t = ty.base();
        }
        false
    }

    /// `__bases__`.
    pub fn bases(&self) -> &Value {
        self.bases.get_or_init(|| {
            let items: Vec<Value> = self.base().map(|b| b.as_value()).into_iter().collect();
            immortal(crate::types::tuple::new(items))
        })
    }

    /// Sets `__bases__` of a type with several bases (before first use).
    pub fn set_bases(&self, bases: Value) {
        let _ = self.bases.set(bases);
    }

    /// Sets the MRO of a heap type once it exists (it contains itself).
    pub fn set_mro(&self, mro: Value) {
        let _ = self.mro.set(mro);
    }

    /// `__mro__`: for static types, the type followed by its base chain.
    pub fn mro(&self) -> &Value {
        self.mro.get_or_init(|| {
            let mut items = Vec::new();
            let mut t = Some(self);
            while let Some(ty) = t {
                items.push(ty.as_value());
                t = ty.base();
            }
            immortal(crate::types::tuple::new(items))
        })
    }

    /// The attribute dict (`__dict__` is a read-only proxy of it).
    pub fn dict(&self) -> &Value {
        self.dict
            .get_or_init(|| immortal(crate::types::dict::new()))
    }

    /// The attribute dict if it exists yet.
    pub fn dict_if_created(&self) -> Option<&Value> {
        self.dict.get()
    }

    /// This type as a value (a new reference).
    pub fn as_value(&self) -> Value {
        // SAFETY: a type object is a live heap object; taking a new
        // reference keeps it alive.
        unsafe {
            Value::from_raw_borrowed(super::value::RawValue::from_ptr(
                NonNull::from(self).cast::<ObjHeader>(),
            ))
        }
    }

    /// The current version tag, assigning a fresh one if it was
    /// invalidated. 0 means "no valid tag" (the counter is exhausted): caches
    /// must then not key on this type.
    #[inline]
    pub fn version_tag(&self) -> u32 {
        let tag = self.version_tag.load(Ordering::Acquire);
        if tag != 0 {
            return tag;
        }
        self.assign_version_tag()
    }

    #[cold]
    fn assign_version_tag(&self) -> u32 {
        let tag = NEXT_VERSION_TAG
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                (n != u32::MAX).then_some(n + 1)
            })
            .unwrap_or(0);
        if tag != 0 {
            self.version_tag.store(tag, Ordering::Release);
        }
        tag
    }

    /// Invalidates the version tag after a change to the type or its MRO.
    /// Subclasses are invalidated too.
    pub fn modified(&self) {
        self.version_tag.store(0, Ordering::Release);
        for sub in self.subclasses() {
            if let Some(t) = sub.downcast::<TypeObject>() {
                t.modified();
            }
        }
    }
}

fn immortal(v: Value) -> Value {
    if let Some(h) = v.header() {
        h.make_immortal();
    }
    v
}
