def f():
    x = 1
    class C:
        def x(self): return x
    return C
print(f()().x())
print(f().x.__qualname__)
