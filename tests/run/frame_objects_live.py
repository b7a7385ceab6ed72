# Frame objects stay live while their frame runs: f_lineno, f_locals
# (through cells too), f_back across generators; tracebacks keep frames.
import sys
def outer():
    counter = 0
    def bump():
        return counter
    f = sys._getframe()
    f.f_locals["counter"] = 5
    first = f.f_lineno
    second = f.f_lineno
    return bump(), second - first, f.f_code.co_name
print(outer())
def gen():
    caller = sys._getframe(1)
    yield caller.f_code.co_name, caller.f_back is None
    yield sys._getframe().f_back.f_code.co_name
print(list(gen()))
def fail(x):
    y = x + 1
    raise KeyError(y)
try:
    fail(1)
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames, e.__traceback__.tb_next.tb_frame.f_locals)
print(sys.version_info[:2], repr(sys.flags).startswith("sys.flags(debug=0"))
print(repr(sys.int_info))
import math
for bad in (lambda: math.gamma(0), lambda: math.log1p(-1), lambda: math.atanh(1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.__spec__.origin, math.__loader__ is not None, math)
def kw(*, alpha, beta):
    pass
try:
    kw(alpah=1, beta=2)
except TypeError as e:
    print(e)
