# Class bodies: names are not visible from methods or nested functions without qualification.
y = "global y"
class C:
    y = "class y"
    z = y + "!"
    def method(self):
        return y
    @staticmethod
    def static():
        return y
    vals = [y for _ in range(1)]
    gen_first = list(y for _ in range(1))
print(C.z, C().method(), C.static(), C.vals, C.gen_first)
def func():
    w = "function w"
    class Inner:
        v = w
        def m(self):
            return w
    return Inner.v, Inner().m()
print(func())
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
