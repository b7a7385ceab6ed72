# Guards see bindings; failed guards fall through; bindings persist after a match.
def classify(point):
    match point:
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x > y:
            return f"below {x},{y}"
        case (x, y):
            return f"above {x},{y}"
        case _:
            return "not a pair"
for p in [(1, 1), (3, 1), (1, 3), [2, 2], "ab", (1, 2, 3)]:
    print(repr(p), classify(p))
calls = []
def guard(v):
    calls.append(v)
    return v > 1
match [1, 2, 3]:
    case [a, *_] if guard(a):
        print("first guard")
    case [_, b, *_] if guard(b):
        print("second guard, b =", b)
print(calls, a, b)
match {"k": [1, {"deep": "value"}]}:
    case {"k": [_, {"deep": str() as found}]}:
        print("found", found)
