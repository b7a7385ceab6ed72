# Positional-only (/) and keyword-only (*) parameters and their errors.
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=0))
def show(call):
    try:
        print(call())
    except TypeError as e:
        print(e)
show(lambda: f(1, b=2, c=3, d=4))
show(lambda: f(a=1, b=2, c=3, d=4))
show(lambda: f(1, 2, 3, 4))
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, d=1))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def kwonly(*, x, y):
    return x, y
show(lambda: kwonly(1, 2))
show(lambda: kwonly())
show(lambda: kwonly(x=1))
def defaults(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(defaults(1), defaults(1, 5), defaults(1, 5, 6, d=7), defaults.__kwdefaults__, defaults.__defaults__)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
show(lambda: len(obj=[1]))
show(lambda: divmod(x=1, y=2))
show(lambda: sorted([1], None))
show(lambda: int("1", 10, 10))
show(lambda: "abc".split(",", 1, 2))
show(lambda: [].append())
