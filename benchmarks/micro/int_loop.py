# Integer arithmetic in a while loop (small ints only).
def run(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 3 - (i >> 1)) % 1000003
        i += 1
    return total

print(run(3_000_000))
