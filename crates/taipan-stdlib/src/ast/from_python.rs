//! `compile(node, ...)`: taipan-syntax's tree read back from Python node
//! objects, positions included.

use num_bigint::BigInt;
use taipan_syntax::ast::*;
use taipan_syntax::wtf8::Wtf8Buf;
use taipan_vm::interp::attrs::{collect, getattr_str};
use taipan_vm::interp::{str_of, type_error};
use taipan_vm::types::{bytes, float, int, singletons, str as pystr, tuple};
use taipan_vm::{PyResult, TypeObject, Value};

/// The names of `v`'s class and its bases: a subclass of a node class
/// converts as that node.
fn class_names(v: &Value) -> Vec<String> {
    let mut names = Vec::new();
    if let Ok(items) = collect(v.type_of().mro()) {
        for t in items {
            if let Some(t) = t.downcast::<TypeObject>() {
                names.push(t.name.to_string());
            }
        }
    }
    names
}

fn expected(what: &str, v: &Value) -> taipan_vm::PyErr {
    let shown = str_of(v).unwrap_or_default();
    type_error(format!("expected some sort of {what}, but got {shown}"))
}

fn field(node: &Value, name: &str, owner: &str) -> PyResult<Value> {
    getattr_str(node, name)
        .map_err(|_| type_error(format!("required field \"{name}\" missing from {owner}")))
}

fn opt_field(node: &Value, name: &str) -> Option<Value> {
    getattr_str(node, name)
        .ok()
        .filter(|v| !singletons::is_none(v))
}

fn u32_field(node: &Value, name: &str, owner: &str) -> PyResult<u32> {
    let v = field(node, name, owner)?;
    int::as_int(&v)
        .and_then(|i| i.to_i64())
        .and_then(|i| u32::try_from(i).ok())
        .ok_or_else(|| type_error(format!("field \"{name}\" must be a non-negative int")))
}

fn range(node: &Value, owner: &str) -> PyResult<Range> {
    let lineno = u32_field(node, "lineno", owner)?;
    let col_offset = u32_field(node, "col_offset", owner)?;
    let end = |name: &str, default: u32| match opt_field(node, name) {
        Some(_) => u32_field(node, name, owner),
        None => Ok(default),
    };
    Ok(Range {
        lineno,
        col_offset,
        end_lineno: end("end_lineno", lineno)?,
        end_col_offset: end("end_col_offset", col_offset)?,
    })
}

fn identifier(node: &Value, name: &str, owner: &str) -> PyResult<Identifier> {
    let v = field(node, name, owner)?;
    pystr::as_str(&v)
        .map(str::to_string)
        .ok_or_else(|| type_error("AST identifier must be of type str"))
}

fn opt_identifier(node: &Value, name: &str) -> PyResult<Option<Identifier>> {
    match opt_field(node, name) {
        Some(v) => pystr::as_str(&v)
            .map(|s| Some(s.to_string()))
            .ok_or_else(|| type_error("AST identifier must be of type str")),
        None => Ok(None),
    }
}

fn list<T>(
    node: &Value,
    name: &str,
    owner: &str,
    item: impl Fn(&Value) -> PyResult<T>,
) -> PyResult<Vec<T>> {
    let v = field(node, name, owner)?;
    if v.downcast::<taipan_vm::types::list::ListObject>().is_none() {
        return Err(type_error(format!(
            "{owner} field \"{name}\" must be a list, not a {}",
            v.type_of().name
        )));
    }
    collect(&v)?.iter().map(item).collect()
}

fn identifiers(node: &Value, name: &str, owner: &str) -> PyResult<Vec<Identifier>> {
    list(node, name, owner, |v| {
        pystr::as_str(v)
            .map(str::to_string)
            .ok_or_else(|| type_error("AST identifier must be of type str"))
    })
}

fn opt_string(node: &Value, name: &str) -> PyResult<Option<String>> {
    opt_identifier(node, name)
}

pub(super) fn module(v: &Value) -> PyResult<Mod> {
    for name in class_names(v) {
        return Ok(match name.as_str() {
            "Module" => Mod::Module {
                body: stmts(v, "body", "Module")?,
                type_ignores: Vec::new(),
            },
            "Interactive" => Mod::Interactive {
                body: stmts(v, "body", "Interactive")?,
            },
            "Expression" => Mod::Expression {
                body: Box::new(expr(&field(v, "body", "Expression")?)?),
            },
            "FunctionType" => Mod::FunctionType {
                argtypes: exprs(v, "argtypes", "FunctionType")?,
                returns: Box::new(expr(&field(v, "returns", "FunctionType")?)?),
            },
            _ => continue,
        });
    }
    Err(expected("mod", v))
}

fn stmts(node: &Value, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
    list(node, name, owner, stmt)
}

fn exprs(node: &Value, name: &str, owner: &str) -> PyResult<Vec<Expr>> {
    list(node, name, owner, expr)
}

fn boxed(node: &Value, name: &str, owner: &str) -> PyResult<Box<Expr>> {
    Ok(Box::new(expr(&field(node, name, owner)?)?))
}

fn opt_expr(node: &Value, name: &str) -> PyResult<Option<Box<Expr>>> {
    opt_field(node, name)
        .map(|v| expr(&v).map(Box::new))
        .transpose()
}

fn ctx(node: &Value, owner: &str) -> PyResult<ExprContext> {
    let v = field(node, "ctx", owner)?;
    for name in class_names(&v) {
        return Ok(match name.as_str() {
            "Load" => ExprContext::Load,
            "Store" => ExprContext::Store,
            "Del" => ExprContext::Del,
            _ => continue,
        });
    }
    Err(expected("expr_context", &v))
}

fn operator(node: &Value, owner: &str) -> PyResult<Operator> {
    let v = field(node, "op", owner)?;
    for name in class_names(&v) {
        return Ok(match name.as_str() {
            "Add" => Operator::Add,
            "Sub" => Operator::Sub,
            "Mult" => Operator::Mult,
            "MatMult" => Operator::MatMult,
            "Div" => Operator::Div,
            "Mod" => Operator::Mod,
            "Pow" => Operator::Pow,
            "LShift" => Operator::LShift,
            "RShift" => Operator::RShift,
            "BitOr" => Operator::BitOr,
            "BitXor" => Operator::BitXor,
            "BitAnd" => Operator::BitAnd,
            "FloorDiv" => Operator::FloorDiv,
            _ => continue,
        });
    }
    Err(expected("operator", &v))
}

fn cmpop(v: &Value) -> PyResult<CmpOp> {
    for name in class_names(v) {
        return Ok(match name.as_str() {
            "Eq" => CmpOp::Eq,
            "NotEq" => CmpOp::NotEq,
            "Lt" => CmpOp::Lt,
            "LtE" => CmpOp::LtE,
            "Gt" => CmpOp::Gt,
            "GtE" => CmpOp::GtE,
            "Is" => CmpOp::Is,
            "IsNot" => CmpOp::IsNot,
            "In" => CmpOp::In,
            "NotIn" => CmpOp::NotIn,
            _ => continue,
        });
    }
    Err(expected("cmpop", v))
}

fn int_field(node: &Value, name: &str, owner: &str) -> PyResult<i64> {
    let v = field(node, name, owner)?;
    int::as_int(&v)
        .and_then(|i| i.to_i64())
        .ok_or_else(|| type_error(format!("field \"{name}\" must be an int")))
}

fn stmt(v: &Value) -> PyResult<Stmt> {
    // CPython reads the location before the kind and the fields.
    let range = range(v, "stmt")?;
    for name in class_names(v) {
        let o = name.as_str();
        let kind = match o {
            "FunctionDef" | "AsyncFunctionDef" => {
                let def = Box::new(FunctionDef {
                    name: identifier(v, "name", o)?,
                    args: Box::new(arguments(&field(v, "args", o)?)?),
                    body: stmts(v, "body", o)?,
                    decorator_list: exprs(v, "decorator_list", o)?,
                    returns: opt_expr(v, "returns")?,
                    type_comment: opt_string(v, "type_comment")?,
                    type_params: list(v, "type_params", o, type_param)?,
                });
                if o == "FunctionDef" {
                    StmtKind::FunctionDef(def)
                } else {
                    StmtKind::AsyncFunctionDef(def)
                }
            }
            "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
                name: identifier(v, "name", o)?,
                bases: exprs(v, "bases", o)?,
                keywords: list(v, "keywords", o, keyword)?,
                body: stmts(v, "body", o)?,
                decorator_list: exprs(v, "decorator_list", o)?,
                type_params: list(v, "type_params", o, type_param)?,
            })),
            "Return" => StmtKind::Return {
                value: opt_expr(v, "value")?,
            },
            "Delete" => StmtKind::Delete {
                targets: exprs(v, "targets", o)?,
            },
            "Assign" => StmtKind::Assign {
                targets: exprs(v, "targets", o)?,
                value: boxed(v, "value", o)?,
                type_comment: opt_string(v, "type_comment")?,
            },
            "TypeAlias" => StmtKind::TypeAlias {
                name: boxed(v, "name", o)?,
                type_params: list(v, "type_params", o, type_param)?,
                value: boxed(v, "value", o)?,
            },
            "AugAssign" => StmtKind::AugAssign {
                target: boxed(v, "target", o)?,
                op: operator(v, o)?,
                value: boxed(v, "value", o)?,
            },
            "AnnAssign" => StmtKind::AnnAssign {
                target: boxed(v, "target", o)?,
                annotation: boxed(v, "annotation", o)?,
                value: opt_expr(v, "value")?,
                simple: int_field(v, "simple", o)? != 0,
            },
            "For" | "AsyncFor" => {
                let f = Box::new(For {
                    target: boxed(v, "target", o)?,
                    iter: boxed(v, "iter", o)?,
                    body: stmts(v, "body", o)?,
                    orelse: stmts(v, "orelse", o)?,
                    type_comment: opt_string(v, "type_comment")?,
                });
                if o == "For" {
                    StmtKind::For(f)
                } else {
                    StmtKind::AsyncFor(f)
                }
            }
            "While" => StmtKind::While {
                test: boxed(v, "test", o)?,
                body: stmts(v, "body", o)?,
                orelse: stmts(v, "orelse", o)?,
            },
            "If" => StmtKind::If {
                test: boxed(v, "test", o)?,
                body: stmts(v, "body", o)?,
                orelse: stmts(v, "orelse", o)?,
            },
            "With" | "AsyncWith" => {
                let w = Box::new(With {
                    items: list(v, "items", o, withitem)?,
                    body: stmts(v, "body", o)?,
                    type_comment: opt_string(v, "type_comment")?,
                });
                if o == "With" {
                    StmtKind::With(w)
                } else {
                    StmtKind::AsyncWith(w)
                }
            }
            "Match" => StmtKind::Match {
                subject: boxed(v, "subject", o)?,
                cases: list(v, "cases", o, match_case)?,
            },
            "Raise" => StmtKind::Raise {
                exc: opt_expr(v, "exc")?,
                cause: opt_expr(v, "cause")?,
            },
            "Try" | "TryStar" => {
                let t = Box::new(Try {
                    body: stmts(v, "body", o)?,
                    handlers: list(v, "handlers", o, handler)?,
                    orelse: stmts(v, "orelse", o)?,
                    finalbody: stmts(v, "finalbody", o)?,
                });
                if o == "Try" {
                    StmtKind::Try(t)
                } else {
                    StmtKind::TryStar(t)
                }
            }
            "Assert" => StmtKind::Assert {
                test: boxed(v, "test", o)?,
                msg: opt_expr(v, "msg")?,
            },
            "Import" => StmtKind::Import {
                names: list(v, "names", o, alias)?,
            },
            "ImportFrom" => StmtKind::ImportFrom {
                module: opt_identifier(v, "module")?,
                names: list(v, "names", o, alias)?,
                level: match opt_field(v, "level") {
                    Some(_) => u32_field(v, "level", o)?,
                    None => 0,
                },
            },
            "Global" => StmtKind::Global {
                names: identifiers(v, "names", o)?,
            },
            "Nonlocal" => StmtKind::Nonlocal {
                names: identifiers(v, "names", o)?,
            },
            "Expr" => StmtKind::Expr {
                value: boxed(v, "value", o)?,
            },
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            "Continue" => StmtKind::Continue,
            _ => continue,
        };
        return Ok(Stmt { kind, range });
    }
    Err(expected("stmt", v))
}

fn comprehension(v: &Value) -> PyResult<Comprehension> {
    let o = "comprehension";
    Ok(Comprehension {
        target: expr(&field(v, "target", o)?)?,
        iter: expr(&field(v, "iter", o)?)?,
        ifs: exprs(v, "ifs", o)?,
        is_async: int_field(v, "is_async", o)? != 0,
    })
}

fn conversion(v: &Value, o: &str) -> PyResult<i32> {
    Ok(int_field(v, "conversion", o)? as i32)
}

fn expr(v: &Value) -> PyResult<Expr> {
    // CPython reads the location before the kind and the fields.
    let range = range(v, "expr")?;
    for name in class_names(v) {
        let o = name.as_str();
        let kind = match o {
            "BoolOp" => {
                let op = field(v, "op", o)?;
                let op = match class_names(&op).iter().find_map(|n| match n.as_str() {
                    "And" => Some(BoolOp::And),
                    "Or" => Some(BoolOp::Or),
                    _ => None,
                }) {
                    Some(op) => op,
                    None => return Err(expected("boolop", &op)),
                };
                ExprKind::BoolOp {
                    op,
                    values: exprs(v, "values", o)?,
                }
            }
            "NamedExpr" => ExprKind::NamedExpr {
                target: boxed(v, "target", o)?,
                value: boxed(v, "value", o)?,
            },
            "BinOp" => ExprKind::BinOp {
                left: boxed(v, "left", o)?,
                op: operator(v, o)?,
                right: boxed(v, "right", o)?,
            },
            "UnaryOp" => {
                let op = field(v, "op", o)?;
                let op = match class_names(&op).iter().find_map(|n| match n.as_str() {
                    "Invert" => Some(UnaryOp::Invert),
                    "Not" => Some(UnaryOp::Not),
                    "UAdd" => Some(UnaryOp::UAdd),
                    "USub" => Some(UnaryOp::USub),
                    _ => None,
                }) {
                    Some(op) => op,
                    None => return Err(expected("unaryop", &op)),
                };
                ExprKind::UnaryOp {
                    op,
                    operand: boxed(v, "operand", o)?,
                }
            }
            "Lambda" => ExprKind::Lambda {
                args: Box::new(arguments(&field(v, "args", o)?)?),
                body: boxed(v, "body", o)?,
            },
            "IfExp" => ExprKind::IfExp {
                test: boxed(v, "test", o)?,
                body: boxed(v, "body", o)?,
                orelse: boxed(v, "orelse", o)?,
            },
            "Dict" => ExprKind::Dict {
                keys: list(v, "keys", o, |k| {
                    if singletons::is_none(k) {
                        Ok(None)
                    } else {
                        expr(k).map(Some)
                    }
                })?,
                values: exprs(v, "values", o)?,
            },
            "Set" => ExprKind::Set {
                elts: exprs(v, "elts", o)?,
            },
            "ListComp" | "SetComp" | "GeneratorExp" => {
                let elt = boxed(v, "elt", o)?;
                let generators = list(v, "generators", o, comprehension)?;
                match o {
                    "ListComp" => ExprKind::ListComp { elt, generators },
                    "SetComp" => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            "DictComp" => ExprKind::DictComp {
                key: boxed(v, "key", o)?,
                value: boxed(v, "value", o)?,
                generators: list(v, "generators", o, comprehension)?,
            },
            "Await" => ExprKind::Await {
                value: boxed(v, "value", o)?,
            },
            "Yield" => ExprKind::Yield {
                value: opt_expr(v, "value")?,
            },
            "YieldFrom" => ExprKind::YieldFrom {
                value: boxed(v, "value", o)?,
            },
            "Compare" => ExprKind::Compare {
                left: boxed(v, "left", o)?,
                ops: list(v, "ops", o, cmpop)?,
                comparators: exprs(v, "comparators", o)?,
            },
            "Call" => ExprKind::Call {
                func: boxed(v, "func", o)?,
                args: exprs(v, "args", o)?,
                keywords: list(v, "keywords", o, keyword)?,
            },
            "FormattedValue" => ExprKind::FormattedValue {
                value: boxed(v, "value", o)?,
                conversion: conversion(v, o)?,
                format_spec: opt_expr(v, "format_spec")?,
            },
            "Interpolation" => {
                let text = field(v, "str", o)?;
                let Constant::Str(text) = constant(&text)? else {
                    return Err(type_error("Interpolation field \"str\" must be a str"));
                };
                ExprKind::Interpolation {
                    value: boxed(v, "value", o)?,
                    str: text,
                    conversion: conversion(v, o)?,
                    format_spec: opt_expr(v, "format_spec")?,
                }
            }
            "JoinedStr" => ExprKind::JoinedStr {
                values: exprs(v, "values", o)?,
            },
            "TemplateStr" => ExprKind::TemplateStr {
                values: exprs(v, "values", o)?,
            },
            "Constant" => ExprKind::Constant {
                value: constant(&field(v, "value", o)?)?,
                kind: opt_string(v, "kind")?,
            },
            "Attribute" => ExprKind::Attribute {
                value: boxed(v, "value", o)?,
                attr: identifier(v, "attr", o)?,
                ctx: ctx(v, o)?,
            },
            "Subscript" => ExprKind::Subscript {
                value: boxed(v, "value", o)?,
                slice: boxed(v, "slice", o)?,
                ctx: ctx(v, o)?,
            },
            "Starred" => ExprKind::Starred {
                value: boxed(v, "value", o)?,
                ctx: ctx(v, o)?,
            },
            "Name" => ExprKind::Name {
                id: identifier(v, "id", o)?,
                ctx: ctx(v, o)?,
            },
            "List" => ExprKind::List {
                elts: exprs(v, "elts", o)?,
                ctx: ctx(v, o)?,
            },
            "Tuple" => ExprKind::Tuple {
                elts: exprs(v, "elts", o)?,
                ctx: ctx(v, o)?,
            },
            "Slice" => ExprKind::Slice {
                lower: opt_expr(v, "lower")?,
                upper: opt_expr(v, "upper")?,
                step: opt_expr(v, "step")?,
            },
            _ => continue,
        };
        return Ok(Expr { kind, range });
    }
    Err(expected("expr", v))
}

/// A `Constant`'s value: only the types a literal (or the constant
/// folder) can produce.
fn constant(v: &Value) -> PyResult<Constant> {
    if singletons::is_none(v) {
        return Ok(Constant::None);
    }
    if v.is(&singletons::ellipsis()) {
        return Ok(Constant::Ellipsis);
    }
    let ty = v.type_of();
    if ty.name == "bool" {
        return Ok(Constant::Bool(int::as_int(v).is_some_and(|i| !i.is_zero())));
    }
    if let Some(i) = int::as_int(v) {
        let bytes = i.to_big().to_signed_bytes_le();
        return Ok(Constant::Int(BigInt::from_signed_bytes_le(&bytes)));
    }
    if let Some(f) = float::as_f64(v) {
        return Ok(Constant::Float(f));
    }
    if let Some(c) = v.downcast::<taipan_vm::interp::complex::ComplexObject>() {
        return Ok(Constant::Complex {
            real: c.re,
            imag: c.im,
        });
    }
    if let Some(s) = v.downcast::<pystr::StrObject>() {
        let mut out = Wtf8Buf::with_capacity(s.as_bytes().len());
        for cp in s.code_points() {
            out.push_code_point(cp);
        }
        return Ok(Constant::Str(out));
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(Constant::Bytes(b.to_vec()));
    }
    if v.downcast::<tuple::TupleObject>().is_some() {
        let items = collect(v)?;
        return Ok(Constant::Tuple(
            items.iter().map(constant).collect::<PyResult<_>>()?,
        ));
    }
    Err(type_error(format!(
        "got an invalid type in Constant: {}",
        ty.name
    )))
}

fn arguments(v: &Value) -> PyResult<Arguments> {
    let o = "arguments";
    let opt_arg = |name: &str| {
        opt_field(v, name)
            .map(|a| arg(&a).map(Box::new))
            .transpose()
    };
    Ok(Arguments {
        posonlyargs: list(v, "posonlyargs", o, arg)?,
        args: list(v, "args", o, arg)?,
        vararg: opt_arg("vararg")?,
        kwonlyargs: list(v, "kwonlyargs", o, arg)?,
        kw_defaults: list(v, "kw_defaults", o, |d| {
            if singletons::is_none(d) {
                Ok(None)
            } else {
                expr(d).map(Some)
            }
        })?,
        kwarg: opt_arg("kwarg")?,
        defaults: exprs(v, "defaults", o)?,
    })
}

fn arg(v: &Value) -> PyResult<Arg> {
    let o = "arg";
    let range = range(v, o)?;
    Ok(Arg {
        arg: identifier(v, "arg", o)?,
        annotation: opt_expr(v, "annotation")?,
        type_comment: opt_string(v, "type_comment")?,
        range,
    })
}

fn keyword(v: &Value) -> PyResult<Keyword> {
    let o = "keyword";
    let range = range(v, o)?;
    Ok(Keyword {
        arg: opt_identifier(v, "arg")?,
        value: expr(&field(v, "value", o)?)?,
        range,
    })
}

fn alias(v: &Value) -> PyResult<Alias> {
    let o = "alias";
    let range = range(v, o)?;
    Ok(Alias {
        name: identifier(v, "name", o)?,
        asname: opt_identifier(v, "asname")?,
        range,
    })
}

fn withitem(v: &Value) -> PyResult<WithItem> {
    Ok(WithItem {
        context_expr: expr(&field(v, "context_expr", "withitem")?)?,
        optional_vars: opt_expr(v, "optional_vars")?,
    })
}

fn handler(v: &Value) -> PyResult<ExceptHandler> {
    let o = "ExceptHandler";
    if !class_names(v).iter().any(|n| n == o) {
        return Err(expected("excepthandler", v));
    }
    let range = range(v, "excepthandler")?;
    Ok(ExceptHandler {
        type_: opt_expr(v, "type")?,
        name: opt_identifier(v, "name")?,
        body: stmts(v, "body", o)?,
        range,
    })
}

fn match_case(v: &Value) -> PyResult<MatchCase> {
    let o = "match_case";
    Ok(MatchCase {
        pattern: pattern(&field(v, "pattern", o)?)?,
        guard: opt_expr(v, "guard")?,
        body: stmts(v, "body", o)?,
    })
}

fn patterns(v: &Value, name: &str, o: &str) -> PyResult<Vec<Pattern>> {
    list(v, name, o, pattern)
}

fn pattern(v: &Value) -> PyResult<Pattern> {
    // CPython reads the location before the kind and the fields.
    let range = range(v, "pattern")?;
    for name in class_names(v) {
        let o = name.as_str();
        let kind = match o {
            "MatchValue" => PatternKind::MatchValue {
                value: boxed(v, "value", o)?,
            },
            "MatchSingleton" => PatternKind::MatchSingleton {
                value: constant(&field(v, "value", o)?)?,
            },
            "MatchSequence" => PatternKind::MatchSequence {
                patterns: patterns(v, "patterns", o)?,
            },
            "MatchMapping" => PatternKind::MatchMapping {
                keys: exprs(v, "keys", o)?,
                patterns: patterns(v, "patterns", o)?,
                rest: opt_identifier(v, "rest")?,
            },
            "MatchClass" => PatternKind::MatchClass {
                cls: boxed(v, "cls", o)?,
                patterns: patterns(v, "patterns", o)?,
                kwd_attrs: identifiers(v, "kwd_attrs", o)?,
                kwd_patterns: patterns(v, "kwd_patterns", o)?,
            },
            "MatchStar" => PatternKind::MatchStar {
                name: opt_identifier(v, "name")?,
            },
            "MatchAs" => PatternKind::MatchAs {
                pattern: opt_field(v, "pattern")
                    .map(|p| pattern(&p).map(Box::new))
                    .transpose()?,
                name: opt_identifier(v, "name")?,
            },
            "MatchOr" => PatternKind::MatchOr {
                patterns: patterns(v, "patterns", o)?,
            },
            _ => continue,
        };
        return Ok(Pattern { kind, range });
    }
    Err(expected("pattern", v))
}

fn type_param(v: &Value) -> PyResult<TypeParam> {
    // CPython reads the location before the kind and the fields.
    let range = range(v, "type_param")?;
    for name in class_names(v) {
        let o = name.as_str();
        let kind = match o {
            "TypeVar" => TypeParamKind::TypeVar {
                name: identifier(v, "name", o)?,
                bound: opt_expr(v, "bound")?,
                default_value: opt_expr(v, "default_value")?,
            },
            "ParamSpec" => TypeParamKind::ParamSpec {
                name: identifier(v, "name", o)?,
                default_value: opt_expr(v, "default_value")?,
            },
            "TypeVarTuple" => TypeParamKind::TypeVarTuple {
                name: identifier(v, "name", o)?,
                default_value: opt_expr(v, "default_value")?,
            },
            _ => continue,
        };
        return Ok(TypeParam { kind, range });
    }
    Err(expected("type_param", v))
}
