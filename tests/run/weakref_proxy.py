# weakref.proxy through the native _weakref module: attribute access,
# operators, calls and iteration are forwarded to the referent;
# ReferenceError once it is gone.
from _weakref import proxy, ref, getweakrefcount, getweakrefs, ProxyType, CallableProxyType


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    def __radd__(self, other):
        return Vec(other + self.x)

    def __iadd__(self, other):
        self.x += other
        return self

    def __neg__(self):
        return Vec(-self.x)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x

    def __lt__(self, other):
        return self.x < other.x

    __hash__ = None

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * self.x

    def __setitem__(self, i, v):
        print("setitem", i, v)

    def __contains__(self, v):
        return v == self.x

    def __iter__(self):
        return iter(range(self.x))

    def __bool__(self):
        return self.x != 0

    def __int__(self):
        return self.x

    def __index__(self):
        return self.x

    def __float__(self):
        return float(self.x)

    def __str__(self):
        return f"Vec({self.x})"

    def method(self, k=1):
        return self.x * k

    def __bytes__(self):
        return b"v" * self.x

    def __reversed__(self):
        return iter(range(self.x, 0, -1))


v = Vec(3)
p = proxy(v)
print(type(p) is ProxyType, type(p).__name__, type(p).__module__)
print(p.x, p.method(), p.method(k=2), p.__class__.__name__)
p.y = "set through proxy"
print(v.y)
del p.y
print(hasattr(v, "y"))
print((p + 1).x, (1 + p).x, (p + p).x, (-p).x, p == Vec(3), p != v, p < Vec(4))
print(len(p), p[5], 3 in p, 4 in p, list(p), bool(p), int(p), float(p), str(p))
ml = type("ML", (list,), {})([1, 2, 3])
print(hex(p), range(10)[p], bytes(p), list(reversed(p)), list(reversed(proxy(ml))))
p[1] = 2
p += 4
print(type(p).__name__, v.x)
q = proxy(v)
print(q is proxy(v), q is not ref(v), getweakrefcount(v))
try:
    hash(q)
except TypeError as e:
    print("TypeError:", e)


def double(n):
    return 2 * n


cp = proxy(double)
print(type(cp) is CallableProxyType, type(cp).__name__, cp(21), cp.__name__)
print(callable(cp), callable(q))

# Iteration through a proxy to an iterator, and to a non-iterator.
class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


it = Counter()
pi = proxy(it)
print(next(pi), list(pi))
s = {1}
try:
    next(proxy(s))
except TypeError as e:
    print("TypeError:", e)
ps = proxy(s)
ps |= {2}
print(type(ps).__name__, sorted(ps), sorted(s))

# Callbacks get the proxy; the dead proxy raises ReferenceError.
died = []
w = Vec(7)
pw = proxy(w, died.append)
plain = proxy(w)
print(getweakrefs(w)[0] is plain)
del w
print(len(died), died[0] is pw)
for op in (lambda: pw.x, lambda: pw + 1, lambda: len(pw), lambda: str(pw), lambda: bool(plain),
           lambda: plain[0], lambda: setattr(plain, "a", 1), lambda: pw == 1):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(repr(pw).endswith("; dead>"))

for o in (1, "s", [], None):
    try:
        proxy(o)
    except TypeError as e:
        print("TypeError:", e)
try:
    proxy()
except TypeError as e:
    print("TypeError:", e)
