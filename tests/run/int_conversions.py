# int() from floats, bools, strings, and objects with __int__/__index__.
print(int(2.9), int(-2.9), int(1e20), int(-0.0), int(2.5e-5))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 3
print(int(I()), int(X()))
try:
    print(int(T()))
except TypeError as e:
    print("TypeError", e)
class Bad:
    def __int__(self):
        return "no"
try:
    int(Bad())
except TypeError as e:
    print(e)
for v in (None, [], "1e3", object()):
    try:
        int(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at ")[0])
print(bin(X()), hex(X()), oct(X()), [1, 2, 3, 4, 5, 6, 7, 8][X()])
print(float(7), float(2 ** 60), complex(3))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
