def f(a, b):
    for i in range(a):
        if i < b and a:
            print(i)
    return a
