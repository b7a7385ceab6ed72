# math module functions with exactly representable or well-defined results.
import math
print(math.sqrt(2), math.cbrt(27), math.pow(2, 10), math.exp(1) == math.e, math.expm1(0), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5), math.fabs(-3), math.floor(2.5), math.ceil(2.5))
print(math.isqrt(10 ** 20 + 1), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(), math.lcm(3, 4, 6), math.factorial(0))
print(math.comb(50, 25), math.perm(10), math.prod([], start=5), math.fsum([1e100, 1.0, -1e100]), math.sumprod([1, 2], [3, 4]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.trunc(-0.5), math.copysign(0.0, -1))
print(math.gamma(5), math.lgamma(1), math.erf(0), math.hypot(1, 2, 2), math.dist([1, 1], [4, 5]))
for bad in (lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
            lambda: math.acos(2), lambda: math.log(-1), lambda: math.sqrt("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
