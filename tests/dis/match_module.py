import sys
match sys.argv:
    case [_, name]:
        print(name)
    case _:
        pass
