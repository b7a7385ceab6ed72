# itertools' types: real classes of module itertools, iterators whose
# __iter__ is self, subclassable where CPython's are, and instances of
# subclasses that still work as the base iterator.
import itertools as it

names = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
         "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
         "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "zip_longest",
         "_grouper", "_tee", "_tee_dataobject"]
for n in names:
    t = getattr(it, n)
    print(n, type(t).__name__, t.__name__, t.__module__, t.__qualname__, repr(t))
print(type(it.tee).__name__, it.tee.__name__)
samples = [it.accumulate([1]), it.batched("a", 1), it.chain(), it.combinations("a", 1),
           it.combinations_with_replacement("a", 1), it.compress("a", [1]), it.count(),
           it.cycle("a"), it.dropwhile(bool, "a"), it.filterfalse(None, "a"), it.groupby("a"),
           it.islice("a", 1), it.pairwise("ab"), it.permutations("a"), it.product("a"),
           it.repeat(1), it.starmap(pow, []), it.takewhile(bool, "a"), it.zip_longest("a"),
           it.tee("a")[0], next(it.groupby("a"))[1], it.chain.from_iterable([])]
for s in samples:
    print(type(s).__name__, iter(s) is s, hasattr(s, "__next__"), type(s) is getattr(it, type(s).__name__))
print([k in vars(it.repeat) for k in ["__new__", "__iter__", "__next__", "__repr__", "__length_hint__"]])
print("__copy__" in vars(it._tee), "from_iterable" in vars(it.chain), "__class_getitem__" in vars(it.chain))
print(it.chain[int], it.chain.__class_getitem__(str))

for n in names:
    try:
        class Sub(getattr(it, n)):
            pass
        print(n, "subclassable")
    except TypeError:
        print(n, "is not an acceptable base type")

class MyCount(it.count):
    def double(self):
        return 2 * next(self)
c = MyCount(5, 2)
print(repr(c), type(c).__name__, isinstance(c, it.count), c.double(), next(c), repr(c))
c.note = "attrs work"
print(c.note, list(it.islice(MyCount(), 3)))

class Evens(it.count):
    def __new__(cls):
        return super().__new__(cls, 0, 2)
    def __next__(self):
        return "even " + str(super().__next__())
e = Evens()
print(next(e), next(e), list(it.islice(e, 2)))

class Labelled(it.chain):
    def __init__(self, *iterables, label):
        self.label = label
l = Labelled("ab", "c", label="L")
print(l.label, list(l))
print(type(Labelled.from_iterable(["xy"])).__name__, list(it.chain.from_iterable(["xy"])))
class Plain(it.chain):
    pass
try:
    Plain("a", label=1)
except TypeError as e:
    print("TypeError", e)
print(type(Plain.from_iterable(["ab"])).__name__, list(Plain.from_iterable(["ab"])))

class R(it.repeat):
    pass
r = R("x", 2)
print(repr(r), r.__length_hint__(), list(r))
class P(it.product):
    def __next__(self):
        return "".join(super().__next__())
print(list(P("ab", "cd")))
class G(it.groupby):
    pass
print([(k, list(g)) for k, g in G("aab")])
class Z(it.zip_longest):
    pass
print(list(Z("ab", "c", fillvalue="?")))
print(it.count.__new__(it.count, 3), type(it.count.__new__(MyCount)).__name__)
try:
    it.count.__new__(int)
except TypeError as e:
    print("TypeError", e)
