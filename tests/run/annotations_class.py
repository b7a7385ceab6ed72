# Class and module annotations under PEP 649.
class Node:
    value: int
    next: "Node | None"
    children: list[Node]
    count = 0
print(Node.__annotations__)
print("value" in Node.__dict__, Node.count)
print(callable(Node.__annotate__))
class Empty:
    pass
print(Empty.__annotations__)
class Child(Node):
    extra: str
print(Child.__annotations__)
x: int = 5
y: str
print(x, "y" in globals())
import sys
mod = sys.modules[__name__]
print(mod.__annotations__)
def local_scope():
    z: float = 1.5
    w: int
    return z
print(local_scope(), local_scope.__annotations__)
class Fwd:
    attr: Missing
try:
    Fwd.__annotations__
except NameError as e:
    print(e)
