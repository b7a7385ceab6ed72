# Calls with keyword arguments and defaults.
def scale(value, *, factor=2, offset=0):
    return value * factor + offset

def run(n):
    total = 0
    for i in range(n):
        total = (total + scale(i, factor=3, offset=1) + scale(value=i)) & 0xFFFFF
    return total

print(run(1_000_000))
