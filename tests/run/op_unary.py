# Unary -, +, ~ and not across builtin operand types.
operands = [0, 5, -5, 2 ** 70, True, False, 2.5, -0.0, float("nan"), 1 - 1j, "s", b"b", [], (), None, {1: 2}]
for v in operands:
    out = []
    for name, fn in (("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: "(bool skipped)" if type(x) is bool else ~x), ("not", lambda x: not x), ("abs", abs)):
        try:
            out.append(f"{name}{fn(v)!r}")
        except TypeError as e:
            out.append(f"{name}:TypeError")
    print(repr(v), out)
