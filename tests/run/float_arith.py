# Float arithmetic including floor division, modulo and special values.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
for x, y in [(7.5, -2), (-7.5, 2), (-7.5, -2), (1.0, 0.1), (5.0, 3.0), (-0.0, 1.0), (0.0, -1.0)]:
    print(x, y, x // y, x % y, divmod(x, y))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf, nan + 1, nan * 0)
print(inf // 1, inf % 5 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
for op in ("/", "//", "%"):
    try:
        eval(f"1.0 {op} 0.0")
    except ZeroDivisionError as e:
        print(op, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print((-8.0) ** (1 / 3))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(2 ** -1074, 2.0 ** -1075, (-2.0) ** 2, (-2.0) ** 3)
print(1.5 + True, 3 * 0.1, 10 / 4.0, 1 - 0.9)
