# Tuple/list unpacking, starred assignment, nested targets, and errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = "hello"
*init, last = [1, 2, 3]
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
[x, y] = "xy"
print(x, y)
x = y = z = 0
print(x, y, z)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
for bad in ("abc", "a", [1, 2, 3, 4]):
    try:
        p, q = bad
    except ValueError as err:
        print(err)
try:
    p, q, *r = [1]
except ValueError as err:
    print(err)
try:
    p, q = 5
except TypeError as err:
    print(err)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
i = 0
i, lst[i] = 1, "changed"
print(i, lst)
print(*[1, 2], *"ab", sep=",")
t = (*range(3), *[4])
print(t, [*"ab"], {*"aa"}, {**{"k": 1}})
