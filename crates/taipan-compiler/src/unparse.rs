//! Expressions back to source text, for annotations under
//! `from __future__ import annotations` (CPython's `_PyAST_ExprAsUnicode`):
//! the same spacing, parentheses by precedence, and literal reprs, so that
//! the strings equal CPython's byte for byte. This is the C unparser, not
//! `ast.unparse`: it differs in places (`1e309` for infinities, `{*()}` for
//! an empty set, no quote-style choices for f-strings).

use taipan_bytecode::ConstValue;
use taipan_syntax::ast::*;
use taipan_syntax::wtf8::Wtf8Buf;

/// Precedence levels, loosest first; an expression is parenthesized where
/// its context asks for a tighter level than its own.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text of an annotation.
pub fn unparse(e: &Expr) -> Wtf8Buf {
    let mut w = Wtf8Buf::new();
    expr(&mut w, e, PR_TEST);
    w
}

fn open(w: &mut Wtf8Buf, cond: bool) {
    if cond {
        w.push('(');
    }
}

fn close(w: &mut Wtf8Buf, cond: bool) {
    if cond {
        w.push(')');
    }
}

/// `items` written with `write`, separated by `, `.
fn joined<T>(w: &mut Wtf8Buf, items: &[T], mut write: impl FnMut(&mut Wtf8Buf, &T)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            w.push_str(", ");
        }
        write(w, item);
    }
}

fn expr(w: &mut Wtf8Buf, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = match op {
                BoolOp::And => (" and ", PR_AND),
                BoolOp::Or => (" or ", PR_OR),
            };
            open(w, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    w.push_str(sep);
                }
                expr(w, v, pr + 1);
            }
            close(w, level > pr);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = binop(*op);
            let rassoc = u8::from(*op == Operator::Pow);
            open(w, level > pr);
            expr(w, left, pr + rassoc);
            w.push_str(text);
            expr(w, right, pr + 1 - rassoc);
            close(w, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            open(w, level > pr);
            w.push_str(text);
            expr(w, operand, pr);
            close(w, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open(w, level > PR_TEST);
            let positional = args.args.len() + args.posonlyargs.len();
            w.push_str(if positional > 0 { "lambda " } else { "lambda" });
            arguments(w, args);
            w.push_str(": ");
            expr(w, body, PR_TEST);
            close(w, level > PR_TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(w, level > PR_TEST);
            expr(w, body, PR_TEST + 1);
            w.push_str(" if ");
            expr(w, test, PR_TEST + 1);
            w.push_str(" else ");
            expr(w, orelse, PR_TEST);
            close(w, level > PR_TEST);
        }
        ExprKind::Dict { keys, values } => {
            w.push('{');
            let pairs: Vec<_> = keys.iter().zip(values).collect();
            joined(w, &pairs, |w, (k, v)| match k {
                Some(k) => {
                    expr(w, k, PR_TEST);
                    w.push_str(": ");
                    expr(w, v, PR_TEST);
                }
                None => {
                    w.push_str("**");
                    expr(w, v, PR_BOR);
                }
            });
            w.push('}');
        }
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                w.push_str("{*()}");
            } else {
                w.push('{');
                joined(w, elts, |w, e| expr(w, e, PR_TEST));
                w.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            w.push('[');
            expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            w.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            w.push('{');
            expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            w.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            w.push('{');
            expr(w, key, PR_TEST);
            w.push_str(": ");
            expr(w, value, PR_TEST);
            comprehensions(w, generators);
            w.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            w.push('(');
            expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            w.push(')');
        }
        ExprKind::Await { value } => {
            open(w, level > PR_AWAIT);
            w.push_str("await ");
            expr(w, value, PR_ATOM);
            close(w, level > PR_AWAIT);
        }
        ExprKind::Yield { value } => match value {
            None => w.push_str("(yield)"),
            Some(v) => {
                w.push_str("(yield ");
                expr(w, v, PR_TEST);
                w.push(')');
            }
        },
        ExprKind::YieldFrom { value } => {
            w.push_str("(yield from ");
            expr(w, value, PR_TEST);
            w.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(w, level > PR_CMP);
            expr(w, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                w.push_str(cmpop(*op));
                expr(w, c, PR_CMP + 1);
            }
            close(w, level > PR_CMP);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(w, func, PR_ATOM);
            if let ([arg], []) = (args.as_slice(), keywords.as_slice()) {
                if matches!(arg.kind, ExprKind::GeneratorExp { .. }) {
                    // The generator's parentheses are the call's.
                    return expr(w, arg, PR_TEST);
                }
            }
            w.push('(');
            joined(w, args, |w, a| expr(w, a, PR_TEST));
            if !args.is_empty() && !keywords.is_empty() {
                w.push_str(", ");
            }
            joined(w, keywords, keyword);
            w.push(')');
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = Wtf8Buf::new();
            // Lambdas and other `:`-bearing tests need parentheses here.
            expr(&mut inner, value, PR_TEST + 1);
            replacement_field(w, &inner, *conversion, format_spec.as_deref());
        }
        ExprKind::Interpolation {
            str,
            conversion,
            format_spec,
            ..
        } => replacement_field(w, str, *conversion, format_spec.as_deref()),
        ExprKind::JoinedStr { values } => {
            w.push('f');
            push_repr(w, &string_body(values));
        }
        ExprKind::TemplateStr { values } => {
            w.push('t');
            push_repr(w, &string_body(values));
        }
        ExprKind::Constant { value, kind } => {
            if matches!(value, Constant::Ellipsis) {
                w.push_str("...");
                return;
            }
            if let Some(k) = kind {
                w.push_str(k);
            }
            constant(w, value);
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(w, value, PR_ATOM);
            // `1 .real`: an int followed directly by `.` would be a float.
            let int = matches!(
                value.kind,
                ExprKind::Constant {
                    value: Constant::Int(_),
                    ..
                }
            );
            w.push_str(if int { " ." } else { "." });
            w.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(w, value, PR_ATOM);
            w.push('[');
            expr(w, slice, PR_TUPLE);
            w.push(']');
        }
        ExprKind::Starred { value, .. } => {
            w.push('*');
            expr(w, value, PR_BOR);
        }
        ExprKind::Name { id, .. } => w.push_str(id),
        ExprKind::List { elts, .. } => {
            w.push('[');
            joined(w, elts, |w, e| expr(w, e, PR_TEST));
            w.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                w.push_str("()");
                return;
            }
            open(w, level > PR_TUPLE);
            joined(w, elts, |w, e| expr(w, e, PR_TEST));
            if elts.len() == 1 {
                w.push(',');
            }
            close(w, level > PR_TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(w, l, PR_TEST);
            }
            w.push(':');
            if let Some(u) = upper {
                expr(w, u, PR_TEST);
            }
            if let Some(s) = step {
                w.push(':');
                expr(w, s, PR_TEST);
            }
        }
        ExprKind::NamedExpr { target, value } => {
            open(w, level > PR_TUPLE);
            expr(w, target, PR_ATOM);
            w.push_str(" := ");
            expr(w, value, PR_ATOM);
            close(w, level > PR_TUPLE);
        }
    }
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", PR_ARITH),
        Operator::Sub => (" - ", PR_ARITH),
        Operator::Mult => (" * ", PR_TERM),
        Operator::MatMult => (" @ ", PR_TERM),
        Operator::Div => (" / ", PR_TERM),
        Operator::Mod => (" % ", PR_TERM),
        Operator::LShift => (" << ", PR_SHIFT),
        Operator::RShift => (" >> ", PR_SHIFT),
        Operator::BitOr => (" | ", PR_BOR),
        Operator::BitXor => (" ^ ", PR_BXOR),
        Operator::BitAnd => (" & ", PR_BAND),
        Operator::FloorDiv => (" // ", PR_TERM),
        Operator::Pow => (" ** ", PR_POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn comprehensions(w: &mut Wtf8Buf, generators: &[Comprehension]) {
    for g in generators {
        w.push_str(if g.is_async { " async for " } else { " for " });
        expr(w, &g.target, PR_TUPLE);
        w.push_str(" in ");
        expr(w, &g.iter, PR_TEST + 1);
        for cond in &g.ifs {
            w.push_str(" if ");
            expr(w, cond, PR_TEST + 1);
        }
    }
}

fn keyword(w: &mut Wtf8Buf, k: &Keyword) {
    match &k.arg {
        Some(name) => {
            w.push_str(name);
            w.push('=');
        }
        None => w.push_str("**"),
    }
    expr(w, &k.value, PR_TEST);
}

fn arguments(w: &mut Wtf8Buf, a: &Arguments) {
    let mut first = true;
    let mut sep = |w: &mut Wtf8Buf| {
        if !std::mem::replace(&mut first, false) {
            w.push_str(", ");
        }
    };
    let npos = a.posonlyargs.len() + a.args.len();
    let first_default = npos - a.defaults.len();
    for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        sep(w);
        parameter(w, arg);
        if i >= first_default {
            w.push('=');
            expr(w, &a.defaults[i - first_default], PR_TEST);
        }
        if i + 1 == a.posonlyargs.len() {
            w.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(w);
        w.push('*');
        if let Some(v) = &a.vararg {
            parameter(w, v);
        }
    }
    for (arg, default) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        sep(w);
        parameter(w, arg);
        if let Some(d) = default {
            w.push('=');
            expr(w, d, PR_TEST);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(w);
        w.push_str("**");
        parameter(w, k);
    }
}

fn parameter(w: &mut Wtf8Buf, arg: &Arg) {
    w.push_str(&arg.arg);
    if let Some(ann) = &arg.annotation {
        w.push_str(": ");
        expr(w, ann, PR_TEST);
    }
}

/// `{EXPR!c:SPEC}` of an f-string or t-string; a space keeps an expression
/// that starts with `{` from reading as an escaped brace.
fn replacement_field(
    w: &mut Wtf8Buf,
    inner: &Wtf8Buf,
    conversion: i32,
    format_spec: Option<&Expr>,
) {
    w.push_str(if inner.as_bytes().first() == Some(&b'{') {
        "{ "
    } else {
        "{"
    });
    w.push_wtf8(inner);
    if let Some(c) = char::from_u32(conversion as u32).filter(|_| conversion > 0) {
        w.push('!');
        w.push(c);
    }
    if let Some(spec) = format_spec {
        w.push(':');
        string_element(w, spec, true);
    }
    w.push('}');
}

/// The text between an f-string's quotes.
fn string_body(values: &[Expr]) -> Wtf8Buf {
    let mut body = Wtf8Buf::new();
    for v in values {
        string_element(&mut body, v, false);
    }
    body
}

fn string_element(w: &mut Wtf8Buf, e: &Expr, in_spec: bool) {
    match &e.kind {
        ExprKind::Constant {
            value: Constant::Str(s),
            ..
        } => {
            // Literal braces are doubled.
            for cp in s.code_points() {
                if cp == u32::from(b'{') || cp == u32::from(b'}') {
                    w.push_code_point(cp);
                }
                w.push_code_point(cp);
            }
        }
        ExprKind::JoinedStr { values } if in_spec => {
            for v in values {
                string_element(w, v, true);
            }
        }
        ExprKind::JoinedStr { values } => {
            w.push('f');
            push_repr(w, &string_body(values));
        }
        _ => expr(w, e, PR_TEST),
    }
}

fn push_repr(w: &mut Wtf8Buf, s: &Wtf8Buf) {
    w.push_str(&ConstValue::Str(s.clone()).repr());
}

/// A literal's repr; infinities, which have no literal, become `1e309`.
fn constant(w: &mut Wtf8Buf, c: &Constant) {
    let repr = ConstValue::from(c).repr();
    match c {
        Constant::Float(f) if f.is_infinite() => w.push_str(&repr.replace("inf", "1e309")),
        Constant::Complex { .. } => w.push_str(&repr.replace("inf", "1e309")),
        _ => w.push_str(&repr),
    }
}
