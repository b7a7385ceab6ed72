# global and nonlocal declarations, UnboundLocalError.
counter = 0
def incr():
    global counter
    counter += 1
incr(); incr()
print(counter)
def make_global():
    global created_later
    created_later = "created"
make_global()
print(created_later)
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
    middle()
    return x
print(outer())
def del_then_use():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(del_then_use())
try:
    exec("def f():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print(e.msg)
