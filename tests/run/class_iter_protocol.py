# Classes implementing iteration: iterator vs iterable, reuse, generators as __iter__.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), sorted(c), 2 in c, [x * 2 for x in c])
class OneShot:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
o = OneShot()
print(list(o), list(o))
a, b = Countdown(2)
print(a, b)
print(dict(zip(Countdown(2), "xy")), tuple(Countdown(4)), set(Countdown(3)) == {1, 2, 3})
class IterReturnsList:
    def __iter__(self): return [1, 2]
try:
    iter(IterReturnsList())
except TypeError as e:
    print(e)
print(*Countdown(3), sep="-")
