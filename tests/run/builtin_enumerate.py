# enumerate with start values and laziness.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
e = enumerate(iter([10, 20, 30]), 10 ** 20)
print(next(e), next(e), list(e), list(e))
print(type(enumerate([])).__name__, iter(e) is e)
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    enumerate("a", "b")
except TypeError as e:
    print(e)
print(dict(enumerate("hi")), list(enumerate(range(3), True)))
