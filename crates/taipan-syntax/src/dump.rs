//! `ast.dump`: the one-line text CPython 3.14's `ast.dump(node,
//! include_attributes=...)` prints for a tree.
//!
//! The rule (3.14's default `show_empty=False`): every field is written as
//! `name=value` in ASDL order, except an optional field (`?` in the ASDL)
//! that is None and a sequence field (`*`) that is empty, which are left
//! out. Mandatory fields are always written, even when their value is None
//! (`Constant(value=None)`, `MatchSingleton(value=None)`), and None items of
//! a sequence stay (`kw_defaults=[None]`, `keys=[None, ...]`). Integers are
//! written as numbers (`level=0`, `simple=1`, `is_async=0`,
//! `conversion=-1`). Location attributes follow the fields when asked for.

use crate::ast::*;
use crate::literal_repr::{constant_repr, str_repr, str_repr_utf8};
use std::fmt::Write;

/// `ast.dump(module, include_attributes=include_attributes)`.
pub fn dump(module: &Mod, include_attributes: bool) -> String {
    let mut d = Dumper {
        out: String::with_capacity(4096),
        attributes: include_attributes,
        first: true,
    };
    d.module(module);
    d.out
}

struct Dumper {
    out: String,
    attributes: bool,
    /// No field has been written yet in the node being written.
    first: bool,
}

impl Dumper {
    fn begin(&mut self, class: &str) {
        self.out.push_str(class);
        self.out.push('(');
        self.first = true;
    }

    fn end(&mut self) {
        self.out.push(')');
        self.first = false;
    }

    /// A node without fields or attributes: operators, contexts, `Pass()`.
    fn leaf(&mut self, class: &str) {
        self.begin(class);
        self.end();
    }

    fn key(&mut self, name: &str) {
        if !self.first {
            self.out.push_str(", ");
        }
        self.first = false;
        self.out.push_str(name);
        self.out.push('=');
    }

    fn end_located(&mut self, range: Range) {
        if self.attributes {
            self.int("lineno", range.lineno.into());
            self.int("col_offset", range.col_offset.into());
            self.int("end_lineno", range.end_lineno.into());
            self.int("end_col_offset", range.end_col_offset.into());
        }
        self.end();
    }

    fn int(&mut self, name: &str, value: i64) {
        self.key(name);
        let _ = write!(self.out, "{value}");
    }

    fn ident(&mut self, name: &str, value: &str) {
        self.key(name);
        str_repr_utf8(value, &mut self.out);
    }

    fn opt_ident(&mut self, name: &str, value: &Option<String>) {
        if let Some(value) = value {
            self.ident(name, value);
        }
    }

    /// A sequence field: left out when empty.
    fn list<T>(&mut self, name: &str, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        if items.is_empty() {
            return;
        }
        self.key(name);
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            item(self, x);
        }
        self.out.push(']');
    }

    fn expr_field(&mut self, name: &str, value: &Expr) {
        self.key(name);
        self.expr(value);
    }

    fn opt_expr(&mut self, name: &str, value: &Option<Box<Expr>>) {
        if let Some(value) = value {
            self.expr_field(name, value);
        }
    }

    fn exprs(&mut self, name: &str, values: &[Expr]) {
        self.list(name, values, Self::expr);
    }

    /// `kw_defaults` and `Dict.keys`: a None item is written as `None`.
    fn opt_exprs(&mut self, name: &str, values: &[Option<Expr>]) {
        self.list(name, values, |d, x| match x {
            Some(x) => d.expr(x),
            None => d.out.push_str("None"),
        });
    }

    fn stmts(&mut self, name: &str, values: &[Stmt]) {
        self.list(name, values, Self::stmt);
    }

    fn identifiers(&mut self, name: &str, values: &[Identifier]) {
        self.list(name, values, |d, x| str_repr_utf8(x, &mut d.out));
    }

    fn module(&mut self, module: &Mod) {
        match module {
            Mod::Module { body, type_ignores } => {
                self.begin("Module");
                self.stmts("body", body);
                self.list("type_ignores", type_ignores, |d, t| {
                    d.begin("TypeIgnore");
                    d.int("lineno", t.lineno.into());
                    d.ident("tag", &t.tag);
                    d.end();
                });
            }
            Mod::Interactive { body } => {
                self.begin("Interactive");
                self.stmts("body", body);
            }
            Mod::Expression { body } => {
                self.begin("Expression");
                self.expr_field("body", body);
            }
            Mod::FunctionType { argtypes, returns } => {
                self.begin("FunctionType");
                self.exprs("argtypes", argtypes);
                self.expr_field("returns", returns);
            }
        }
        self.end();
    }

    fn type_comment(&mut self, value: &Option<String>) {
        self.opt_ident("type_comment", value);
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::FunctionDef(f) => self.function_def("FunctionDef", f),
            StmtKind::AsyncFunctionDef(f) => self.function_def("AsyncFunctionDef", f),
            StmtKind::ClassDef(c) => {
                self.begin("ClassDef");
                self.ident("name", &c.name);
                self.exprs("bases", &c.bases);
                self.list("keywords", &c.keywords, Self::keyword);
                self.stmts("body", &c.body);
                self.exprs("decorator_list", &c.decorator_list);
                self.list("type_params", &c.type_params, Self::type_param);
            }
            StmtKind::Return { value } => {
                self.begin("Return");
                self.opt_expr("value", value);
            }
            StmtKind::Delete { targets } => {
                self.begin("Delete");
                self.exprs("targets", targets);
            }
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => {
                self.begin("Assign");
                self.exprs("targets", targets);
                self.expr_field("value", value);
                self.type_comment(type_comment);
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.begin("TypeAlias");
                self.expr_field("name", name);
                self.list("type_params", type_params, Self::type_param);
                self.expr_field("value", value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.begin("AugAssign");
                self.expr_field("target", target);
                self.key("op");
                self.leaf(operator_name(*op));
                self.expr_field("value", value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.begin("AnnAssign");
                self.expr_field("target", target);
                self.expr_field("annotation", annotation);
                self.opt_expr("value", value);
                self.int("simple", (*simple).into());
            }
            StmtKind::For(f) => self.for_loop("For", f),
            StmtKind::AsyncFor(f) => self.for_loop("AsyncFor", f),
            StmtKind::While { test, body, orelse } => {
                self.begin("While");
                self.expr_field("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.begin("If");
                self.expr_field("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
            }
            StmtKind::With(w) => self.with("With", w),
            StmtKind::AsyncWith(w) => self.with("AsyncWith", w),
            StmtKind::Match { subject, cases } => {
                self.begin("Match");
                self.expr_field("subject", subject);
                self.list("cases", cases, |d, case| {
                    d.begin("match_case");
                    d.key("pattern");
                    d.pattern(&case.pattern);
                    d.opt_expr("guard", &case.guard);
                    d.stmts("body", &case.body);
                    d.end();
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.begin("Raise");
                self.opt_expr("exc", exc);
                self.opt_expr("cause", cause);
            }
            StmtKind::Try(t) => self.try_stmt("Try", t),
            StmtKind::TryStar(t) => self.try_stmt("TryStar", t),
            StmtKind::Assert { test, msg } => {
                self.begin("Assert");
                self.expr_field("test", test);
                self.opt_expr("msg", msg);
            }
            StmtKind::Import { names } => {
                self.begin("Import");
                self.list("names", names, Self::alias);
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.begin("ImportFrom");
                self.opt_ident("module", module);
                self.list("names", names, Self::alias);
                self.int("level", (*level).into());
            }
            StmtKind::Global { names } => {
                self.begin("Global");
                self.identifiers("names", names);
            }
            StmtKind::Nonlocal { names } => {
                self.begin("Nonlocal");
                self.identifiers("names", names);
            }
            StmtKind::Expr { value } => {
                self.begin("Expr");
                self.expr_field("value", value);
            }
            StmtKind::Pass => self.begin("Pass"),
            StmtKind::Break => self.begin("Break"),
            StmtKind::Continue => self.begin("Continue"),
        }
        self.end_located(stmt.range);
    }

    fn function_def(&mut self, class: &str, f: &FunctionDef) {
        self.begin(class);
        self.ident("name", &f.name);
        self.key("args");
        self.arguments(&f.args);
        self.stmts("body", &f.body);
        self.exprs("decorator_list", &f.decorator_list);
        self.opt_expr("returns", &f.returns);
        self.type_comment(&f.type_comment);
        self.list("type_params", &f.type_params, Self::type_param);
    }

    fn for_loop(&mut self, class: &str, f: &For) {
        self.begin(class);
        self.expr_field("target", &f.target);
        self.expr_field("iter", &f.iter);
        self.stmts("body", &f.body);
        self.stmts("orelse", &f.orelse);
        self.type_comment(&f.type_comment);
    }

    fn with(&mut self, class: &str, w: &With) {
        self.begin(class);
        self.list("items", &w.items, |d, item| {
            d.begin("withitem");
            d.expr_field("context_expr", &item.context_expr);
            d.opt_expr("optional_vars", &item.optional_vars);
            d.end();
        });
        self.stmts("body", &w.body);
        self.type_comment(&w.type_comment);
    }

    fn try_stmt(&mut self, class: &str, t: &Try) {
        self.begin(class);
        self.stmts("body", &t.body);
        self.list("handlers", &t.handlers, |d, h| {
            d.begin("ExceptHandler");
            d.opt_expr("type", &h.type_);
            d.opt_ident("name", &h.name);
            d.stmts("body", &h.body);
            d.end_located(h.range);
        });
        self.stmts("orelse", &t.orelse);
        self.stmts("finalbody", &t.finalbody);
    }

    fn arguments(&mut self, a: &Arguments) {
        self.begin("arguments");
        self.list("posonlyargs", &a.posonlyargs, Self::arg);
        self.list("args", &a.args, Self::arg);
        if let Some(vararg) = &a.vararg {
            self.key("vararg");
            self.arg(vararg);
        }
        self.list("kwonlyargs", &a.kwonlyargs, Self::arg);
        self.opt_exprs("kw_defaults", &a.kw_defaults);
        if let Some(kwarg) = &a.kwarg {
            self.key("kwarg");
            self.arg(kwarg);
        }
        self.exprs("defaults", &a.defaults);
        self.end();
    }

    fn arg(&mut self, a: &Arg) {
        self.begin("arg");
        self.ident("arg", &a.arg);
        self.opt_expr("annotation", &a.annotation);
        self.type_comment(&a.type_comment);
        self.end_located(a.range);
    }

    fn keyword(&mut self, k: &Keyword) {
        self.begin("keyword");
        self.opt_ident("arg", &k.arg);
        self.expr_field("value", &k.value);
        self.end_located(k.range);
    }

    fn alias(&mut self, a: &Alias) {
        self.begin("alias");
        self.ident("name", &a.name);
        self.opt_ident("asname", &a.asname);
        self.end_located(a.range);
    }

    fn type_param(&mut self, t: &TypeParam) {
        match &t.kind {
            TypeParamKind::TypeVar {
                name,
                bound,
                default_value,
            } => {
                self.begin("TypeVar");
                self.ident("name", name);
                self.opt_expr("bound", bound);
                self.opt_expr("default_value", default_value);
            }
            TypeParamKind::ParamSpec {
                name,
                default_value,
            } => {
                self.begin("ParamSpec");
                self.ident("name", name);
                self.opt_expr("default_value", default_value);
            }
            TypeParamKind::TypeVarTuple {
                name,
                default_value,
            } => {
                self.begin("TypeVarTuple");
                self.ident("name", name);
                self.opt_expr("default_value", default_value);
            }
        }
        self.end_located(t.range);
    }

    fn comprehensions(&mut self, generators: &[Comprehension]) {
        self.list("generators", generators, |d, c| {
            d.begin("comprehension");
            d.expr_field("target", &c.target);
            d.expr_field("iter", &c.iter);
            d.exprs("ifs", &c.ifs);
            d.int("is_async", c.is_async.into());
            d.end();
        });
    }

    fn ctx(&mut self, ctx: ExprContext) {
        self.key("ctx");
        self.leaf(match ctx {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        });
    }

    fn constant(&mut self, name: &str, value: &Constant) {
        self.key(name);
        constant_repr(value, &mut self.out);
    }

    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::BoolOp { op, values } => {
                self.begin("BoolOp");
                self.key("op");
                self.leaf(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                });
                self.exprs("values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.begin("NamedExpr");
                self.expr_field("target", target);
                self.expr_field("value", value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.begin("BinOp");
                self.expr_field("left", left);
                self.key("op");
                self.leaf(operator_name(*op));
                self.expr_field("right", right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.begin("UnaryOp");
                self.key("op");
                self.leaf(match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                });
                self.expr_field("operand", operand);
            }
            ExprKind::Lambda { args, body } => {
                self.begin("Lambda");
                self.key("args");
                self.arguments(args);
                self.expr_field("body", body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.begin("IfExp");
                self.expr_field("test", test);
                self.expr_field("body", body);
                self.expr_field("orelse", orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.begin("Dict");
                self.opt_exprs("keys", keys);
                self.exprs("values", values);
            }
            ExprKind::Set { elts } => {
                self.begin("Set");
                self.exprs("elts", elts);
            }
            ExprKind::ListComp { elt, generators } => {
                self.begin("ListComp");
                self.expr_field("elt", elt);
                self.comprehensions(generators);
            }
            ExprKind::SetComp { elt, generators } => {
                self.begin("SetComp");
                self.expr_field("elt", elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.begin("DictComp");
                self.expr_field("key", key);
                self.expr_field("value", value);
                self.comprehensions(generators);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.begin("GeneratorExp");
                self.expr_field("elt", elt);
                self.comprehensions(generators);
            }
            ExprKind::Await { value } => {
                self.begin("Await");
                self.expr_field("value", value);
            }
            ExprKind::Yield { value } => {
                self.begin("Yield");
                self.opt_expr("value", value);
            }
            ExprKind::YieldFrom { value } => {
                self.begin("YieldFrom");
                self.expr_field("value", value);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.begin("Compare");
                self.expr_field("left", left);
                self.list("ops", ops, |d, op| d.leaf(cmpop_name(*op)));
                self.exprs("comparators", comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.begin("Call");
                self.expr_field("func", func);
                self.exprs("args", args);
                self.list("keywords", keywords, Self::keyword);
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.begin("FormattedValue");
                self.expr_field("value", value);
                self.int("conversion", (*conversion).into());
                self.opt_expr("format_spec", format_spec);
            }
            ExprKind::Interpolation {
                value,
                str,
                conversion,
                format_spec,
            } => {
                self.begin("Interpolation");
                self.expr_field("value", value);
                self.key("str");
                str_repr(str, &mut self.out);
                self.int("conversion", (*conversion).into());
                self.opt_expr("format_spec", format_spec);
            }
            ExprKind::JoinedStr { values } => {
                self.begin("JoinedStr");
                self.exprs("values", values);
            }
            ExprKind::TemplateStr { values } => {
                self.begin("TemplateStr");
                self.exprs("values", values);
            }
            ExprKind::Constant { value, kind } => {
                self.begin("Constant");
                self.constant("value", value);
                self.opt_ident("kind", kind);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.begin("Attribute");
                self.expr_field("value", value);
                self.ident("attr", attr);
                self.ctx(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.begin("Subscript");
                self.expr_field("value", value);
                self.expr_field("slice", slice);
                self.ctx(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.begin("Starred");
                self.expr_field("value", value);
                self.ctx(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.begin("Name");
                self.ident("id", id);
                self.ctx(*ctx);
            }
            ExprKind::List { elts, ctx } => {
                self.begin("List");
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            ExprKind::Tuple { elts, ctx } => {
                self.begin("Tuple");
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.begin("Slice");
                self.opt_expr("lower", lower);
                self.opt_expr("upper", upper);
                self.opt_expr("step", step);
            }
        }
        self.end_located(expr.range);
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.begin("MatchValue");
                self.expr_field("value", value);
            }
            PatternKind::MatchSingleton { value } => {
                self.begin("MatchSingleton");
                self.constant("value", value);
            }
            PatternKind::MatchSequence { patterns } => {
                self.begin("MatchSequence");
                self.list("patterns", patterns, Self::pattern);
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.begin("MatchMapping");
                self.exprs("keys", keys);
                self.list("patterns", patterns, Self::pattern);
                self.opt_ident("rest", rest);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.begin("MatchClass");
                self.expr_field("cls", cls);
                self.list("patterns", patterns, Self::pattern);
                self.identifiers("kwd_attrs", kwd_attrs);
                self.list("kwd_patterns", kwd_patterns, Self::pattern);
            }
            PatternKind::MatchStar { name } => {
                self.begin("MatchStar");
                self.opt_ident("name", name);
            }
            PatternKind::MatchAs { pattern, name } => {
                self.begin("MatchAs");
                if let Some(pattern) = pattern {
                    self.key("pattern");
                    self.pattern(pattern);
                }
                self.opt_ident("name", name);
            }
            PatternKind::MatchOr { patterns } => {
                self.begin("MatchOr");
                self.list("patterns", patterns, Self::pattern);
            }
        }
        self.end_located(p.range);
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn at(lineno: u32, col_offset: u32, end_col_offset: u32) -> Range {
        Range {
            lineno,
            col_offset,
            end_lineno: lineno,
            end_col_offset,
        }
    }

    fn expr(kind: ExprKind, range: Range) -> Expr {
        Expr { kind, range }
    }

    fn name(id: &str, ctx: ExprContext, range: Range) -> Expr {
        expr(ExprKind::Name { id: id.into(), ctx }, range)
    }

    fn constant(value: Constant, range: Range) -> Expr {
        expr(ExprKind::Constant { value, kind: None }, range)
    }

    fn module(body: Vec<Stmt>) -> Mod {
        Mod::Module {
            body,
            type_ignores: vec![],
        }
    }

    fn expr_stmt(value: Expr) -> Stmt {
        Stmt {
            range: value.range,
            kind: StmtKind::Expr {
                value: Box::new(value),
            },
        }
    }

    // Expected texts are CPython 3.14's ast.dump of the same source.
    #[test]
    fn empty_module() {
        assert_eq!(dump(&module(vec![]), true), "Module()");
    }

    #[test]
    fn assignment_with_attributes() {
        // x = None
        let m = module(vec![Stmt {
            kind: StmtKind::Assign {
                targets: vec![name("x", ExprContext::Store, at(1, 0, 1))],
                value: Box::new(constant(Constant::None, at(1, 4, 8))),
                type_comment: None,
            },
            range: at(1, 0, 8),
        }]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, \
             end_lineno=1, end_col_offset=1)], value=Constant(value=None, lineno=1, \
             col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, \
             end_lineno=1, end_col_offset=8)])"
        );
        assert_eq!(
            dump(&m, false),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=None))])"
        );
    }

    #[test]
    fn empty_and_none_fields() {
        // def f(*, a, b=1): pass
        let args = Arguments {
            kwonlyargs: vec![
                Arg {
                    arg: "a".into(),
                    annotation: None,
                    type_comment: None,
                    range: at(1, 9, 10),
                },
                Arg {
                    arg: "b".into(),
                    annotation: None,
                    type_comment: None,
                    range: at(1, 12, 13),
                },
            ],
            kw_defaults: vec![
                None,
                Some(constant(Constant::Int(BigInt::from(1)), at(1, 14, 15))),
            ],
            ..Arguments::default()
        };
        let f = FunctionDef {
            name: "f".into(),
            args: Box::new(args),
            body: vec![Stmt {
                kind: StmtKind::Pass,
                range: at(1, 18, 22),
            }],
            decorator_list: vec![],
            returns: None,
            type_comment: None,
            type_params: vec![],
        };
        let m = module(vec![Stmt {
            kind: StmtKind::FunctionDef(Box::new(f)),
            range: at(1, 0, 22),
        }]);
        assert_eq!(
            dump(&m, false),
            "Module(body=[FunctionDef(name='f', args=arguments(kwonlyargs=[arg(arg='a'), \
             arg(arg='b')], kw_defaults=[None, Constant(value=1)]), body=[Pass()])])"
        );
    }

    #[test]
    fn dict_unpacking_and_import_level() {
        // {**a, 'k': 1.5j}; from . import x
        let dict = expr(
            ExprKind::Dict {
                keys: vec![
                    None,
                    Some(expr(
                        ExprKind::Constant {
                            value: Constant::Str("k".into()),
                            kind: Some("u".into()),
                        },
                        at(1, 6, 10),
                    )),
                ],
                values: vec![
                    name("a", ExprContext::Load, at(1, 3, 4)),
                    constant(
                        Constant::Complex {
                            real: 0.0,
                            imag: 1.5,
                        },
                        at(1, 12, 16),
                    ),
                ],
            },
            at(1, 0, 17),
        );
        let import = Stmt {
            kind: StmtKind::ImportFrom {
                module: None,
                names: vec![Alias {
                    name: "x".into(),
                    asname: None,
                    range: at(2, 14, 15),
                }],
                level: 1,
            },
            range: at(2, 0, 15),
        };
        assert_eq!(
            dump(&module(vec![expr_stmt(dict), import]), false),
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value='k', kind='u')], \
             values=[Name(id='a', ctx=Load()), Constant(value=1.5j)])), \
             ImportFrom(names=[alias(name='x')], level=1)])"
        );
    }

    #[test]
    fn fstring_and_match() {
        // f'{x!r:>{w}}'
        let spec = expr(
            ExprKind::JoinedStr {
                values: vec![
                    constant(Constant::Str(">".into()), at(1, 7, 8)),
                    expr(
                        ExprKind::FormattedValue {
                            value: Box::new(name("w", ExprContext::Load, at(1, 9, 10))),
                            conversion: -1,
                            format_spec: None,
                        },
                        at(1, 8, 11),
                    ),
                ],
            },
            at(1, 6, 11),
        );
        let f = expr(
            ExprKind::JoinedStr {
                values: vec![expr(
                    ExprKind::FormattedValue {
                        value: Box::new(name("x", ExprContext::Load, at(1, 3, 4))),
                        conversion: 'r' as i32,
                        format_spec: Some(Box::new(spec)),
                    },
                    at(1, 2, 12),
                )],
            },
            at(1, 0, 13),
        );
        // match p:
        //     case None | [*_]: pass
        let case = MatchCase {
            pattern: Pattern {
                kind: PatternKind::MatchOr {
                    patterns: vec![
                        Pattern {
                            kind: PatternKind::MatchSingleton {
                                value: Constant::None,
                            },
                            range: at(3, 9, 13),
                        },
                        Pattern {
                            kind: PatternKind::MatchSequence {
                                patterns: vec![Pattern {
                                    kind: PatternKind::MatchStar { name: None },
                                    range: at(3, 17, 19),
                                }],
                            },
                            range: at(3, 16, 20),
                        },
                    ],
                },
                range: at(3, 9, 20),
            },
            guard: None,
            body: vec![Stmt {
                kind: StmtKind::Pass,
                range: at(3, 22, 26),
            }],
        };
        let m = Stmt {
            kind: StmtKind::Match {
                subject: Box::new(name("p", ExprContext::Load, at(2, 6, 7))),
                cases: vec![case],
            },
            range: Range {
                lineno: 2,
                col_offset: 0,
                end_lineno: 3,
                end_col_offset: 26,
            },
        };
        assert_eq!(
            dump(&module(vec![expr_stmt(f), m]), false),
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', \
             ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), \
             FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])), \
             Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(\
             patterns=[MatchSingleton(value=None), MatchSequence(patterns=[MatchStar()])]), \
             body=[Pass()])])])"
        );
    }
}
