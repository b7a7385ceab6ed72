# try/finally inside generators runs on exhaustion, close and break.
def managed(name):
    print("open", name)
    try:
        for i in range(3):
            yield i
    finally:
        print("close", name)
for v in managed("full"):
    pass
for v in managed("break"):
    if v == 1:
        break
print("after break loop")
g = managed("explicit")
next(g)
g.close()
g = managed("del")
next(g)
del g
print("after del")
def with_return():
    try:
        yield 1
        return "ret"
    finally:
        print("finally before StopIteration")
print(list(with_return()))
