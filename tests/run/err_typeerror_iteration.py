# TypeError messages for iterating, unpacking and membership on wrong types.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: list(5))
show(lambda: [x for x in None])
show(lambda: tuple(1.5))
show(lambda: set(len))
show(lambda: dict(5))
show(lambda: sorted(3))
show(lambda: sum(7))
show(lambda: min(4))
show(lambda: "".join(5))
show(lambda: 1 in 5)
show(lambda: "a" in ["a"] and 1 in "abc")
show(lambda: [].extend(None))
show(lambda: enumerate(2))
show(lambda: zip([], 3))
show(lambda: dict.fromkeys(4))
def unpack():
    a, b = None
show(unpack)
def star():
    print(*5)
show(star)
def starstar():
    print(**[1])
show(starstar)
def yfrom():
    yield from 5
show(lambda: list(yfrom()))
