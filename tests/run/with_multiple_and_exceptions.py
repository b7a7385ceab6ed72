# with: exit order, exceptions in __enter__, exceptions inside __exit__.
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter failed: {self.name}")
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        if self.fail_exit:
            raise ValueError(f"exit failed: {self.name}")
        return False
with CM("a"), CM("b"), CM("c"):
    print("body")
try:
    with CM("outer"), CM("bad", fail_enter=True), CM("never"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("x", fail_exit=True):
        raise KeyError("body error")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
