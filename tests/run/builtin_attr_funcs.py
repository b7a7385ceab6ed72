# getattr, setattr, hasattr, delattr with defaults and errors.
class C:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
o = C()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", "default"), hasattr(o, "x"), hasattr(o, "nope"))
setattr(o, "y", 2)
setattr(o, "with space", 3)
print(o.y, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "y")
print(hasattr(o, "y"))
for bad in (lambda: getattr(o, "nope"), lambda: delattr(o, "nope"), lambda: getattr(o, 5), lambda: setattr(o, 1, 1),
            lambda: setattr(5, "x", 1), lambda: delattr(o, "cls_attr"), lambda: getattr(o), lambda: setattr("s", "upper", 1)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Boom:
    @property
    def p(self):
        raise ValueError("inner")
    @property
    def q(self):
        raise AttributeError("gone")
print(hasattr(Boom(), "q"), getattr(Boom(), "q", "dflt"))
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("propagated", e)
print(getattr(1, "real"), getattr(str, "upper")("x"), getattr(len, "__name__"))
