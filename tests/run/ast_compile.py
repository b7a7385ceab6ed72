# compile() of AST objects: positions kept (tracebacks), every constant kind,
# the errors for missing locations and mismatched modes.
import ast
src = '''
def f(x):
    y = x * 2

    return 1 / (y - 2)
'''
tree = ast.parse(src, 'mod.py')
code = compile(tree, 'mod.py', 'exec')
ns = {}
exec(code, ns)
try:
    ns['f'](1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print('line', tb.tb_lineno)
print(ns['f'].__code__.co_firstlineno)
e = ast.Expression(ast.Tuple([ast.Constant(v) for v in (None, True, ..., 10**30, -5, 1.5, 2j, 'é\udc80', b'\x00', (1, 'a'))], ast.Load()))
print(eval(compile(ast.fix_missing_locations(e), '<c>', 'eval')))
for bad in [ast.Expression(ast.Constant([1])), ast.Expression(ast.Name('x', ast.Load())), ast.Module([ast.Pass()]), ast.Expression(1), ast.Module([ast.Expr(ast.Name(1, ast.Load(), lineno=1, col_offset=0))]),
            ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=0))])]:
    try:
        compile(bad, '<b>', 'eval' if isinstance(bad, ast.Expression) else 'exec')
    except Exception as ex:
        print(type(ex).__name__, ex)
m = ast.parse("match p:\n    case [1, *r] | {'a': 1, **r} if r: print(r)\n    case C(x=2) as q: pass\nasync def g():\n    async with a: await b\ntype T[X] = list[X]\nprint(f'{3!r:>4}', t'{1}'.strings)\nclass K(int, metaclass=type): x: int = 1\n")
exec(compile(m, '<m>', 'exec'), {'p': [1, 2], 'C': int, 'print': print})
try:
    exec(compile(ast.parse("def g():\n    return (\n        1 /\n        0)\ng()"), 'gg.py', 'exec'), {})
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_lineno)
# Malformed trees: CPython's validator messages, never a crash.
L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
cases = [
    ast.Module([ast.Expr(ast.Name('x', ast.Store(), **L), **L)]),
    ast.Module([ast.Assign([ast.Name('x', ast.Load(), **L)], ast.Constant(1, **L), **L)]),
    ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **L), ast.Add(), ast.Constant(2, **L), **L), **L)]),
    ast.Module([ast.FunctionDef('f', ast.arguments(), [], **L)]),
    ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [ast.Eq()], [], **L), **L)]),
    ast.Module([ast.Expr(ast.Constant(1, **L), **L)], []),
    ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=5, col_offset=0, end_lineno=2, end_col_offset=0), **L)]),
    ast.Module([ast.Return(None, **L)]),
    ast.Module([ast.Expr(ast.Dict([None], [], **L), **L)]),
    ast.Module([ast.If(ast.Constant(1, **L), [], [], **L)]),
]
for m in cases:
    try:
        compile(m, '<m>', 'exec')
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
def C(v=1): return ast.Constant(v, **L)
def N(x='x', c=None): return ast.Name(x, c or ast.Load(), **L)
S = [ast.Pass(**L)]
stmt_cases = [
    ast.While(C(), [], **L), ast.For(N(c=ast.Store()), C(), [], **L), ast.With([], S, **L), ast.With([ast.withitem(C())], [], **L),
    ast.ClassDef('C', body=[], **L), ast.Try([], [], [], [], **L), ast.Try(S, [], [], [], **L), ast.Try(S, [], S, [], **L),
    ast.TryStar(S, [], [], [], **L), ast.Assign([], C(), **L), ast.Delete([], **L), ast.Import([], **L), ast.ImportFrom('m', [], 0, **L),
    ast.Global([], **L), ast.Match(C(), [], **L), ast.Raise(None, C(), **L), ast.AsyncFunctionDef('f', ast.arguments(), [], **L),
    ast.Expr(ast.BoolOp(ast.And(), [C()], **L), **L), ast.Expr(ast.Compare(C(), [ast.Eq()], [C(), C()], **L), **L),
    ast.FunctionDef('f', ast.arguments(defaults=[C()]), S, **L), ast.FunctionDef('f', ast.arguments(kwonlyargs=[ast.arg('a', **L)]), S, **L),
    ast.Expr(ast.Set([], **L), **L), ast.Expr(ast.ListComp(C(), [], **L), **L), ast.Expr(ast.Constant(1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=2), **L),
    ast.AnnAssign(N(c=ast.Load()), N(), None, 1, **L), ast.AugAssign(N(), ast.Add(), C(), **L), ast.Expr(ast.NamedExpr(N(c=ast.Load()), C(), **L), **L),
    ast.Expr(ast.Lambda(ast.arguments(), C(), **L), **L), ast.Expr(ast.Tuple([N(c=ast.Store())], ast.Load(), **L), **L),
    ast.Expr(ast.Name('None', ast.Load(), **L), **L), ast.Assign([ast.Name('True', ast.Store(), **L)], C(), **L),
    ast.If(C(), S, [], **L), ast.With([ast.withitem(C(), N())], S, **L),
]
for s in stmt_cases:
    try:
        compile(ast.Module([s]), '<m>', 'exec')
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
