# bool: a subclass of int with two instances.
print(True, False, repr(True), str(False), int(True), float(False))
print(True + True, True * 10, True / 2, -True, True == 1, False == 0)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bool({}), bool(()), bool(set()), bool(range(0)), bool(0j), bool(b""), bool(...))
print(isinstance(True, int), type(True).__name__, bool.__mro__)
print(True & False, True | False, True ^ True, not True, True and 5, False or "x")
print(sum([True, True, False, True]), [1, 2, 3][True], "ab"[False])
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(e)
print(bool("False"), bool.__name__, bool(), bool(x=1) if False else "noarg")
class Sized:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Sized()), bool(Truthy()), "yes" if Sized() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
print(True.__and__(False), True.__or__(1), True.__xor__(True), True.real, hash(True))
print(f"{True}", f"{True:d}", f"{True:>6}", format(False, "b"), "%d %s" % (True, True))
