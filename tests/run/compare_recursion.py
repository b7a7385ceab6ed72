# Self-referencing containers compare to a RecursionError, not a crash.
x = {}
x["foo"] = x
y = {}
y["foo"] = y
try:
    x == y
except RecursionError:
    print("RecursionError")
print(x == x)
a = []
a.append(a)
b = []
b.append(b)
try:
    a == b
except RecursionError as e:
    print("RecursionError")
print(a == a, [1, [2, [3]]] == [1, [2, [3]]])
