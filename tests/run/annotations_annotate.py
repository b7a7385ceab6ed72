# __annotate__ functions and the VALUE format; setting annotations.
def f(a: int, b: str) -> bool:
    pass
ann = f.__annotate__
print(ann(1))
try:
    print(ann(2))
except NotImplementedError:
    print("format 2 not implemented by the compiler-generated function")
f.__annotations__ = {"a": "replaced"}
print(f.__annotations__, f.__annotate__)
def g(x): pass
print(g.__annotations__, g.__annotate__)
g.__annotate__ = lambda fmt: {"x": "custom"}
print(g.__annotations__ if False else g.__annotate__(1))
def h(x: int): pass
h.__annotate__ = None
print(h.__annotations__)
try:
    h.__annotate__ = 5
except TypeError as e:
    print(e)
class C:
    a: int
print(C.__annotations__, type(C.__annotate__).__name__)
lam = lambda: None
print(lam.__annotations__)
