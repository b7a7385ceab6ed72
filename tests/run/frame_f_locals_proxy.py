# PEP 667: frame.f_locals in functions is a write-through proxy.
import sys
def f():
    a = 1
    proxy = sys._getframe().f_locals
    print(type(proxy).__name__, sorted(proxy), proxy["a"])
    proxy["a"] = 2
    print(a)
    proxy["new_key"] = "extra"
    print("new_key" in proxy, "new_key" in locals())
    a = 3
    print(proxy["a"])
    try:
        del proxy["a"]
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__)
    return len(proxy) >= 2
print(f())
def g():
    return type(locals()).__name__, locals() is locals()
print(g())
print(type(sys._getframe().f_locals).__name__, sys._getframe().f_locals is globals())
class C:
    print(type(sys._getframe().f_locals).__name__, sorted(k for k in sys._getframe().f_locals if not k.startswith("__")))
