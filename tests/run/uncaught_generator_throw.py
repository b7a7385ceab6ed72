# An exception thrown into a generator that does not handle it.
def worker():
    while True:
        item = yield
        print("processing", item)
w = worker()
next(w)
w.send("first")
w.throw(PermissionError("worker cancelled"))
