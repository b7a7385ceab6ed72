# Setting attributes on objects without a __dict__: read-only class attributes and getset descriptors.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: setattr(1, "real", 1))
show(lambda: setattr(1, "bit_length", 1))
show(lambda: setattr([], "append", 1))
show(lambda: setattr({}, "keys", 1))
show(lambda: setattr(1.5, "imag", 1))
show(lambda: delattr("s", "upper"))
show(lambda: delattr("s", "nope"))
show(lambda: setattr(object(), "__class__", 5))
show(lambda: setattr(b"", "hex", 5))
show(lambda: setattr(len, "__call__", 5))
show(lambda: setattr(None, "x", 5))
class D: pass
show(lambda: setattr(D, "__name__", 5))
show(lambda: setattr(D, "__qualname__", None))
show(lambda: setattr(D, "__bases__", ()))
show(lambda: setattr(D, "__bases__", [object]))
show(lambda: delattr(D, "__name__"))
show(lambda: setattr((lambda: 0), "__code__", 5))
