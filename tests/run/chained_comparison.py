# Chained comparisons evaluate the middle operand once and short-circuit.
def v(label, value):
    print("eval", label)
    return value
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(1 < 2 > 0, 1 == 1 != 2, 1 < 2 <= 2 < 3, 3 > 2 == 2 > 1)
print(1 in [1, 2] in [[1, 2]], ("a" < "b") is not None, 2 not in (1,) not in [(1,)])
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 == 5.0)
