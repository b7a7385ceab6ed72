# _tokenize.TokenizerIter, the iterator under tokenize.generate_tokens and
# tokenize.tokenize: 5-tuples (type, string, start, end, line), operators
# as OP with extra_tokens, lines read through a readline callable.
import _tokenize


def show(src, encoding=None, extra_tokens=True):
    lines = src.splitlines(keepends=True)
    if encoding is not None:
        lines = [line.encode(encoding) for line in lines]
    it = iter(lines)
    kwargs = {} if encoding is None else {"encoding": encoding}
    try:
        for tok in _tokenize.TokenizerIter(it.__next__, extra_tokens=extra_tokens, **kwargs):
            print(tok)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
    print("--")


show('''def f(a, b=1):  # comment
    s = """x
y"""
    return a+b ** 2

if x:
\tpass
x = f"a{b!r:>3}c"
''')
show("x = 1 + \\\n  2\n")
show("if 1:\n  x")
show("a = (1,\n  2)\n")
show("1 $ 2\n@decorator\nclass C: ...\n")
show("  x\n")
show("x: int = 0x1F + 1_000j\ny = 'é' + rb'\\d' + t'{x}'\n")
show("z = [\n# inside\n]\n\n\n")
show("# only a comment")
show("")
show("x=1\ny = 2\n", extra_tokens=False)
show("é = 'ü'\n", encoding="utf-8")
show("x = 'caf\xe9'\n", encoding="latin-1")

# Errors: the tokens before the error come first.
show("(\n")
show("x = (1,\n2\n")
show('x = """abc\n\n')
show("if x:\n    y\n  z\n")
show("x = 'abc\n")
show("0x\n")


# A readline that ends with StopIteration or with an empty string.
def lines_then_empty():
    yield "a\n"
    yield ""
    yield "never read\n"


gen = lines_then_empty()
print(list(_tokenize.TokenizerIter(gen.__next__, extra_tokens=True)))

it = _tokenize.TokenizerIter(iter(["x\n"]).__next__, extra_tokens=True)
print(iter(it) is it, type(it).__name__, type(it).__module__)
print(next(it), next(it), next(it), next(it, "end"), next(it, "end"))

for bad in [lambda: _tokenize.TokenizerIter(), lambda: _tokenize.TokenizerIter(iter([]).__next__)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")
try:
    list(_tokenize.TokenizerIter(iter([1]).__next__, extra_tokens=True))
except TypeError as e:
    print("TypeError", e)
try:
    list(_tokenize.TokenizerIter(iter(["x"]).__next__, extra_tokens=True, encoding="utf-8"))
except TypeError as e:
    print("TypeError", e)
print(list(_tokenize.TokenizerIter(iter([""]).__next__, extra_tokens=False)))
print(list(_tokenize.TokenizerIter(iter(["x\n"]).__next__, extra_tokens=False)))

# The tokenizer's own SyntaxWarning: an invalid escape in an f-string.
show('y = f"\\{x}"\n')

# An error filter turns that warning into a SyntaxError.
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        list(_tokenize.TokenizerIter(iter(["x = 1\n", 'y = f"\\{x}"\n']).__next__, extra_tokens=True))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
