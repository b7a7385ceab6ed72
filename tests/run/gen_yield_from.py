# yield from: delegation, return values, send/throw forwarding.
def sub():
    x = yield "sub1"
    print("sub got", x)
    y = yield "sub2"
    print("sub got", y)
    return "sub-result"
def outer():
    result = yield from sub()
    print("outer got", result)
    yield "outer"
g = outer()
print(next(g), g.send("A"), g.send("B"))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2), (x for x in "z"))))
def inner_catch():
    try:
        yield 1
    except KeyError:
        yield "inner caught"
def delegator():
    yield from inner_catch()
    yield "after"
d = delegator()
next(d)
print(d.throw(KeyError), next(d))
def deleg_close():
    try:
        yield from inner_catch()
    finally:
        print("outer finally")
dc = deleg_close()
next(dc)
print(dc.gi_yieldfrom is not None)
dc.close()
def yf_iter():
    r = yield from [1, 2]
    print("list returns", r)
print(list(yf_iter()))
def stop_value():
    return (yield from iter(()))
print(list(stop_value()))
