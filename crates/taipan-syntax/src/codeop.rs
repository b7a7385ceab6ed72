//! Whether CPython's `codeop.compile_command(source, symbol="exec")` would
//! accept a source: it does when the source compiles, and when it is
//! merely incomplete (it stops inside brackets, a triple-quoted string, a
//! backslash continuation, or right after a block header). The keyword-typo
//! hint of a SyntaxError only proposes edits that pass this test.
//!
//! "Compiles" is checked with the parser plus the compiler's context rules
//! that reject a parsed tree (`'return' outside function`, ...).

use crate::ast::*;
use crate::parser::parse_module;
use crate::token::TokenKind;
use crate::tokenizer::tokenize;
use std::collections::HashSet;

/// Whether `compile_command(source, symbol="exec")` returns without raising.
pub fn compile_command_accepts(source: &str) -> bool {
    let only_comments = source.split('\n').all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#')
    });
    if only_comments {
        return true;
    }
    match parse_module(source) {
        Ok(module) => compiles(&module),
        Err(_) => is_incomplete(source),
    }
}

/// A source that fails to parse only because it ends too early.
fn is_incomplete(source: &str) -> bool {
    let tokens = tokenize(source);
    if let Some(err) = &tokens.error {
        if err
            .msg
            .starts_with("unterminated triple-quoted string literal")
            || err.msg == "unexpected EOF while parsing"
        {
            return true;
        }
    }
    let mut open = Vec::new();
    for token in &tokens.tokens {
        match token.kind {
            TokenKind::LPar => open.push(')'),
            TokenKind::LSqb => open.push(']'),
            TokenKind::LBrace => open.push('}'),
            TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace => {
                open.pop();
            }
            _ => {}
        }
    }
    // The source is a valid beginning (the parser failed at its very end)
    // when closing its brackets and adding a little makes it parse: a block
    // (with its colon after a bracketed header), the function after
    // decorators, the end of a `try`.
    let closers: String = open.iter().rev().collect();
    let mut indents: Vec<&str> = source
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| &l[..l.len() - l.trim_start().len()])
        .collect();
    let last_indent = indents.last().copied().unwrap_or("");
    indents.sort_unstable();
    indents.dedup();
    let bodies = [
        String::new(),
        format!("\n{last_indent} pass"),
        ": pass".to_string(),
    ];
    let mut ends = vec![String::new()];
    for indent in &indents {
        ends.push(format!("\n{indent}def _(): pass"));
        ends.push(format!("\n{indent}finally: pass"));
    }
    let tails: Vec<String> = bodies
        .iter()
        .flat_map(|body| ends.iter().map(move |end| format!("{body}{end}")))
        .collect();
    // Inside brackets an operand may be what is missing.
    let fillers: &[&str] = if closers.is_empty() {
        &[""]
    } else {
        &["", " _"]
    };
    fillers.iter().any(|filler| {
        tails.iter().any(|tail| {
            !(closers.is_empty() && tail.is_empty())
                && parse_module(&format!("{source}{filler}{closers}{tail}\n")).is_ok()
        })
    })
}

/// Whether the compiler accepts a parsed module: the context rules of
/// CPython's symbol table and code generator.
fn compiles(module: &Mod) -> bool {
    let Mod::Module { body, .. } = module else {
        return true;
    };
    let context = Context {
        function: false,
        async_function: false,
        in_loop: false,
        module_level: true,
    };
    body.iter().all(|s| context.stmt_ok(s)) && nonlocals_bound(body, &[], &[], false)
}

/// Whether every `nonlocal` name in the scope whose statements are `body`
/// (and in the scopes nested in it) is bound in an enclosing function:
/// `enclosing` holds the names each enclosing function binds.
fn nonlocals_bound(
    body: &[Stmt],
    params: &[&str],
    enclosing: &[HashSet<String>],
    function: bool,
) -> bool {
    let mut scope = ScopeNames::default();
    for s in body {
        scope.stmt(s);
    }
    if !scope
        .nonlocal
        .iter()
        .all(|n| enclosing.iter().any(|names| names.contains(n)))
    {
        return false;
    }
    let mut inner = enclosing.to_vec();
    if function {
        let mut own: HashSet<String> = scope.bound;
        own.extend(params.iter().map(|p| p.to_string()));
        own.extend(scope.nonlocal.iter().cloned());
        own.retain(|n| !scope.global.contains(n));
        inner.push(own);
    }
    scope.nested.iter().all(|nested| match nested {
        Nested::Function(f) => {
            let args = &f.args;
            let params: Vec<&str> = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(args.vararg.as_deref())
                .chain(&args.kwonlyargs)
                .chain(args.kwarg.as_deref())
                .map(|a| a.arg.as_str())
                .collect();
            nonlocals_bound(&f.body, &params, &inner, true)
        }
        Nested::Class(body) => nonlocals_bound(body, &[], &inner, false),
    })
}

/// A statement scope nested in another: only `def` and `class` bodies hold
/// statements (and so `nonlocal`).
enum Nested<'a> {
    Function(&'a FunctionDef),
    Class(&'a [Stmt]),
}

/// What one scope's own statements bind and declare.
#[derive(Default)]
struct ScopeNames<'a> {
    bound: HashSet<String>,
    nonlocal: Vec<String>,
    global: HashSet<String>,
    nested: Vec<Nested<'a>>,
}

impl<'a> ScopeNames<'a> {
    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.bound.insert(f.name.clone());
                self.nested.push(Nested::Function(f));
            }
            StmtKind::ClassDef(c) => {
                self.bound.insert(c.name.clone());
                self.nested.push(Nested::Class(&c.body));
            }
            StmtKind::Nonlocal { names } => self.nonlocal.extend(names.iter().cloned()),
            StmtKind::Global { names } => self.global.extend(names.iter().cloned()),
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let name = alias.asname.as_deref().unwrap_or(&alias.name);
                    let first = name.split('.').next().unwrap_or(name);
                    self.bound.insert(first.to_string());
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.bound
                    .extend(t.handlers.iter().filter_map(|h| h.name.clone()));
            }
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    self.pattern(&case.pattern);
                }
            }
            _ => {}
        }
        for e in stmt_exprs(s) {
            self.expr(e);
        }
        for block in stmt_blocks(s) {
            for inner in block {
                self.stmt(inner);
            }
        }
    }

    /// Names an expression binds: stored or deleted names and assignment
    /// expression targets, but not comprehension variables.
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name { id, ctx } if *ctx != ExprContext::Load => {
                self.bound.insert(id.clone());
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. }
            | ExprKind::DictComp { generators, .. } => {
                for child in expr_children(e) {
                    if !generators.iter().any(|g| std::ptr::eq(&g.target, child)) {
                        self.expr(child);
                    }
                }
            }
            _ => {
                for child in expr_children(e) {
                    self.expr(child);
                }
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchStar { name } => self.bound.extend(name.clone()),
            PatternKind::MatchAs { pattern, name } => {
                self.bound.extend(name.clone());
                if let Some(inner) = pattern {
                    self.pattern(inner);
                }
            }
            PatternKind::MatchMapping { patterns, rest, .. } => {
                self.bound.extend(rest.clone());
                patterns.iter().for_each(|p| self.pattern(p));
            }
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().for_each(|p| self.pattern(p));
            }
            PatternKind::MatchClass {
                patterns,
                kwd_patterns,
                ..
            } => patterns
                .iter()
                .chain(kwd_patterns)
                .for_each(|p| self.pattern(p)),
            PatternKind::MatchValue { .. } | PatternKind::MatchSingleton { .. } => {}
        }
    }
}

/// The expressions a statement evaluates in its own scope (not those of
/// the statements in its blocks, nor a nested function's body).
fn stmt_exprs(s: &Stmt) -> Vec<&Expr> {
    let mut out: Vec<&Expr> = Vec::new();
    match &s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
            out.extend(&f.decorator_list);
            out.extend(&f.args.defaults);
            out.extend(f.args.kw_defaults.iter().flatten());
            out.extend(f.returns.as_deref());
        }
        StmtKind::ClassDef(c) => {
            out.extend(&c.decorator_list);
            out.extend(&c.bases);
            out.extend(c.keywords.iter().map(|k| &k.value));
        }
        StmtKind::Return { value } => out.extend(value.as_deref()),
        StmtKind::Delete { targets } => out.extend(targets),
        StmtKind::Assign { targets, value, .. } => {
            out.extend(targets);
            out.push(value);
        }
        StmtKind::TypeAlias { name, value, .. } => out.extend([&**name, &**value]),
        StmtKind::AugAssign { target, value, .. } => out.extend([&**target, &**value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            out.extend([&**target, &**annotation]);
            out.extend(value.as_deref());
        }
        StmtKind::For(f) | StmtKind::AsyncFor(f) => out.extend([&*f.target, &*f.iter]),
        StmtKind::While { test, .. } | StmtKind::If { test, .. } => out.push(test),
        StmtKind::With(w) | StmtKind::AsyncWith(w) => {
            for item in &w.items {
                out.push(&item.context_expr);
                out.extend(item.optional_vars.as_deref());
            }
        }
        StmtKind::Match { subject, cases } => {
            out.push(subject);
            out.extend(cases.iter().filter_map(|c| c.guard.as_deref()));
        }
        StmtKind::Raise { exc, cause } => {
            out.extend(exc.as_deref());
            out.extend(cause.as_deref());
        }
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            out.extend(t.handlers.iter().filter_map(|h| h.type_.as_deref()));
        }
        StmtKind::Assert { test, msg } => {
            out.push(test);
            out.extend(msg.as_deref());
        }
        StmtKind::Expr { value } => out.push(value),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
    out
}

/// The statement lists inside a statement that belong to its scope (a
/// nested function's or class's body is its own scope).
fn stmt_blocks(s: &Stmt) -> Vec<&[Stmt]> {
    match &s.kind {
        StmtKind::For(f) | StmtKind::AsyncFor(f) => vec![&f.body, &f.orelse],
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            vec![body, orelse]
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => vec![&w.body],
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            let mut blocks: Vec<&[Stmt]> = vec![&t.body];
            blocks.extend(t.handlers.iter().map(|h| h.body.as_slice()));
            blocks.push(&t.orelse);
            blocks.push(&t.finalbody);
            blocks
        }
        StmtKind::Match { cases, .. } => cases.iter().map(|c| c.body.as_slice()).collect(),
        _ => Vec::new(),
    }
}

#[derive(Clone, Copy)]
struct Context {
    function: bool,
    async_function: bool,
    in_loop: bool,
    module_level: bool,
}

impl Context {
    fn function_body(is_async: bool) -> Context {
        Context {
            function: true,
            async_function: is_async,
            in_loop: false,
            module_level: false,
        }
    }

    fn loop_body(self) -> Context {
        Context {
            in_loop: true,
            ..self
        }
    }

    fn outside_loop(self) -> Context {
        Context {
            in_loop: false,
            ..self
        }
    }

    fn stmts_ok(self, body: &[Stmt]) -> bool {
        body.iter().all(|s| self.stmt_ok(s))
    }

    fn stmt_ok(self, stmt: &Stmt) -> bool {
        let e = |x: &Expr| self.expr_ok(x);
        match &stmt.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                let inner =
                    Context::function_body(matches!(stmt.kind, StmtKind::AsyncFunctionDef(_)));
                f.decorator_list.iter().all(e)
                    && self.arguments_ok(&f.args)
                    && f.returns.as_deref().is_none_or(e)
                    && inner.stmts_ok(&f.body)
            }
            StmtKind::ClassDef(c) => {
                let inner = Context {
                    in_loop: false,
                    module_level: false,
                    ..self
                };
                c.decorator_list.iter().all(e)
                    && c.bases.iter().all(e)
                    && c.keywords.iter().all(|k| e(&k.value))
                    && inner.stmts_ok(&c.body)
            }
            StmtKind::Return { value } => self.function && value.as_deref().is_none_or(e),
            StmtKind::Break | StmtKind::Continue => self.in_loop,
            StmtKind::Nonlocal { .. } => !self.module_level,
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                (self.async_function || matches!(stmt.kind, StmtKind::For(_)))
                    && e(&f.target)
                    && e(&f.iter)
                    && self.loop_body().stmts_ok(&f.body)
                    && self.stmts_ok(&f.orelse)
            }
            StmtKind::While { test, body, orelse } => {
                e(test) && self.loop_body().stmts_ok(body) && self.stmts_ok(orelse)
            }
            StmtKind::If { test, body, orelse } => {
                e(test) && self.stmts_ok(body) && self.stmts_ok(orelse)
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                (self.async_function || matches!(stmt.kind, StmtKind::With(_)))
                    && w.items
                        .iter()
                        .all(|i| e(&i.context_expr) && i.optional_vars.as_deref().is_none_or(e))
                    && self.stmts_ok(&w.body)
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts_ok(&t.body)
                    && t.handlers
                        .iter()
                        .all(|h| h.type_.as_deref().is_none_or(e) && self.stmts_ok(&h.body))
                    && self.stmts_ok(&t.orelse)
                    && self.stmts_ok(&t.finalbody)
            }
            StmtKind::Match { subject, cases } => {
                e(subject)
                    && cases
                        .iter()
                        .all(|c| c.guard.as_deref().is_none_or(e) && self.stmts_ok(&c.body))
            }
            StmtKind::Delete { targets } => targets.iter().all(e),
            StmtKind::Assign { targets, value, .. } => targets.iter().all(e) && e(value),
            StmtKind::TypeAlias { value, .. } => e(value),
            StmtKind::AugAssign { target, value, .. } => e(target) && e(value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => e(target) && e(annotation) && value.as_deref().is_none_or(e),
            StmtKind::Raise { exc, cause } => {
                exc.as_deref().is_none_or(e) && cause.as_deref().is_none_or(e)
            }
            StmtKind::Assert { test, msg } => e(test) && msg.as_deref().is_none_or(e),
            StmtKind::Expr { value } => e(value),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Pass => true,
        }
    }

    fn arguments_ok(self, args: &Arguments) -> bool {
        args.defaults.iter().all(|d| self.expr_ok(d))
            && args.kw_defaults.iter().flatten().all(|d| self.expr_ok(d))
    }

    fn expr_ok(self, expr: &Expr) -> bool {
        let e = |x: &Expr| self.expr_ok(x);
        match &expr.kind {
            ExprKind::Await { value } => self.async_function && e(value),
            ExprKind::Yield { value } => self.function && value.as_deref().is_none_or(e),
            ExprKind::YieldFrom { value } => self.function && e(value),
            ExprKind::Lambda { args, body } => {
                // A lambda is a function for `yield`, never an async one.
                self.arguments_ok(args) && Context::function_body(false).expr_ok(body)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension_ok(generators, &[elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension_ok(generators, &[key, value]),
            ExprKind::BoolOp { values, .. } => values.iter().all(e),
            ExprKind::NamedExpr { target, value } => e(target) && e(value),
            ExprKind::BinOp { left, right, .. } => e(left) && e(right),
            ExprKind::UnaryOp { operand, .. } => e(operand),
            ExprKind::IfExp { test, body, orelse } => e(test) && e(body) && e(orelse),
            ExprKind::Dict { keys, values } => keys.iter().flatten().all(e) && values.iter().all(e),
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().all(e)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => e(left) && comparators.iter().all(e),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => e(func) && args.iter().all(e) && keywords.iter().all(|k| e(&k.value)),
            ExprKind::FormattedValue {
                value, format_spec, ..
            }
            | ExprKind::Interpolation {
                value, format_spec, ..
            } => e(value) && format_spec.as_deref().is_none_or(e),
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                values.iter().all(e)
            }
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => e(value),
            ExprKind::Subscript { value, slice, .. } => e(value) && e(slice),
            ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                .into_iter()
                .all(|x| x.as_deref().is_none_or(e)),
            ExprKind::Constant { .. } | ExprKind::Name { .. } => true,
        }
    }

    /// A comprehension is its own function scope, except for its first
    /// iterable; an `async for` or `await` inside needs an async function.
    fn comprehension_ok(self, generators: &[Comprehension], elts: &[&Expr]) -> bool {
        let inner = Context {
            function: true,
            ..self.outside_loop()
        };
        generators.iter().enumerate().all(|(i, g)| {
            let iter_context = if i == 0 { self } else { inner };
            (!g.is_async || self.async_function)
                && !contains_named_expr(&g.iter)
                && iter_context.expr_ok(&g.iter)
                && inner.expr_ok(&g.target)
                && g.ifs.iter().all(|x| inner.expr_ok(x))
        }) && elts.iter().all(|x| inner.expr_ok(x))
    }
}

/// Whether an assignment expression occurs in `expr`, outside nested
/// lambdas (comprehension iterables may not hold one).
fn contains_named_expr(expr: &Expr) -> bool {
    let mut found = false;
    walk_expr(expr, &mut |e| {
        found |= matches!(e.kind, ExprKind::NamedExpr { .. })
    });
    found
}

/// Calls `f` on `expr` and every expression inside it, except lambda bodies.
fn walk_expr(expr: &Expr, f: &mut impl FnMut(&Expr)) {
    f(expr);
    for child in expr_children(expr) {
        walk_expr(child, f);
    }
}

/// The expressions directly inside `expr`; a lambda's are its own scope's.
fn expr_children(expr: &Expr) -> Vec<&Expr> {
    let mut children: Vec<&Expr> = Vec::new();
    match &expr.kind {
        ExprKind::BoolOp { values, .. }
        | ExprKind::JoinedStr { values }
        | ExprKind::TemplateStr { values } => children.extend(values),
        ExprKind::NamedExpr { target, value } => children.extend([&**target, &**value]),
        ExprKind::BinOp { left, right, .. } => children.extend([&**left, &**right]),
        ExprKind::UnaryOp { operand: value, .. }
        | ExprKind::Await { value }
        | ExprKind::YieldFrom { value }
        | ExprKind::Attribute { value, .. }
        | ExprKind::Starred { value, .. } => children.push(value),
        ExprKind::Yield { value } => children.extend(value.as_deref()),
        ExprKind::IfExp { test, body, orelse } => children.extend([&**test, &**body, &**orelse]),
        ExprKind::Dict { keys, values } => {
            children.extend(keys.iter().flatten());
            children.extend(values);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            children.extend(elts)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            children.push(elt);
            for g in generators {
                children.extend([&g.target, &g.iter]);
                children.extend(&g.ifs);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            children.extend([&**key, &**value]);
            for g in generators {
                children.extend([&g.target, &g.iter]);
                children.extend(&g.ifs);
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            children.push(left);
            children.extend(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            children.push(func);
            children.extend(args);
            children.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        }
        | ExprKind::Interpolation {
            value, format_spec, ..
        } => {
            children.push(value);
            children.extend(format_spec.as_deref());
        }
        ExprKind::Subscript { value, slice, .. } => children.extend([&**value, &**slice]),
        ExprKind::Slice { lower, upper, step } => {
            children.extend([lower, upper, step].into_iter().flat_map(|x| x.as_deref()))
        }
        ExprKind::Lambda { args, .. } => {
            children.extend(&args.defaults);
            children.extend(args.kw_defaults.iter().flatten());
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
    children
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected answers are what CPython 3.14's codeop.compile_command
    // (symbol="exec", flags=PyCF_ONLY_AST) does: return, or raise.
    #[test]
    fn complete_sources() {
        assert!(compile_command_accepts("for x in y: pass"));
        assert!(compile_command_accepts("def f(): return"));
        assert!(compile_command_accepts("while x: break"));
        assert!(compile_command_accepts("for x in y:\n    pass"));
        assert!(compile_command_accepts("# only a comment"));
        assert!(!compile_command_accepts("return 1"));
        assert!(!compile_command_accepts("x = 1\nif x:\n    return 2"));
        assert!(!compile_command_accepts("if x:\n    break"));
        assert!(!compile_command_accepts("await x"));
        assert!(!compile_command_accepts("async for x in y: pass"));
        assert!(!compile_command_accepts("def f(:"));
        assert!(!compile_command_accepts("a b"));
        assert!(!compile_command_accepts("[y for x in data is (y := f(x))]"));
        assert!(!compile_command_accepts(
            "def k():\n    def inner():\n        nonlocal c"
        ));
        assert!(compile_command_accepts(
            "def k():\n    c = 1\n    def inner():\n        nonlocal c"
        ));
        assert!(compile_command_accepts(
            "def k(c):\n    class C:\n        nonlocal c"
        ));
        assert!(!compile_command_accepts(
            "def k():\n    [c for c in x]\n    def inner():\n        nonlocal c"
        ));
        assert!(compile_command_accepts(
            "def k():\n    (c := 1)\n    def inner():\n        nonlocal c"
        ));
    }

    #[test]
    fn incomplete_sources() {
        assert!(compile_command_accepts("for x in y:"));
        assert!(compile_command_accepts("x = (1,"));
        assert!(compile_command_accepts("x = \"\"\"abc"));
        assert!(compile_command_accepts("if x:\n    pass\nelse:"));
        assert!(!compile_command_accepts("x = (1 2"));
        assert!(!compile_command_accepts("x = 1 +"));
        assert!(!compile_command_accepts("class C:\n    def"));
        assert!(!compile_command_accepts("lambda"));
        assert!(!compile_command_accepts("x."));
        assert!(compile_command_accepts("@(lambda f: f)"));
        assert!(compile_command_accepts("try:\n    pass"));
        assert!(compile_command_accepts("def f():\n    x = (1,"));
        assert!(compile_command_accepts("x = 1 \\"));
        assert!(compile_command_accepts("x = (1,\n2 +"));
        assert!(compile_command_accepts("@dec\n@dec2"));
        assert!(compile_command_accepts("while 1:\n    try:\n        if i:"));
        assert!(compile_command_accepts("with (\n    open(\"x\") is f,"));
        assert!(compile_command_accepts("def f(a,"));
    }
}
