# The built-in exception hierarchy: every class's base, printed as a tree.
import builtins
classes = [v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)]
children = {}
for c in classes:
    children.setdefault(c.__base__, []).append(c)
def walk(cls, depth):
    print("  " * depth + cls.__name__)
    for sub in sorted(children.get(cls, []), key=lambda k: k.__name__):
        walk(sub, depth + 1)
walk(BaseException, 0)
print(len(classes))
print([c.__name__ for c in OSError.__subclasses__() if c.__module__ == "builtins"][:3])
print(EnvironmentError is OSError, IOError is OSError)
print(BaseExceptionGroup.__mro__[1].__name__, ExceptionGroup.__mro__[1:3])
