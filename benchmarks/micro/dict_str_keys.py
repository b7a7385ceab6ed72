# dict get/set with str keys.
def run(n):
    keys = [f"key{i}" for i in range(1000)]
    d = {}
    for i in range(n):
        k = keys[i % 1000]
        d[k] = d.get(k, 0) + i
    return sum(d.values())

print(run(1_000_000))
