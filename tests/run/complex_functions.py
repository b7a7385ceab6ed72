# cmath-free complex helpers: polar form by hand, roots of unity, conjugate products.
import math
def polar(z):
    return abs(z), math.atan2(z.imag, z.real)
def rect(r, phi):
    return complex(r * math.cos(phi), r * math.sin(phi))
for z in (1 + 0j, 1j, -1 + 0j, 3 + 4j, -2 - 2j):
    r, phi = polar(z)
    back = rect(r, phi)
    print(z, round(r, 12), round(phi, 12), abs(back - z) < 1e-12)
roots = [rect(1, 2 * math.pi * k / 4) for k in range(4)]
print([complex(round(z.real, 12) + 0.0, round(z.imag, 12) + 0.0) for z in roots])
z = 2 - 3j
print(z * z.conjugate(), (z * z.conjugate()).imag == 0, z / z, z - z, -z + z)
