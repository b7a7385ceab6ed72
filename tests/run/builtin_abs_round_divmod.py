# abs, round, divmod, pow across numeric types and with custom dunders.
print(abs(-3), abs(3.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-(10 ** 30)))
class N:
    def __abs__(self):
        return "abs!"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)
print(abs(N()), divmod(N(), 3), divmod(3, N()), pow(N(), 2), pow(N(), 2, 5), 2 ** N(), pow(2, N()))
for bad in (lambda: abs("x"), lambda: divmod(1, "x"), lambda: pow("a", 2), lambda: round("1.5")):
    try:
        bad()
    except TypeError as e:
        print(e)
print(divmod(7.5, 2), divmod(-7, 2.0), round(2.675, 2), round(-2.5), round(3.5), round(10 ** 20 + 0.5 if False else 7.45, 1))
print(pow(2, 3.0), pow(2.0, -1), pow(-1, 0.5), pow(0, 0), pow(1.5, 2, None))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
