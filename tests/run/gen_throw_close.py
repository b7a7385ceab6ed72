# generator.throw and generator.close, GeneratorExit handling.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    finally:
        print("finally")
it = g()
print(next(it), it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration:
    print("stopped")
it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
it = g()
next(it)
it.close()
print("closed", it.gi_frame)
it.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value"
r = ret_on_close()
next(r)
print(r.close())
fresh = g()
try:
    fresh.throw(TypeError("never started"))
except TypeError as e:
    print("unstarted throw:", e)
print(next(fresh, "exhausted"))
def catch_all():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__)
c = catch_all()
next(c)
c.throw(IndexError)
c.throw(ZeroDivisionError())
c.close()
