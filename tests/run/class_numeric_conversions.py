# __int__, __float__, __complex__, __bytes__, __round__, __trunc__, __floor__, __ceil__.
import math
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 7 + 1j
    def __bytes__(self): return b"seven"
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), bytes(n), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n))
class OnlyFloat:
    def __float__(self): return 2.5
print(complex(OnlyFloat()), math.sqrt(OnlyFloat()) ** 2)
try:
    int(OnlyFloat())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return "x"
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class BadComplex:
    def __complex__(self): return 1
try:
    complex(BadComplex())
except TypeError as e:
    print(e)
class BadBytes:
    def __bytes__(self): return "s"
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
