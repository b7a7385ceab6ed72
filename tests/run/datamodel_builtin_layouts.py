# Instances of built-in subclasses are real built-in objects with an instance __dict__ and __slots__.
class I(int):
    pass
class S(str):
    __slots__ = ("tag",)
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
class L(list):
    def __init__(self, it=(), note=""):
        super().__init__(it)
        self.note = note
class D(dict):
    def __missing__(self, k):
        return k * 2
class FS(frozenset):
    pass
i = I(0)
i.x = 1
s = S("")
s.tag = "t"
t = T()
l = L([3, 1, 2], note="n")
l.sort()
d = D(a=1)
print(i, i.x, i + 1, type(i + 1).__name__, hash(i) == hash(0), vars(i))
print(repr(s), s.tag, len(s), s == "", hasattr(s, "__dict__"))
print(t, len(t), T(1, 2), T(1, 2)[1:], type(T(1, 2)[1:]).__name__)
print(l, l.note, len(l), l[0], L(), L(range(3)))
print(d["a"], d["b"], d.get("b"), "b" in d, dict(d), D.__missing__(d, 3))
print(FS([1, 2]) == frozenset({1, 2}), type(FS()).__name__, FS() == frozenset())
print(isinstance(l, list), issubclass(D, dict), I.__mro__, T.__base__)
try:
    S("x").other = 1
except AttributeError as e:
    print(e)
print(list[int], dict[str, int], L[int], type(list[int]).__name__, list[int]("ab"))
print(int.__dict__["__add__"].__name__, str.__len__("abc"), list.__hash__)
