//! The state of one code object being generated (CPython's `compiler_unit`).

use crate::consts::ConstPool;
use crate::fasthash::HashMap;
use crate::location::Location;
use crate::seq::{InstrSeq, Label};
use crate::symtable::ScopeId;
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;

/// An insertion-ordered set of names, each with its index.
#[derive(Clone, Debug, Default)]
pub struct NameSet {
    pub list: Vec<String>,
    map: HashMap<String, u32>,
}

impl NameSet {
    pub fn from_list(names: impl IntoIterator<Item = String>) -> NameSet {
        let mut set = NameSet::default();
        for n in names {
            set.add(&n);
        }
        set
    }

    /// The index of `name`, adding it if new.
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.map.get(name) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(name.to_string());
        self.map.insert(name.to_string(), i);
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.map.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// What kind of code object a unit compiles (CPython's `COMPILE_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    /// Annotation, type-parameter, type-alias and type-variable scopes.
    Annotations,
}

/// A block of the frame stack: what `break`, `continue` and `return` must
/// unwind (CPython's `fblockinfo`).
#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    AsyncForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [taipan_syntax::ast::Stmt],
        loc: Location,
    },
    FinallyEnd,
    With {
        loc: Location,
    },
    AsyncWith {
        loc: Location,
    },
    HandlerCleanup {
        name: Option<String>,
    },
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
}

/// One code object under construction.
pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    /// The class name for private-name mangling.
    pub private: Option<String>,
    pub seq: InstrSeq,
    pub consts: ConstPool,
    pub names: NameSet,
    pub varnames: NameSet,
    pub cellvars: NameSet,
    pub freevars: NameSet,
    /// Locals of inlined comprehensions, hidden from `locals()` while live.
    pub fasthidden: HashMap<String, bool>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub fblocks: Vec<FBlock<'a>>,
    /// Depth of inlined comprehensions being compiled.
    pub in_inlined_comp: u32,
    /// Attributes assigned through the first parameter of methods
    /// (`self.x = ...`), for `__static_attributes__`.
    pub static_attributes: Option<Vec<String>>,
    /// Simple annotated assignments of a module or class body, compiled
    /// into its `__annotate__` at the end, each with its index in
    /// `__conditional_annotations__` (-1 when unconditional).
    pub deferred_annotations: Vec<(&'a taipan_syntax::ast::Stmt, i64)>,
    pub next_conditional_index: i64,
}

impl Unit<'_> {
    pub fn emit(&mut self, op: Op, arg: u32, loc: Location) {
        self.seq.emit(op, arg, loc);
    }

    /// The index of `value` in `co_consts`, adding it if new.
    pub fn add_const(&mut self, value: ConstValue) -> u32 {
        self.consts.add(value)
    }
}
