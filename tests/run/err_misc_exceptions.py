# Other built-in exception classes raised by the runtime.
def show(fn):
    try:
        r = fn()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
def assertion():
    assert False, "assert message"
show(assertion)
def assertion_tuple():
    assert 1 == 2, ("a", 1)
show(assertion_tuple)
show(lambda: next(iter([])))
def agen_stop():
    async def ag():
        return
        yield
    it = ag().__anext__()
    it.send(None)
show(agen_stop)
def bytearray_resize():
    b = bytearray(b"abc")
    m = memoryview(b)
    b.append(1)
show(bytearray_resize)
show(lambda: open(".", "r").read())
show(lambda: __import__("os").listdir("/definitely/not/a/dir"))
show(lambda: int.__new__(str))
show(lambda: object.__new__(int))
show(lambda: GeneratorExit("ge"))
show(lambda: KeyboardInterrupt.__mro__)
show(lambda: EOFError.__mro__)
show(lambda: [c.__name__ for c in ConnectionError.__subclasses__()])
show(lambda: [c.__name__ for c in Warning.__subclasses__()])
