def f(n):
    t = 0
    for i in range(n):
        for j in range(i):
            while j:
                for k in range(j):
                    t += k
                j -= 1
    return t
