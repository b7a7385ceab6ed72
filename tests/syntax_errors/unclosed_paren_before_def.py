foo(
def f():
    pass
