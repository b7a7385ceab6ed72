# Frame objects from tracebacks and generators: f_lineno, f_locals, f_back, f_code, f_globals.
import sys
def failing(n):
    local = n * 2
    raise ValueError(local)
try:
    failing(21)
except ValueError as e:
    tb = e.__traceback__.tb_next
    fr = tb.tb_frame
    print(fr.f_code.co_name, fr.f_lineno, tb.tb_lineno, fr.f_locals, fr.f_globals is globals())
def gen():
    a = 1
    yield sys._getframe().f_lineno
    b = 2
    yield sorted(sys._getframe().f_locals)
g = gen()
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(next(g), g.gi_frame.f_code is gen.__code__)
def locals_write():
    x = 1
    f = sys._getframe()
    f.f_locals["x"] = 99
    return x, f.f_locals["x"]
print(locals_write())
def lasti():
    f = sys._getframe()
    return f.f_lasti >= 0, type(f.f_builtins).__name__, f.f_trace
print(lasti())
f = sys._getframe()
print(f.f_code.co_name, f.f_back is None)
print(type(sys._getframe().f_locals).__name__)
