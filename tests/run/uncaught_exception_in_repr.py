# An exception raised while formatting an f-string argument.
class Weird:
    def __format__(self, spec):
        raise ValueError(f"cannot format with {spec!r}")
w = Weird()
print(f"ok so far")
print(f"{w:>10}")
