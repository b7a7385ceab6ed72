# LEGB resolution across nested functions.
x = "global"
def outer():
    x = "enclosing"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def reads_global():
    return x
def has_local():
    x = "local"
    return x
print(reads_global(), has_local(), x)
def nonlocal_chain():
    count = 0
    def a():
        def b():
            nonlocal count
            count += 10
        b()
        return count
    return a(), a()
print(nonlocal_chain())
def global_from_nested():
    def inner():
        global x
        x = "modified by inner"
    inner()
global_from_nested()
print(x)
