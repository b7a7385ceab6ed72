# TypeError messages for subscripting, item assignment and deletion.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
def getitem(obj, k):
    return obj[k]
show(lambda: getitem(5, 0))
show(lambda: getitem(None, 0))
show(lambda: getitem(len, 0))
show(lambda: getitem([1], "x"))
show(lambda: getitem((1,), 1.5))
show(lambda: getitem("abc", None))
show(lambda: {}[[]])
show(lambda: {[]: 1})
def setitem(obj, k, v):
    obj[k] = v
def delitem(obj, k):
    del obj[k]
show(lambda: setitem((1,), 0, 2))
show(lambda: setitem("s", 0, "t"))
show(lambda: setitem(5, 0, 1))
show(lambda: setitem(frozenset(), 0, 1))
show(lambda: delitem((1,), 0))
show(lambda: delitem("s", 0))
show(lambda: delitem(range(3), 0))
show(lambda: setitem([], "a", 1))
show(lambda: setitem({}, {}, 1))
show(lambda: setitem(b"x", 0, 1))
show(lambda: int[0])
show(lambda: type(None)[0])
