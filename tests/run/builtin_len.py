# len() on builtins and user types, and its errors.
print(len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)), len(bytearray(4)), len(memoryview(b"abc")))
print(len({}.keys()), len(frozenset()), len(""), len("\U0001F600"), len("e\u0301"))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(5)), len(L(0)), len(L(True)))
for n, exc in ((-1, ValueError), ("x", TypeError), (2 ** 70, OverflowError), (1.5, TypeError)):
    try:
        len(L(n))
    except exc as e:
        print(type(e).__name__, e)
for obj in (5, None, iter([]), (x for x in [])):
    try:
        len(obj)
    except TypeError as e:
        print(e)
class Idx:
    def __index__(self):
        return 4
print(len(L(Idx())))
