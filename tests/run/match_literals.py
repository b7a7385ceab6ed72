# match with literal, capture, wildcard, or, guard patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1.5:
            return "neg float"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 5:
            return f"long string {s}"
        case _:
            return f"other {x!r}"
for v in (0, 2, "hello", True, None, -1.5, 1000, "lengthy", 50, 1.0, b"x"):
    print(repr(v), describe(v))
