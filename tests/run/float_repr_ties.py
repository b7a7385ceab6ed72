# Floats whose shortest round-trip digits are an exact tie between two
# strings of the same length: repr/str/'r'/'%r' take the one whose last
# digit is even (round-half-even), as CPython's do. The exact decimal value
# of j / 2**k is j * 5**k / 10**k, so its significant digits are found with
# integers only, independently of float formatting.


def exact_digits(j, k):
    """Significant digits of j * 2**k's exact decimal expansion."""
    n = j * 5**-k if k < 0 else j * 2**k
    return len(str(n).rstrip("0"))


cases = []
for k in range(-40, 64):
    for j in range(1, 160, 2):
        # Ties need 17 or 18 exact digits (the shortest string has 16 or 17).
        if exact_digits(j, k) in (17, 18):
            x = j * 2.0**k
            assert x == j * 2**k if k >= 0 else x * 2**-k == j
            cases.append(x)
print(len(cases), "candidates")

for x in cases:
    print(repr(x), str(-x), "%r" % x, format(x, ".17g"))

# The fixed-precision forms round exact ties half-even too.
halves = [k + 0.5 for k in range(-6, 12)] + [0.125, 0.375, 0.625, 2.675, 1.0625, 2.0**-25]
for x in halves:
    print(x, "%.0f" % x, "%.1f" % x, "%.2f" % x, "%.3f" % x, format(x, ".0e"), format(x, ".2e"),
          format(x, ".3g"), round(x), round(x, 1), round(x, 2), round(x, 3))

# Containers and complex numbers show their floats with the same repr.
print([2.0**-25, 2.0**-21 * 5], (0.0029802322387695312,), {2.0**-25: 1})
print(complex(2.0**-25, -(2.0**-25)))

# Every way to the shortest repr: format specs without a type, str.format,
# %s, the dunder methods.
x = 2.0**-25
print(format(x, ""), f"{x}", "%s" % x, "{}".format(x), format(x, "<30"), x.__repr__(), float.__str__(x))
print(format(5.960464477539062e-07, ""), format(-0.0029802322387695312, "+"), f"{2.0**-21 * 5!s:>25}")
