# index/count/remove use == and find the first match.
class Loose:
    def __eq__(self, other):
        return True
lst = [1, 2.0, "3", 2, True]
print(lst.index(2), lst.index(True), lst.count(2), lst.count(1), lst.index("3"))
lst.remove(2)
print(lst)
print([Loose()].count(99), [1, 2].index(Loose()) if False else [Loose(), 1].index(5))
lst2 = [[1], [1], [2]]
lst2.remove([1])
print(lst2, lst2.index([2]), [[0]] .count([0]))
try:
    [1, 2, 3].index(2, 0, 1)
except ValueError as e:
    print(e)
print([1, 2, 3, 2].index(2, -2), [1, 2, 3].index(3, -100, 100))
