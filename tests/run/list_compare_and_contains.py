# Lexicographic comparison and membership using == (identity shortcut).
print([1, 2] < [1, 3], [2] > [1, 99], [1, 2] == [1, 2.0], [] < [[]], [[1]] < [[2]])
print([1, "a"] == [1, "a"], [1, "a"] != [1, "b"], [1, 2] <= [1, 2], [1, 2, 3] > [1, 2])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(e)
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [float("nan")], lst.count(nan), lst.index(nan))
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called")
        return True
e = Eq()
print(e in [e], 5 in [Eq()], [1, 2].count(Eq()))
print((1, 2) == [1, 2], list((1, 2)) == [1, 2])
