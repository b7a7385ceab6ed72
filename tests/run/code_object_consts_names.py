# co_consts, co_names, co_varnames and co_qualname of nested functions and lambdas.
def outer(p):
    q = p + 1
    r = len("literal")
    def inner(s):
        return s + q + GLOBAL_NAME
    return inner
GLOBAL_NAME = 100
co = outer.__code__
print(co.co_varnames, "literal" in co.co_consts, "len" in co.co_names, co.co_cellvars)
inner_code = outer(1).__code__
print(inner_code.co_name, inner_code.co_qualname, inner_code.co_varnames, inner_code.co_freevars, "GLOBAL_NAME" in inner_code.co_names)
nested_codes = [c for c in co.co_consts if hasattr(c, "co_name")]
print([c.co_name for c in nested_codes])
lam = lambda a, b=2, *c, d, **e: None
print(lam.__code__.co_varnames, lam.__code__.co_argcount, lam.__code__.co_kwonlyargcount, bool(lam.__code__.co_flags & 4), bool(lam.__code__.co_flags & 8))
class K:
    def m(self):
        return [x for x in range(2)]
print(K.m.__code__.co_qualname, K.m.__code__.co_varnames)
print(compile("a = b + 1", "<s>", "exec").co_names)
