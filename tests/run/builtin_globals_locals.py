# globals() and locals() at module, function and class level.
g = globals()
print(g is globals(), g["__name__"], "g" in g, type(g).__name__)
g["injected"] = "yes"
print(injected)
def func(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc), loc["c"])
    loc["c"] = 100
    print(c)
    return locals() is locals()
print(func(1))
class K:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals()["x"])
print(locals() is globals())
def comp():
    y = 5
    return [sorted(locals()) for _ in range(1)]
print(comp())
def closure():
    free = 1
    def inner():
        return sorted(locals())
    def inner2():
        free
        return sorted(locals())
    return inner(), inner2()
print(closure())
print(sorted(k for k in globals() if k.startswith("__")))
