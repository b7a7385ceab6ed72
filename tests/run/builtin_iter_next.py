# iter() and next(): defaults, sentinels, and the old sequence protocol.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Old()), list(iter(Old())), 4 in Old(), 5 in Old())
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), sum(It()), [x for x in It()], max(It()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    iter(tick, 1, 2)
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(type(iter("")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
