# _functools.reduce and cmp_to_key: results and CPython's messages.
from _functools import reduce, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 7), reduce(operator.add, [1, 2], initial=5))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, "abc"), reduce(max, [3, 9, 2], 0))
print(reduce(lambda acc, x: acc + [x * 2], iter([1, 2]), []))
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted("bca", key=key))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, type(k1).__name__)
print(max([1, 5, 3], key=cmp_to_key(lambda a, b: a - b)), cmp_to_key(mycmp=len) is not None)

def err(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: reduce(operator.add, []))
err(lambda: reduce(operator.add, 1))
err(lambda: reduce())
err(lambda: reduce(1, 2, 3, 4))
err(lambda: reduce(operator.add, [1], x=1))
err(lambda: reduce(operator.add, [1, "a"]))
err(lambda: key(1) < 2)
err(lambda: key(1) == 1)
err(lambda: hash(key(1)))
err(lambda: key(1, 2))
err(lambda: cmp_to_key())
err(lambda: cmp_to_key(lambda a, b: "x")(1) < cmp_to_key(lambda a, b: "x")(2))
