# __enter__/__exit__: return values, exception info, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("x") as x, CM("y") as y:
    print(x, y)
with (CM("p") as p,
      CM("q")):
    print("parenthesized", p)
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
