# getrefcount: only relative facts are printed.
import sys
x = object()
base = sys.getrefcount(x)
holders = [x, x, x]
print(sys.getrefcount(x) - base >= 3 or sys.getrefcount(x) > 2 ** 30)
del holders
print(sys.getrefcount(x) <= base + 1 or base > 2 ** 30)
print(sys.getrefcount(None) > 0, type(sys.getrefcount(1)).__name__)
print(sys.getsizeof(1) > 0, sys.getsizeof("a" * 100) > sys.getsizeof("a"))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) >= 1000)
print(sys.getsizeof(object(), 5) > 0)
