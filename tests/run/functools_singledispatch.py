# functools.singledispatch dispatching on the first argument's type.
import functools
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x.upper()}"
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(1.5), describe(None))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
class Base: pass
class Derived(Base): pass
@describe.register(Base)
def _(x):
    return "Base handler for " + type(x).__name__
print(describe(Derived()))
