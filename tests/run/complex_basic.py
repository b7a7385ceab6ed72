# complex numbers: construction, arithmetic, attributes, repr.
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)))
print(complex(), complex(2), complex(2, 3), complex("1+2j"), complex(" (3-4j) "), complex("-j"), complex("5"))
print(complex(1.5, 2.5), complex(real=1, imag=2), complex(1j))
print(z + 1, z - 1j, z * z, z / 2, z / (1 + 1j), (1 + 2j) ** 2, 2 ** (1j * 0), 1j ** 2)
print(z == 3 + 4j, z != 3, complex(1, 0) == 1, 1j * 1j == -1)
for bad in ("1+", "j1", "1 + 2j", "x"):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for op in (lambda: z < z, lambda: z // 2, lambda: z % 2, lambda: 1j / 0, lambda: int(z), lambda: complex("1", 2)):
    try:
        op()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(complex("inf+nanj"), complex(float("inf"), 1), repr(complex(1e300, 1e-300)))
print(format(z, ""), format(z, ".2f"), format(1.5 - 2j, "^20"), f"{z:+.1e}")
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j), type(z).__name__)
print(pow(1 + 1j, 3), (1 + 1j) ** 0.5)
