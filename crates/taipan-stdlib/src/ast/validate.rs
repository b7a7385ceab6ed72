//! The checks CPython makes on a tree built by hand before compiling it,
//! with its messages: the code generator relies on what the parser
//! guarantees (non-empty bodies, matching lengths, contexts).

use taipan_syntax::ast::*;
use taipan_vm::types::exceptions::VALUE_ERROR;
use taipan_vm::{PyErr, PyResult};

fn invalid(msg: impl Into<String>) -> PyErr {
    PyErr::new(&VALUE_ERROR, msg.into())
}

fn ensure(ok: bool, msg: impl FnOnce() -> String) -> PyResult<()> {
    if ok {
        Ok(())
    } else {
        Err(invalid(msg()))
    }
}

pub(super) fn module(m: &Mod) -> PyResult<()> {
    match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => stmts(body),
        Mod::Expression { body } => expr(body, ExprContext::Load),
        Mod::FunctionType { argtypes, returns } => {
            exprs(argtypes, ExprContext::Load)?;
            expr(returns, ExprContext::Load)
        }
    }
}

fn positions(r: Range) -> PyResult<()> {
    ensure(r.lineno <= r.end_lineno, || {
        format!(
            "AST node line range ({}, {}) is not valid",
            r.lineno, r.end_lineno
        )
    })?;
    ensure(
        r.lineno != r.end_lineno || r.col_offset <= r.end_col_offset,
        || {
            format!(
                "line {}, column {}-{} is not a valid range",
                r.lineno, r.col_offset, r.end_col_offset
            )
        },
    )
}

fn body(stmts_: &[Stmt], owner: &str) -> PyResult<()> {
    nonempty(stmts_, "body", owner)?;
    stmts(stmts_)
}

fn nonempty<T>(items: &[T], what: &str, owner: &str) -> PyResult<()> {
    ensure(!items.is_empty(), || format!("empty {what} on {owner}"))
}

fn stmts(items: &[Stmt]) -> PyResult<()> {
    items.iter().try_for_each(stmt)
}

fn exprs(items: &[Expr], ctx: ExprContext) -> PyResult<()> {
    items.iter().try_for_each(|e| expr(e, ctx))
}

fn opt(e: &Option<Box<Expr>>) -> PyResult<()> {
    e.as_deref().map_or(Ok(()), |e| expr(e, ExprContext::Load))
}

fn load(e: &Expr) -> PyResult<()> {
    expr(e, ExprContext::Load)
}

fn name(id: &str) -> PyResult<()> {
    ensure(!matches!(id, "None" | "True" | "False"), || {
        format!("identifier field can't represent '{id}' constant")
    })
}

fn arguments(a: &Arguments) -> PyResult<()> {
    let all = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs);
    for arg in all.chain(a.vararg.as_deref()).chain(a.kwarg.as_deref()) {
        positions(arg.range)?;
        opt(&arg.annotation)?;
    }
    ensure(
        a.defaults.len() <= a.posonlyargs.len() + a.args.len(),
        || "more positional defaults than args on arguments".into(),
    )?;
    ensure(a.kw_defaults.len() == a.kwonlyargs.len(), || {
        "length of kwonlyargs is not the same as kw_defaults on arguments".into()
    })?;
    exprs(&a.defaults, ExprContext::Load)?;
    a.kw_defaults.iter().flatten().try_for_each(load)
}

fn type_params(params: &[TypeParam]) -> PyResult<()> {
    for p in params {
        positions(p.range)?;
        match &p.kind {
            TypeParamKind::TypeVar {
                bound,
                default_value,
                ..
            } => {
                opt(bound)?;
                opt(default_value)?;
            }
            TypeParamKind::ParamSpec { default_value, .. }
            | TypeParamKind::TypeVarTuple { default_value, .. } => opt(default_value)?,
        }
    }
    Ok(())
}

fn stmt(s: &Stmt) -> PyResult<()> {
    positions(s.range)?;
    match &s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
            let owner = match s.kind {
                StmtKind::FunctionDef(_) => "FunctionDef",
                _ => "AsyncFunctionDef",
            };
            body(&f.body, owner)?;
            type_params(&f.type_params)?;
            arguments(&f.args)?;
            exprs(&f.decorator_list, ExprContext::Load)?;
            opt(&f.returns)
        }
        StmtKind::ClassDef(c) => {
            body(&c.body, "ClassDef")?;
            type_params(&c.type_params)?;
            exprs(&c.bases, ExprContext::Load)?;
            c.keywords.iter().try_for_each(|k| load(&k.value))?;
            exprs(&c.decorator_list, ExprContext::Load)
        }
        StmtKind::Return { value } => opt(value),
        StmtKind::Delete { targets } => {
            nonempty(targets, "targets", "Delete")?;
            exprs(targets, ExprContext::Del)
        }
        StmtKind::Assign { targets, value, .. } => {
            nonempty(targets, "targets", "Assign")?;
            exprs(targets, ExprContext::Store)?;
            load(value)
        }
        StmtKind::TypeAlias {
            name,
            type_params: params,
            value,
        } => {
            expr(name, ExprContext::Store)?;
            type_params(params)?;
            load(value)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, ExprContext::Store)?;
            load(value)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            expr(target, ExprContext::Store)?;
            opt(value)?;
            load(annotation)
        }
        StmtKind::For(f) | StmtKind::AsyncFor(f) => {
            let owner = match s.kind {
                StmtKind::For(_) => "For",
                _ => "AsyncFor",
            };
            expr(&f.target, ExprContext::Store)?;
            load(&f.iter)?;
            body(&f.body, owner)?;
            stmts(&f.orelse)
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        }
        | StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            let owner = match s.kind {
                StmtKind::While { .. } => "While",
                _ => "If",
            };
            load(test)?;
            body(b, owner)?;
            stmts(orelse)
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => {
            let owner = match s.kind {
                StmtKind::With(_) => "With",
                _ => "AsyncWith",
            };
            nonempty(&w.items, "items", owner)?;
            for item in &w.items {
                load(&item.context_expr)?;
                if let Some(v) = &item.optional_vars {
                    expr(v, ExprContext::Store)?;
                }
            }
            body(&w.body, owner)
        }
        StmtKind::Match { subject, cases } => {
            load(subject)?;
            nonempty(cases, "cases", "Match")?;
            for case in cases {
                pattern(&case.pattern)?;
                opt(&case.guard)?;
                body(&case.body, "match_case")?;
            }
            Ok(())
        }
        StmtKind::Raise { exc, cause } => {
            ensure(exc.is_some() || cause.is_none(), || {
                "Raise with cause but no exception".into()
            })?;
            opt(exc)?;
            opt(cause)
        }
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            let owner = match s.kind {
                StmtKind::Try(_) => "Try",
                _ => "TryStar",
            };
            body(&t.body, owner)?;
            ensure(!t.handlers.is_empty() || !t.finalbody.is_empty(), || {
                format!("{owner} has neither except handlers nor finalbody")
            })?;
            ensure(!t.handlers.is_empty() || t.orelse.is_empty(), || {
                format!("{owner} has orelse but no except handlers")
            })?;
            for h in &t.handlers {
                positions(h.range)?;
                opt(&h.type_)?;
                body(&h.body, "ExceptHandler")?;
            }
            stmts(&t.finalbody)?;
            stmts(&t.orelse)
        }
        StmtKind::Assert { test, msg } => {
            load(test)?;
            opt(msg)
        }
        StmtKind::Import { names } => nonempty(names, "names", "Import"),
        StmtKind::ImportFrom { names, .. } => nonempty(names, "names", "ImportFrom"),
        StmtKind::Global { names } => nonempty(names, "names", "Global"),
        StmtKind::Nonlocal { names } => nonempty(names, "names", "Nonlocal"),
        StmtKind::Expr { value } => load(value),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
    }
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

fn check_ctx(actual: ExprContext, expected: ExprContext) -> PyResult<()> {
    ensure(actual == expected, || {
        format!(
            "expression must have {} context but has {} instead",
            ctx_name(expected),
            ctx_name(actual)
        )
    })
}

fn generators(gens: &[Comprehension]) -> PyResult<()> {
    ensure(!gens.is_empty(), || {
        "comprehension with no generators".into()
    })?;
    for g in gens {
        expr(&g.target, ExprContext::Store)?;
        load(&g.iter)?;
        exprs(&g.ifs, ExprContext::Load)?;
    }
    Ok(())
}

/// `e` where the surrounding code needs context `ctx`.
fn expr(e: &Expr, ctx: ExprContext) -> PyResult<()> {
    positions(e.range)?;
    let actual = match &e.kind {
        ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. }
        | ExprKind::Starred { ctx, .. }
        | ExprKind::Name { ctx, .. }
        | ExprKind::List { ctx, .. }
        | ExprKind::Tuple { ctx, .. } => Some(*ctx),
        _ => None,
    };
    match actual {
        Some(actual) => check_ctx(actual, ctx)?,
        None if ctx != ExprContext::Load => {
            return Err(invalid(format!(
                "expression which can't be assigned to in {} context",
                ctx_name(ctx)
            )))
        }
        None => {}
    }
    match &e.kind {
        ExprKind::BoolOp { values, .. } => {
            ensure(values.len() >= 2, || {
                "BoolOp with less than 2 values".into()
            })?;
            exprs(values, ExprContext::Load)
        }
        // The target's context is not checked, as in CPython.
        ExprKind::NamedExpr { target, value } => {
            ensure(matches!(target.kind, ExprKind::Name { .. }), || {
                "NamedExpr target must be a Name".into()
            })?;
            load(value)
        }
        ExprKind::BinOp { left, right, .. } => {
            load(left)?;
            load(right)
        }
        ExprKind::UnaryOp { operand, .. } => load(operand),
        ExprKind::Lambda { args, body } => {
            arguments(args)?;
            load(body)
        }
        ExprKind::IfExp { test, body, orelse } => {
            load(test)?;
            load(body)?;
            load(orelse)
        }
        ExprKind::Dict { keys, values } => {
            ensure(keys.len() == values.len(), || {
                "Dict doesn't have the same number of keys as values".into()
            })?;
            keys.iter().flatten().try_for_each(load)?;
            exprs(values, ExprContext::Load)
        }
        ExprKind::Set { elts } => exprs(elts, ExprContext::Load),
        ExprKind::ListComp { elt, generators: g }
        | ExprKind::SetComp { elt, generators: g }
        | ExprKind::GeneratorExp { elt, generators: g } => {
            generators(g)?;
            load(elt)
        }
        ExprKind::DictComp {
            key,
            value,
            generators: g,
        } => {
            generators(g)?;
            load(key)?;
            load(value)
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => load(value),
        ExprKind::Yield { value } => opt(value),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            ensure(!comparators.is_empty(), || {
                "Compare with no comparators".into()
            })?;
            ensure(comparators.len() == ops.len(), || {
                "Compare has a different number of comparators and operands".into()
            })?;
            load(left)?;
            exprs(comparators, ExprContext::Load)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            load(func)?;
            exprs(args, ExprContext::Load)?;
            keywords.iter().try_for_each(|k| load(&k.value))
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        }
        | ExprKind::Interpolation {
            value, format_spec, ..
        } => {
            load(value)?;
            opt(format_spec)
        }
        ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
            exprs(values, ExprContext::Load)
        }
        ExprKind::Constant { .. } => Ok(()),
        ExprKind::Attribute { value, .. } => load(value),
        ExprKind::Subscript { value, slice, .. } => {
            load(value)?;
            load(slice)
        }
        ExprKind::Starred { value, .. } => expr(value, ctx),
        ExprKind::Name { id, .. } => name(id),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => exprs(elts, ctx),
        ExprKind::Slice { lower, upper, step } => {
            opt(lower)?;
            opt(upper)?;
            opt(step)
        }
    }
}

fn pattern(p: &Pattern) -> PyResult<()> {
    positions(p.range)?;
    match &p.kind {
        PatternKind::MatchValue { value } => load(value),
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => Ok(()),
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            patterns.iter().try_for_each(pattern)
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            ensure(keys.len() == patterns.len(), || {
                "MatchMapping doesn't have the same number of keys as patterns".into()
            })?;
            exprs(keys, ExprContext::Load)?;
            patterns.iter().try_for_each(pattern)
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            ensure(kwd_attrs.len() == kwd_patterns.len(), || {
                "MatchClass doesn't have the same number of keyword attributes as patterns".into()
            })?;
            load(cls)?;
            patterns.iter().chain(kwd_patterns).try_for_each(pattern)
        }
        PatternKind::MatchAs { pattern: p, .. } => p.as_deref().map_or(Ok(()), pattern),
    }
}
