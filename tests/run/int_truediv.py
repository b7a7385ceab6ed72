# True division of ints always gives a correctly rounded float.
for a, b in [(1, 3), (2, 3), (-1, 3), (10, 4), (7, 7), (0, 5), (0, -5),
             (2 ** 60, 3), (3, 2 ** 60), (10 ** 20, 10 ** 18), (1, 10)]:
    print(a, "/", b, "=", repr(a / b))
print((2 ** 1000) / (2 ** 999), (2 ** 1100) / (2 ** 1000))
print(1 / 2 ** 1074, 1 / 2 ** 1075 == 0.0)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print(e)
x = 9
x /= 2
print(x, type(x).__name__)
print((-7) / 2, 7 / -2, -0 / 5, repr(0 / -5))
