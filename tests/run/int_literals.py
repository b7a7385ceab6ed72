# Integer literal forms and their values.
print(0, 00, 0_0, 1_2_3, 0x_A, 0o_7, 0b_1, 0XFF, 0O777, 0B11)
print(123456789012345678901234567890123456789)
print(0xffffffffffffffffffffffffffffffff)
print(-0x8000000000000000, 0o1777777777777777777777)
print(type(0).__name__, type(10 ** 100).__name__)
print(int.__doc__.splitlines()[0])
print(1 .real, 1 .__class__.__name__, (1).imag)
