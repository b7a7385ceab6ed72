# any, all, sum, min, max with keys, defaults and errors.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]), any(x > 2 for x in range(5)))
def noisy(values):
    for v in values:
        print("check", v)
        yield v
print(any(noisy([0, 1, 2])), all(noisy([1, 0, 2])))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum([], start=5), sum(range(101)))
print(sum([1.5, 2.5, 10 ** 20]), sum([True, True]), sum([1, 2.5, 1j]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
print(min(3, 1, 2), max("abc"), min([4, 2, 8]), max([1, 5], key=lambda x: -x), min([], default="empty"), max((), default=None))
print(min("b", "a", key=str.upper), max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([[2], [1, 5]]))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, 2), {"default": 0}), (([1], [2]), {"bad": 1})]:
    try:
        print(max(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(e)
