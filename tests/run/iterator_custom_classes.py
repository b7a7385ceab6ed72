# Custom iterator classes: independent iterators over one iterable, reset, and __length_hint__.
class Window:
    def __init__(self, seq, size):
        self.seq, self.size = seq, size
    def __iter__(self):
        return WindowIter(self)
class WindowIter:
    def __init__(self, w):
        self.w, self.i = w, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i + self.w.size > len(self.w.seq):
            raise StopIteration
        chunk = self.w.seq[self.i:self.i + self.w.size]
        self.i += 1
        return chunk
    def __length_hint__(self):
        return max(0, len(self.w.seq) - self.w.size + 1 - self.i)
w = Window("abcdef", 3)
it1, it2 = iter(w), iter(w)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
import operator
it3 = iter(w)
print(operator.length_hint(it3), next(it3), operator.length_hint(it3))
print(list(Window([1, 2, 3, 4], 2)), list(Window([], 1)), [len(c) for c in Window("xyz", 1)])
print(dict(zip(Window("abcd", 2), range(10))))
