# itertools' terminating iterators: results, laziness, exhausted and
# broken sources, and the state kept after the end.
import itertools as it
import operator

def trace(name, items):
    for x in items:
        print("  ", name, "gives", x)
        yield x

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate("abc")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.accumulate([1, 2], None, initial=None)), list(it.accumulate([[1], [2]], initial=[0])))
print(list(it.accumulate(iterable=[1, 2], func=operator.sub)))
a = it.accumulate(trace("acc", [1, 2]), initial=0)
print("made accumulate")
print(next(a), next(a), next(a), list(a), list(a))
try:
    list(it.accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)

print(list(it.batched("abcdefg", 3)), list(it.batched(range(4), 2)), list(it.batched("", 2)))
print(list(it.batched("abc", 5)), list(it.batched("abcd", 2, strict=True)), list(it.batched("ab", n=1)))
b = it.batched("abc", 2, strict=True)
print(next(b))
try:
    next(b)
except ValueError as e:
    print("ValueError", e)
print(list(b))
print([type(x).__name__ for x in it.batched([1, 2, 3], 2)])
b = it.batched(trace("bat", "abc"), 2)
print("made batched")
print(next(b))

print(list(it.chain("ab", [1], (), range(2))), list(it.chain()), list(it.chain.from_iterable(["xy", "z", []])))
def iterables():
    print("  first iterable")
    yield "ab"
    print("  second iterable")
    yield "c"
c = it.chain.from_iterable(iterables())
print("made chain")
print(next(c), next(c), next(c), list(c))
c = it.chain([1], 2, [3])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(list(c))

print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress("abc", [1])), list(it.compress("a", [0, 1, 1])))
print(list(it.compress(range(10), it.cycle([True, False]))))

print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.dropwhile(bool, [])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(bool, [0, 1])))
t = it.takewhile(lambda x: x < 2, [1, 5, 1])
print(list(t), list(t))
print(list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])), list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.starmap(pow, [(2, 3), [3, 2], range(2, 4)])), list(it.starmap(lambda *a: a, ["ab", ()])))
d = it.dropwhile(lambda x: print("  test", x) or x < 2, [1, 2, 0, 1])
print("made dropwhile")
print(list(d))

print(list(it.islice("abcdefg", 3)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.islice("abc", 0)), list(it.islice("abc", None)), list(it.islice("abc", 5, 10)), list(it.islice("abcdefg", 0, 7, 3)))
print(list(it.islice(range(10), 2, None, 3)), list(it.islice("abc", None, None, None)), list(it.islice("abc", 1, 1)))
source = iter(range(10))
print(list(it.islice(source, 2, 4)), next(source))
source = iter(range(10))
s = it.islice(source, 3)
print(list(s), next(source), list(s), next(source))
class Index:
    def __index__(self):
        return 2
print(list(it.islice("abcdef", Index(), 5, Index())), list(it.islice("abcdef", Index())))
import sys
source = iter(range(10))
print(list(it.islice(source, 3, 1)), next(source))
print(list(it.islice(range(10), 0, None, sys.maxsize)), list(it.islice(range(10), 8, None, sys.maxsize)))
print(list(it.islice(range(10), sys.maxsize - 1, sys.maxsize)), list(it.islice(it.count(), 5, 5)))

print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise("")), list(it.pairwise([1, 2])))
p = it.pairwise(trace("pw", [1, 2, 3]))
print("made pairwise")
print(next(p), next(p), list(p), list(p))

print(list(it.zip_longest("abc", [1])), list(it.zip_longest("a", "bc", fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest("ab", [], fillvalue=None)), list(it.zip_longest([], [])), list(it.zip_longest("ab")))
z = it.zip_longest("ab", trace("zl", [1, 2, 3]), fillvalue=0)
print("made zip_longest")
print(list(z), list(z))
def broken():
    yield 1
    raise KeyError("broken")
z = it.zip_longest("abc", broken())
print(next(z))
try:
    next(z)
except KeyError as e:
    print("KeyError", e)
print(list(z))
