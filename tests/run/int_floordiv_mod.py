# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 1), (6, 3),
         (-6, 3), (10 ** 20 + 7, 3), (-(10 ** 20) - 7, 3), (10 ** 20, -(10 ** 9)),
         (5, 10 ** 30), (-5, 10 ** 30), (5, -(10 ** 30))]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}; {a} % {b} = {r}; check {q * b + r == a}")
for a, b in [(1, 0), (0, 0), (10 ** 40, 0)]:
    for op in ("//", "%"):
        try:
            if op == "//":
                a // b
            else:
                a % b
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("/", e)
x = 100
x //= 7
print(x)
x %= 4
print(x)
print(True // True, False % True)
