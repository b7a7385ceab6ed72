//! AST to instruction sequences, one code object at a time, following
//! CPython 3.14's Python/codegen.c so that `dis` output reads the same.
//!
//! The generator keeps a stack of [`Unit`]s (the module, and the functions,
//! classes, lambdas, comprehensions and annotation scopes nested in it);
//! finishing a unit runs the flow-graph optimizer and assembler on it and
//! leaves the code object as a constant of its parent.

use std::borrow::Cow;
mod expr;
mod generics;
mod pattern;
mod stmt;
mod unit;

use crate::assemble::assemble;
use crate::error::{syntax_error, CompileResult};
use crate::fasthash::HashMap;
use crate::future::FutureFeatures;
use crate::location::Location;
use crate::seq::Label;
use crate::symtable::{flags::*, BlockType, ScopeKey, SymbolScope, SymbolTable};
use std::sync::Arc;
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;
use taipan_bytecode::{CodeFlags, CodeObject};
use taipan_syntax::ast::{self, Range};
use taipan_syntax::SyntaxError;
pub use unit::{FBlock, NameSet, Unit, UnitKind};

/// CPython keeps the operand stack of a single expression below this size
/// by switching to incremental building.
pub const STACK_USE_GUIDELINE: usize = 30;

/// How a name is accessed, chosen from its scope (CPython's `OP_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameOp {
    Fast,
    Global,
    Deref,
    Name,
}

pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub filename: String,
    pub future: FutureFeatures,
    units: Vec<Unit<'a>>,
    /// Overrides of symbol scopes while an inlined comprehension is compiled
    /// (CPython temporarily rewrites the enclosing symbol table).
    temp_symbols: Vec<HashMap<String, (u32, Option<SymbolScope>)>>,
    /// Whether `__debug__` is true (optimization level 0).
    pub debug: bool,
    /// Compiling for the interactive prompt (`single` mode).
    pub interactive: bool,
}

/// The location of an AST range.
pub fn loc(r: Range) -> Location {
    Location::from_range(r)
}

impl<'a> Compiler<'a> {
    pub fn new(table: &'a SymbolTable, filename: &str, future: FutureFeatures) -> Self {
        Compiler {
            table,
            filename: filename.to_string(),
            future,
            units: Vec::new(),
            temp_symbols: Vec::new(),
            debug: true,
            interactive: false,
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    pub fn unit(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    pub fn ste(&self) -> &'a crate::symtable::Scope {
        self.table.scope(self.unit().scope)
    }

    pub fn emit(&mut self, op: Op, arg: u32, l: Location) {
        self.u().emit(op, arg, l);
    }

    pub fn emit0(&mut self, op: Op, l: Location) {
        self.u().emit(op, 0, l);
    }

    pub fn jump(&mut self, op: Op, target: Label, l: Location) {
        self.u().seq.emit_jump(op, target, l);
    }

    pub fn new_label(&mut self) -> Label {
        self.u().seq.new_label()
    }

    pub fn use_label(&mut self, label: Label) {
        self.u().seq.use_label(label);
    }

    pub fn load_const(&mut self, value: ConstValue, l: Location) {
        let i = self.u().add_const(value);
        self.emit(Op::LOAD_CONST, i, l);
    }

    pub fn error(&self, msg: impl Into<String>, range: Range) -> SyntaxError {
        syntax_error(msg, range)
    }

    /// `name` mangled for the current class, if any.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        self.table
            .maybe_mangle(self.unit().private.as_deref(), self.unit().scope, name)
    }

    /// The index of `name` in `co_names` (mangled).
    pub fn name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.u().names.add(&mangled)
    }

    /// Flags and scope of a name in the current unit, honouring the
    /// overrides of inlined comprehensions.
    fn symbol(&self, name: &str) -> (u32, Option<SymbolScope>) {
        if let Some(over) = self.temp_symbols.last().and_then(|m| m.get(name)) {
            return *over;
        }
        match self.ste().lookup(name) {
            Some(s) => (s.flags, s.scope),
            None => (0, None),
        }
    }

    /// Opens a new code object (CPython's `_PyCompile_EnterScope`).
    pub fn enter_scope(
        &mut self,
        name: &str,
        kind: UnitKind,
        key: ScopeKey,
        lineno: u32,
        args: Option<&ast::Arguments>,
    ) -> CompileResult<()> {
        let scope = self.table.lookup(key).ok_or_else(|| {
            syntax_error(format!("no symbol table for '{name}'"), Range::default())
        })?;
        let ste = self.table.scope(scope);
        let varnames = NameSet::from_list(ste.varnames.iter().cloned());
        let mut cellvars = NameSet::from_list(ste.sorted_names(SymbolScope::Cell, DEF_COMP_CELL));
        if ste.needs_class_closure {
            cellvars.add("__class__");
        }
        if ste.needs_classdict {
            cellvars.add("__classdict__");
        }
        if ste.has_conditional_annotations {
            cellvars.add("__conditional_annotations__");
        }
        let freevars = {
            let mut free = NameSet::default();
            for n in ste.sorted_names(SymbolScope::Free, DEF_FREE_CLASS) {
                free.add(&n);
            }
            free
        };
        let private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let (argcount, posonly, kwonly) = args.map_or((0, 0, 0), |a| {
            (
                (a.posonlyargs.len() + a.args.len()) as u32,
                a.posonlyargs.len() as u32,
                a.kwonlyargs.len() as u32,
            )
        });
        let unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: name.to_string(),
            private,
            seq: Default::default(),
            consts: Default::default(),
            names: NameSet::default(),
            varnames,
            cellvars,
            freevars,
            fasthidden: HashMap::default(),
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            firstlineno: lineno,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            static_attributes: (kind == UnitKind::Class).then(Vec::new),
            deferred_annotations: Vec::new(),
            next_conditional_index: 0,
        };
        self.units.push(unit);
        self.temp_symbols.push(HashMap::default());
        let mut l = Location {
            lineno: lineno as i32,
            end_lineno: lineno as i32,
            col: 0,
            end_col: 0,
        };
        if kind == UnitKind::Module {
            l.lineno = 0;
        } else {
            self.set_qualname();
        }
        self.emit(Op::RESUME, taipan_bytecode::oparg::resume::AT_FUNC_START, l);
        Ok(())
    }

    /// The qualified name of the unit just entered (CPython's
    /// `compiler_set_qualname`).
    fn set_qualname(&mut self) {
        let n = self.units.len();
        if n < 2 {
            return;
        }
        let mut parent = n - 2;
        if self.units[parent].kind == UnitKind::Annotations {
            if parent == 0 {
                return; // directly in the module: the name is the qualname
            }
            parent -= 1;
        }
        let u = &self.units[n - 1];
        let p = &self.units[parent];
        let mut force_global = false;
        if matches!(
            u.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = crate::symtable::mangle(p.private.as_deref(), &u.name);
            force_global =
                self.table.scope(p.scope).scope_of(&mangled) == Some(SymbolScope::GlobalExplicit);
        }
        let qualname = if force_global || p.kind == UnitKind::Module {
            u.name.clone()
        } else if matches!(
            p.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
        ) {
            format!("{}.<locals>.{}", p.qualname, u.name)
        } else {
            format!("{}.{}", p.qualname, u.name)
        };
        self.units[n - 1].qualname = qualname;
    }

    /// Closes the current unit, optimizing and assembling its code.
    pub fn exit_scope(&mut self, add_none: bool) -> CompileResult<Arc<CodeObject>> {
        if add_none {
            self.load_const(ConstValue::None, Location::NONE);
        }
        self.emit0(Op::RETURN_VALUE, Location::NONE);
        let unit = self.units.pop().expect("exit_scope without a unit");
        self.temp_symbols.pop();
        let ste = self.table.scope(unit.scope);
        // `from __future__ import annotations` shows in every code object's flags.
        let future_flags = if self.future.annotations {
            CodeFlags(0x100_0000)
        } else {
            CodeFlags::default()
        };
        let code = assemble(unit, ste, &self.filename, future_flags)?;
        Ok(Arc::new(code))
    }

    /// Loads, stores or deletes a name (CPython's `compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: ast::ExprContext, l: Location) -> CompileResult<()> {
        use ast::ExprContext::*;
        if ctx != Load && name == "__debug__" {
            return Err(syntax_error(
                if ctx == Store {
                    "cannot assign to __debug__"
                } else {
                    "cannot delete __debug__"
                },
                range_of(l),
            ));
        }
        if ctx == Load && name == "__debug__" {
            self.load_const(ConstValue::Bool(self.debug), l);
            return Ok(());
        }
        let mangled = self.mangle(name);
        let (_, scope) = self.symbol(&mangled);
        let ste = self.ste();
        let function_like = ste.is_function_like();
        let optype = match scope {
            Some(SymbolScope::Free) | Some(SymbolScope::Cell) => NameOp::Deref,
            Some(SymbolScope::Local)
                if function_like || self.unit().fasthidden.get(&*mangled) == Some(&true) =>
            {
                NameOp::Fast
            }
            Some(SymbolScope::GlobalImplicit) if function_like => NameOp::Global,
            Some(SymbolScope::GlobalExplicit) => NameOp::Global,
            _ => NameOp::Name,
        };
        let is_class = ste.kind == BlockType::Class;
        let in_inlined = self.unit().in_inlined_comp > 0;
        match optype {
            NameOp::Deref => {
                let idx = self.deref_index(&mangled, scope == Some(SymbolScope::Cell));
                let op = match ctx {
                    Load if is_class && !in_inlined => {
                        self.emit0(Op::LOAD_LOCALS, l);
                        Op::LOAD_FROM_DICT_OR_DEREF
                    }
                    Load if ste.can_see_class_scope => {
                        self.load_classdict_freevar(l);
                        Op::LOAD_FROM_DICT_OR_DEREF
                    }
                    Load => Op::LOAD_DEREF,
                    Store => Op::STORE_DEREF,
                    Del => Op::DELETE_DEREF,
                };
                self.emit(op, idx, l);
            }
            NameOp::Fast => {
                let idx = self.u().varnames.add(&mangled);
                let op = match ctx {
                    Load => Op::LOAD_FAST,
                    Store => Op::STORE_FAST,
                    Del => Op::DELETE_FAST,
                };
                self.emit(op, idx, l);
            }
            NameOp::Global => {
                let op = match ctx {
                    Load if ste.can_see_class_scope
                        && scope == Some(SymbolScope::GlobalImplicit) =>
                    {
                        self.load_classdict_freevar(l);
                        Op::LOAD_FROM_DICT_OR_GLOBALS
                    }
                    Load => Op::LOAD_GLOBAL,
                    Store => Op::STORE_GLOBAL,
                    Del => Op::DELETE_GLOBAL,
                };
                let idx = self.u().names.add(&mangled);
                let arg = if op == Op::LOAD_GLOBAL { idx << 1 } else { idx };
                self.emit(op, arg, l);
            }
            NameOp::Name => {
                let op = match ctx {
                    Load if is_class && in_inlined => Op::LOAD_GLOBAL,
                    Load => Op::LOAD_NAME,
                    Store => Op::STORE_NAME,
                    Del => Op::DELETE_NAME,
                };
                let idx = self.u().names.add(&mangled);
                let arg = if op == Op::LOAD_GLOBAL { idx << 1 } else { idx };
                self.emit(op, arg, l);
            }
        }
        Ok(())
    }

    /// The cell-or-free index of `name` (cells first, then free variables);
    /// the assembler turns it into a `localsplus` index.
    pub fn deref_index(&mut self, name: &str, is_cell: bool) -> u32 {
        let u = self.u();
        if is_cell {
            if let Some(i) = u.cellvars.get(name) {
                return i;
            }
        }
        match u.freevars.get(name) {
            Some(i) => u.cellvars.len() as u32 + i,
            None => match u.cellvars.get(name) {
                Some(i) => i,
                None => u.cellvars.len() as u32 + u.freevars.add(name),
            },
        }
    }

    fn load_classdict_freevar(&mut self, l: Location) {
        let idx = self.deref_index("__classdict__", false);
        self.emit(Op::LOAD_DEREF, idx, l);
    }

    /// Builds a function object from `code`, with its closure (CPython's
    /// `codegen_make_closure`); `flags` are `SET_FUNCTION_ATTRIBUTE` bits
    /// whose values are already on the stack.
    pub fn make_closure(
        &mut self,
        code: Arc<CodeObject>,
        flags: u32,
        l: Location,
    ) -> CompileResult<()> {
        use taipan_bytecode::oparg::FunctionAttribute;
        let mut flags = flags;
        let free = code
            .freevars()
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>();
        if !free.is_empty() {
            for name in &free {
                let is_class = self.ste().kind == BlockType::Class;
                let implicit_cell = is_class
                    && matches!(
                        name.as_str(),
                        "__class__" | "__classdict__" | "__conditional_annotations__"
                    );
                let scope = if implicit_cell {
                    Some(SymbolScope::Cell)
                } else {
                    self.symbol(name).1
                };
                // A class may bind a name its methods take from an
                // enclosing function (`def x(self): return x` in the class):
                // local in the class, it is also passed through as free.
                let passed_through = self.unit().freevars.get(name).is_some();
                let idx = match scope {
                    Some(SymbolScope::Cell) => self.deref_index(name, true),
                    Some(SymbolScope::Free) => self.deref_index(name, false),
                    _ if passed_through => self.deref_index(name, false),
                    _ => {
                        return Err(syntax_error(
                            format!(
                                "closure variable '{name}' has no binding in '{}'",
                                self.unit().name
                            ),
                            range_of(l),
                        ))
                    }
                };
                self.emit(Op::LOAD_CLOSURE, idx, l);
            }
            flags |= FunctionAttribute::MAKE_FUNCTION_CLOSURE.bit();
            self.emit(Op::BUILD_TUPLE, free.len() as u32, l);
        }
        self.load_const(ConstValue::Code(code), l);
        self.emit0(Op::MAKE_FUNCTION, l);
        for bit in [
            FunctionAttribute::MAKE_FUNCTION_CLOSURE.bit(),
            FunctionAttribute::MAKE_FUNCTION_ANNOTATIONS.bit(),
            FunctionAttribute::MAKE_FUNCTION_ANNOTATE.bit(),
            FunctionAttribute::MAKE_FUNCTION_KWDEFAULTS.bit(),
            FunctionAttribute::MAKE_FUNCTION_DEFAULTS.bit(),
        ] {
            if flags & bit != 0 {
                self.emit(Op::SET_FUNCTION_ATTRIBUTE, bit, l);
            }
        }
        Ok(())
    }

    /// Enters a block that `break`, `continue` and `return` must unwind;
    /// CPython caps their nesting (`CO_MAXBLOCKS`).
    pub fn push_fblock(&mut self, b: FBlock<'a>, l: Location) -> CompileResult<()> {
        const MAX_BLOCKS: usize = 21;
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(syntax_error(
                "too many statically nested blocks",
                range_of(l),
            ));
        }
        self.u().fblocks.push(b);
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Compiles a whole module into its code object.
    pub fn compile_module(&mut self, module: &'a ast::Mod) -> CompileResult<Arc<CodeObject>> {
        self.enter_module()?;
        match module {
            ast::Mod::Module { body, .. } => {
                let l = body.first().map_or(
                    Location {
                        lineno: 1,
                        end_lineno: 1,
                        col: 0,
                        end_col: 0,
                    },
                    |s| loc(s.range),
                );
                // Where the module's `__annotate__` goes once compiled.
                let placeholder = self.ste().annotation_block.is_some() && !self.future.annotations;
                if placeholder {
                    self.emit0(Op::ANNOTATIONS_PLACEHOLDER, l);
                }
                if self.ste().has_conditional_annotations {
                    self.emit(Op::BUILD_SET, 0, l);
                    let idx = self.u().names.add("__conditional_annotations__");
                    self.emit(Op::STORE_NAME, idx, l);
                }
                self.body(body, l)?;
            }
            ast::Mod::Interactive { body } => {
                for s in body {
                    self.stmt(s)?;
                }
            }
            ast::Mod::Expression { body } => {
                self.expr(body)?;
                self.emit0(Op::RETURN_VALUE, loc(body.range));
                return self.exit_scope(false);
            }
            ast::Mod::FunctionType { returns, .. } => {
                return Err(syntax_error(
                    "function type signatures cannot be compiled",
                    returns.range,
                ))
            }
        }
        self.exit_scope(true)
    }

    fn enter_module(&mut self) -> CompileResult<()> {
        let ste = self.table.scope(SymbolTable::TOP);
        let cellvars = NameSet::from_list(ste.sorted_names(SymbolScope::Cell, DEF_COMP_CELL));
        let mut unit = Unit {
            scope: SymbolTable::TOP,
            kind: UnitKind::Module,
            name: "<module>".to_string(),
            qualname: "<module>".to_string(),
            private: None,
            seq: Default::default(),
            consts: Default::default(),
            names: NameSet::default(),
            varnames: NameSet::default(),
            cellvars,
            freevars: NameSet::default(),
            fasthidden: HashMap::default(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: 1,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            static_attributes: None,
            deferred_annotations: Vec::new(),
            next_conditional_index: 0,
        };
        if ste.has_conditional_annotations {
            unit.cellvars.add("__conditional_annotations__");
        }
        self.units.push(unit);
        self.temp_symbols.push(HashMap::default());
        self.emit(
            Op::RESUME,
            0,
            Location {
                lineno: 0,
                end_lineno: 1,
                col: 0,
                end_col: 0,
            },
        );
        Ok(())
    }
}

/// An AST range from a location (for errors raised at an instruction's place).
pub fn range_of(l: Location) -> Range {
    Range {
        lineno: l.lineno.max(0) as u32,
        col_offset: l.col.max(0) as u32,
        end_lineno: l.end_lineno.max(0) as u32,
        end_col_offset: l.end_col.max(0) as u32,
    }
}

/// Strips the common leading spaces of a docstring's lines after the first,
/// and the leading spaces of the first (CPython's `_PyCompile_CleanDoc`,
/// applied at compile time since 3.13).
pub fn clean_doc(doc: &str) -> String {
    let expanded = expand_tabs(doc);
    let lines: Vec<&str> = expanded.split('\n').collect();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim_start_matches(' ').is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = Vec::with_capacity(lines.len());
    out.push(lines[0].trim_start_matches(' '));
    for l in &lines[1..] {
        let spaces = l.len() - l.trim_start_matches(' ').len();
        out.push(&l[spaces.min(margin)..]);
    }
    out.join("\n")
}

fn expand_tabs(s: &str) -> Cow<'_, str> {
    // Most docstrings have no tab: nothing to copy.
    if !s.contains('\t') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Cow::Owned(out)
}
