# Aliasing and copying of lists.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append("shared")
print(a, b, c, d, e, a is b, c is a, c[1] is a[1])
import copy
f = copy.deepcopy(a)
a[1].append("only in a")
print(a, f)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print(grid)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
orig = []
print(mutate(orig), orig)
x = [1, 2, 3]
x[:] = x[::-1]
print(x)
x[1:2] = x
print(x)
