# User-defined exception hierarchies.
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
class Fatal(AppError, RuntimeError):
    pass
for exc in (NotFound("missing", 404), Fatal("crash", 500), AppError("generic")):
    try:
        raise exc
    except RuntimeError as e:
        print("runtime branch", e, e.code)
    except AppError as e:
        print("app branch", type(e).__name__, e, e.code, e.args)
print(Fatal.__mro__)
class Silent(Exception):
    def __str__(self): return ""
print(repr(str(Silent("x"))), repr(Silent("x")))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, str(e), repr(e))
class Reduce(Exception):
    pass
r = Reduce("a", 1)
print(r.__reduce__()[0].__name__, r.__reduce__()[1])
class BE(BaseException): pass
try:
    try:
        raise BE("base-derived")
    except Exception:
        print("wrong")
except BE as b:
    print("caught", b)
