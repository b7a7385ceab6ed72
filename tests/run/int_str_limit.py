# The 4300-digit limit on int <-> decimal str conversion.
import sys
print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
ok = int("9" * 4300)
print(len(str(ok)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    repr(big)
except ValueError as e:
    print("repr ValueError:", e)
print(len(hex(big)), len(bin(big)), len(oct(big)))
print(int(hex(big), 16) == big)
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(640)
print(len(str(10 ** 639)))
try:
    f"{10 ** 640}"
except ValueError as e:
    print("f-string ValueError:", e)
