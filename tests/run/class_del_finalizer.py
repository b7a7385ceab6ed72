# __del__ runs when the last reference goes away (reference counting semantics).
class Res:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("release", self.name)
r = Res("a")
del r
print("after del a")
def scope():
    x = Res("b")
    print("leaving scope")
scope()
print("after scope")
items = [Res("c"), Res("d")]
items.pop()
print("popped")
items.clear()
print("cleared")
r2 = Res("e")
r2 = Res("f")
print("rebound")
del r2
print("end")
