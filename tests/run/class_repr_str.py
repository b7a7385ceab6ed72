# __repr__ and __str__ selection by print, str, repr, format and containers.
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class StrOnly:
    def __str__(self): return "StrOnly-str"
for obj in (Both(), ReprOnly()):
    print(obj, str(obj), repr(obj), f"{obj}", f"{obj!r}", [obj], (obj,), {"k": obj}, "%s %r" % (obj, obj))
s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at 0x"), [s][0] is s)
class Fmt:
    def __format__(self, spec): return f"Fmt[{spec}]"
    def __str__(self): return "Fmt-str"
print(f"{Fmt()}", f"{Fmt():>5}", format(Fmt(), "x"), str(Fmt()), "{}".format(Fmt()))
class Recursive:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"R({self.items!r})" if len(self.items) < 1 else "R(...)"
print(repr(Recursive()))
class Raises:
    def __repr__(self): raise ValueError("repr failed")
try:
    print([Raises()])
except ValueError as e:
    print(e)
class Sub(Both):
    def __str__(self): return "Sub-str " + super().__str__()
print(Sub(), repr(Sub()))
