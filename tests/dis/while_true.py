def f(q):
    while True:
        x = q.pop()
        if x:
            return x
