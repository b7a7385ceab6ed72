# divmod and three-argument pow across int, bool, float; negative modulus.
for a, b in ((7, 3), (-7, 3), (7, -3), (7.5, 2), (-7.5, 2), (True, 2), (10 ** 20, 7), (0, 5)):
    print(a, b, divmod(a, b))
for b, e, m in ((2, 10, 1000), (3, 0, 7), (0, 0, 5), (-2, 3, 5), (2, 3, -5), (2, -1, 5), (10 ** 20, 10 ** 20, 97), (True, 5, 3)):
    try:
        print(b, e, m, pow(b, e, m))
    except ValueError as err:
        print(b, e, m, "ValueError:", err)
try:
    pow(2, 3, 1.5)
except TypeError as err:
    print(err)
print(pow(2, 0.5) ** 2 > 1.99, pow(-8, 1 / 3).__class__.__name__, pow(4, -0.5))
