# Edge cases: extending with self, inserting at bounds, negative indexes.
a = [1, 2]
a.extend(a)
print(a)
a += a
print(a, len(a))
b = [1, 2, 3]
b.insert(-1, "x"); b.insert(-10, "start"); b.insert(10, "end"); b.insert(len(b), "len")
print(b)
print(b[-1], b[-len(b)], b.index("x"), b.pop(-2), b)
c = [3, 1, 2]
c[len(c):] = [4]
c[:0] = [0]
print(c)
c[10:] = [99]
print(c)
c[-100:1] = ["front"]
print(c)
