# IndexError messages for every indexable builtin.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: [][0])
show(lambda: [1, 2][5])
show(lambda: [1][-2])
show(lambda: ()[0])
show(lambda: "abc"[3])
show(lambda: b"ab"[2])
show(lambda: bytearray(b"a")[1])
show(lambda: range(3)[3])
show(lambda: range(0)[-1])
show(lambda: memoryview(b"ab")[2])
show(lambda: [].pop())
show(lambda: [1].pop(3))
show(lambda: bytearray().pop())
def setl():
    l = [1]
    l[1] = 2
show(setl)
def dell():
    l = []
    del l[0]
show(dell)
show(lambda: [1].insert(5, 2) or "insert never fails")
import collections
show(lambda: collections.deque()[0])
show(lambda: collections.deque().pop())
show(lambda: (1, 2)[-3])
