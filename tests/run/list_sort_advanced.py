# Sorting: multi-key sorts via successive stable sorts, key errors, sort of mixed numbers.
people = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cid", 30, "la"), ("dee", 25, "nyc")]
s = sorted(people, key=lambda p: p[2])
s = sorted(s, key=lambda p: p[1], reverse=True)
print(s)
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1.5, True, 2, -0.5, 10 ** 20]))
try:
    sorted([1, 2, 3], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("key raised", e)
lst = [5, 3, 1]
try:
    lst.sort(key=lambda x: "a" if x == 3 else x)
except TypeError as e:
    print(e, lst)
print(sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])), sorted([[], [1], [0, 0]], key=len, reverse=True))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], big == sorted(big))
