# round() of floats: banker's rounding, ndigits, correctly rounded decimals.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, -0.0, 3.7, -3.7):
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(123.456, -2), round(123.456, -3), round(1.23456789, 5), round(5e-324, 400))
print(round(1e300, -300), round(1.2e308, -308), round(0.1, 20))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
try:
    round(object())
except TypeError as e:
    print(e)
