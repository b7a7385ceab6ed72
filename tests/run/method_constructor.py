# Calling the bound-method type (types.MethodType), as weakref.WeakMethod does.
class A:
    def __init__(self, n):
        self.n = n

    def get(self, k=0):
        return self.n + k


a = A(3)
M = type(a.get)
m = M(A.get, a)
print(m(), m(k=2), m.__self__ is a, m.__func__ is A.get, m == a.get)
print(M(len, [1, 2])())
for args, kw in (((1, 2), {}), ((print, None), {}), ((print,), {}), ((print, 1), {"x": 1})):
    try:
        M(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
