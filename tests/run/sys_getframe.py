# sys._getframe: f_code, f_lineno, f_back, f_locals, f_globals.
import sys
def inner(x):
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_locals["x"], f.f_globals is globals())
    caller = sys._getframe(1)
    print(caller.f_code.co_name, caller.f_lineno, sorted(caller.f_locals))
    print(f.f_back is caller, f.f_back.f_back.f_code.co_name)
    return f
def outer():
    local_value = 42
    return inner(local_value)
fr = outer()
print(type(fr).__name__, fr.f_code.co_filename.endswith("sys_getframe.py"))
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def count_depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(count_depth())
print(type(sys._getframemodulename()).__name__ if hasattr(sys, "_getframemodulename") else "str")
