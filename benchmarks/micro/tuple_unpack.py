# Tuple packing and unpacking.
def run(n):
    a, b, c = 0, 1, 2
    for i in range(n):
        a, b, c = b, c, (a + i) & 0xFFFF
        pair = (a, c)
        x, y = pair
        c ^= x - y
    return a, b, c

print(run(2_000_000))
