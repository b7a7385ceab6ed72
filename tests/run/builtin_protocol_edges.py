# Edges of builtin protocols: fromkeys on subclasses, bytes % errors,
# length hints, in-place repetition with __index__, exception layouts.
import math, os, sys
class D(dict):
    pass
d = D.fromkeys("ab", 0)
print(type(d).__name__, d, dict.fromkeys([1]))
try:
    b"x" % b"y"
except TypeError as e:
    print(e)
try:
    b"x" % "y"
except TypeError as e:
    print(e)
print(b"%(k)s" % {b"k": b"v"}, "%s" % b"x")
t = iter((1, 2, 3))
next(t)
r = iter(range(0, 10, 3))
next(r)
print(t.__length_hint__(), r.__length_hint__(), iter(range(2 ** 70)).__length_hint__() == 2 ** 70)
class Ix:
    def __index__(self):
        return 2
lst = [1]
same = lst
lst *= Ix()
print(lst, lst is same, (1, 2, 3)[Ix()])
class UnsupportedOp(OSError, ValueError):
    pass
print(UnsupportedOp.__mro__[1].__name__, issubclass(UnsupportedOp, ValueError))
try:
    class Conflict(OSError, AttributeError):
        pass
except TypeError as e:
    print(e)
class F:
    def __float__(self):
        return 16.0
print(math.sqrt(F()), math.floor(2.5), math.cbrt(8))
try:
    object(1)
except TypeError as e:
    print(e)
try:
    os.remove(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_no_such_file_here"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
for seq in ([1, 2], (1, 2), "ab", b"ab"):
    for i in (2, -3, 2 ** 100, -(2 ** 70)):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, e)
lst = [1]
for i in (5, 2 ** 64):
    try:
        lst[i] = 0
    except IndexError as e:
        print(e)
    try:
        del lst[i]
    except IndexError as e:
        print(e)
for text in ("abc", "h\u00e9\U0001F600x", ""):
    it = iter(text)
    before = it.__length_hint__()
    next(it, None)
    print(type(it).__name__, before, it.__length_hint__(), len(list(it)))
