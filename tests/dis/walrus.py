def f(xs):
    if (n := len(xs)) > 3:
        return n
    while (x := xs.pop()):
        print(x)
