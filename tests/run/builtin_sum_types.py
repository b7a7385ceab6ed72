# sum() with ints, floats, mixed numbers, start values, and non-numbers.
print(sum([]), sum([], 10), sum(range(10)), sum([1.5, 2.5]), sum([1, 2.0]), sum([True, 2]), sum([10 ** 20, 1]))
print(sum([1j, 2]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([0.1] * 3), sum([0.1, 0.2, 0.3]))
print(sum(x / 2 for x in range(5)), sum(map(len, ["ab", "cde"])), sum({1: "a", 2: "b"}), sum({3, 4}))
for args in ((["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())):
    try:
        sum(*args)
    except TypeError as e:
        print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
try:
    sum(5)
except TypeError as e:
    print(e)
print(sum([1, 2], start=100), sum(iter([3, 4])), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
