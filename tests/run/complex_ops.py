# Complex arithmetic details: division, powers, comparisons with reals, repr with special values.
print((1 + 2j) / (3 - 4j), (1 + 2j) * (3 - 4j), (2j) ** 2, (1 + 1j) ** 8, 1j ** 1j)
print(complex(1, 2) == 1 + 2j, (1 + 0j) == 1.0, 2j != 2, abs(-3j), (3 + 4j).conjugate())
print(repr(complex(float("inf"), 0)), repr(complex(0, float("nan"))), repr(complex(-0.0, 0)), repr(-(0j)))
print(complex("1e3-2.5e-1j"), complex("-1.5"), complex("+j"), complex(" 2J "), complex("infj"))
print((1 + 2j).real, (1 + 2j).imag, type((1 + 2j).real).__name__, (5).conjugate(), (2.5).conjugate())
print(complex(True, False), complex(1.5), 1 + 1j - 1j, 0j + 0, bool(0j), bool(1e-300j))
print(hash(complex(1, 0)) == hash(1), round(abs(complex(1, 1)), 12), (1j).__class__.__name__)
