# Edge cases: throw into a closed generator, close an exhausted one, throw non-exceptions.
def g():
    yield 1
it = g()
it.close()
try:
    it.throw(ValueError("after close"))
except ValueError as e:
    print("re-raised:", e)
print(next(it, "exhausted"))
it2 = g()
list(it2)
print(it2.close())
it3 = g()
try:
    it3.throw(5)
except TypeError as e:
    print(e)
def catcher():
    try:
        yield
    except BaseException as e:
        print("saw", type(e).__name__)
        raise
c = catcher()
next(c)
c.close()
c2 = catcher()
next(c2)
try:
    c2.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
