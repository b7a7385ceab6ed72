def f(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while total > 0:
        total -= 1
        if total == 5:
            break
    return total
