# inspect on Taipan: signatures, source of functions and classes, members.
import inspect
import textwrap


def greet(name, /, greeting="hello", *args, punct="!", **kw) -> str:
    """Says hello."""
    return f"{greeting} {name}{punct}"


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def unit():
        return Shape("unit")


sig = inspect.signature(greet)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty)
print(sig.return_annotation)
print(sig.bind("bob", punct="?").arguments)
print(inspect.signature(Shape))
print(inspect.signature(Shape.area))
print(inspect.signature(lambda a, b=2: None))
print(inspect.getsource(greet), end="")
print(inspect.getsource(Shape.area), end="")
print(inspect.getsourcelines(Shape)[1])
print(inspect.getdoc(greet))
print(inspect.getfile(textwrap.dedent) == textwrap.__file__)
print(inspect.getmodule(textwrap.dedent) is textwrap)
print(inspect.getsource(textwrap.dedent).splitlines()[0])
print([n for n, _ in inspect.getmembers(Shape) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(inspect.isclass(Shape), inspect.isfunction(greet), inspect.ismethod(Shape("x").area))
print(inspect.isabstract(Shape), inspect.ismodule(textwrap))
print(inspect.getmro(bool))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function)
print(inspect.cleandoc("  a\n    b\n  c"))


class Moved:
    pass


Moved.__module__ = "textwrap"
print(Moved.__module__, Moved, inspect.getmodule(Moved) is textwrap)
