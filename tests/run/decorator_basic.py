# Function and class decorators, stacking order, arguments, functools.wraps.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@trace
def add(a, b=0):
    "Adds."
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__)
def tag(name):
    def deco(fn):
        def w():
            return f"<{name}>{fn()}</{name}>"
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
order = []
def mark(n):
    order.append(("make", n))
    def d(f):
        order.append(("apply", n))
        return f
    return d
@mark(1)
@mark(2)
def target(): pass
print(order)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing: pass
print(Thing.registered)
@lambda f: f()
def immediate():
    return "ran"
print(immediate)
items = {}
@items.setdefault("k", []).append
def stored(): pass
print(items["k"][0].__name__)
