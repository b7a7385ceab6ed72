# Classic sorting algorithms implemented in Python, checked against sorted().
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        k, j = a[i], i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
def quick(a):
    if len(a) <= 1:
        return list(a)
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(i, n):
        while 2 * i + 1 < n:
            c = 2 * i + 1
            if c + 1 < n and a[c + 1] > a[c]:
                c += 1
            if a[i] >= a[c]:
                return
            a[i], a[c] = a[c], a[i]
            i = c
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
expected = sorted(data)
for f in (bubble, insertion, merge_sort, quick, heap_sort):
    print(f.__name__, f(data) == expected, f(data)[:5])
print(expected[:10], expected[-3:])
