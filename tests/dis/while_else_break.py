def f(n):
    while n:
        if n == 3:
            break
        n -= 1
    else:
        return -1
    return n
