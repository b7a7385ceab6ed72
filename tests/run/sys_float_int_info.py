# sys.int_info and sys.float_info as named tuples.
import sys
ii = sys.int_info
print(type(ii).__name__, ii.default_max_str_digits, ii.str_digits_check_threshold, len(ii) >= 4)
fi = sys.float_info
print(fi.max == 1.7976931348623157e308, fi.min == 2.2250738585072014e-308, fi.epsilon == 2 ** -52, fi.mant_dig)
print(fi.max + 1 == fi.max, fi.max * 1.0000001, fi.min / 2 ** 52 == 5e-324)
print(sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"), sys.hash_info.hash_bits, sys.hash_info.seed_bits)
