//! Reads the ASTs that `tests/tools/astfixture.py` wrote with the reference
//! CPython: one token per line, nodes as `K Name`, then `R` with the range
//! when the node has one, then its fields in ASDL order.

use num_bigint::BigInt;
use taipan_syntax::ast::*;
use taipan_syntax::wtf8::Wtf8Buf;

pub fn load(text: &str) -> Mod {
    let mut r = Reader {
        lines: text.lines().collect(),
        pos: 0,
    };
    r.module()
}

struct Reader<'a> {
    lines: Vec<&'a str>,
    pos: usize,
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> &'a str {
        let l = self.lines[self.pos];
        self.pos += 1;
        l
    }

    fn peek(&self) -> &'a str {
        self.lines[self.pos]
    }

    fn kind(&mut self) -> &'a str {
        let l = self.next();
        l.strip_prefix("K ")
            .unwrap_or_else(|| panic!("expected node, got {l}"))
    }

    fn range(&mut self) -> Range {
        let l = self.next();
        let v: Vec<u32> = l[2..].split(' ').map(|x| x.parse().unwrap()).collect();
        Range {
            lineno: v[0],
            col_offset: v[1],
            end_lineno: v[2],
            end_col_offset: v[3],
        }
    }

    fn none(&mut self) -> bool {
        if self.peek() == "-" {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn list<T>(&mut self, mut f: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let l = self.next();
        let n: usize = l[2..].parse().unwrap();
        (0..n).map(|_| f(self)).collect()
    }

    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.none() {
            None
        } else {
            Some(f(self))
        }
    }

    fn str(&mut self) -> String {
        let l = self.next();
        String::from_utf8(unhex(&l[2..])).unwrap()
    }

    fn wtf8(&mut self) -> Wtf8Buf {
        let l = self.next();
        let bytes = unhex(&l[2..]);
        let mut w = Wtf8Buf::new();
        // Surrogates were written with `surrogatepass`: decode by hand.
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (cp, n) = if b < 0x80 {
                (b as u32, 1)
            } else if b >> 5 == 6 {
                (((b as u32 & 0x1f) << 6) | (bytes[i + 1] as u32 & 0x3f), 2)
            } else if b >> 4 == 14 {
                (
                    ((b as u32 & 0x0f) << 12)
                        | ((bytes[i + 1] as u32 & 0x3f) << 6)
                        | (bytes[i + 2] as u32 & 0x3f),
                    3,
                )
            } else {
                (
                    ((b as u32 & 0x07) << 18)
                        | ((bytes[i + 1] as u32 & 0x3f) << 12)
                        | ((bytes[i + 2] as u32 & 0x3f) << 6)
                        | (bytes[i + 3] as u32 & 0x3f),
                    4,
                )
            };
            w.push_code_point(cp);
            i += n;
        }
        w
    }

    fn int(&mut self) -> i64 {
        self.next()[2..].parse().unwrap()
    }

    fn opt_str(&mut self) -> Option<String> {
        self.opt(|r| r.str())
    }

    fn module(&mut self) -> Mod {
        assert_eq!(self.kind(), "Module");
        let body = self.stmts();
        let type_ignores = self.list(|r| {
            r.kind();
            let lineno = r.int() as u32;
            let tag = r.str();
            TypeIgnore { lineno, tag }
        });
        Mod::Module { body, type_ignores }
    }

    fn stmts(&mut self) -> Vec<Stmt> {
        self.list(|r| r.stmt())
    }

    fn exprs(&mut self) -> Vec<Expr> {
        self.list(|r| r.expr())
    }

    fn bexpr(&mut self) -> Box<Expr> {
        Box::new(self.expr())
    }

    fn oexpr(&mut self) -> Option<Box<Expr>> {
        self.opt(|r| Box::new(r.expr()))
    }

    fn ctx(&mut self) -> ExprContext {
        match self.kind() {
            "Load" => ExprContext::Load,
            "Store" => ExprContext::Store,
            _ => ExprContext::Del,
        }
    }

    fn operator(&mut self) -> Operator {
        match self.kind() {
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
            k => {
                assert_eq!(k, "FloorDiv");
                Operator::FloorDiv
            }
        }
    }

    fn function_def(&mut self) -> Box<FunctionDef> {
        let name = self.str();
        let args = Box::new(self.arguments());
        let body = self.stmts();
        let decorator_list = self.exprs();
        let returns = self.oexpr();
        let type_comment = self.opt_str();
        let type_params = self.list(|r| r.type_param());
        Box::new(FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            type_comment,
            type_params,
        })
    }

    fn for_(&mut self) -> Box<For> {
        Box::new(For {
            target: self.bexpr(),
            iter: self.bexpr(),
            body: self.stmts(),
            orelse: self.stmts(),
            type_comment: self.opt_str(),
        })
    }

    fn with(&mut self) -> Box<With> {
        let items = self.list(|r| {
            r.kind();
            WithItem {
                context_expr: r.expr(),
                optional_vars: r.oexpr(),
            }
        });
        Box::new(With {
            items,
            body: self.stmts(),
            type_comment: self.opt_str(),
        })
    }

    fn try_(&mut self) -> Box<Try> {
        let body = self.stmts();
        let handlers = self.list(|r| {
            r.kind();
            let range = r.range();
            ExceptHandler {
                type_: r.oexpr(),
                name: r.opt_str(),
                body: r.stmts(),
                range,
            }
        });
        Box::new(Try {
            body,
            handlers,
            orelse: self.stmts(),
            finalbody: self.stmts(),
        })
    }

    fn alias(&mut self) -> Alias {
        self.kind();
        let range = self.range();
        Alias {
            name: self.str(),
            asname: self.opt_str(),
            range,
        }
    }

    fn stmt(&mut self) -> Stmt {
        let k = self.kind();
        let range = self.range();
        let kind = match k {
            "FunctionDef" => StmtKind::FunctionDef(self.function_def()),
            "AsyncFunctionDef" => StmtKind::AsyncFunctionDef(self.function_def()),
            "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
                name: self.str(),
                bases: self.exprs(),
                keywords: self.list(|r| r.keyword()),
                body: self.stmts(),
                decorator_list: self.exprs(),
                type_params: self.list(|r| r.type_param()),
            })),
            "Return" => StmtKind::Return {
                value: self.oexpr(),
            },
            "Delete" => StmtKind::Delete {
                targets: self.exprs(),
            },
            "Assign" => StmtKind::Assign {
                targets: self.exprs(),
                value: self.bexpr(),
                type_comment: self.opt_str(),
            },
            "TypeAlias" => StmtKind::TypeAlias {
                name: self.bexpr(),
                type_params: self.list(|r| r.type_param()),
                value: self.bexpr(),
            },
            "AugAssign" => StmtKind::AugAssign {
                target: self.bexpr(),
                op: self.operator(),
                value: self.bexpr(),
            },
            "AnnAssign" => StmtKind::AnnAssign {
                target: self.bexpr(),
                annotation: self.bexpr(),
                value: self.oexpr(),
                simple: self.int() != 0,
            },
            "For" => StmtKind::For(self.for_()),
            "AsyncFor" => StmtKind::AsyncFor(self.for_()),
            "While" => StmtKind::While {
                test: self.bexpr(),
                body: self.stmts(),
                orelse: self.stmts(),
            },
            "If" => StmtKind::If {
                test: self.bexpr(),
                body: self.stmts(),
                orelse: self.stmts(),
            },
            "With" => StmtKind::With(self.with()),
            "AsyncWith" => StmtKind::AsyncWith(self.with()),
            "Match" => StmtKind::Match {
                subject: self.bexpr(),
                cases: self.list(|r| {
                    r.kind();
                    MatchCase {
                        pattern: r.pattern(),
                        guard: r.oexpr(),
                        body: r.stmts(),
                    }
                }),
            },
            "Raise" => StmtKind::Raise {
                exc: self.oexpr(),
                cause: self.oexpr(),
            },
            "Try" => StmtKind::Try(self.try_()),
            "TryStar" => StmtKind::TryStar(self.try_()),
            "Assert" => StmtKind::Assert {
                test: self.bexpr(),
                msg: self.oexpr(),
            },
            "Import" => StmtKind::Import {
                names: self.list(|r| r.alias()),
            },
            "ImportFrom" => StmtKind::ImportFrom {
                module: self.opt_str(),
                names: self.list(|r| r.alias()),
                level: self.opt(|r| r.int()).unwrap_or(0) as u32,
            },
            "Global" => StmtKind::Global {
                names: self.list(|r| r.str()),
            },
            "Nonlocal" => StmtKind::Nonlocal {
                names: self.list(|r| r.str()),
            },
            "Expr" => StmtKind::Expr {
                value: self.bexpr(),
            },
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            "Continue" => StmtKind::Continue,
            k => panic!("unknown statement {k}"),
        };
        Stmt { kind, range }
    }

    fn keyword(&mut self) -> Keyword {
        self.kind();
        let range = self.range();
        Keyword {
            arg: self.opt_str(),
            value: self.expr(),
            range,
        }
    }

    fn arg(&mut self) -> Arg {
        self.kind();
        let range = self.range();
        Arg {
            arg: self.str(),
            annotation: self.oexpr(),
            type_comment: self.opt_str(),
            range,
        }
    }

    fn arguments(&mut self) -> Arguments {
        self.kind();
        Arguments {
            posonlyargs: self.list(|r| r.arg()),
            args: self.list(|r| r.arg()),
            vararg: self.opt(|r| Box::new(r.arg())),
            kwonlyargs: self.list(|r| r.arg()),
            kw_defaults: self.list(|r| r.opt(|r| r.expr())),
            kwarg: self.opt(|r| Box::new(r.arg())),
            defaults: self.exprs(),
        }
    }

    fn type_param(&mut self) -> TypeParam {
        let k = self.kind();
        let range = self.range();
        let kind = match k {
            "TypeVar" => TypeParamKind::TypeVar {
                name: self.str(),
                bound: self.oexpr(),
                default_value: self.oexpr(),
            },
            "ParamSpec" => TypeParamKind::ParamSpec {
                name: self.str(),
                default_value: self.oexpr(),
            },
            _ => TypeParamKind::TypeVarTuple {
                name: self.str(),
                default_value: self.oexpr(),
            },
        };
        TypeParam { kind, range }
    }

    fn generators(&mut self) -> Vec<Comprehension> {
        self.list(|r| {
            r.kind();
            Comprehension {
                target: r.expr(),
                iter: r.expr(),
                ifs: r.exprs(),
                is_async: r.int() != 0,
            }
        })
    }

    fn constant(&mut self) -> Constant {
        let l = self.next();
        let (tag, rest) = l.split_at(1);
        let rest = rest.trim_start();
        match tag {
            "-" => Constant::None,
            "B" => Constant::Bool(rest == "1"),
            "E" => Constant::Ellipsis,
            "I" => Constant::Int(rest.parse::<BigInt>().unwrap()),
            "F" => Constant::Float(parse_float(rest)),
            "C" => {
                let (re, im) = rest.split_once(' ').unwrap();
                Constant::Complex {
                    real: parse_float(re),
                    imag: parse_float(im),
                }
            }
            "S" => {
                self.pos -= 1;
                Constant::Str(self.wtf8())
            }
            "Y" => Constant::Bytes(unhex(rest)),
            t => panic!("unknown constant tag {t}"),
        }
    }

    fn expr(&mut self) -> Expr {
        let k = self.kind();
        let range = self.range();
        let kind = match k {
            "BoolOp" => ExprKind::BoolOp {
                op: if self.kind() == "And" {
                    BoolOp::And
                } else {
                    BoolOp::Or
                },
                values: self.exprs(),
            },
            "NamedExpr" => ExprKind::NamedExpr {
                target: self.bexpr(),
                value: self.bexpr(),
            },
            "BinOp" => ExprKind::BinOp {
                left: self.bexpr(),
                op: self.operator(),
                right: self.bexpr(),
            },
            "UnaryOp" => ExprKind::UnaryOp {
                op: match self.kind() {
                    "Invert" => UnaryOp::Invert,
                    "Not" => UnaryOp::Not,
                    "UAdd" => UnaryOp::UAdd,
                    _ => UnaryOp::USub,
                },
                operand: self.bexpr(),
            },
            "Lambda" => ExprKind::Lambda {
                args: Box::new(self.arguments()),
                body: self.bexpr(),
            },
            "IfExp" => ExprKind::IfExp {
                test: self.bexpr(),
                body: self.bexpr(),
                orelse: self.bexpr(),
            },
            "Dict" => ExprKind::Dict {
                keys: self.list(|r| r.opt(|r| r.expr())),
                values: self.exprs(),
            },
            "Set" => ExprKind::Set { elts: self.exprs() },
            "ListComp" => ExprKind::ListComp {
                elt: self.bexpr(),
                generators: self.generators(),
            },
            "SetComp" => ExprKind::SetComp {
                elt: self.bexpr(),
                generators: self.generators(),
            },
            "DictComp" => ExprKind::DictComp {
                key: self.bexpr(),
                value: self.bexpr(),
                generators: self.generators(),
            },
            "GeneratorExp" => ExprKind::GeneratorExp {
                elt: self.bexpr(),
                generators: self.generators(),
            },
            "Await" => ExprKind::Await {
                value: self.bexpr(),
            },
            "Yield" => ExprKind::Yield {
                value: self.oexpr(),
            },
            "YieldFrom" => ExprKind::YieldFrom {
                value: self.bexpr(),
            },
            "Compare" => ExprKind::Compare {
                left: self.bexpr(),
                ops: self.list(|r| match r.kind() {
                    "Eq" => CmpOp::Eq,
                    "NotEq" => CmpOp::NotEq,
                    "Lt" => CmpOp::Lt,
                    "LtE" => CmpOp::LtE,
                    "Gt" => CmpOp::Gt,
                    "GtE" => CmpOp::GtE,
                    "Is" => CmpOp::Is,
                    "IsNot" => CmpOp::IsNot,
                    "In" => CmpOp::In,
                    _ => CmpOp::NotIn,
                }),
                comparators: self.exprs(),
            },
            "Call" => ExprKind::Call {
                func: self.bexpr(),
                args: self.exprs(),
                keywords: self.list(|r| r.keyword()),
            },
            "FormattedValue" => ExprKind::FormattedValue {
                value: self.bexpr(),
                conversion: self.int() as i32,
                format_spec: self.oexpr(),
            },
            "Interpolation" => ExprKind::Interpolation {
                value: self.bexpr(),
                str: self.wtf8(),
                conversion: self.int() as i32,
                format_spec: self.oexpr(),
            },
            "JoinedStr" => ExprKind::JoinedStr {
                values: self.exprs(),
            },
            "TemplateStr" => ExprKind::TemplateStr {
                values: self.exprs(),
            },
            "Constant" => ExprKind::Constant {
                value: self.constant(),
                kind: self.opt_str(),
            },
            "Attribute" => ExprKind::Attribute {
                value: self.bexpr(),
                attr: self.str(),
                ctx: self.ctx(),
            },
            "Subscript" => ExprKind::Subscript {
                value: self.bexpr(),
                slice: self.bexpr(),
                ctx: self.ctx(),
            },
            "Starred" => ExprKind::Starred {
                value: self.bexpr(),
                ctx: self.ctx(),
            },
            "Name" => ExprKind::Name {
                id: self.str(),
                ctx: self.ctx(),
            },
            "List" => ExprKind::List {
                elts: self.exprs(),
                ctx: self.ctx(),
            },
            "Tuple" => ExprKind::Tuple {
                elts: self.exprs(),
                ctx: self.ctx(),
            },
            "Slice" => ExprKind::Slice {
                lower: self.oexpr(),
                upper: self.oexpr(),
                step: self.oexpr(),
            },
            k => panic!("unknown expression {k}"),
        };
        Expr { kind, range }
    }

    fn pattern(&mut self) -> Pattern {
        let k = self.kind();
        let range = self.range();
        let kind = match k {
            "MatchValue" => PatternKind::MatchValue {
                value: self.bexpr(),
            },
            "MatchSingleton" => PatternKind::MatchSingleton {
                value: self.constant(),
            },
            "MatchSequence" => PatternKind::MatchSequence {
                patterns: self.list(|r| r.pattern()),
            },
            "MatchMapping" => PatternKind::MatchMapping {
                keys: self.exprs(),
                patterns: self.list(|r| r.pattern()),
                rest: self.opt_str(),
            },
            "MatchClass" => PatternKind::MatchClass {
                cls: self.bexpr(),
                patterns: self.list(|r| r.pattern()),
                kwd_attrs: self.list(|r| r.str()),
                kwd_patterns: self.list(|r| r.pattern()),
            },
            "MatchStar" => PatternKind::MatchStar {
                name: self.opt_str(),
            },
            "MatchAs" => PatternKind::MatchAs {
                pattern: self.opt(|r| Box::new(r.pattern())),
                name: self.opt_str(),
            },
            "MatchOr" => PatternKind::MatchOr {
                patterns: self.list(|r| r.pattern()),
            },
            k => panic!("unknown pattern {k}"),
        };
        Pattern { kind, range }
    }
}

fn parse_float(s: &str) -> f64 {
    match s {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "nan" => f64::NAN,
        _ => s.parse().unwrap(),
    }
}
