# list.sort and sorted: stability, key, reverse, errors.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower); print(words)
words.sort(); print(words)
words.sort(reverse=True); print(words)
nums = [5, -3, 2.5, 0, -7, 10 ** 20, True]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
recs = [(i % 3, i) for i in range(10)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted(x for x in (3, 1, 2)), sorted([]))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
lst = [3, 1, 2]
print(lst.sort(), lst)
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
