# __traceback__ objects: tb_lineno, tb_next, tb_frame, with_traceback.
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    names = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines, names, type(e.__traceback__).__name__)
try:
    raise KeyError("x")
except KeyError as e:
    saved = e.__traceback__
e2 = RuntimeError("new")
print(e2.with_traceback(saved) is e2, e2.__traceback__ is saved, e2.__traceback__.tb_lineno)
e2.__traceback__ = None
print(e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as err:
    print(err)
import sys
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb is v.__traceback__)
print(sys.exc_info())
