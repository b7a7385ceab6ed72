# sys.exception() in nested handlers and after handlers complete; sys.exc_info triple.
import sys
def report():
    e = sys.exception()
    t, v, tb = sys.exc_info()
    return (type(e).__name__ if e else None, t.__name__ if t else None, v is e, tb is (e.__traceback__ if e else None))
print(report())
try:
    raise ValueError
except ValueError:
    print(report())
    try:
        raise TypeError
    except TypeError:
        print(report())
    print(report())
print(report())
def gen():
    try:
        raise KeyError
    except KeyError:
        yield report()
    yield report()
print(list(gen()))
