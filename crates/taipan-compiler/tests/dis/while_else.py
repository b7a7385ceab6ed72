def f(n):
    while n:
        n -= 1
        if n == 3:
            break
    else:
        return -1
    while True:
        n += 1
        if n > 5:
            return n
