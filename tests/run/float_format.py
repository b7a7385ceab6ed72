# format() with float presentation types.
v = 1234.5678
for spec in ("", "f", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.1f",
             ">10.1f", "^10.1f", "*^12.2f", "+.2f", " .2f", "-.2f", ",.2f", "_.2f", "012.2f", "#.0f",
             "#g", ".10g", "n", "z.1f", "08.3e"):
    print(repr(spec), repr(format(v, spec)), repr(format(-v, spec)))
for x in (0.0, -0.0, 1e-5, 1e16, 0.5, 2.5, 1.0, 100.0, float("inf"), float("nan"), -float("inf")):
    print(repr(x), format(x, ""), format(x, "g"), format(x, ".2f"), format(x, "e"), format(x, "10"))
print(format(-0.0001, "z.2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
print(f"{3.14159:.{3}f}", f"{1e100:.3g}", f"{123456789.0:,}")
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format(1.5, ".2x")
except ValueError as e:
    print(e)
