//! First pass: walk the AST, open a scope per block, record raw name facts.

use super::flags::*;
use super::{
    analyze, has_docstring, BlockType, ComprehensionKind, KeyRole, Scope, ScopeId, ScopeKey,
    SymbolTable,
};
use crate::error::{syntax_error, CompileResult};
use crate::fasthash::HashMap;
use crate::future::FutureFeatures;
use crate::warning::{CompileWarning, WarningCategory};
use std::borrow::Cow;
use taipan_syntax::ast::*;

/// Builds and analyzes the symbol table of `module`.
///
/// `top_level_await` allows `await` and async comprehensions at module
/// level (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`).
pub fn build(
    module: &Mod,
    future: &FutureFeatures,
    top_level_await: bool,
) -> CompileResult<SymbolTable> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: Vec::new(),
            warnings: Vec::new(),
            keys: HashMap::default(),
            mangled_sets: Vec::new(),
        },
        stack: Vec::new(),
        private: None,
        future_annotations: future.annotations,
        future_location: future.location,
        top_level_await,
        flow: FlowContext::default(),
    };
    let top = b.new_scope(BlockType::Module, "top", Range::default(), None);
    // Module code may be partly executed: its annotations are all conditional.
    b.table.scopes[top].in_conditional_block = true;
    b.stack.push(top);
    match module {
        Mod::Module { body, .. } => {
            b.table.scopes[top].has_docstring = has_docstring(body);
            b.stmts(body)?;
        }
        Mod::Interactive { body } => b.stmts(body)?,
        Mod::Expression { body } => b.expr(body)?,
        Mod::FunctionType { argtypes, returns } => {
            b.exprs(argtypes)?;
            b.expr(returns)?;
        }
    }
    b.stack.pop();
    analyze::analyze(&mut b.table)?;
    Ok(b.table)
}

struct Builder {
    table: SymbolTable,
    /// The scopes being visited, innermost last.
    stack: Vec<ScopeId>,
    /// The class name private names are mangled with.
    private: Option<String>,
    future_annotations: bool,
    future_location: Range,
    top_level_await: bool,
    flow: FlowContext,
}

/// Where a statement stands for PEP 765's warnings about control flow
/// leaving a `finally` block.
#[derive(Clone, Copy, Debug, Default)]
struct FlowContext {
    in_finally: bool,
    in_function: bool,
    in_loop: bool,
}

/// Whether a keyword-only parameter has a default.
fn has_kwonly_defaults(args: &Arguments) -> bool {
    args.kw_defaults.iter().any(Option::is_some)
}

impl Builder {
    fn cur(&self) -> ScopeId {
        *self
            .stack
            .last()
            .expect("scope stack is never empty while visiting")
    }

    fn st(&mut self) -> &mut Scope {
        let cur = self.cur();
        &mut self.table.scopes[cur]
    }

    /// Creates a scope without entering it (CPython's `ste_new`).
    fn new_scope(
        &mut self,
        kind: BlockType,
        name: &str,
        range: Range,
        key: Option<ScopeKey>,
    ) -> ScopeId {
        let id = self.table.scopes.len();
        let mut scope = Scope::new(kind, name, range);
        scope.private = self.private.clone();
        if let Some(&parent) = self.stack.last() {
            let p = &self.table.scopes[parent];
            scope.nested = p.nested || p.is_function_like();
            scope.method = p.kind == BlockType::Class && kind == BlockType::Function;
        }
        self.table.scopes.push(scope);
        if let Some(key) = key {
            self.table.keys.insert(key, id);
        }
        id
    }

    /// Makes `id` the current scope; `add_to_children` is false when
    /// re-entering a scope already listed (a body's `__annotate__`).
    fn enter_existing(&mut self, id: ScopeId, add_to_children: bool) {
        if let Some(&prev) = self.stack.last() {
            let (iter_expr, mangled) = {
                let p = &self.table.scopes[prev];
                (p.comp_iter_expr, p.mangled_names)
            };
            let s = &mut self.table.scopes[id];
            s.comp_iter_expr = iter_expr;
            if mangled.is_some() && s.kind != BlockType::Class {
                s.mangled_names = mangled;
            }
        }
        self.stack.push(id);
        // Under `from __future__ import annotations`, annotations become
        // strings: their scopes take no part in name resolution.
        if self.future_annotations && self.table.scopes[id].kind == BlockType::Annotation {
            return;
        }
        if add_to_children && self.stack.len() > 1 {
            let prev = self.stack[self.stack.len() - 2];
            self.table.scopes[prev].children.push(id);
        }
    }

    fn enter(
        &mut self,
        kind: BlockType,
        name: &str,
        range: Range,
        key: Option<ScopeKey>,
    ) -> CompileResult<ScopeId> {
        let id = self.new_scope(kind, name, range, key);
        self.enter_existing(id, true);
        if matches!(
            kind,
            BlockType::Annotation | BlockType::TypeVariable | BlockType::TypeAlias
        ) {
            // These scopes are functions taking the annotation format.
            self.add_def(".format", DEF_PARAM, range)?;
            self.add_def(".format", USE, range)?;
        }
        Ok(id)
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn maybe_mangle<'a>(&self, scope: ScopeId, name: &'a str) -> Cow<'a, str> {
        self.table
            .maybe_mangle(self.private.as_deref(), scope, name)
    }

    fn lookup_in(&self, scope: ScopeId, name: &str) -> u32 {
        let mangled = self.maybe_mangle(scope, name);
        self.table.scopes[scope].flags(&mangled)
    }

    fn lookup(&self, name: &str) -> u32 {
        self.lookup_in(self.cur(), name)
    }

    fn add_def(&mut self, name: &str, flag: u32, range: Range) -> CompileResult<()> {
        let store = if flag == USE {
            ExprContext::Load
        } else {
            ExprContext::Store
        };
        self.add_def_ctx(name, flag, range, store)
    }

    fn add_def_ctx(
        &mut self,
        name: &str,
        flag: u32,
        range: Range,
        ctx: ExprContext,
    ) -> CompileResult<()> {
        if flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT) != 0 {
            check_name(name, range, ctx)?;
        }
        if flag & DEF_TYPE_PARAM != 0 {
            if let Some(set) = self.st().mangled_names {
                self.table.mangled_sets[set].push(name.to_string());
            }
        }
        self.add_def_in(self.cur(), name, flag, range)
    }

    /// Records `flag` for `name` in `target` (mangled as in the current scope).
    fn add_def_in(
        &mut self,
        target: ScopeId,
        name: &str,
        flag: u32,
        range: Range,
    ) -> CompileResult<()> {
        let mangled = self.maybe_mangle(self.cur(), name);
        let scope = &mut self.table.scopes[target];
        let old = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(syntax_error(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        if flag & DEF_TYPE_PARAM != 0 && old & DEF_TYPE_PARAM != 0 {
            return Err(syntax_error(
                format!("duplicate type parameter '{name}'"),
                range,
            ));
        }
        let mut val = old | flag;
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(syntax_error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        *scope.flags_mut(&mangled) = val;
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled.into_owned());
        } else if flag & DEF_GLOBAL != 0 {
            *self.table.scopes[SymbolTable::TOP].flags_mut(&mangled) |= flag;
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: Range) {
        let mangled = self.maybe_mangle(self.cur(), name);
        self.st().directives.push((mangled.into_owned(), range));
    }

    fn stmts(&mut self, body: &[Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, exprs: &[Expr]) -> CompileResult<()> {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    /// Visits statements that may not run (for conditional annotations).
    fn conditional<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> CompileResult<T>,
    ) -> CompileResult<T> {
        let saved = self.st().in_conditional_block;
        self.st().in_conditional_block = true;
        let r = f(self);
        self.st().in_conditional_block = saved;
        r
    }

    /// Visits statements under another [`FlowContext`].
    fn with_flow(
        &mut self,
        flow: FlowContext,
        f: impl FnOnce(&mut Self) -> CompileResult<()>,
    ) -> CompileResult<()> {
        let saved = std::mem::replace(&mut self.flow, flow);
        let r = f(self);
        self.flow = saved;
        r
    }

    fn loop_body(&mut self, body: &[Stmt]) -> CompileResult<()> {
        let flow = FlowContext {
            in_loop: true,
            ..self.flow
        };
        self.with_flow(flow, |b| b.stmts(body))
    }

    /// PEP 765: `return`, `break` and `continue` that would leave a
    /// `finally` block (and swallow its exception) are warned about.
    fn check_finally_exit(&mut self, s: &Stmt, keyword: &str) {
        let leaves = match s.kind {
            StmtKind::Return { .. } => !self.flow.in_function,
            _ => !self.flow.in_loop,
        };
        if self.flow.in_finally && leaves {
            self.table.warnings.push(CompileWarning {
                category: WarningCategory::SyntaxWarning,
                msg: format!("'{keyword}' in a 'finally' block"),
                range: s.range,
            });
        }
    }

    /// CPython's `"is" with 'int' literal. Did you mean "=="?`: an
    /// identity test against a literal other than None, True, False and
    /// `...` (warned once per comparison chain, at its first such link).
    fn check_identity_literal(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], rights: &[Expr]) {
        fn literal(x: &Expr) -> Option<&Expr> {
            match &x.kind {
                ExprKind::Constant { value, .. } => (!matches!(
                    value,
                    Constant::None | Constant::Bool(_) | Constant::Ellipsis
                ))
                .then_some(x),
                _ => None,
            }
        }
        let mut l = left;
        for (op, r) in ops.iter().zip(rights) {
            let (word, suggest) = match op {
                CmpOp::Is => ("is", "=="),
                CmpOp::IsNot => ("is not", "!="),
                _ => {
                    l = r;
                    continue;
                }
            };
            if let Some(lit) = literal(l).or_else(|| literal(r)) {
                self.table.warnings.push(CompileWarning {
                    category: WarningCategory::SyntaxWarning,
                    msg: format!(
                        "\"{word}\" with '{}' literal. Did you mean \"{suggest}\"?",
                        literal_type(lit)
                    ),
                    range: e.range,
                });
                return;
            }
            l = r;
        }
    }

    /// CPython's `'tuple' object is not callable; perhaps you missed a
    /// comma?` for a call of a display or literal.
    fn check_caller(&mut self, func: &Expr) {
        if matches!(
            func.kind,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::TemplateStr { .. }
        ) {
            self.table.warnings.push(CompileWarning {
                category: WarningCategory::SyntaxWarning,
                msg: format!(
                    "'{}' object is not callable; perhaps you missed a comma?",
                    literal_type(func)
                ),
                range: func.range,
            });
        }
    }

    fn stmt(&mut self, s: &Stmt) -> CompileResult<()> {
        let range = s.range;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f, false)?,
            StmtKind::AsyncFunctionDef(f) => self.function_def(s, f, true)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.expr(name)?;
                let ExprKind::Name { id, .. } = &name.kind else {
                    return Err(syntax_error("type alias name must be a name", name.range));
                };
                let in_class = self.st().kind == BlockType::Class;
                let generic = !type_params.is_empty();
                if generic {
                    self.enter_type_param_block(id, type_params, false, false, false, range)?;
                    self.type_params(type_params)?;
                }
                self.enter(
                    BlockType::TypeAlias,
                    id,
                    range,
                    Some(ScopeKey::of(s, KeyRole::Body)),
                )?;
                self.st().can_see_class_scope = in_class;
                if in_class {
                    self.add_def("__classdict__", USE, value.range)?;
                }
                self.expr(value)?;
                self.exit();
                if generic {
                    self.exit();
                }
            }
            StmtKind::Return { value } => {
                self.check_finally_exit(s, "return");
                if let Some(v) = value {
                    self.expr(v)?;
                    self.st().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.st().annotations_used = true;
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.cur() != SymbolTable::TOP
                        && *simple
                    {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(syntax_error(
                            format!("annotated name '{id}' can't be {what}"),
                            range,
                        ));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.range)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.range)?;
                    }
                } else {
                    self.expr(target)?;
                }
                let key = ScopeKey::body_annotations(self.cur());
                self.annotation(annotation, key)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.conditional(|b| {
                    b.loop_body(&f.body)?;
                    b.stmts(&f.orelse)
                })?;
            }
            StmtKind::AsyncFor(f) => {
                self.require_coroutine("'async for' outside async function", range)?;
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.conditional(|b| {
                    b.loop_body(&f.body)?;
                    b.stmts(&f.orelse)
                })?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.conditional(|b| {
                    b.loop_body(body)?;
                    b.stmts(orelse)
                })?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.conditional(|b| {
                    b.stmts(body)?;
                    b.stmts(orelse)
                })?;
            }
            StmtKind::With(w) => self.conditional(|b| b.with_body(w))?,
            StmtKind::AsyncWith(w) => {
                self.require_coroutine("'async with' outside async function", range)?;
                self.conditional(|b| b.with_body(w))?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                self.conditional(|b| {
                    for case in cases {
                        b.pattern(&case.pattern)?;
                        if let Some(g) = &case.guard {
                            b.expr(g)?;
                        }
                        b.stmts(&case.body)?;
                    }
                    Ok(())
                })?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => self.conditional(|b| {
                b.stmts(&t.body)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        b.expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        b.add_def(name, DEF_LOCAL, h.range)?;
                    }
                    b.stmts(&h.body)?;
                }
                b.stmts(&t.orelse)?;
                let flow = FlowContext {
                    in_finally: true,
                    in_function: false,
                    in_loop: false,
                };
                b.with_flow(flow, |b| b.stmts(&t.finalbody))
            })?,
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                for a in names {
                    self.alias(a)?;
                }
                let fut = self.future_location;
                if module.as_deref() == Some("__future__")
                    && *level == 0
                    && (range.lineno > fut.lineno
                        || (range.lineno == fut.end_lineno
                            && range.col_offset > fut.end_col_offset))
                {
                    return Err(syntax_error(
                        "from __future__ imports must occur at the beginning of the file",
                        range,
                    ));
                }
            }
            StmtKind::Global { names } => self.declare(names, true, range)?,
            StmtKind::Nonlocal { names } => self.declare(names, false, range)?,
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Break => self.check_finally_exit(s, "break"),
            StmtKind::Continue => self.check_finally_exit(s, "continue"),
            StmtKind::Pass => {}
        }
        Ok(())
    }

    /// `global` (`is_global`) or `nonlocal` names.
    fn declare(
        &mut self,
        names: &[Identifier],
        is_global: bool,
        range: Range,
    ) -> CompileResult<()> {
        let word = if is_global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                return Err(syntax_error(msg, range));
            }
            let flag = if is_global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, range)?;
            self.record_directive(name, range);
        }
        Ok(())
    }

    fn require_coroutine(&mut self, msg: &str, range: Range) -> CompileResult<()> {
        if self.allows_top_level_await() {
            self.st().coroutine = true;
        }
        if !self.st().coroutine {
            return Err(syntax_error(msg, range));
        }
        Ok(())
    }

    fn allows_top_level_await(&self) -> bool {
        self.top_level_await && self.table.scopes[self.cur()].kind == BlockType::Module
    }

    fn with_body(&mut self, w: &With) -> CompileResult<()> {
        for item in &w.items {
            self.expr(&item.context_expr)?;
            if let Some(v) = &item.optional_vars {
                self.expr(v)?;
            }
        }
        self.stmts(&w.body)
    }

    fn function_def(&mut self, s: &Stmt, f: &FunctionDef, is_async: bool) -> CompileResult<()> {
        self.add_def(&f.name, DEF_LOCAL, s.range)?;
        self.exprs(&f.args.defaults)?;
        for d in f.args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        self.exprs(&f.decorator_list)?;
        let generic = !f.type_params.is_empty();
        if generic {
            self.enter_type_param_block(
                &f.name,
                &f.type_params,
                // CPython tests the defaults list for NULL, which it never is.
                true,
                has_kwonly_defaults(&f.args),
                false,
                s.range,
            )?;
            self.type_params(&f.type_params)?;
        }
        let id = self.new_scope(
            BlockType::Function,
            &f.name,
            s.range,
            Some(ScopeKey::of(s, KeyRole::Body)),
        );
        self.table.scopes[id].has_docstring = has_docstring(&f.body);
        self.function_annotations(s.range, &f.args, f.returns.as_deref())?;
        self.enter_existing(id, true);
        if is_async {
            self.st().coroutine = true;
        }
        self.arguments(&f.args)?;
        let flow = FlowContext {
            in_finally: false,
            in_function: true,
            in_loop: false,
        };
        self.with_flow(flow, |b| b.stmts(&f.body))?;
        self.exit();
        if generic {
            self.exit();
        }
        Ok(())
    }

    fn class_def(&mut self, s: &Stmt, c: &ClassDef) -> CompileResult<()> {
        self.add_def(&c.name, DEF_LOCAL, s.range)?;
        self.exprs(&c.decorator_list)?;
        let saved_private = self.private.clone();
        let generic = !c.type_params.is_empty();
        if generic {
            self.enter_type_param_block(&c.name, &c.type_params, false, false, true, s.range)?;
            self.private = Some(c.name.clone());
            let set = self.table.mangled_sets.len();
            self.table.mangled_sets.push(Vec::new());
            self.st().mangled_names = Some(set);
            self.st().private = self.private.clone();
            self.type_params(&c.type_params)?;
        }
        self.exprs(&c.bases)?;
        self.keywords(&c.keywords)?;
        self.private = Some(c.name.clone());
        self.enter(
            BlockType::Class,
            &c.name,
            s.range,
            Some(ScopeKey::of(s, KeyRole::Body)),
        )?;
        if generic {
            self.add_def("__type_params__", DEF_LOCAL, s.range)?;
            self.add_def(".type_params", USE, s.range)?;
        }
        self.st().has_docstring = has_docstring(&c.body);
        self.stmts(&c.body)?;
        self.exit();
        if generic {
            self.exit();
        }
        self.private = saved_private;
        Ok(())
    }

    fn keywords(&mut self, keywords: &[Keyword]) -> CompileResult<()> {
        for k in keywords {
            if let Some(arg) = &k.arg {
                check_name(arg, k.range, ExprContext::Store)?;
            }
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        Ok(())
    }

    fn enter_type_param_block(
        &mut self,
        name: &str,
        type_params: &[TypeParam],
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        range: Range,
    ) -> CompileResult<()> {
        let in_class = self.st().kind == BlockType::Class;
        self.enter(
            BlockType::TypeParameters,
            name,
            range,
            Some(ScopeKey::of(type_params, KeyRole::TypeParams)),
        )?;
        if in_class {
            self.st().can_see_class_scope = true;
            self.add_def("__classdict__", USE, range)?;
        }
        if is_class {
            // Set when the type-params tuple is built, used for the bases.
            self.add_def(".type_params", DEF_LOCAL, range)?;
            self.add_def(".type_params", USE, range)?;
            self.add_def(".generic_base", DEF_LOCAL, range)?;
            self.add_def(".generic_base", USE, range)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, range)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, range)?;
        }
        Ok(())
    }

    fn type_params(&mut self, params: &[TypeParam]) -> CompileResult<()> {
        for tp in params {
            let (name, bound, default, default_info) = match &tp.kind {
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                } => (name, bound.as_deref(), default_value, "a TypeVar default"),
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                } => (name, None, default_value, "a TypeVarTuple default"),
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                } => (name, None, default_value, "a ParamSpec default"),
            };
            self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.range)?;
            if let Some(bound) = bound {
                let info = if matches!(bound.kind, ExprKind::Tuple { .. }) {
                    "a TypeVar constraint"
                } else {
                    "a TypeVar bound"
                };
                self.type_param_expr(bound, name, tp, KeyRole::Body, info)?;
            } else {
                self.check_type_param_name(name, tp)?;
            }
            match default {
                Some(d) => {
                    self.type_param_expr(d, name, tp, KeyRole::TypeParamDefault, default_info)?
                }
                None => self.check_type_param_name(name, tp)?,
            }
        }
        Ok(())
    }

    fn check_type_param_name(&self, name: &str, tp: &TypeParam) -> CompileResult<()> {
        if name == "__classdict__" {
            return Err(syntax_error(
                format!("reserved name '{name}' cannot be used for type parameter"),
                tp.range,
            ));
        }
        Ok(())
    }

    /// A type parameter's bound, constraints or default: a lazily evaluated scope.
    fn type_param_expr(
        &mut self,
        e: &Expr,
        name: &str,
        tp: &TypeParam,
        role: KeyRole,
        info: &'static str,
    ) -> CompileResult<()> {
        self.check_type_param_name(name, tp)?;
        let in_class = self.st().can_see_class_scope;
        self.enter(
            BlockType::TypeVariable,
            name,
            e.range,
            Some(ScopeKey::of(tp, role)),
        )?;
        self.st().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", USE, e.range)?;
        }
        self.st().scope_info = Some(info);
        self.expr(e)?;
        self.exit();
        Ok(())
    }

    fn arguments(&mut self, a: &Arguments) -> CompileResult<()> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.range)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.range)?;
            self.st().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, k.range)?;
            self.st().varkeywords = true;
        }
        Ok(())
    }

    /// The `__annotate__` scope of a function's parameter and return annotations.
    fn function_annotations(
        &mut self,
        range: Range,
        a: &Arguments,
        returns: Option<&Expr>,
    ) -> CompileResult<()> {
        let in_class = self.st().can_see_class_scope || self.st().kind == BlockType::Class;
        self.enter(
            BlockType::Annotation,
            "__annotate__",
            range,
            Some(ScopeKey::of(a, KeyRole::Annotations)),
        )?;
        if in_class {
            self.st().can_see_class_scope = true;
            self.add_def("__classdict__", USE, range)?;
        }
        let positional = a.posonlyargs.iter().chain(&a.args);
        let star = a.vararg.iter().chain(&a.kwarg).map(|b| &**b);
        for arg in positional.chain(star).chain(&a.kwonlyargs) {
            if let Some(ann) = &arg.annotation {
                self.st().annotations_used = true;
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.st().annotations_used = true;
            self.expr(r)?;
        }
        self.exit();
        Ok(())
    }

    /// An annotation of an annotated assignment: evaluated, if at all, in
    /// the `__annotate__` scope of the enclosing module or class.
    fn annotation(&mut self, ann: &Expr, key: ScopeKey) -> CompileResult<()> {
        let parent = self.cur();
        let kind = self.st().kind;
        let unevaluated = kind == BlockType::Function;
        if matches!(kind, BlockType::Class | BlockType::Module)
            && self.st().in_conditional_block
            && !self.st().has_conditional_annotations
        {
            self.st().has_conditional_annotations = true;
            self.add_def("__conditional_annotations__", USE, ann.range)?;
        }
        match self.table.scopes[parent].annotation_block {
            None => {
                let id = self.enter(BlockType::Annotation, "__annotate__", ann.range, Some(key))?;
                self.table.scopes[parent].annotation_block = Some(id);
                if kind == BlockType::Class && !self.future_annotations {
                    self.st().can_see_class_scope = true;
                    self.add_def("__classdict__", USE, ann.range)?;
                }
            }
            Some(id) => self.enter_existing(id, false),
        }
        if unevaluated {
            self.st().in_unevaluated_annotation = true;
        }
        let r = self.expr(ann);
        if unevaluated {
            self.st().in_unevaluated_annotation = false;
        }
        self.exit();
        r
    }

    fn alias(&mut self, a: &Alias) -> CompileResult<()> {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        if name == "*" {
            if self.st().kind != BlockType::Module {
                return Err(syntax_error(
                    "import * only allowed at module level",
                    a.range,
                ));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.range)
    }

    fn pattern(&mut self, p: &Pattern) -> CompileResult<()> {
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchStar { name } => match name {
                Some(n) => self.add_def(n, DEF_LOCAL, p.range),
                None => Ok(()),
            },
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                match rest {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.range),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                for (attr, kp) in kwd_attrs.iter().zip(kwd_patterns) {
                    check_name(attr, kp.range, ExprContext::Store)?;
                }
                kwd_patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.range),
                    None => Ok(()),
                }
            }
        }
    }

    /// Rejects `what` inside annotation and type scopes.
    fn forbid_in_annotation(&self, what: &str, e: &Expr) -> CompileResult<()> {
        let s = &self.table.scopes[self.cur()];
        let msg = match s.kind {
            BlockType::Annotation => format!("{what} cannot be used within an annotation"),
            BlockType::TypeVariable => {
                format!(
                    "{what} cannot be used within {}",
                    s.scope_info.unwrap_or("a TypeVar bound")
                )
            }
            BlockType::TypeAlias => format!("{what} cannot be used within a type alias"),
            BlockType::TypeParameters => {
                format!("{what} cannot be used within the definition of a generic")
            }
            _ => return Ok(()),
        };
        Err(syntax_error(msg, e.range))
    }

    fn yield_in_comprehension(&self, e: &Expr) -> CompileResult<()> {
        let msg = match self.table.scopes[self.cur()].comprehension {
            ComprehensionKind::None => return Ok(()),
            ComprehensionKind::List => "'yield' inside list comprehension",
            ComprehensionKind::Set => "'yield' inside set comprehension",
            ComprehensionKind::Dict => "'yield' inside dict comprehension",
            ComprehensionKind::Generator => "'yield' inside generator expression",
        };
        Err(syntax_error(msg, e.range))
    }

    fn expr(&mut self, e: &Expr) -> CompileResult<()> {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.forbid_in_annotation("named expression", e)?;
                if self.st().comp_iter_expr > 0 {
                    return Err(syntax_error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.range,
                    ));
                }
                if self.st().comprehension != ComprehensionKind::None {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter(
                    BlockType::Function,
                    "lambda",
                    e.range,
                    Some(ScopeKey::of(e, KeyRole::Body)),
                )?;
                self.arguments(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                "genexpr",
                ComprehensionKind::Generator,
                generators,
                elt,
                None,
            )?,
            ExprKind::ListComp { elt, generators } => self.comprehension(
                e,
                "listcomp",
                ComprehensionKind::List,
                generators,
                elt,
                None,
            )?,
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "dictcomp",
                ComprehensionKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                self.forbid_in_annotation("yield expression", e)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.st().generator = true;
                self.yield_in_comprehension(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.forbid_in_annotation("yield expression", e)?;
                self.expr(value)?;
                self.st().generator = true;
                self.yield_in_comprehension(e)?;
            }
            ExprKind::Await { value } => {
                self.forbid_in_annotation("await expression", e)?;
                if !self.allows_top_level_await() {
                    let s = &self.table.scopes[self.cur()];
                    if !s.is_function_like() {
                        return Err(syntax_error("'await' outside function", e.range));
                    }
                    let is_async_def = s.kind == BlockType::Function && s.coroutine;
                    if !is_async_def && s.comprehension == ComprehensionKind::None {
                        return Err(syntax_error("'await' outside async function", e.range));
                    }
                }
                self.expr(value)?;
                self.st().coroutine = true;
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_identity_literal(e, left, ops, comparators);
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_caller(func);
                self.expr(func)?;
                self.exprs(args)?;
                self.keywords(keywords)?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            }
            | ExprKind::Interpolation {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                self.exprs(values)?
            }
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, attr, ctx } => {
                check_name(attr, e.range, *ctx)?;
                self.expr(value)?;
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                if !self.st().in_unevaluated_annotation {
                    let flag = if *ctx == ExprContext::Load {
                        USE
                    } else {
                        DEF_LOCAL
                    };
                    self.add_def_ctx(id, flag, e.range, *ctx)?;
                    // `super` may need `__class__` (zero-argument super()).
                    if *ctx == ExprContext::Load && self.st().is_function_like() && id == "super" {
                        self.add_def("__class__", USE, e.range)?;
                    }
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CompileResult<()> {
        let is_generator = kind == ComprehensionKind::Generator;
        let Some(outermost) = generators.first() else {
            return Err(syntax_error("comprehension with no generators", e.range));
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.st().comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.st().comp_iter_expr -= 1;
        self.enter(
            BlockType::Function,
            name,
            e.range,
            Some(ScopeKey::of(e, KeyRole::Body)),
        )?;
        self.st().comprehension = kind;
        if outermost.is_async {
            self.st().coroutine = true;
        }
        let range = self.st().range;
        self.add_def(".0", DEF_PARAM, range)?;
        self.st().comp_iter_target = true;
        self.expr(&outermost.target)?;
        self.st().comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.st().comp_iter_target = true;
            self.expr(&g.target)?;
            self.st().comp_iter_target = false;
            self.st().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.st().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.st().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        self.st().generator = is_generator;
        let is_async = self.st().coroutine && !is_generator;
        self.exit();
        let s = &self.table.scopes[self.cur()];
        let is_async_def = s.kind == BlockType::Function && s.coroutine;
        if is_async
            && !is_async_def
            && s.comprehension == ComprehensionKind::None
            && !self.allows_top_level_await()
        {
            return Err(syntax_error(
                "asynchronous comprehension outside of an asynchronous function",
                e.range,
            ));
        }
        if is_async {
            self.st().coroutine = true;
        }
        Ok(())
    }

    /// A walrus in a comprehension binds in the nearest enclosing
    /// non-comprehension scope (PEP 572).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> CompileResult<()> {
        let ExprKind::Name { id: name, .. } = &target.kind else {
            return Err(syntax_error(
                "cannot use assignment expressions with this target",
                target.range,
            ));
        };
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let (kind, comp) = {
                let s = &self.table.scopes[sid];
                (s.kind, s.comprehension)
            };
            if comp != ComprehensionKind::None {
                let f = self.lookup_in(sid, name);
                if f & DEF_COMP_ITER != 0 && f & DEF_LOCAL != 0 {
                    return Err(syntax_error(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        target.range,
                    ));
                }
                continue;
            }
            match kind {
                BlockType::Function => {
                    let f = self.lookup_in(sid, name);
                    let flag = if f & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.range)?;
                    self.record_directive(name, target.range);
                    return self.add_def_in(sid, name, DEF_LOCAL, target.range);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, target.range)?;
                    self.record_directive(name, target.range);
                    return self.add_def_in(sid, name, DEF_GLOBAL, target.range);
                }
                BlockType::Class => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.range,
                    ))
                }
                BlockType::TypeParameters => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                        target.range,
                    ))
                }
                BlockType::TypeAlias => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a type alias",
                        target.range,
                    ))
                }
                BlockType::TypeVariable => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound",
                        target.range,
                    ))
                }
                // Annotation scopes reject walrus before getting here.
                BlockType::Annotation => continue,
            }
        }
        Ok(())
    }
}

fn check_name(name: &str, range: Range, ctx: ExprContext) -> CompileResult<()> {
    if name == "__debug__" {
        match ctx {
            ExprContext::Store => return Err(syntax_error("cannot assign to __debug__", range)),
            ExprContext::Del => return Err(syntax_error("cannot delete __debug__", range)),
            ExprContext::Load => {}
        }
    }
    Ok(())
}

/// The type name of a literal or display, as CPython's `infer_type`.
fn literal_type(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::JoinedStr { .. } => "str",
        ExprKind::TemplateStr { .. } => "string.templatelib.Template",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
        },
        _ => "object",
    }
}
