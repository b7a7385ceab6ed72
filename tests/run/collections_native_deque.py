# _collections.deque: methods, maxlen, indexing, operators, iteration
# guards, reprs, subclassing and CPython's error messages.
from _collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([8, 9])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 5 + 1); print(d)
print(d.count("a"), d.index(2), d.index(3, 2), d.index(3, -5, -1))
d.insert(1, "x"); d.insert(-100, "first"); d.insert(100, "last")
print(d)
d.remove("x"); d.reverse(); print(d)
d[0] = "L"; del d[1]; print(d, d[-2])
c = d.copy(); c.clear(); print(c, d == d.copy(), d is not d.copy())

m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
m.extendleft([20]); print(m)
print(deque([], maxlen=0), deque("abc", 0))
z = deque(maxlen=0); z.append(1); print(z)

a, b = deque([1, 2]), deque([1, 3])
print(a < b, a <= b, a == deque([1, 2]), a != b, a > b, a >= a, a == [1, 2])
print(a + b, a * 2, 2 * a, a * 0, a * -1)
a += [7, 8]; print(a)
a *= 2; print(a)
e = deque([1, 2], maxlen=3); print(e + deque([3, 4]), e * 3)
e *= 2; print(e)
s = deque([1, 2, 3]); s += s; print(s)
s.extend(s); print(len(s))

r = deque()
r.append(r); print(r)
print(repr(deque([1, [2]], maxlen=5)))
print(list(reversed(deque("abc"))), list(iter(deque("xy"))))
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__())

class MyDeque(deque):
    def __init__(self, *args, tag="t", **kw):
        super().__init__(*args, **kw)
        self.tag = tag

md = MyDeque([1, 2], maxlen=4, tag="q")
print(md, md.tag, type(md.copy()).__name__, md.copy(), isinstance(md, deque))
md.append(3); print(md, len(md), md.maxlen)
print(MyDeque("ab") + deque("c"))
print(deque[int], type(iter(d)).__name__, type(reversed(d)).__name__)
print(deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])

cp = deque([1, [2]], maxlen=4).__copy__(); print(cp, cp.maxlen)

def err(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1])[5])
err(lambda: deque([1])[-2])
err(lambda: deque([1])["a"])
err(lambda: deque([1])[0:1])
err(lambda: deque([1]).index(2))
err(lambda: deque([1]).remove(2))
err(lambda: deque([1, 2], maxlen=2).insert(0, 0))
err(lambda: deque(maxlen=-1))
err(lambda: deque([], "a"))
err(lambda: deque(1))
err(lambda: deque(x=1))
err(lambda: deque([1]) + [1])
err(lambda: deque([1]) * "a")
err(lambda: hash(deque()))
err(lambda: deque().append())
err(lambda: deque().count())
err(lambda: deque().rotate("x"))
err(lambda: deque().rotate(1, 2))
err(lambda: deque.append(1, 2))

def mutate_during_iteration():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
err(mutate_during_iteration)

class Eq:
    def __init__(self, q):
        self.q = q
    def __eq__(self, other):
        self.q.append(0)
        return False
q = deque([1, 2])
err(lambda: q.count(Eq(q)))
err(lambda: q.index(Eq(q)))
err(lambda: deque([1, 2]).remove(Eq(deque())) )
