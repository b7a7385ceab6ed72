# format() builtin dispatching to __format__ of many types.
print(format(12), format(12, "5"), format(3.5, "08.3f"), format("s", "^5"), format([1], ""), format(None, ""))
print(format(1 + 2j, "^12"), format(True, ""), format(True, "^6"), format(b"x".hex(), ">4"), format(range(3), ""))
try:
    format([1], "5")
except TypeError as e:
    print(e)
try:
    format(None, "x")
except TypeError as e:
    print(e)
try:
    format(1, 5)
except TypeError as e:
    print(e)
class C:
    def __format__(self, spec):
        return "spec=" + spec
print(format(C()), format(C(), "abc"), "{0:{1}}".format(C(), "nested"))
print(format(123456789, ","), format(0.000012345, ".3g"), format(1e21, ""), format(12.0, "n"))
