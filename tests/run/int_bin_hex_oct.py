# bin, hex, oct and int formatting.
for n in (0, 1, -1, 10, 255, -255, 2 ** 64, -(2 ** 64) + 5):
    print(n, bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-255, "#x"), format(255, "08b"), format(255, "#010b"), format(5, "+b"))
print(f"{0xDEADBEEF:_x}", f"{2 ** 40:_b}", f"{1234567:_o}")
print(int(bin(12345), 0), int(hex(-999), 16), int(oct(77), 8))
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    bin("1")
except TypeError as e:
    print(e)
print(0x10, 0o10, 0b10, 0X1f, 0O7, 0B1, 1_000_000, 0x_ff)
