# slice objects and the indices() method.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(7))
print("abcdefghij"[s], [0, 1, 2, 3, 4][slice(None, None, -2)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
try:
    slice()
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, k):
        return k
sq = Seq()
print(sq[1:2], sq[::3], sq[1:2, 3], sq[...], sq[:, None], sq["a":"b":"c"])
print(slice(1, 5) < slice(1, 6), slice("a", [1]).stop)
