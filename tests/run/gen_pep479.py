# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def bad_next():
    it = iter([])
    yield next(it)
try:
    list(bad_next())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def ok():
    yield 1
    return 5
print(list(ok()))
def explicit():
    try:
        yield next(iter([]))
    except StopIteration:
        yield "handled"
print(list(explicit()))
g = (next(iter([])) for _ in range(1))
try:
    list(g)
except RuntimeError as e:
    print("genexp", e)
def sub_stop():
    raise StopIteration
    yield
try:
    next(sub_stop())
except RuntimeError as e:
    print(e)
