# PEP 649: annotations are evaluated lazily, so forward references work.
def f(x: Later, y: int = 0) -> Later:
    return x
class Later:
    pass
print(f.__annotations__)
print(f.__annotations__["x"] is Later, f.__annotations__["return"] is Later)
def g(a: undefined_name) -> None:
    pass
try:
    g.__annotations__
except NameError as e:
    print("NameError:", e)
print(g(1))
print(callable(f.__annotate__), f.__annotate__(1))
counter = 0
def side_effect():
    global counter
    counter += 1
    return int
def h(p: side_effect()):
    pass
print(counter)
h.__annotations__
print(counter)
h.__annotations__
print(counter)
