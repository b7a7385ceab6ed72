# Sequence patterns with star captures, nested patterns, and non-matching types.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a},{b}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "no match"
for v in ([], [1], (1, 2), [1, 2, 3, 4], "ab", range(3), {1, 2}, b"ab", iter([1])):
    print(repr(v) if not hasattr(v, "__next__") else "iterator", seq(v))
def nested(x):
    match x:
        case [(a, b), [c, *_]]:
            return a, b, c
        case [[*all_items]]:
            return all_items
    return None
print(nested([(1, 2), [3, 4, 5]]), nested([[9, 8]]), nested([1]))
match (1, 2, 3):
    case (1, *rest):
        print("rest", rest)
