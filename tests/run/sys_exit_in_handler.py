# sys.exit inside an except block: SystemExit's context is the handled exception.
import sys
try:
    try:
        raise ValueError("original")
    except ValueError:
        sys.exit(2)
except SystemExit as e:
    print(e.code, repr(e.__context__))
def f():
    raise SystemExit
try:
    f()
except SystemExit as e:
    print(e.code, e.args)
print(sys.exit.__name__)
