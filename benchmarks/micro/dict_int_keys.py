# dict get/set with int keys.
def run(n):
    d = {}
    for i in range(n):
        k = i % 4096
        d[k] = d.get(k, 0) + 1
    return len(d), d[17]

print(run(1_500_000))
