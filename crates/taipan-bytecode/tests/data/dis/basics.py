def add(a, b):
    return a + b

def loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
    return total

def trye(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print("bad", e)
        return None

# adaptive: add 1, 2
# adaptive: loop 10
