# cmath: every function over a grid of finite, infinite and NaN parts
# (special values, signs of zero at branch cuts, domain and range
# errors), printed to 12 digits; constants, isclose, argument types.
import cmath, math
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, 1e300, -1e300, 710.0, -710.0, math.inf, -math.inf, math.nan]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh"]
def g(x):
    return "%.12g" % x if x == x and x not in (math.inf, -math.inf) and x != 0 else repr(x)
def fmt(z):
    return "(%s, %s)" % (g(z.real), g(z.imag))
for n in names:
    f = getattr(cmath, n)
    for x in vals:
        for y in vals:
            try:
                r = fmt(f(complex(x, y)))
            except Exception as e:
                r = type(e).__name__ + " " + str(e)
            print(n, x, y, r)
for x in vals:
    for y in vals:
        try: r = fmt(cmath.rect(x, y))
        except Exception as e: r = type(e).__name__ + " " + str(e)
        print("rect", x, y, r)
        z = complex(x, y)
        try: r = fmt(complex(*cmath.polar(z)))
        except Exception as e: r = type(e).__name__ + " " + str(e)
        try: p = repr(cmath.phase(z))
        except Exception as e: p = type(e).__name__ + " " + str(e)
        else: p = g(float(p))
        print("polar", x, y, r, p, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z), abs(z) if cmath.isfinite(z) else 0)

print("constants", cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1), cmath.log(8, 2), cmath.log10(100))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, 0))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-12, abs_tol=1e-9), cmath.isclose(cmath.inf, cmath.inf), cmath.isclose(cmath.nan, cmath.nan))


class Number:
    def __complex__(self):
        return 3 + 4j


class Real:
    def __float__(self):
        return 0.25


class Index:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 1


print(cmath.sqrt(Number()), cmath.sqrt(Real()), cmath.sqrt(Index()), cmath.sqrt(True), cmath.rect(Index(), 0))


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", r)


attempt(cmath.sqrt, "x")
attempt(cmath.sqrt, None)
attempt(cmath.sqrt, Bad())
attempt(cmath.sqrt)
attempt(cmath.sqrt, 1, 2)
attempt(cmath.log, 0)
attempt(cmath.log, 1, 0)
attempt(cmath.log, 1, 1)
attempt(cmath.log, 1, 2, 3)
attempt(cmath.exp, 1000)
attempt(cmath.cosh, 1000)
attempt(cmath.atanh, 1)
attempt(cmath.rect, 1j, 0)
attempt(cmath.isclose, 1, 2, rel_tol=-1)
attempt(cmath.isclose, 1)
attempt(cmath.isclose, 1, 2, bogus=1)
