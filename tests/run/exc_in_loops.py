# Exceptions inside loops with break/continue in handlers.
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("stop")
        break
    results.append(n)
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        break
print("exited at", i)
def gen():
    for i in range(5):
        try:
            yield i
        except ValueError:
            print("generator handled at", i)
g = gen()
print(next(g), g.throw(ValueError), next(g))
