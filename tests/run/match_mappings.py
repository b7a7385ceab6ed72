# Mapping patterns, **rest, and key order.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty mapping"
    return "not a mapping"
for e in ({"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": 1, "x": 2},
          {"type": "scroll"}, {}, {"other": 1}, [("type", "click")], {"type": "click", "pos": [3, 4], "z": 0}):
    print(handle(e))
class Mapping(dict):
    def __missing__(self, k):
        return "default!"
match Mapping(a=1):
    case {"b": v}:
        print("matched missing key", v)
    case {"a": v}:
        print("matched a", v)
