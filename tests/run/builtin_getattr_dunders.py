# Attribute access on builtin objects: methods, special attributes.
print(getattr([], "append").__name__, getattr("", "join").__qualname__, getattr(1, "__class__").__name__)
print((1).__class__.__name__, [].__class__.__mro__, "".__len__(), {}.__class__.__name__)
print(int.__dict__["bit_length"].__name__, type(int.__dict__["real"]).__name__, list.__dict__["append"].__objclass__.__name__)
print(str.__doc__.splitlines()[0], len.__doc__.splitlines()[0])
print(len.__module__, int.__module__, type(len.__self__).__name__, abs.__qualname__)
print(hasattr(print, "__wrapped__"), hasattr(int, "__dict__"), "__dict__" in dir(int))
