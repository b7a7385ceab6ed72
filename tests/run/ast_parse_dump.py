# ast.parse + ast.dump over every kind of statement, expression and pattern,
# with positions (columns are UTF-8 byte offsets).
import ast

SOURCES = [
    "x = 1\ny: int = 2\nz += 3\ndel a, b[0], c.d",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:\n    'doc'\n    return a\n",
    "async def g():\n    await x\n    async for i in y: pass\n    async with a as b, c: pass\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int\n    def m(self): ...\n",
    "class P[T: int, *Ts, **P]: pass\ntype A[T = int] = list[T]\n",
    "for i in range(3):\n    break\nelse:\n    continue\nwhile x: pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "import a.b as c, d\nfrom .. import e\nfrom f import (g as h, i)\nglobal q\n",
    "assert x, 'msg'\nwith open(p) as f: pass\n",
    "match p:\n    case 1 | 2: pass\n    case [a, *rest]: pass\n    case {'k': v, **kw}: pass\n"
    "    case Point(x=0, y=_) if y: pass\n    case None | True: pass\n    case str() as s: pass\n",
    "lambda x, *y, z=1: (x, y)\n",
    "a and b or not c\n-x + ~y * z ** 2 // w % v @ u << 1 >> 2 & 3 | 4 ^ 5\n",
    "a < b <= c != d is not e in f not in g\n",
    "[x for x in y if x]\n{x: y for x, y in z}\n{x for x in y}\n(x async for x in y)\n",
    "f'{a!r:>{w}} and {b=}'\nt'{x}'\nb'\\x00' + u'u' + 'é'\n",
    "x = {1: 2, **d}\ns = {1, 2}\nt = ()\nl = [*a]\n",
    "a[1:2, ::3]\na.b.c\n(y := 10)\nx if y else z\n",
    "def gen():\n    yield\n    yield x\n    x = yield from y\n",
    "nonlocal_ = 1\ne = ...\nc = 1.5e10 + 2j\nbig = 10**100\ninf = 1e400\n",
    "s = 'héllo'; t = 'ñ' + x\n",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("x\n", mode="exec"), indent=2))
print(ast.dump(compile("a.b", "<s>", "eval", ast.PyCF_ONLY_AST)))
tree = ast.parse("if x:\n    y = f(1)\n")
print(type(tree).__name__, type(tree.body[0]).__name__, tree.body[0].lineno, tree.body[0].body[0].end_col_offset)
print(isinstance(tree.body[0].test.ctx, ast.Load), tree.body[0].test.id)

for bad in ["x = ", "def f(:", "(a b)"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)

# ast.parse only parses: code the compiler would reject still gives a tree.
for src in ["await x", "return 1", "break", "nonlocal x", "yield 1", "def f():\n    x = 1\n    global x", "async def f():\n    yield from x", "x = [await y async for y in z]", "f(**x, *y)", "del (a, [b])", "def f(a, a): pass"]:
    try:
        print(ast.dump(ast.parse(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
