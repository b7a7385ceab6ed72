# itertools.count, repeat and cycle: numbers of every kind, reprs,
# __length_hint__, exhaustion and laziness.
from itertools import count, repeat, cycle, islice
import sys

class Num:
    """A number count accepts (it has __float__) that adds exactly."""
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __float__(self):
        return self.n / self.d
    def __add__(self, other):
        if isinstance(other, int):
            other = Num(other, 1)
        return Num(self.n * other.d + other.n * self.d, self.d * other.d)
    __radd__ = __add__
    def __repr__(self):
        return f"Num({self.n}/{self.d})"

def take(n, it):
    return list(islice(it, n))

print(take(3, count()), take(3, count(5)), take(3, count(-2)), take(3, count(10, -3)))
print(take(3, count(0.5, 0.25)), take(3, count(1.5)), take(3, count(2, 0)))
print(take(3, count(sys.maxsize - 1)))
print(take(3, count(-sys.maxsize - 2)))
print(take(3, count(2**70, 2**69)))
print(take(3, count(1j, 1 + 1j)))
print(take(3, count(Num(1, 3), Num(1, 6))))
print(take(3, count(0, Num(1, 2))))
print(take(2, count(True)), take(2, count(True, 2)), take(2, count(False, True)))
print(take(2, count(start=3, step=-1)), take(2, count(step=5)))
for c in [count(), count(5), count(-5), count(1.5), count(1.5, 0.5), count(2**70),
          count(True), count(True, 2), count(1, True), count(1, 1.0), count(0, 0),
          count(1j), count(3, -1), count(Num(1, 2)), count(step=Num(1, 2))]:
    print(repr(c))
c = count(7)
next(c); next(c)
print(repr(c))
c = count(sys.maxsize)
print(repr(c), next(c), repr(c), next(c), repr(c))
c = count(0.5, 0.5)
next(c)
print(repr(c))
print(type(count()), type(count()) is count, iter(c) is c)
print(hasattr(count(), "__length_hint__"))

print(list(repeat("a", 3)), list(repeat("a", 0)), list(repeat("a", -5)), take(3, repeat(None)))
print(list(repeat(object=[1], times=2)))
for r in [repeat("a"), repeat("a", 3), repeat("a", -5), repeat([1, 2]), repeat(object="x", times=2)]:
    print(repr(r))
r = repeat("b", 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r))
print(list(r), r.__length_hint__(), repr(r), list(r))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
import operator
print(operator.length_hint(repeat(1, 4)), operator.length_hint(repeat(1), 9))
print(list(map(pow, range(4), repeat(2))))
shared = []
r = repeat(shared, 2)
a, b = r
print(a is b is shared)

print(take(7, cycle("abc")), take(3, cycle([1])), list(cycle("")), list(cycle([])))
def gen():
    print("  gen starts")
    yield 1
    print("  gen resumes")
    yield 2
    print("  gen ends")
c = cycle(gen())
print("made")
print(next(c))
print(next(c))
print(next(c))
print(next(c), next(c))
try:
    next(cycle(1 for _ in ()))
except StopIteration:
    print("empty cycle stops")
def failing():
    yield 1
    raise ValueError("source broke")
c = cycle(failing())
print(next(c))
try:
    next(c)
except ValueError as e:
    print("ValueError", e)
print(next(c), next(c))
