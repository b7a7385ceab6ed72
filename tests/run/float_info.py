# sys.float_info and numeric limits.
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp)
print(fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(type(fi).__name__, len(fi), fi[0] == fi.max)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, fi.min / 2 > 0, fi.min * fi.epsilon)
print(sys.float_repr_style)
