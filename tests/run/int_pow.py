# ** with ints: positive, negative, zero exponents and 3-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
print(3 ** 100)
print(7 ** 77 % 1000)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 200, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(0, 0, 1), pow(5, 0, 3))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 7))
for args in [(3, -1, 6), (2, 3, 0), (2, 1.5, 3), (2.0, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(2 ** 0.5 == 2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(1 ** 10 ** 6, (-1) ** 10 ** 6, (-1) ** (10 ** 6 + 1))
x = 3
x **= 4
print(x)
