# Function object attributes.
def outer(a, b=2, *args, c, d=4, **kw):
    "Docstring here."
    x = a
    def inner():
        return x
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, outer.__defaults__, outer.__kwdefaults__)
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner.__closure__[0].cell_contents, type(inner.__closure__[0]).__name__)
print(outer.__closure__, type(outer.__globals__).__name__, outer.__globals__ is globals(), outer.__dict__)
outer.custom = "attr"
print(outer.custom, outer.__dict__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
print(outer.__annotations__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def ann(x: int, y: "str" = "s") -> list: pass
print(ann.__annotations__)
print(type(outer).__name__, callable(outer), outer.__code__.co_name, outer.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "mod")
try:
    outer.__defaults__ = 5
except TypeError as e:
    print(e)
outer.__defaults__ = (10,)
print(outer.__defaults__)
def no_doc(): pass
print(no_doc.__doc__, no_doc.__type_params__)
def gen[T](x: T) -> T: return x
print(gen.__type_params__, gen.__type_params__[0].__name__)
try:
    del outer.__name__
except TypeError as e:
    print(e)
