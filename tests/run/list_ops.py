# list indexing, slicing, slice assignment, concatenation, comparisons.
a = list(range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-2], a[8:2:-2], a[-3:], a[:100])
a[2:5] = ["x"]; print(a)
a[1:1] = [7, 7]; print(a)
a[::2] = "ABCDEF"[:len(a[::2])]; print(a)
del a[::3]; print(a)
del a[1]; print(a)
a[:] = []; print(a)
try:
    b = [1, 2, 3, 4]
    b[::2] = [1]
except ValueError as e:
    print(e)
try:
    [][0]
except IndexError as e:
    print(e)
try:
    x = [1]
    x[5] = 1
except IndexError as e:
    print(e)
try:
    k = "a"
    [1][k]
except TypeError as e:
    print(e)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [[]] * 2, [1, 2] * 0, [1] * -3)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
c = [1]
c += (2, 3)
c *= 2
print(c)
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
alias = [[0] * 2] * 2
alias[0][0] = 1
print(nested, alias)
r = [1, 2, 3]
r.append(r)
print(r, len(r))
print(repr([None, "s", 1.5, (1,)]), str([]), [*range(3), *"ab"])
