# try/except in a loop: mostly no exception, sometimes one.
def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            if i % 100 == 0:
                raise ValueError(i)
            total += i
        except ValueError:
            caught += 1
    return caught, total & 0xFFFFFF

print(run(2_000_000))
