# __index__ used for slicing, sequence repetition, bin/hex, range and operator.index.
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
print(seq[Ix(3)], seq[Ix(1):Ix(4)], "ab" * Ix(2), [0] * Ix(3), bin(Ix(5)), hex(Ix(255)), oct(Ix(8)))
print(list(range(Ix(3))), (10).to_bytes(Ix(2), "big"), int(Ix(7)), complex(Ix(2)) if False else "skip")
import operator
print(operator.index(Ix(9)), "abcdef"[Ix(-2)], bytes(Ix(2)), round(1.23456, Ix(2)))
class BadIx:
    def __index__(self): return 1.5
try:
    [1, 2][BadIx()]
except TypeError as e:
    print(e)
class NoIx: pass
try:
    [1][NoIx()]
except TypeError as e:
    print(e)
try:
    "x" * NoIx()
except TypeError as e:
    print(e)
