# Introspecting functions through __code__, __defaults__ and __kwdefaults__ (no inspect module).
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass
co = f.__code__
n = co.co_argcount + co.co_kwonlyargcount
names = co.co_varnames[:n]
print(names, co.co_posonlyargcount, co.co_argcount, co.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
def signature(fn):
    co = fn.__code__
    pos = co.co_varnames[:co.co_argcount]
    kwonly = co.co_varnames[co.co_argcount:co.co_argcount + co.co_kwonlyargcount]
    defaults = fn.__defaults__ or ()
    parts = []
    for i, name in enumerate(pos):
        d = len(pos) - len(defaults)
        parts.append(name if i < d else f"{name}={defaults[i - d]!r}")
        if i + 1 == co.co_posonlyargcount:
            parts.append("/")
    if co.co_flags & 0x04:
        parts.append("*" + co.co_varnames[co.co_argcount + co.co_kwonlyargcount])
    elif kwonly:
        parts.append("*")
    for name in kwonly:
        kd = (fn.__kwdefaults__ or {})
        parts.append(f"{name}={kd[name]!r}" if name in kd else name)
    if co.co_flags & 0x08:
        parts.append("**" + co.co_varnames[co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 0x04)])
    return f"{fn.__name__}({', '.join(parts)})"
print(signature(f))
print(signature(lambda x, *, y=1: 0), signature(lambda *a, **k: 0), signature(lambda: 0))
