# Positional, keyword, default arguments.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, b=9), f(c=0, b=1, a=2), f(1, 2, d=8), f(*[1, 2, 3]), f(**{"a": 1, "b": 2}))
print(f(1, *[2], **{"d": 0}), f(*(1,), b=2), f(*"ab", *"c"))
def show(call):
    try:
        call()
    except TypeError as e:
        print(e)
show(lambda: f())
show(lambda: f(1))
show(lambda: f(1, 2, 3, 4, 5))
show(lambda: f(1, 2, a=3))
show(lambda: f(1, 2, e=5))
show(lambda: f(1, 2, **{"c": 1}, c=2))
show(lambda: f(**{1: 2}))
show(lambda: f(*5))
show(lambda: f(**[1]))
def none():
    pass
show(lambda: none(1))
show(lambda: none(x=1))
def one(x):
    pass
show(lambda: one(1, 2))
show(lambda: one(y=1))
defaults = []
def mut(x, acc=defaults):
    acc.append(x)
    return acc
print(mut(1), mut(2), mut(3, []), f.__defaults__, mut.__defaults__ is not None)
