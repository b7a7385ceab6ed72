# Dunder methods of built-in types are slot wrappers: unbound on the
# class, method-wrappers on instances, calling the defining type's slot.
print(int.__add__(2, 3), (5).__neg__(), (7).__rsub__(10), float.__mul__(1.5, 2))
print(int.__add__(True, True), bool.__and__(True, False), (5).__eq__(5.0), (5).__lt__("a"))
print(type(int.__add__).__name__, type((3).__add__).__name__, int.__add__.__name__)
print(int.__add__.__qualname__, int.__add__.__objclass__.__name__, (3).__add__.__self__)
print(repr(int.__add__), repr(list.__iadd__), list.__hash__)
print(list.__len__([1, 2]), [].__iter__().__class__.__name__, int.__bool__(0), int.__hash__(-1))
print((2).__pow__(3, 5), int.__rpow__(2, 3, 5), (5).__divmod__(3), (5).__rdivmod__(17))
print(object.__lt__(1, 2), (1.5).__float__(), (2.5).__trunc__(), complex.__abs__(3 + 4j))
for f in (lambda: int.__add__(), lambda: int.__add__("a", 1), lambda: (1).__add__(),
          lambda: (1).__neg__(2), lambda: (1).__add__(x=1), lambda: int.__pow__(2, 3, 4, 5),
          lambda: float.__add__(1, 2.0), lambda: bool.__and__(1, True), lambda: float.__pow__(2.0, 3, 5),
          lambda: [].__iter__().__next__()):
    try:
        print(f())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
print((5).__add__ == (5).__add__, int.real, type(int.real).__name__, int.real.__get__(9))
print((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, (1 + 2j).imag)
