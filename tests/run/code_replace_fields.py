# code.replace(): the counting fields are checked against the local
# variables, so a replaced code assigned to a function can still be called.


def f(a, b=2):
    total = a + b
    return total


c = f.__code__
print(c.co_varnames, c.co_argcount, c.co_nlocals)

changes = [
    dict(co_flags=c.co_flags | 0x04),
    dict(co_flags=c.co_flags | 0x08),
    dict(co_argcount=3),
    dict(co_argcount=1),
    dict(co_argcount=-1),
    dict(co_kwonlyargcount=1),
    dict(co_kwonlyargcount=2),
    dict(co_nlocals=3),
    dict(co_nlocals=4),
    dict(co_varnames=("x", "y", "z")),
    dict(co_varnames=("x", "y")),
    dict(co_varnames=("x",)),
    dict(co_varnames=("x", "y", "z", "w")),
    dict(co_varnames=["x", "y", "z"]),
    dict(co_varnames=("x", 1, "z")),
    dict(co_names=(1,)),
    dict(co_consts=5),
    dict(co_consts=(None,)),
    dict(co_flags=-1),
    dict(co_flags=True),
    dict(co_flags=1 << 40),
    dict(co_flags="3"),
    dict(co_stacksize=-1),
    dict(co_firstlineno=-5),
    dict(co_firstlineno=0),
    dict(co_name=1),
    dict(co_qualname="Q.f", co_name="g"),
]
for kw in changes:
    try:
        n = c.replace(**kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
        continue
    print(kw, "ok", n.co_varnames, n.co_argcount, n.co_kwonlyargcount, n.co_nlocals)
    print("  ", n.co_flags & 0x0C, n.co_firstlineno, n.co_name, n.co_qualname)

# Renamed locals and changed argument counts, called through __code__.
f.__code__ = c.replace(co_varnames=("x", "y", "total"))
print(f(1), f(x=3, y=4), f.__code__.co_varnames)
try:
    f(a=1)
except TypeError as e:
    print("TypeError:", e)

f.__code__ = c.replace(co_argcount=1, co_kwonlyargcount=1)
f.__kwdefaults__ = {"b": 5}
print(f(1), f(1, b=10))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)

f.__code__ = c.replace(co_argcount=3)
try:
    print(f(1, 2, 3))
except Exception as e:
    print(type(e).__name__, e)
