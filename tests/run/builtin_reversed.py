# reversed() on sequences and objects with __reversed__ or __len__/__getitem__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1,))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Seq())), list(reversed(Rev())))
r = reversed([1, 2])
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
