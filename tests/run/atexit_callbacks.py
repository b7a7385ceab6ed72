# atexit: callbacks run last registered first when the program ends (also by
# SystemExit), with their arguments; errors are reported and ignored.
import atexit
class Bad:
    def __call__(self): raise ValueError("boom")
    def __repr__(self): return "<bad>"
def f(*a, **k): print("f", a, k)
print(atexit.register(f, 1, x=2) is f)
atexit.register(Bad())
atexit.register(print, "last registered, first run")
atexit.register(f, "removed")
atexit.unregister(print)
atexit.register(print, "kept")
print(atexit._ncallbacks())
try: atexit.register(1)
except TypeError as e: print(e)
try: atexit.register()
except TypeError as e: print(e)
print(sorted(x for x in dir(atexit) if not x.startswith('__')))
raise SystemExit(3)
