# int class attributes, the int type's callables and special values.
print(int.from_bytes.__name__, int.to_bytes.__name__, int.bit_length.__qualname__)
print(int("7").__class__ is int, int.__base__.__name__, bool.__base__.__name__)
print(sorted(n for n in dir(int) if not n.startswith("_")))
print((12).__format__("x"), (12).__format__(""), (12).__sizeof__() > 0)
print(int.__add__(3, 4), int.__mul__(6, 7))
try:
    int.__add__("a", 4)
except TypeError as e:
    print(e)
print((3).__getnewargs__(), (3).__reduce_ex__(2)[1] if False else "ok")
n = 5
print(n.__eq__(5), n.__ne__(5), n.__hash__() == hash(5))
print(int.real.__get__(9), type(int.real).__name__)
print((-5).__rshift__(1), (5).__lshift__(2), (5).__and__(3), (5).__or__(3), (5).__xor__(3))
print((5).__rand__(3), (5).__ror__(3), (5).__rxor__(3), (5).__rlshift__(1), (5).__rrshift__(64))
print((5).__truediv__(2), (5).__rtruediv__(2), (5).__rmod__(13), (5).__rdivmod__(13))
