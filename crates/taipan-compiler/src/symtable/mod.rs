//! The symbol table: which scope every name belongs to.
//!
//! Built in two passes, as CPython's Python/symtable.c does: [`builder`]
//! walks the AST once, creating one [`Scope`] per block (module, class,
//! function, lambda, comprehension, annotation, type-parameter and
//! type-alias scopes) and recording raw facts about each name (bound here,
//! used here, declared global, ...); [`analyze`] then resolves every name to
//! local, global (explicit or implicit), free or cell, inlines list/set/dict
//! comprehensions into their parent (PEP 709), and reports the errors that
//! need the whole picture.
//!
//! Scopes are found again by the code generator through [`ScopeKey`]s: the
//! address of the AST node that opened them (the AST is borrowed for the
//! whole compilation, so addresses are stable), tagged by the role of the
//! scope when one node opens several.

use std::borrow::Cow;
mod analyze;
mod builder;

use crate::fasthash::HashMap;
use taipan_syntax::ast::{self, Range};

pub use builder::build;

/// Raw facts about a name, recorded by the first pass (CPython's `DEF_*`).
pub mod flags {
    pub const DEF_GLOBAL: u32 = 0x1;
    pub const DEF_LOCAL: u32 = 0x2;
    pub const DEF_PARAM: u32 = 0x4;
    pub const DEF_NONLOCAL: u32 = 0x8;
    pub const USE: u32 = 0x10;
    /// Free in a method, and also bound or global in the class itself.
    pub const DEF_FREE_CLASS: u32 = 0x40;
    pub const DEF_IMPORT: u32 = 0x80;
    pub const DEF_ANNOT: u32 = 0x100;
    pub const DEF_COMP_ITER: u32 = 0x200;
    pub const DEF_TYPE_PARAM: u32 = 0x400;
    /// A cell of an inlined comprehension, hoisted into its parent.
    pub const DEF_COMP_CELL: u32 = 0x800;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

/// Where `SymbolScope` sits in CPython's packed symbol word.
pub const SCOPE_OFFSET: u32 = 12;

/// The resolved scope of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// The kind of a block (CPython's `_Py_block_ty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockType {
    Function,
    Class,
    Module,
    /// The `__annotate__` function of PEP 649.
    Annotation,
    /// The lazily evaluated value of a `type` statement.
    TypeAlias,
    /// The scope that holds the type parameters of a generic (PEP 695).
    TypeParameters,
    /// A type parameter's lazily evaluated bound, constraints or default.
    TypeVariable,
}

impl BlockType {
    /// The number the `symtable` module reports for this kind.
    pub fn code(self) -> u32 {
        match self {
            BlockType::Function => 0,
            BlockType::Class => 1,
            BlockType::Module => 2,
            BlockType::Annotation => 3,
            BlockType::TypeAlias => 4,
            BlockType::TypeParameters => 5,
            BlockType::TypeVariable => 6,
        }
    }
}

/// Which comprehension a function block implements, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    None,
    List,
    Set,
    Dict,
    Generator,
}

/// One name in one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    /// Set by the analysis; `None` only while the table is being built.
    pub scope: Option<SymbolScope>,
}

impl Symbol {
    /// Flags and scope packed as CPython's `symtable` module reports them.
    pub fn packed(&self) -> u32 {
        self.flags | (self.scope.map_or(0, |s| s as u32) << SCOPE_OFFSET)
    }
}

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// Why an AST node opened a scope, to tell apart several scopes of one node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyRole {
    /// The scope of the node itself (function body, class body, lambda,
    /// comprehension, type alias value, type parameter bound).
    Body,
    /// The `__annotate__` scope of a function's parameter annotations
    /// (keyed by the function's `Arguments`).
    Annotations,
    /// The `__annotate__` scope of a module or class body (keyed by the scope).
    BodyAnnotations,
    /// The type-parameter scope of a generic (keyed by the `type_params` list).
    TypeParams,
    /// A type parameter's default value (the bound uses `Body`).
    TypeParamDefault,
}

/// Finds a scope from the AST node that opened it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeKey {
    pub addr: usize,
    pub role: KeyRole,
}

impl ScopeKey {
    pub fn of<T: ?Sized>(node: &T, role: KeyRole) -> ScopeKey {
        ScopeKey {
            addr: node as *const T as *const u8 as usize,
            role,
        }
    }

    /// The key of the annotation scope of a module or class body.
    pub fn body_annotations(scope: ScopeId) -> ScopeKey {
        ScopeKey {
            addr: scope,
            role: KeyRole::BodyAnnotations,
        }
    }
}

/// One block of the program and the names in it (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: BlockType,
    pub name: String,
    pub range: Range,
    /// Names in order of first appearance.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in order (CPython's `ste_varnames`).
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    /// `global`/`nonlocal` declarations (and walrus targets), for error locations.
    directives: Vec<(String, Range)>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: ComprehensionKind,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    /// A class whose methods use `__class__` (zero-argument `super()`).
    pub needs_class_closure: bool,
    /// A class whose annotation or type-parameter scopes read `__classdict__`.
    pub needs_classdict: bool,
    /// A class or module with annotations under `if`/`for`/`try`/...
    pub has_conditional_annotations: bool,
    /// A comprehension compiled inline into its parent (PEP 709).
    pub comp_inlined: bool,
    /// An annotation/type scope directly inside a class, which resolves
    /// names through the class namespace first.
    pub can_see_class_scope: bool,
    pub has_docstring: bool,
    /// A function defined directly in a class body.
    pub method: bool,
    pub annotations_used: bool,
    /// The `__annotate__` scope of a module or class body.
    pub annotation_block: Option<ScopeId>,
    /// In a generic class's type-parameter scope, only these names are mangled.
    pub mangled_names: Option<usize>,
    /// The class name private names are mangled with, if any.
    pub private: Option<String>,
    /// What a type-variable scope evaluates, for error messages.
    scope_info: Option<&'static str>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    in_conditional_block: bool,
    in_unevaluated_annotation: bool,
}

impl Scope {
    fn new(kind: BlockType, name: &str, range: Range) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            range,
            symbols: Vec::new(),
            index: HashMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            comprehension: ComprehensionKind::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            has_conditional_annotations: false,
            comp_inlined: false,
            can_see_class_scope: false,
            has_docstring: false,
            method: false,
            annotations_used: false,
            annotation_block: None,
            mangled_names: None,
            private: None,
            scope_info: None,
            comp_iter_target: false,
            comp_iter_expr: 0,
            in_conditional_block: false,
            in_unevaluated_annotation: false,
        }
    }

    /// Function, lambda, comprehension, annotation and type scopes: the ones
    /// with fast locals.
    pub fn is_function_like(&self) -> bool {
        self.kind != BlockType::Class && self.kind != BlockType::Module
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The raw flags of `name`, 0 when it does not occur here.
    pub fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name`, if it occurs here.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.lookup(name).and_then(|s| s.scope)
    }

    fn flags_mut(&mut self, name: &str) -> &mut u32 {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: 0,
                    scope: None,
                });
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[i].flags
    }

    fn remove(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.symbols.remove(i);
            for v in self.index.values_mut() {
                if *v > i {
                    *v -= 1;
                }
            }
        }
    }

    /// Names of the given scope, or carrying the given flag, sorted (the
    /// order CPython gives `co_cellvars` and `co_freevars`).
    pub fn sorted_names(&self, scope: SymbolScope, flag: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Some(scope) || (flag != 0 && s.flags & flag != 0))
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }
}

/// The symbol table of one module: every scope, the module's first.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Warnings met while walking the AST, in source order.
    pub warnings: Vec<crate::warning::CompileWarning>,
    keys: HashMap<ScopeKey, ScopeId>,
    mangled_sets: Vec<Vec<String>>,
}

impl SymbolTable {
    pub const TOP: ScopeId = 0;

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The scope the AST node `key` opened.
    pub fn lookup(&self, key: ScopeKey) -> Option<ScopeId> {
        self.keys.get(&key).copied()
    }

    /// Mangles `name` as it would be in `scope` (see [`mangle`]), honouring
    /// the restricted mangling of generic class type-parameter scopes.
    pub fn maybe_mangle<'a>(
        &self,
        private: Option<&str>,
        scope: ScopeId,
        name: &'a str,
    ) -> Cow<'a, str> {
        if let Some(set) = self.scopes[scope].mangled_names {
            if !self.mangled_sets[set].iter().any(|n| n == name) {
                return Cow::Borrowed(name);
            }
        }
        mangle(private, name)
    }
}

/// Private name mangling: `__spam` in class `Ham` is `_Ham__spam`.
/// Dunder names, dotted names and classes named only with underscores are
/// left alone.
/// Borrows `name` when it stays as it is, the common case.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// Whether `body` starts with a docstring.
pub fn has_docstring(body: &[ast::Stmt]) -> bool {
    matches!(
        body.first().map(|s| &s.kind),
        Some(ast::StmtKind::Expr { value }) if matches!(
            value.kind,
            ast::ExprKind::Constant { value: ast::Constant::Str(_), .. }
        )
    )
}
