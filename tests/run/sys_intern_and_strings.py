# sys.intern returns the canonical object; equal strings compare equal regardless.
import sys
a = sys.intern("".join(["dyn", "amic"]))
b = sys.intern("dynamic")
print(a is b, a == b, type(a).__name__)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
parts = ["k" + str(i) for i in range(3)]
interned = [sys.intern(p) for p in parts]
print(all(sys.intern("k" + str(i)) is interned[i] for i in range(3)))
