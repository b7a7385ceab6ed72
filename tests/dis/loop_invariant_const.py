def f(n):
    for i in range(n):
        print('x')
    return None
