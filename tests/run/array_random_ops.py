# array: random sequences of slicing, slice assignment/deletion, pop, insert,
# index/count, comparison, concat/repeat and byteswap over every typecode,
# compared with CPython's results for the same seed.
import array, random
r = random.Random(3)
out = []
for trial in range(800):
    code = r.choice("bBhHiIlLqQfdw")
    n = r.randrange(0, 12)
    if code == "w":
        a = array.array(code, "".join(r.choice("abcé") for _ in range(n)))
    else:
        a = array.array(code, [r.randrange(0, 100) for _ in range(n)])
    op = r.randrange(8)
    s = slice(r.choice([None, r.randrange(-15, 15)]), r.choice([None, r.randrange(-15, 15)]), r.choice([None, 1, 2, -1, -2, 3]))
    try:
        if op == 0:
            res = a[s]
        elif op == 1:
            del a[s]; res = a
        elif op == 2:
            a[s] = a[r.randrange(0, max(1, n)):]; res = a
        elif op == 3:
            i = r.randrange(-15, 15); res = (a.pop(i), a)
        elif op == 4:
            a.insert(r.randrange(-15, 15), a[0] if n else (1 if code != "w" else "z")); res = a
        elif op == 5:
            res = (a.index(a[n // 2], r.randrange(-5, 5)) if n else None, a.count(a[0]) if n else 0)
        elif op == 6:
            b = a[::-1]; res = (a < b, a == b, a >= b, a + b, b * 2)
        else:
            a.reverse(); code != "w" and a.byteswap(); res = a
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    out.append(repr(res))
print("\n".join(out))
