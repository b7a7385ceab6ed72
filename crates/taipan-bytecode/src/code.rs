//! Code objects: the compiler's output and the interpreter's input.
//!
//! `CodeObject` carries what a CPython 3.14 code object does, in the same
//! layout: the code units, constants, names, the "locals plus" array (fast
//! locals, cells and free variables in one numbering, with a kind byte
//! each), the argument counts, flags, and the exception and location tables
//! in CPython's byte encodings. It is immutable once built; the
//! interpreter keeps its specialized copy of the code units itself.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use num_bigint::BigInt;
use taipan_syntax::ast::Constant;
use taipan_syntax::wtf8::Wtf8Buf;

use crate::exception_table::{self, ExceptionTableEntry};
use crate::instruction::{code_bytes, CodeUnit, Instructions};
use crate::location::{self, Location};

/// A constant in `co_consts`: what the compiler can build without a
/// runtime. The interpreter turns each into an object when it loads code.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    /// A str; WTF-8 because Python strings may hold lone surrogates.
    Str(Wtf8Buf),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstValue>),
    /// A frozenset built by the constant folder (`x in {1, 2}`), elements in
    /// the order the compiler saw them.
    FrozenSet(Vec<ConstValue>),
    /// A constant slice (3.14 folds `a[1:2]` to `slice(1, 2, None)`):
    /// start, stop, step.
    Slice(Box<[ConstValue; 3]>),
    /// The code of a nested function, class body, lambda or comprehension.
    Code(Arc<CodeObject>),
}

impl From<&Constant> for ConstValue {
    fn from(constant: &Constant) -> ConstValue {
        match constant {
            Constant::None => ConstValue::None,
            Constant::Bool(b) => ConstValue::Bool(*b),
            Constant::Ellipsis => ConstValue::Ellipsis,
            Constant::Int(i) => ConstValue::Int(i.clone()),
            Constant::Float(f) => ConstValue::Float(*f),
            Constant::Complex { real, imag } => ConstValue::Complex {
                real: *real,
                imag: *imag,
            },
            Constant::Str(s) => ConstValue::Str(s.clone()),
            Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
            Constant::Tuple(items) => ConstValue::Tuple(items.iter().map(Into::into).collect()),
        }
    }
}

impl From<&str> for ConstValue {
    fn from(s: &str) -> ConstValue {
        ConstValue::Str(s.into())
    }
}

impl ConstValue {
    /// A key under which equal constants can be merged into one `co_consts`
    /// slot (CPython's `_PyCode_ConstantKey`): values of different types
    /// never merge (`1`, `1.0` and `True` stay apart), floats compare by
    /// bits (`0.0` and `-0.0` stay apart, a NaN merges with itself),
    /// frozensets ignore order, and code objects merge when they are equal
    /// field by field, constants compared by key (CPython's `code.__eq__`:
    /// a body compiled twice, as `finally` blocks are, shares one slot).
    pub fn key(&self) -> ConstKey<'_> {
        ConstKey(self)
    }

    /// Python truthiness (`bool(value)`), for folding constant conditions.
    pub fn is_true(&self) -> bool {
        match self {
            ConstValue::None => false,
            ConstValue::Bool(b) => *b,
            ConstValue::Ellipsis | ConstValue::Slice(_) | ConstValue::Code(_) => true,
            ConstValue::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            ConstValue::Float(f) => *f != 0.0,
            ConstValue::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            ConstValue::Str(s) => !s.is_empty(),
            ConstValue::Bytes(b) => !b.is_empty(),
            ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => !items.is_empty(),
        }
    }

    /// `repr(value)` as CPython prints it; code objects are shown at
    /// [`crate::dis::stable_address`].
    pub fn repr(&self) -> String {
        crate::repr::const_repr(self, &crate::dis::stable_address)
    }
}

/// Code objects equal as constants: every field, constants by key.
fn same_code(a: &CodeObject, b: &CodeObject) -> bool {
    a.code == b.code
        && a.names == b.names
        && a.localsplusnames == b.localsplusnames
        && a.localspluskinds == b.localspluskinds
        && a.argcount == b.argcount
        && a.posonlyargcount == b.posonlyargcount
        && a.kwonlyargcount == b.kwonlyargcount
        && a.flags == b.flags
        && a.stacksize == b.stacksize
        && a.firstlineno == b.firstlineno
        && a.name == b.name
        && a.qualname == b.qualname
        && a.filename == b.filename
        && a.linetable == b.linetable
        && a.exceptiontable == b.exceptiontable
        && a.consts.len() == b.consts.len()
        && a.consts
            .iter()
            .zip(&b.consts)
            .all(|(x, y)| x.key() == y.key())
}

/// See [`ConstValue::key`].
#[derive(Clone, Copy, Debug)]
pub struct ConstKey<'a>(&'a ConstValue);

impl PartialEq for ConstKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        use ConstValue as C;
        match (self.0, other.0) {
            (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
            (C::Bool(a), C::Bool(b)) => a == b,
            (C::Int(a), C::Int(b)) => a == b,
            (C::Float(a), C::Float(b)) => a.to_bits() == b.to_bits(),
            (
                C::Complex { real, imag },
                C::Complex {
                    real: real2,
                    imag: imag2,
                },
            ) => real.to_bits() == real2.to_bits() && imag.to_bits() == imag2.to_bits(),
            (C::Str(a), C::Str(b)) => a == b,
            (C::Bytes(a), C::Bytes(b)) => a == b,
            (C::Tuple(a), C::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.key() == y.key())
            }
            (C::FrozenSet(a), C::FrozenSet(b)) => {
                a.len() == b.len()
                    && a.iter().all(|x| b.iter().any(|y| x.key() == y.key()))
                    && b.iter().all(|y| a.iter().any(|x| x.key() == y.key()))
            }
            (C::Slice(a), C::Slice(b)) => a.iter().zip(b.iter()).all(|(x, y)| x.key() == y.key()),
            (C::Code(a), C::Code(b)) => Arc::ptr_eq(a, b) || same_code(a, b),
            _ => false,
        }
    }
}

impl Eq for ConstKey<'_> {}

impl Hash for ConstKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        use ConstValue as C;
        std::mem::discriminant(self.0).hash(state);
        match self.0 {
            C::None | C::Ellipsis => {}
            C::Bool(b) => b.hash(state),
            C::Int(i) => i.hash(state),
            C::Float(f) => f.to_bits().hash(state),
            C::Complex { real, imag } => (real.to_bits(), imag.to_bits()).hash(state),
            C::Str(s) => s.as_bytes().hash(state),
            C::Bytes(b) => b.hash(state),
            C::Tuple(items) => items.iter().for_each(|x| x.key().hash(state)),
            C::FrozenSet(items) => {
                // Order-independent: combine the element hashes commutatively.
                let combined = items.iter().fold(0u64, |acc, x| {
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    x.key().hash(&mut h);
                    acc.wrapping_add(h.finish())
                });
                combined.hash(state);
            }
            C::Slice(parts) => parts.iter().for_each(|x| x.key().hash(state)),
            C::Code(code) => (&code.qualname, code.firstlineno, &code.code).hash(state),
        }
    }
}

/// `co_flags` bits, with CPython's values (`inspect.CO_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    /// Locals live in fast slots, not a dict (functions).
    pub const OPTIMIZED: CodeFlags = CodeFlags(0x1);
    /// A new locals namespace is made for each call.
    pub const NEWLOCALS: CodeFlags = CodeFlags(0x2);
    /// Has a `*args` parameter.
    pub const VARARGS: CodeFlags = CodeFlags(0x4);
    /// Has a `**kwargs` parameter.
    pub const VARKEYWORDS: CodeFlags = CodeFlags(0x8);
    /// Defined inside another function.
    pub const NESTED: CodeFlags = CodeFlags(0x10);
    /// A generator function.
    pub const GENERATOR: CodeFlags = CodeFlags(0x20);
    /// No cell or free variables (kept for compatibility; CPython still
    /// exposes the bit).
    pub const NOFREE: CodeFlags = CodeFlags(0x40);
    /// An `async def` function.
    pub const COROUTINE: CodeFlags = CodeFlags(0x80);
    /// A generator usable in `await` (`types.coroutine`).
    pub const ITERABLE_COROUTINE: CodeFlags = CodeFlags(0x100);
    /// An `async def` containing `yield`.
    pub const ASYNC_GENERATOR: CodeFlags = CodeFlags(0x200);
    /// `co_consts[0]` is the docstring (3.14).
    pub const HAS_DOCSTRING: CodeFlags = CodeFlags(0x400_0000);
    /// A function defined directly in a class body (3.14).
    pub const METHOD: CodeFlags = CodeFlags(0x800_0000);

    /// Names of the flags as `dis.code_info` prints them, lowest bit first.
    pub const NAMES: &'static [(CodeFlags, &'static str)] = &[
        (CodeFlags::OPTIMIZED, "OPTIMIZED"),
        (CodeFlags::NEWLOCALS, "NEWLOCALS"),
        (CodeFlags::VARARGS, "VARARGS"),
        (CodeFlags::VARKEYWORDS, "VARKEYWORDS"),
        (CodeFlags::NESTED, "NESTED"),
        (CodeFlags::GENERATOR, "GENERATOR"),
        (CodeFlags::NOFREE, "NOFREE"),
        (CodeFlags::COROUTINE, "COROUTINE"),
        (CodeFlags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (CodeFlags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
        (CodeFlags::HAS_DOCSTRING, "HAS_DOCSTRING"),
        (CodeFlags::METHOD, "METHOD"),
    ];

    pub const fn contains(self, other: CodeFlags) -> bool {
        self.0 & other.0 == other.0
    }
    pub const fn union(self, other: CodeFlags) -> CodeFlags {
        CodeFlags(self.0 | other.0)
    }
}

impl std::ops::BitOr for CodeFlags {
    type Output = CodeFlags;
    fn bitor(self, other: CodeFlags) -> CodeFlags {
        self.union(other)
    }
}

/// The kind byte of one "locals plus" slot (CPython's `CO_FAST_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct LocalKind(pub u8);

impl LocalKind {
    /// A positional parameter (positional-only, positional-or-keyword, or
    /// `*args`).
    pub const ARG_POS: LocalKind = LocalKind(0x02);
    /// A keyword parameter (keyword-only, positional-or-keyword, or
    /// `**kwargs`).
    pub const ARG_KW: LocalKind = LocalKind(0x04);
    /// `*args` or `**kwargs`.
    pub const ARG_VAR: LocalKind = LocalKind(0x08);
    /// Any parameter.
    pub const ARG: LocalKind = LocalKind(0x0E);
    /// A local of an inlined comprehension, hidden from `locals()`.
    pub const HIDDEN: LocalKind = LocalKind(0x10);
    /// A fast local (listed in `co_varnames`).
    pub const LOCAL: LocalKind = LocalKind(0x20);
    /// A cell: captured by an inner scope (listed in `co_cellvars`). A
    /// parameter can be both a local and a cell.
    pub const CELL: LocalKind = LocalKind(0x40);
    /// A free variable from an enclosing scope (`co_freevars`).
    pub const FREE: LocalKind = LocalKind(0x80);

    /// Whether any bit of `other` is set.
    pub const fn intersects(self, other: LocalKind) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for LocalKind {
    type Output = LocalKind;
    fn bitor(self, other: LocalKind) -> LocalKind {
        LocalKind(self.0 | other.0)
    }
}

/// A compiled code object (`types.CodeType`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CodeObject {
    /// The code units, caches zeroed (`co_code`).
    pub code: Vec<CodeUnit>,
    pub consts: Vec<ConstValue>,
    /// Global, attribute and import names (`co_names`).
    pub names: Vec<String>,
    /// Names of fast locals, cells and free variables, in slot order.
    pub localsplusnames: Vec<String>,
    /// One kind per `localsplusnames` entry.
    pub localspluskinds: Vec<LocalKind>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Deepest value stack the code needs (`co_stacksize`).
    pub stacksize: u32,
    pub firstlineno: i32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    /// `co_linetable`, see [`crate::location`].
    pub linetable: Vec<u8>,
    /// `co_exceptiontable`, see [`crate::exception_table`].
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    /// `co_code` as bytes.
    pub fn code_bytes(&self) -> Vec<u8> {
        code_bytes(&self.code)
    }

    /// The instructions, with `EXTENDED_ARG` folded in and caches skipped.
    pub fn instructions(&self) -> Instructions<'_> {
        Instructions::new(&self.code)
    }

    fn names_of_kind(&self, kind: LocalKind) -> Vec<&str> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, k)| k.intersects(kind))
            .map(|(name, _)| name.as_str())
            .collect()
    }

    /// `co_varnames`: the fast locals, parameters first.
    pub fn varnames(&self) -> Vec<&str> {
        self.names_of_kind(LocalKind::LOCAL)
    }

    /// `co_cellvars`.
    pub fn cellvars(&self) -> Vec<&str> {
        self.names_of_kind(LocalKind::CELL)
    }

    /// `co_freevars`.
    pub fn freevars(&self) -> Vec<&str> {
        self.names_of_kind(LocalKind::FREE)
    }

    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.varnames().len()
    }

    /// Number of frame slots for locals, cells and free variables.
    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// The name an oparg of a local, cell or free instruction refers to
    /// (`code._varname_from_oparg`).
    pub fn varname_from_oparg(&self, oparg: u32) -> Option<&str> {
        self.localsplusnames.get(oparg as usize).map(String::as_str)
    }

    /// Total number of parameters, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> u32 {
        self.argcount
            + self.kwonlyargcount
            + self.flags.contains(CodeFlags::VARARGS) as u32
            + self.flags.contains(CodeFlags::VARKEYWORDS) as u32
    }

    /// `co_positions()`: the source span of every code unit.
    pub fn positions(&self) -> impl Iterator<Item = Location> + '_ {
        location::positions(&self.linetable, self.firstlineno)
    }

    /// `co_lines()`: `(start, end, line)` byte ranges.
    pub fn lines(&self) -> Vec<(usize, usize, Option<i32>)> {
        location::lines(&self.linetable, self.firstlineno)
    }

    /// The decoded exception table.
    pub fn exception_entries(&self) -> Vec<ExceptionTableEntry> {
        exception_table::decode(&self.exceptiontable)
    }

    /// The nested code objects in `co_consts`.
    pub fn nested_code(&self) -> impl Iterator<Item = &Arc<CodeObject>> {
        self.consts.iter().filter_map(|c| match c {
            ConstValue::Code(code) => Some(code),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outer() -> CodeObject {
        // `def outer(a, /, b, *c, d, **e): x = 1; def inner(): ...` as
        // CPython 3.14 lays it out (kinds read from `marshal.dumps`).
        let names = ["a", "b", "d", "c", "e", "inner", "x"];
        let kinds = [0x62, 0x26, 0x24, 0x2a, 0x2c, 0x20, 0x40];
        CodeObject {
            code: Vec::new(),
            consts: vec![ConstValue::None],
            names: Vec::new(),
            localsplusnames: names.iter().map(|s| s.to_string()).collect(),
            localspluskinds: kinds.iter().map(|&k| LocalKind(k)).collect(),
            argcount: 2,
            posonlyargcount: 1,
            kwonlyargcount: 1,
            flags: CodeFlags::OPTIMIZED
                | CodeFlags::NEWLOCALS
                | CodeFlags::VARARGS
                | CodeFlags::VARKEYWORDS,
            stacksize: 2,
            firstlineno: 1,
            name: "outer".into(),
            qualname: "outer".into(),
            filename: "<string>".into(),
            linetable: Vec::new(),
            exceptiontable: Vec::new(),
        }
    }

    #[test]
    fn derived_name_tuples_follow_the_kinds() {
        let code = outer();
        assert_eq!(code.varnames(), ["a", "b", "d", "c", "e", "inner"]);
        assert_eq!(code.cellvars(), ["a", "x"]);
        assert!(code.freevars().is_empty());
        assert_eq!(code.nlocals(), 6);
        assert_eq!(code.total_args(), 5);
        assert_eq!(code.varname_from_oparg(6), Some("x"));
        assert_eq!(code.flags.0, 0xf);
    }

    #[test]
    fn constant_keys_merge_like_cpython() {
        use std::collections::HashSet;
        let int = |i: i32| ConstValue::Int(i.into());
        let values = [
            int(1),
            ConstValue::Float(1.0),
            ConstValue::Bool(true),
            ConstValue::Float(0.0),
            ConstValue::Float(-0.0),
            ConstValue::Tuple(vec![int(1)]),
            ConstValue::Tuple(vec![ConstValue::Bool(true)]),
            ConstValue::FrozenSet(vec![int(1), int(2)]),
        ];
        let distinct: HashSet<ConstKey> = values.iter().map(ConstValue::key).collect();
        assert_eq!(distinct.len(), values.len());
        let reordered = ConstValue::FrozenSet(vec![int(2), int(1)]);
        assert!(distinct.contains(&reordered.key()));
        let nan = ConstValue::Float(f64::NAN);
        assert_eq!(nan.key(), nan.clone().key());
        let code = Arc::new(CodeObject::default());
        let same = ConstValue::Code(code.clone());
        assert_eq!(same.key(), ConstValue::Code(code).key());
        let twin = ConstValue::Code(Arc::new(CodeObject::default()));
        assert_eq!(same.key(), twin.key());
        let with_const = |value| {
            ConstValue::Code(Arc::new(CodeObject {
                consts: vec![value],
                ..CodeObject::default()
            }))
        };
        let zero = with_const(ConstValue::Float(0.0));
        assert_eq!(zero.key(), zero.clone().key());
        assert_ne!(zero.key(), with_const(ConstValue::Float(-0.0)).key());
        assert_ne!(zero.key(), twin.key());
    }

    #[test]
    fn truthiness_and_repr() {
        let falsy = [
            ConstValue::None,
            ConstValue::Bool(false),
            ConstValue::Int(0.into()),
            ConstValue::Float(-0.0),
            ConstValue::from(""),
            ConstValue::Tuple(Vec::new()),
        ];
        assert!(falsy.iter().all(|c| !c.is_true()));
        assert!(ConstValue::Int((-3).into()).is_true());
        assert!(ConstValue::Complex {
            real: 0.0,
            imag: 1.0
        }
        .is_true());
        assert_eq!(ConstValue::from("it's").repr(), "\"it's\"");
        assert_eq!(ConstValue::Float(1e16).repr(), "1e+16");
    }

    #[test]
    fn constants_from_the_ast() {
        let ast = Constant::Tuple(vec![Constant::Int(7.into()), Constant::Str("s".into())]);
        assert_eq!(
            ConstValue::from(&ast),
            ConstValue::Tuple(vec![ConstValue::Int(7.into()), ConstValue::Str("s".into())])
        );
    }
}
