# collections.deque operations.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.remove(5); print(d, d.count(1), d.index(2))
d.reverse(); print(d)
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(-9); print(m)
print(deque("ab") + deque("cd"), deque([1]) * 3, list(reversed(deque("xyz"))))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print(e)
d2 = deque([1, 2])
d2.insert(1, "mid"); d2.clear(); print(d2, repr(deque(maxlen=2)))
