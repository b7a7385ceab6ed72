# AttributeError messages on instances, classes, modules, builtins, read-only attrs.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
class C:
    __slots__ = ("a",)
class D:
    pass
import math
show(lambda: C().a)
show(lambda: C().b)
show(lambda: setattr(C(), "b", 1))
show(lambda: D().missing)
show(lambda: D.missing)
show(lambda: math.missing)
show(lambda: (1).missing)
show(lambda: "s".missing)
show(lambda: None.missing)
show(lambda: setattr(1, "x", 1))
show(lambda: setattr(int, "x", 1))
show(lambda: setattr("s", "upper", 1))
show(lambda: delattr(int, "real"))
show(lambda: setattr(len, "x", 1))
show(lambda: setattr((lambda: 0), "__code__", 5))
show(lambda: setattr(D(), "__class__", int))
show(lambda: setattr(D, "__name__", 5))
show(lambda: setattr(D, "__bases__", ()))
show(lambda: setattr(object(), "__dict__", {}))
show(lambda: [].appendx)
show(lambda: {}.iteritems)
show(lambda: type.missing)
show(lambda: D().__dict__.missing)
