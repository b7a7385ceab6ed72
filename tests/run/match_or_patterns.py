# Or-patterns, including alternatives that bind the same names.
def kind(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"move {direction}"
        case ["get" | "take", item]:
            return f"pick up {item}"
        case ["quit"] | ["exit"] | ["q"]:
            return "bye"
        case [("look" | "l")]:
            return "looking"
        case [first, *_] if first.isdigit():
            return "number command"
        case _:
            return "unknown"
for c in ["go north", "go up", "take lamp", "get key", "quit", "q", "l", "look", "42 things", "", "dance"]:
    print(repr(c), kind(c))
match (1, "x"):
    case (1, a) | (a, 1):
        print("bound", a)
try:
    compile("match x:\n    case 1 | y:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
