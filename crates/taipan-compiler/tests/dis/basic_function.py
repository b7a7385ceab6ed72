x = 2 + 3 * 4
def f(a, b=1):
    for i in range(a):
        if i < b and a:
            print(i)
    try:
        g()
    except ValueError as e:
        return e
    return a
