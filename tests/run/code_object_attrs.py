# Code object attributes (co_*).
def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    x = a + b
    def g():
        return x
    return g
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_filename.endswith("code_object_attrs.py"), co.co_firstlineno, type(co.co_code).__name__)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
g = f(1, c=3)
print(g.__code__.co_freevars, g.__code__.co_name, g.__code__.co_qualname)
def gen(): yield
async def coro(): pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
print("doc" in co.co_consts, type(co.co_names).__name__, co.co_stacksize > 0)
print(list(co.co_lines())[0][2] if False else "lines", type(co.co_linetable).__name__)
print(sorted({line for _, _, line in co.co_lines() if line is not None}))
co2 = co.replace(co_name="renamed")
print(co2.co_name, co.co_name, co2 is co)
print(compile("1", "<s>", "eval").co_name, (lambda: 0).__code__.co_name)
print(hash(co) == hash(co), co == co)
