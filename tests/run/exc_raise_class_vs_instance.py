# raise with a class instantiates it; raise with an instance keeps it.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
inst = KeyError("same object")
try:
    raise inst
except KeyError as e:
    print(e is inst)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError:", e)
try:
    raise NeedsArgs(1, 2)
except NeedsArgs as e:
    print(e.args)
try:
    raise int
except TypeError as e:
    print(e)
try:
    raise "string"
except TypeError as e:
    print(e)
