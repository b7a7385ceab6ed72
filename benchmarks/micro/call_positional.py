# Python-to-Python calls with positional arguments.
def add3(a, b, c):
    return a + b + c

def run(n):
    total = 0
    for i in range(n):
        total = add3(total, i, 1) & 0xFFFFF
    return total

print(run(2_000_000))
