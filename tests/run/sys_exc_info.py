# sys.exc_info and sys.exception inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("nested")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def in_func():
    return sys.exception()
try:
    raise TypeError("t")
except TypeError:
    print(repr(in_func()))
def gen():
    yield sys.exception()
try:
    raise OSError("o")
except OSError:
    g = gen()
    print(repr(next(g)))
