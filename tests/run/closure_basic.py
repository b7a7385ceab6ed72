# Closures: capture by reference, nonlocal, late binding.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
def outer():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner
    return mid()()
print(outer())
def shared():
    val = []
    def add(x):
        val.append(x)
    def get():
        return list(val)
    return add, get
add, get = shared()
add(1); add(2)
print(get(), add.__closure__[0].cell_contents is get.__closure__[0].cell_contents)
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound())
def nl():
    a = 1
    def f():
        nonlocal a
        a = "changed"
    f()
    return a
print(nl())
