//! Parser tests; expected values recorded from CPython 3.14's `ast`.

use crate::dump::dump;
use crate::{parse_module, SyntaxErrorKind};

fn check(src: &str, expected: &str) {
    let m = parse_module(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    assert_eq!(dump(&m, true), expected, "{src:?}");
}

fn check_err(src: &str, kind: SyntaxErrorKind, msg: &str, line: u32, col: u32) {
    let e = parse_module(src).expect_err(src);
    assert_eq!(
        (e.kind, e.msg.as_str(), e.lineno, e.col),
        (kind, msg, line, col),
        "{src:?}"
    );
}

#[test]
fn assign_chain() {
    check(
        "a = b = 1, 2\n",
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Constant(value=2, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])",
    );
}

#[test]
fn augassign() {
    check(
        "x.y += 1\n",
        "Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), op=Add(), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])",
    );
}

#[test]
fn annassign() {
    check(
        "x: int = 1\n(y): int\na.b: str\n",
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), AnnAssign(target=Name(id='y', ctx=Store(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=8), simple=0, lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), attr='b', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=3), annotation=Name(id='str', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=8), simple=0, lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)])",
    );
}

#[test]
fn walrus() {
    check(
        "if (n := len(a)) > 10: pass\n",
        "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Call(func=Name(id='len', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), ops=[Gt()], comparators=[Constant(value=10, lineno=1, col_offset=19, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=21), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)])",
    );
}

#[test]
fn star_targets() {
    check(
        "*a, [b, *c] = d\n",
        "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), List(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Starred(value=Name(id='c', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], value=Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])",
    );
}

#[test]
fn del() {
    check(
        "del a, b[0], c.d\n",
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])",
    );
}

#[test]
fn import() {
    check(
        "import a.b as c, d\nfrom ..e import (f as g, h,)\nfrom . import *\n",
        "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15), alias(name='d', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), ImportFrom(module='e', names=[alias(name='f', asname='g', lineno=2, col_offset=17, end_lineno=2, end_col_offset=23), alias(name='h', lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], level=2, lineno=2, col_offset=0, end_lineno=2, end_col_offset=28), ImportFrom(names=[alias(name='*', lineno=3, col_offset=14, end_lineno=3, end_col_offset=15)], level=1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=15)])",
    );
}

#[test]
fn global() {
    check(
        "def f():\n    global a, b\n    nonlocal c\n",
        "Module(body=[FunctionDef(name='f', args=arguments(), body=[Global(names=['a', 'b'], lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), Nonlocal(names=['c'], lineno=3, col_offset=4, end_lineno=3, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=14)])",
    );
}

#[test]
fn decorated_def() {
    check(
        "@dec\n@mod.dec(1)\nasync def f[T: int = str, *Ts, **P](a, /, b=1, *c, d, e=2, **f) -> int:\n    return await g\n",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=3, col_offset=36, end_lineno=3, end_col_offset=37)], args=[arg(arg='b', lineno=3, col_offset=42, end_lineno=3, end_col_offset=43)], vararg=arg(arg='c', lineno=3, col_offset=48, end_lineno=3, end_col_offset=49), kwonlyargs=[arg(arg='d', lineno=3, col_offset=51, end_lineno=3, end_col_offset=52), arg(arg='e', lineno=3, col_offset=54, end_lineno=3, end_col_offset=55)], kw_defaults=[None, Constant(value=2, lineno=3, col_offset=56, end_lineno=3, end_col_offset=57)], kwarg=arg(arg='f', lineno=3, col_offset=61, end_lineno=3, end_col_offset=62), defaults=[Constant(value=1, lineno=3, col_offset=44, end_lineno=3, end_col_offset=45)]), body=[Return(value=Await(value=Name(id='g', ctx=Load(), lineno=4, col_offset=17, end_lineno=4, end_col_offset=18), lineno=4, col_offset=11, end_lineno=4, end_col_offset=18), lineno=4, col_offset=4, end_lineno=4, end_col_offset=18)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Attribute(value=Name(id='mod', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), attr='dec', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=8), args=[Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10)], lineno=2, col_offset=1, end_lineno=2, end_col_offset=11)], returns=Name(id='int', ctx=Load(), lineno=3, col_offset=67, end_lineno=3, end_col_offset=70), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=18), default_value=Name(id='str', ctx=Load(), lineno=3, col_offset=21, end_lineno=3, end_col_offset=24), lineno=3, col_offset=12, end_lineno=3, end_col_offset=24), TypeVarTuple(name='Ts', lineno=3, col_offset=26, end_lineno=3, end_col_offset=29), ParamSpec(name='P', lineno=3, col_offset=31, end_lineno=3, end_col_offset=34)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=18)])",
    );
}

#[test]
fn class() {
    check(
        "class A[T](B, metaclass=M, **kw):\n    x = 1\n",
        "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=14, end_lineno=1, end_col_offset=25), keyword(value=Name(id='kw', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=31), lineno=1, col_offset=27, end_lineno=1, end_col_offset=31)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], type_params=[TypeVar(name='T', lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)])",
    );
}

#[test]
fn lambda() {
    check(
        "f = lambda a, b=1, /, *c, d, **e: a\n",
        "Module(body=[Assign(targets=[Name(id='f', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), arg(arg='b', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], vararg=arg(arg='c', lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), kwonlyargs=[arg(arg='d', lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], kw_defaults=[None], kwarg=arg(arg='e', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), defaults=[Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), lineno=1, col_offset=4, end_lineno=1, end_col_offset=35), lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)])",
    );
}

#[test]
fn comprehensions() {
    check(
        "[x async for x in y if x if not x]\n{k: v for k, v in d}\n{x for x in y}\n(x for x in y)\nf(x for x in y)\n",
        "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), lineno=1, col_offset=28, end_lineno=1, end_col_offset=33)], is_async=1)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), Expr(value=DictComp(key=Name(id='k', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), value=Name(id='v', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), Name(id='v', ctx=Store(), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], ctx=Store(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=14), iter=Name(id='d', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), is_async=0)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=20), lineno=2, col_offset=0, end_lineno=2, end_col_offset=20), Expr(value=SetComp(elt=Name(id='x', ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13), is_async=0)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=14), lineno=3, col_offset=0, end_lineno=3, end_col_offset=14), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=4, col_offset=1, end_lineno=4, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=4, col_offset=7, end_lineno=4, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=4, col_offset=12, end_lineno=4, end_col_offset=13), is_async=0)], lineno=4, col_offset=0, end_lineno=4, end_col_offset=14), lineno=4, col_offset=0, end_lineno=4, end_col_offset=14), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=5, col_offset=2, end_lineno=5, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=5, col_offset=8, end_lineno=5, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=5, col_offset=13, end_lineno=5, end_col_offset=14), is_async=0)], lineno=5, col_offset=1, end_lineno=5, end_col_offset=15)], lineno=5, col_offset=0, end_lineno=5, end_col_offset=15), lineno=5, col_offset=0, end_lineno=5, end_col_offset=15)])",
    );
}

#[test]
fn calls() {
    check(
        "f(a, *b, c=1, *d, **e)\n",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7), Starred(value=Name(id='d', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=16)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='e', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=18, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])",
    );
}

#[test]
fn slices() {
    check(
        "a[1:2, ::3, *b]\na[:]\na[b:=1]\n",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), slice=Slice(lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=4), lineno=2, col_offset=0, end_lineno=2, end_col_offset=4), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), slice=NamedExpr(target=Name(id='b', ctx=Store(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), value=Constant(value=1, lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), lineno=3, col_offset=2, end_lineno=3, end_col_offset=6), ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7)])",
    );
}

#[test]
fn compare() {
    check(
        "a < b <= c is not d not in e\n",
        "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), Name(id='e', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)])",
    );
}

#[test]
fn boolops() {
    check(
        "a or b and not c or d\n",
        "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), BoolOp(op=And(), values=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=11, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=16), Name(id='d', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)])",
    );
}

#[test]
fn binops() {
    check(
        "-a ** -b * c @ d // e % f + g - h << i >> j & k ^ l | m\n",
        "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), lineno=1, col_offset=1, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), op=MatMult(), right=Name(id='d', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), op=FloorDiv(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), op=Mod(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25), op=Add(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29), op=Sub(), right=Name(id='h', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), lineno=1, col_offset=0, end_lineno=1, end_col_offset=33), op=LShift(), right=Name(id='i', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=38), lineno=1, col_offset=0, end_lineno=1, end_col_offset=38), op=RShift(), right=Name(id='j', ctx=Load(), lineno=1, col_offset=42, end_lineno=1, end_col_offset=43), lineno=1, col_offset=0, end_lineno=1, end_col_offset=43), op=BitAnd(), right=Name(id='k', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=47), lineno=1, col_offset=0, end_lineno=1, end_col_offset=47), op=BitXor(), right=Name(id='l', ctx=Load(), lineno=1, col_offset=50, end_lineno=1, end_col_offset=51), lineno=1, col_offset=0, end_lineno=1, end_col_offset=51), op=BitOr(), right=Name(id='m', ctx=Load(), lineno=1, col_offset=54, end_lineno=1, end_col_offset=55), lineno=1, col_offset=0, end_lineno=1, end_col_offset=55), lineno=1, col_offset=0, end_lineno=1, end_col_offset=55)])",
    );
}

#[test]
fn ifexp() {
    check(
        "x = a if b else c if d else e\n",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), orelse=IfExp(test=Name(id='d', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), body=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), orelse=Name(id='e', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=16, end_lineno=1, end_col_offset=29), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)])",
    );
}

#[test]
fn try_stmt() {
    check(
        "try:\n    pass\nexcept A, B:\n    pass\nexcept (C, D) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), Name(id='B', ctx=Load(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=11)], ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=11), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(type=Tuple(elts=[Name(id='C', ctx=Load(), lineno=5, col_offset=8, end_lineno=5, end_col_offset=9), Name(id='D', ctx=Load(), lineno=5, col_offset=11, end_lineno=5, end_col_offset=12)], ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=13), name='e', body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], orelse=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], finalbody=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=10, end_col_offset=8)])",
    );
}

#[test]
fn trystar() {
    check(
        "try:\n    pass\nexcept* E as e:\n    pass\n",
        "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])",
    );
}

#[test]
fn with() {
    check(
        "with (a as b, c):\n    pass\nwith (a, b) as c, d:\n    pass\nasync def f():\n    async with a: pass\n    async for x in y: pass\n",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), Name(id='b', ctx=Load(), lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=11), optional_vars=Name(id='c', ctx=Store(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=16)), withitem(context_expr=Name(id='d', ctx=Load(), lineno=3, col_offset=18, end_lineno=3, end_col_offset=19))], body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), AsyncFunctionDef(name='f', args=arguments(), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=6, col_offset=15, end_lineno=6, end_col_offset=16))], body=[Pass(lineno=6, col_offset=18, end_lineno=6, end_col_offset=22)], lineno=6, col_offset=4, end_lineno=6, end_col_offset=22), AsyncFor(target=Name(id='x', ctx=Store(), lineno=7, col_offset=14, end_lineno=7, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=7, col_offset=19, end_lineno=7, end_col_offset=20), body=[Pass(lineno=7, col_offset=22, end_lineno=7, end_col_offset=26)], lineno=7, col_offset=4, end_lineno=7, end_col_offset=26)], lineno=5, col_offset=0, end_lineno=7, end_col_offset=26)])",
    );
}

#[test]
fn while_for_else() {
    check(
        "while a:\n    break\nelse:\n    continue\nfor x, in y:\n    pass\nelse:\n    pass\n",
        "Module(body=[While(test=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Continue(lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=12), For(target=Tuple(elts=[Name(id='x', ctx=Store(), lineno=5, col_offset=4, end_lineno=5, end_col_offset=5)], ctx=Store(), lineno=5, col_offset=4, end_lineno=5, end_col_offset=6), iter=Name(id='y', ctx=Load(), lineno=5, col_offset=10, end_lineno=5, end_col_offset=11), body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], orelse=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=8, end_col_offset=8)])",
    );
}

#[test]
fn if_elif() {
    check(
        "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
        "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)])",
    );
}

#[test]
fn match_stmt() {
    check(
        "match x:\n    case 1 | -2 | 3+4j | 'a' 'b' | None | True:\n        pass\n    case [a, *b, _] | (c, d) | {1: e, **f} | P(g, h=i) | p.Q() as z:\n        pass\n    case _ if y:\n        pass\n",
        "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2, lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15), MatchValue(value=BinOp(left=Constant(value=3, lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), op=Add(), right=Constant(value=4j, lineno=2, col_offset=20, end_lineno=2, end_col_offset=22), lineno=2, col_offset=18, end_lineno=2, end_col_offset=22), lineno=2, col_offset=18, end_lineno=2, end_col_offset=22), MatchValue(value=Constant(value='ab', lineno=2, col_offset=25, end_lineno=2, end_col_offset=32), lineno=2, col_offset=25, end_lineno=2, end_col_offset=32), MatchSingleton(value=None, lineno=2, col_offset=35, end_lineno=2, end_col_offset=39), MatchSingleton(value=True, lineno=2, col_offset=42, end_lineno=2, end_col_offset=46)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=46), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a', lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), MatchStar(name='b', lineno=4, col_offset=13, end_lineno=4, end_col_offset=15), MatchAs(lineno=4, col_offset=17, end_lineno=4, end_col_offset=18)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=19), MatchSequence(patterns=[MatchAs(name='c', lineno=4, col_offset=23, end_lineno=4, end_col_offset=24), MatchAs(name='d', lineno=4, col_offset=26, end_lineno=4, end_col_offset=27)], lineno=4, col_offset=22, end_lineno=4, end_col_offset=28), MatchMapping(keys=[Constant(value=1, lineno=4, col_offset=32, end_lineno=4, end_col_offset=33)], patterns=[MatchAs(name='e', lineno=4, col_offset=35, end_lineno=4, end_col_offset=36)], rest='f', lineno=4, col_offset=31, end_lineno=4, end_col_offset=42), MatchClass(cls=Name(id='P', ctx=Load(), lineno=4, col_offset=45, end_lineno=4, end_col_offset=46), patterns=[MatchAs(name='g', lineno=4, col_offset=47, end_lineno=4, end_col_offset=48)], kwd_attrs=['h'], kwd_patterns=[MatchAs(name='i', lineno=4, col_offset=52, end_lineno=4, end_col_offset=53)], lineno=4, col_offset=45, end_lineno=4, end_col_offset=54), MatchClass(cls=Attribute(value=Name(id='p', ctx=Load(), lineno=4, col_offset=57, end_lineno=4, end_col_offset=58), attr='Q', ctx=Load(), lineno=4, col_offset=57, end_lineno=4, end_col_offset=60), lineno=4, col_offset=57, end_lineno=4, end_col_offset=62)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=62), name='z', lineno=4, col_offset=9, end_lineno=4, end_col_offset=67), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchAs(lineno=6, col_offset=9, end_lineno=6, end_col_offset=10), guard=Name(id='y', ctx=Load(), lineno=6, col_offset=14, end_lineno=6, end_col_offset=15), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=7, end_col_offset=12)])",
    );
}

#[test]
fn type_alias() {
    check(
        "type X[T = int] = list[T]\ntype = 1\nmatch = 2\n",
        "Module(body=[TypeAlias(name=Name(id='X', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), type_params=[TypeVar(name='T', default_value=Name(id='int', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14), lineno=1, col_offset=7, end_lineno=1, end_col_offset=14)], value=Subscript(value=Name(id='list', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=22), slice=Name(id='T', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25), Assign(targets=[Name(id='type', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=4)], value=Constant(value=1, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='match', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5)], value=Constant(value=2, lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=0, end_lineno=3, end_col_offset=9)])",
    );
}

#[test]
fn strings() {
    check(
        "a = 'x' u'y'\nb = b'\\x00' rb'\\n'\nc = '\\N{BULLET}\\u00e9\\101\\q'\n",
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='xy', lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=b'\\x00\\\\n', lineno=2, col_offset=4, end_lineno=2, end_col_offset=18), lineno=2, col_offset=0, end_lineno=2, end_col_offset=18), Assign(targets=[Name(id='c', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value='•éA\\\\q', lineno=3, col_offset=4, end_lineno=3, end_col_offset=28), lineno=3, col_offset=0, end_lineno=3, end_col_offset=28)])",
    );
}

#[test]
fn fstrings() {
    check(
        "f'{a!r:>{w}} {b=} {c:{d}x}' 'e' f'{{}}'\n",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), lineno=1, col_offset=2, end_lineno=1, end_col_offset=12), Constant(value=' b=', lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=114, lineno=1, col_offset=13, end_lineno=1, end_col_offset=17), Constant(value=' ', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='d', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), conversion=-1, lineno=1, col_offset=21, end_lineno=1, end_col_offset=24), Constant(value='x', lineno=1, col_offset=24, end_lineno=1, end_col_offset=25)], lineno=1, col_offset=20, end_lineno=1, end_col_offset=25), lineno=1, col_offset=18, end_lineno=1, end_col_offset=26), Constant(value='e{}', lineno=1, col_offset=28, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=39), lineno=1, col_offset=0, end_lineno=1, end_col_offset=39)])",
    );
}

#[test]
fn tstrings() {
    check(
        "t'{a} {b!s:>3} {c=}'\n",
        "Module(body=[Expr(value=TemplateStr(values=[Interpolation(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), str='a', conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value=' ', lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Interpolation(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), str='b', conversion=115, format_spec=JoinedStr(values=[Constant(value='>3', lineno=1, col_offset=11, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), lineno=1, col_offset=6, end_lineno=1, end_col_offset=14), Constant(value=' c=', lineno=1, col_offset=14, end_lineno=1, end_col_offset=18), Interpolation(value=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), str='c', conversion=114, lineno=1, col_offset=15, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])",
    );
}

#[test]
fn numbers() {
    check(
        "x = 0x_ff, 0o17, 0b1, 1_000, 1.5e-3, 2j, 123456789012345678901234567890\n",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=255, lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), Constant(value=15, lineno=1, col_offset=11, end_lineno=1, end_col_offset=15), Constant(value=1, lineno=1, col_offset=17, end_lineno=1, end_col_offset=20), Constant(value=1000, lineno=1, col_offset=22, end_lineno=1, end_col_offset=27), Constant(value=0.0015, lineno=1, col_offset=29, end_lineno=1, end_col_offset=35), Constant(value=2j, lineno=1, col_offset=37, end_lineno=1, end_col_offset=39), Constant(value=123456789012345678901234567890, lineno=1, col_offset=41, end_lineno=1, end_col_offset=71)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=71), lineno=1, col_offset=0, end_lineno=1, end_col_offset=71)])",
    );
}

#[test]
fn yield_await() {
    check(
        "def g():\n    x = yield\n    yield from y\n    await z\n",
        "Module(body=[FunctionDef(name='g', args=arguments(), body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Yield(lineno=2, col_offset=8, end_lineno=2, end_col_offset=13), lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), Expr(value=YieldFrom(value=Name(id='y', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=16), lineno=3, col_offset=4, end_lineno=3, end_col_offset=16), lineno=3, col_offset=4, end_lineno=3, end_col_offset=16), Expr(value=Await(value=Name(id='z', ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), lineno=4, col_offset=4, end_lineno=4, end_col_offset=11), lineno=4, col_offset=4, end_lineno=4, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=11)])",
    );
}

#[test]
fn parenthesized_positions() {
    check(
        "(a)(b)\n(a).b\n((a, b))\n",
        "Module(body=[Expr(value=Call(func=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), Expr(value=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), attr='b', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), Expr(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6)], ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=7), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)])",
    );
}

#[test]
fn semicolons() {
    check(
        "a; b;\n",
        "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Expr(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)])",
    );
}

#[test]
fn error_invalid_syntax() {
    check_err(
        "a b\n",
        SyntaxErrorKind::SyntaxError,
        "invalid syntax",
        1,
        2,
    );
}

#[test]
fn error_forgot_comma() {
    check_err(
        "[a b]\n",
        SyntaxErrorKind::SyntaxError,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
        1,
    );
}

#[test]
fn error_maybe_meant_eq() {
    check_err(
        "if x = 1:\n    pass\n",
        SyntaxErrorKind::SyntaxError,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
        3,
    );
}

#[test]
fn error_expected_colon() {
    check_err(
        "if x\n    pass\n",
        SyntaxErrorKind::SyntaxError,
        "expected ':'",
        1,
        4,
    );
}

#[test]
fn error_assign_literal() {
    check_err(
        "1 = x\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        0,
    );
}

#[test]
fn error_assign_call_here() {
    check_err(
        "f() = 1\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        0,
    );
}

#[test]
fn error_assign_expression() {
    check_err(
        "a + b = 1\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
        0,
    );
}

#[test]
fn error_print() {
    check_err(
        "print 'x'\n",
        SyntaxErrorKind::SyntaxError,
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        0,
    );
}

#[test]
fn error_indent_block() {
    check_err(
        "if x:\npass\n",
        SyntaxErrorKind::IndentationError,
        "expected an indented block after 'if' statement on line 1",
        2,
        0,
    );
}

#[test]
fn error_unexpected_indent() {
    check_err(
        "x\n  y\n",
        SyntaxErrorKind::IndentationError,
        "unexpected indent",
        2,
        1,
    );
}

#[test]
fn error_positional_after_kw() {
    check_err(
        "f(a=1, b)\n",
        SyntaxErrorKind::SyntaxError,
        "positional argument follows keyword argument",
        1,
        8,
    );
}

#[test]
fn error_unpack_after_kw_unpack() {
    check_err(
        "f(**a, *b)\n",
        SyntaxErrorKind::SyntaxError,
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        5,
    );
}

#[test]
fn error_default_order() {
    check_err(
        "def f(a=1, b): pass\n",
        SyntaxErrorKind::SyntaxError,
        "parameter without a default follows parameter with a default",
        1,
        11,
    );
}

#[test]
fn error_try_alone() {
    check_err(
        "try:\n    pass\nx = 1\n",
        SyntaxErrorKind::SyntaxError,
        "expected 'except' or 'finally' block",
        3,
        0,
    );
}

#[test]
fn error_starred_group() {
    check_err(
        "(*a)\n",
        SyntaxErrorKind::SyntaxError,
        "cannot use starred expression here",
        1,
        1,
    );
}

#[test]
fn error_del_call() {
    check_err(
        "del f()\n",
        SyntaxErrorKind::SyntaxError,
        "cannot delete function call",
        1,
        4,
    );
}

#[test]
fn error_for_target() {
    check_err(
        "for f() in x: pass\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to function call",
        1,
        4,
    );
}

#[test]
fn error_aug_tuple() {
    check_err(
        "a, b += 1\n",
        SyntaxErrorKind::SyntaxError,
        "'tuple' is an illegal expression for augmented assignment",
        1,
        0,
    );
}

#[test]
fn error_annot_tuple() {
    check_err(
        "a, b: int\n",
        SyntaxErrorKind::SyntaxError,
        "only single target (not tuple) can be annotated",
        1,
        0,
    );
}

#[test]
fn error_fstring_empty() {
    check_err(
        "f'{}'\n",
        SyntaxErrorKind::SyntaxError,
        "f-string: valid expression required before '}'",
        1,
        3,
    );
}

#[test]
fn error_generator_parens() {
    check_err(
        "f(x for x in y, 1)\n",
        SyntaxErrorKind::SyntaxError,
        "Generator expression must be parenthesized",
        1,
        2,
    );
}

#[test]
fn error_lambda_default() {
    check_err(
        "lambda *a=1: 0\n",
        SyntaxErrorKind::SyntaxError,
        "var-positional argument cannot have default value",
        1,
        9,
    );
}

#[test]
fn error_bytes_mix() {
    check_err(
        "b'a' 'b'\n",
        SyntaxErrorKind::SyntaxError,
        "cannot mix bytes and nonbytes literals",
        1,
        8,
    );
}

#[test]
fn error_except_star_mix() {
    check_err(
        "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n",
        SyntaxErrorKind::SyntaxError,
        "cannot have both 'except' and 'except*' on the same 'try'",
        5,
        0,
    );
}

#[test]
fn error_walrus_attr() {
    check_err(
        "(a.b := 1)\n",
        SyntaxErrorKind::SyntaxError,
        "cannot use assignment expressions with attribute",
        1,
        1,
    );
}

#[test]
fn error_else_colon() {
    check_err(
        "if a:\n    pass\nelse\n    pass\n",
        SyntaxErrorKind::SyntaxError,
        "expected ':'",
        3,
        4,
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in [
        "-".repeat(100_000) + "1",
        "not ".repeat(100_000) + "1",
        "lambda:".repeat(100_000) + "1",
        "1 if 2 else ".repeat(100_000) + "1",
        "(".repeat(100_000),
        "[".repeat(150) + &"]".repeat(150) + &"[{(".repeat(66),
        "f(".repeat(199) + &")".repeat(199) + &"a[".repeat(199),
    ] {
        assert!(parse_module(&src).is_err());
    }
}

#[test]
fn deep_nesting_within_cpython_limits_parses() {
    for src in [
        "-".repeat(5000) + "1",
        "(".repeat(200) + "1" + &")".repeat(200),
        "f(".repeat(199) + &")".repeat(199),
    ] {
        assert!(parse_module(&src).is_ok());
    }
}

#[test]
fn eval_mode() {
    let m = crate::parse_expression("a, b\n\n").unwrap();
    assert_eq!(
        dump(&m, true),
        "Expression(body=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4))"
    );
    assert!(crate::parse_expression("1 +").is_err());
    assert!(crate::parse_expression("x = 1").is_err());
}

#[test]
fn interactive_mode() {
    let m = crate::parse_interactive("if x:\n    pass\n\n").unwrap();
    assert_eq!(
        dump(&m, true),
        "Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)])"
    );
}

#[test]
fn invalid_escape_warnings() {
    let (m, w) = crate::parse_module_with_warnings(
        // A backslash before a non-ASCII character is no escape: no warning.
        "x = 1\np = '\\d'\ns = '''a\n\\q'''\nt = '\\\u{41f}'\n",
    );
    assert!(m.is_ok());
    let got: Vec<_> = w.iter().map(|w| (w.lineno, w.msg.as_str())).collect();
    assert_eq!(
        got,
        [
            (
                2,
                "\"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option."
            ),
            (
                4,
                "\"\\q\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\q\"? A raw string is also an option."
            ),
        ]
    );
}
