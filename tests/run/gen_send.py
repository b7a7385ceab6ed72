# generator.send: priming, values flowing in and out.
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulate()
print(g.send(None), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = accumulate()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
def running():
    yield gr.gi_running
gr = running()
print(next(gr))
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as err:
    print(err)
