def f():
    [y := 1 for x in range(3)]
    return y
def g():
    global q
    [q := i for i in range(2)]
def h():
    [[(n := j) for j in range(i)] for i in range(3)]
    return n
