# Value patterns via dotted names, as-patterns, and match on enums-like classes.
class Color:
    RED = "red"
    GREEN = "green"
import math
def check(v):
    match v:
        case Color.RED:
            return "is red"
        case Color.GREEN as g:
            return f"is {g}"
        case math.pi:
            return "pi"
        case [1, 2] as whole:
            return f"list {whole}"
        case (int() | str()) as scalar:
            return f"scalar {scalar!r}"
    return "nothing"
for v in ("red", "green", math.pi, [1, 2], 5, "blue", 2.0):
    print(repr(v), check(v))
x = 5
match x:
    case y:
        print("irrefutable capture", y)
print(y)
