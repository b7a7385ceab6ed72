# Annotations see the scope where they were written, even names defined later.
def make():
    class Local:
        pass
    def inner(p: Local, q: Alias) -> Local:
        pass
    Alias = list[Local]
    return inner
fn = make()
a = fn.__annotations__
print(a["p"].__name__, a["q"], a["return"].__qualname__)
class Outer:
    T = int
    def method(self, v: T) -> "T":
        pass
print(Outer.method.__annotations__)
x = "module x"
class Shadow:
    x = "class x"
    def m(self, arg: x):
        pass
print(Shadow.m.__annotations__)
try:
    compile("def f(a: (b := 1)): pass", "<ann>", "exec")
except SyntaxError as e:
    print(e.msg)
