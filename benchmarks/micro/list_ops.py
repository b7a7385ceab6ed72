# list append, index and iterate.
def run(n):
    items = []
    for i in range(n):
        items.append(i * 2)
    total = 0
    for i in range(0, n, 3):
        total += items[i]
    for value in items:
        total ^= value
    return total

print(run(1_500_000))
