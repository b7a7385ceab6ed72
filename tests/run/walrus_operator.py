# Assignment expressions in conditions, comprehensions and calls.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)
print(f"{(w := 10)} and {w}")
def f(a=(d := 4)):
    return a
print(f(), d)
print([last := i for i in range(3)], last)
total = 0
print([total := total + i for i in range(5)], total)
print((z := 1) + (z := z + 1), z)
