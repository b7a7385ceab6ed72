# _functools.partial with 3.14's Placeholder: calls, flattening, reprs,
# attributes, method binding, subclasses and messages.
from _functools import partial, Placeholder, _PlaceholderType

def f(*a, **k):
    return a, k

p = partial(f, 1, b=2)
print(p(3, c=4), p(b=5), p.func is f, p.args, p.keywords)
print(repr(partial(len, [1])), repr(partial(print, 1, "a", sep="-")))
q = partial(p, 5, b=9)
print(q.func is f, q.args, q.keywords, q(6))
r = partial(f, Placeholder, 2)
print(r(1), r(1, 3), r.args, repr(Placeholder), type(Placeholder).__name__, _PlaceholderType() is Placeholder)
s = partial(r, 7); print(s.args, s(8))
t = partial(f, Placeholder, Placeholder, 3); print(partial(t, 1).args, partial(t, 1)(2), partial(t, 1, 2, 4)())
print(repr(partial(divmod, Placeholder, 1)))
print(hash(p) == hash(p), p == p, p != partial(f, 1, b=2), Placeholder.__reduce__())
p.attr = 3; print(p.attr, p.__dict__)
print(partial(p, 0).func is p, partial(p, 0).args)
print(partial[int])
print(sorted(["bb", "a", "ccc"], key=partial(len)), list(map(partial(pow, 2), [1, 2, 3])))
print(partial(int, base=2)("101"), partial(dict, a=1)(b=2))

class C:
    m = partial(f, 1)
    def __init__(self):
        self.x = 1
c = C()
print(c.m(2)[0][0] is c, C.m(2))

class P(partial):
    def __call__(self, *a, **k):
        return ("P", super().__call__(*a, **k))
pp = P(f, 1)
print(type(pp).__name__, pp(2), isinstance(pp, partial), repr(pp).startswith("__main__.P(<function f"))
print(type(partial(pp, 3)).__name__, partial(pp, 3)(4))

def err(fn):
    try:
        print(fn())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: partial())
err(lambda: partial(1))
err(lambda: partial(f, Placeholder))
err(lambda: partial(f, x=Placeholder))
err(lambda: r())
err(lambda: partial(f, Placeholder, Placeholder, 1)(1))
err(lambda: _PlaceholderType(1))
err(lambda: partial(len)(1, 2))
