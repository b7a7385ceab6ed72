# Float arithmetic in a for loop.
def run(n):
    x = 0.0
    step = 1.0 / n
    for i in range(n):
        t = i * step
        x += t * t * 0.5 - t / 3.0
    return x

print(f"{run(3_000_000):.6f}")
