# heapq and bisect (through the native _heapq and _bisect): heap order,
# the 3.14 max-heap functions, lo/hi/key, and error messages.
import heapq, bisect, _heapq, _bisect

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 5]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = data[:]; heapq.heapify(h); print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 4), h)
m = data[:]; heapq.heapify_max(m); print(m)
heapq.heappush_max(m, 11); print(m)
print(heapq.heappop_max(m), heapq.heapreplace_max(m, 0), heapq.heappushpop_max(m, 20), heapq.heappushpop_max(m, 1), m)
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), list(heapq.merge([1, 4], [2, 3])))
t = [(2, "b"), (1, "z"), (1, "a")]; heapq.heapify(t); print([heapq.heappop(t) for _ in range(3)])
print(_heapq.heappushpop([], 3), _heapq.heappush is heapq.heappush)

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 4))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, hi=-1), bisect.bisect_left(a, 2, 0, None))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 0, 0, 1); print(a)
bisect.insort(recs, ("bb", 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left("abdf", "c"), bisect.bisect_right(range(10), 4.5))

class Seq:
    def __init__(self):
        self.items = [1, 3]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)
s = Seq(); bisect.insort(s, 2); print(s.items)

def err(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: heapq.heappush(1, 2))
err(lambda: heapq.heappop([]))
err(lambda: heapq.heapify(()))
err(lambda: heapq.heapreplace([], 1))
err(lambda: heapq.heappush([]))
err(lambda: heapq.heappop_max([]))
err(lambda: heapq.heapify([1, "a"]))
err(lambda: bisect.bisect_left([1, 2], 1, -1))
err(lambda: bisect.bisect_left(None, 1))
err(lambda: bisect.bisect_left([1], 1, 2.0))
err(lambda: bisect.bisect_left())
err(lambda: bisect.bisect_left([1], 1, lo=None))
err(lambda: bisect.bisect_left([1], 1, 0, 1, 2))
err(lambda: bisect.bisect_left([1], 1, z=1))
err(lambda: bisect.bisect_left([1, "a"], 2))
