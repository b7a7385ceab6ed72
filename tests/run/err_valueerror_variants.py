# ValueError messages from builtins.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: int("12a"))
show(lambda: int("", 16))
show(lambda: float("1.2.3"))
show(lambda: complex("1+2"))
show(lambda: [1, 2].index(3))
show(lambda: (1,).index(2))
show(lambda: "abc".index("d"))
show(lambda: [].remove(1))
show(lambda: "a,b".split(""))
show(lambda: range(1, 2, 0))
show(lambda: chr(-1))
show(lambda: bytes([300]))
show(lambda: "x".center(5, ""))
show(lambda: int("9" * 5000))
show(lambda: "{0}{}".format(1, 2))
show(lambda: format(1, "q"))
show(lambda: "%d" % "x" if False else "%(a)" % {"a": 1})
show(lambda: memoryview(b"a").cast("Q"))
show(lambda: bytes.fromhex("zz"))
show(lambda: "abc".encode("utf-8").decode("ascii") and b"\xff".decode("ascii"))
show(lambda: divmod(1, 2) and (1).to_bytes(-1, "big"))
show(lambda: max([]))
show(lambda: min(()))
def unpack():
    a, b, c = [1, 2]
show(unpack)
def unpack2():
    (a,) = (1, 2)
show(unpack2)
