# The node classes of _ast: fields, constructors, repr, and the pure-Python
# helpers of ast.py built on them (literal_eval, unparse, walk, visitors).
import ast
import _ast
import copy

print(sorted(n for n in dir(_ast) if not n.startswith('__'))[:20])
print(len([n for n in dir(_ast) if isinstance(getattr(_ast, n), type)
           and issubclass(getattr(_ast, n), ast.AST)]))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
      _ast.PyCF_OPTIMIZED_AST)
for cls in [ast.AST, ast.expr, ast.stmt, ast.Name, ast.FunctionDef, ast.arguments,
            ast.arg, ast.keyword, ast.Load, ast.Add, ast.match_case, ast.pattern,
            ast.MatchAs, ast.TypeVar, ast.comprehension]:
    print(cls.__name__, cls.__module__, cls.__bases__[0].__name__, cls._fields,
          cls._attributes, cls.__match_args__)
print(ast.Name._field_types)
print(ast.Dict._field_types, ast.ImportFrom._field_types)
print(ast.FunctionDef.__doc__)
print(ast.Load.__doc__, ast.Load._field_types)

n = ast.Name('x')
print(repr(n), n.ctx, n.end_lineno, hasattr(n, 'lineno'))
print(ast.Constant(1).__dict__, ast.Constant(1).kind)
print(ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2)).__dict__.keys())
print(sorted(ast.Call(ast.Name('f')).__dict__.items()))
print(ast.AST().__dict__)
for f in [lambda: ast.Name('x', ast.Load(), 3), lambda: ast.Name('x', id='y'),
          lambda: ast.AST(1), lambda: ast.Load(1), lambda: ast.BoolOp(1, 2, 3)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(repr(ast.List([ast.Constant(1), ast.Constant(2), ast.Constant(3)])))
print(repr(ast.Tuple([ast.Tuple([ast.Tuple([ast.Tuple([])])])])))
print(repr(ast.parse('x = [1, 2]\nif a: pass\nf()')))
t = ast.parse('a+b; c+d; x=y')
print(t.body[0].value.op is t.body[1].value.op, t.body[0].value.left.ctx is t.body[2].value.ctx)
print(copy.replace(ast.Name('x'), id='y'))
print(copy.deepcopy(ast.parse('a + 1')).body[0].value.right.value)

match ast.parse('f(1)').body[0]:
    case ast.Expr(ast.Call(ast.Name(name), [ast.Constant(v)])):
        print('matched', name, v)

# literal_eval
for text in ["{'a': [1, 2.5, -3j, (None, True)], 'b': b'x'}", "set()", "{1, 2}",
             "-1 + 2j", "('a', ...)", "[1, [2, [3]]]"]:
    print(ast.literal_eval(text))
for bad in ["f(x)", "1 + x", "[a]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError', e)

# unparse round trip
src = '''
@dec(1)
async def f(a, /, b=2, *c, d, **e) -> int:
    global g
    x: list[int] = [i ** 2 for i in range(10) if i % 2]
    async with lock as l:
        await something(x, *y, k=v, **kw)
    try:
        pass
    except* (A, B) as err:
        raise
    match cmd:
        case [x, *_] if x > 0:
            return f"{x!r:>10}"
        case {"k": 1, **rest}:
            pass
    return lambda q=1: q if q else -q
class K[T](Base, metaclass=Meta):
    type Alias = dict[str, T]
del a[1:2], b.c
'''
tree = ast.parse(src)
out = ast.unparse(tree)
print(out)
print(ast.dump(ast.parse(out)) == ast.dump(tree))

# walk and visitors
tree = ast.parse("def f(x):\n    return g(x) + h(y)\n")
print(sorted(type(n).__name__ for n in ast.walk(tree)))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, node.lineno, node.col_offset))
v = Names()
v.visit(tree)
print(v.seen)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)
new = ast.fix_missing_locations(Rename().visit(tree))
print(ast.unparse(new))
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse('a + b').body[0].value)])
print(list(ast.iter_fields(ast.Name('z', ast.Store()))))
print(ast.increment_lineno(ast.parse('x'), 5).body[0].lineno)

# compile() of a tree built by hand and of a parsed one
code = compile(ast.parse('print("from tree", 1 + 2)'), '<ast>', 'exec')
exec(code)
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), '<ast>', 'eval')))
try:
    compile(ast.parse('x'), '<ast>', 'eval')
except TypeError as e:
    print('TypeError', e)
print(compile(ast.parse('y'), '<ast>', 'exec', ast.PyCF_ONLY_AST).body[0].value.id)
