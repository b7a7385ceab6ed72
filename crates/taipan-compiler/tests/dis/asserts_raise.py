def f(x):
    assert x, "msg"
    assert x
    raise ValueError("bad") from None
def g():
    raise
