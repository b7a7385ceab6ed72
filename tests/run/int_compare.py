# Comparisons between ints, floats, bools and big values.
print(1 < 2, 2 < 1, 1 <= 1, 1 == 1.0, 1 != 1.0, 2 > 1.5, -1 < -0.5)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 < float("inf"))
print(1 == True, 0 == False, 2 == True, 1 == 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
print(10 ** 30 == 10 ** 30, 10 ** 30 < 10 ** 30 + 1)
print(0 == -0, 0 == 0.0, 0 == -0.0)
print(float("nan") == 1, 1 < float("nan"), 1 > float("nan"))
for a, b in [(1, "1"), (1, None), ([], 1)]:
    print(a == b, a != b)
    try:
        a < b
    except TypeError as e:
        print(e)
print(max(3, 7, 2), min(3, 7, 2), sorted([3, -1, 2 ** 70, 0, -(2 ** 70)]))
print((1).__lt__(2.5), (1).__eq__(1.0), (1).__gt__("x"))
