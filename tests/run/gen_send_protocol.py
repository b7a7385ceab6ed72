# A coroutine-style generator consumer with send, plus throw to reset.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
print(a.throw(ValueError))
print(a.send(5))
def grep(pattern):
    print("looking for", pattern)
    while True:
        line = yield
        if pattern in line:
            print("found:", line)
gr = grep("py")
next(gr)
for line in ["rust", "python", "cpython", "go"]:
    gr.send(line)
gr.close()
