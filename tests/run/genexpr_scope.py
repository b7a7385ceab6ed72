# Generator expression and comprehension scoping rules.
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
values = [1, 2, 3]
g2 = (v * 2 for v in values)
values = [100]
print(list(g2))
print([i for i in range(3)], "i" in dir())
class C:
    a = 5
    b = [a for _ in range(2)] if False else None
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(C.doubled)
try:
    class D:
        k = 3
        vals = [k for _ in range(2)]
except NameError as e:
    print(e)
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"} == {"a", "b"}, [y for x in [[1, 2], [3]] for y in x])
print([(i, j) for i in range(3) for j in range(i)], [i for i in range(10) if i % 2 if i % 3])
print([(yield_ := n) for n in range(2)], yield_)
total = [n := 0, [n := n + i for i in range(5)], n][2]
print(total)
print(sum(i for i in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))
