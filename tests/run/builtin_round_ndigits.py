# round() with ndigits across ints, floats and custom __round__.
for v in (1234.5678, -1234.5678, 0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35):
    print(v, [round(v, n) for n in (-2, -1, 0, 1, 2, 3)])
for v in (1234, -1250, 15, 25, 10 ** 20 + 5):
    print(v, [round(v, n) for n in (-2, -1, 0, 2)])
print(round(5e-324, 323), round(1e308, -307), round(123.456, None), round(-0.5), round(-1.5))
print(type(round(2.5, 0)).__name__, type(round(25, -1)).__name__, type(round(True)).__name__, round(True, 2))
