# A bytearray cannot change size while a memoryview of it is alive.
def show(fn):
    try:
        r = fn()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
b = bytearray(b"abcdef")
m = memoryview(b)
show(lambda: b.append(1))
show(lambda: b.extend(b""))
show(lambda: b.extend(b"x"))
show(lambda: b.pop())
show(lambda: b.remove(ord("z")))
show(lambda: b.remove(ord("a")))
show(lambda: b.clear())
show(lambda: b.insert(0, 1))
def f(): b[0:2] = b"xy"
show(f)
def g(): b[0:2] = b"x"
show(g)
def h(): del b[0]
show(h)
def i():
    global b
    b += b"zz"
show(i)
def j():
    global b
    b *= 1
show(j)
m2 = m[1:3]
m.release()
show(lambda: b.append(1))
del m2
show(lambda: b.append(1))
print(b)
with memoryview(b) as mm:
    show(lambda: b.pop())
show(lambda: b.pop())
