match command.split():
    case [("go" | "move"), direction] if direction in dirs:
        pass
    case [_, *_] | [] if not ok:
        pass
    case {"k": 1 | 2} | None:
        pass
    case C.value:
        pass
