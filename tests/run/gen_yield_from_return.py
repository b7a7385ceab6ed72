# Return values travel through nested yield from, including from plain iterators (None).
def leaf(n):
    for i in range(n):
        yield i
    return n * 100
def mid():
    a = yield from leaf(2)
    b = yield from leaf(1)
    c = yield from [10, 11]
    return (a, b, c)
def top():
    result = yield from mid()
    print("top received", result)
    return "top done"
g = top()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print(items, e.value)
        break
def sender():
    got = yield from echo()
    return got
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)
s = sender()
print(next(s), s.send("a"), s.send("b"))
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
