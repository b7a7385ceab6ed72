# weakref.ref semantics through the native _weakref module: liveness,
# sharing of callback-less refs, callbacks (order, arguments, errors),
# hashing, equality, subclassing, __weakref__ and what can be referenced.
import _weakref
from _weakref import ref, getweakrefcount, getweakrefs


def shape(r):
    # The repr without the addresses.
    text = repr(r)
    head, _, rest = text.partition(" at 0x")
    _, _, tail = rest.partition(";")
    tail = tail.split(" at 0x")[0]
    return head + ";" + tail


class C:
    def method(self):
        return "method"


c = C()
r = ref(c)
print(r() is c, type(r).__name__, type(r).__module__, r.__callback__)
print(ref(c) is r, getweakrefcount(c), getweakrefs(c) == [r])
print(shape(r))
del c
print(r(), shape(r))

# Callbacks: newest first, the dead ref as argument, after the shared ref.
log = []
c = C()
plain = ref(c)
r1 = ref(c, lambda w: log.append(("r1", w is r1, w())))
r2 = ref(c, lambda w: log.append(("r2", w is r2, w())))
print(ref(c) is plain, ref(c, None) is plain, ref(c, len) is ref(c, len))
print(getweakrefcount(c), [w is plain for w in getweakrefs(c)])
print(r1.__callback__ is not None, r1 == r2, r1 is not r2, plain == r1)
del c
print(log)
print(getweakrefcount(C()), getweakrefs(3))

# A callback is dropped with its ref when the ref dies first.
c = C()
gone = ref(c, lambda w: print("never"))
del gone
del c
print("no callback")

# Errors in callbacks are reported and ignored; the other callbacks run.
class Bad:
    def __call__(self, w):
        raise ValueError("from callback")

    def __repr__(self):
        return "<bad callback>"


bad = Bad()


c = C()
keep = [ref(c, lambda w: print("second")), ref(c, bad), ref(c, lambda w: print("first"))]
del c
print("after bad callback")

# __del__ runs before the callbacks and still sees the referent.
class WithDel:
    def __del__(self):
        print("__del__", wd() is self)


x = WithDel()
wd = ref(x, lambda w: print("callback", w()))
del x

# Resurrection by __del__ keeps the weak references alive.
saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


p = Phoenix()
wp = ref(p, lambda w: print("phoenix died"))
del p
print(wp() is saved[0])
saved.clear()
print(wp())

# Hash: the referent's, remembered after death; TypeError if never hashed.
class H:
    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, H)


h1, h2 = H(), H()
rh = ref(h1)
print(hash(rh), ref(h1) == ref(h2), ref(h1) != ref(h2))
del h1
print(hash(rh), rh == ref(h2), rh != ref(h2), rh == rh)
h3 = H()
rh3 = ref(h3)
del h3
try:
    hash(rh3)
except TypeError as e:
    print("TypeError:", e)
print(r1.__eq__(1), r1.__ne__("x"))

# Calling and constructing.
c = C()
rc = ref(c)
for bad_call in (lambda: rc(1), lambda: ref(), lambda: ref(c, None, 1), lambda: ref(c, callback=print)):
    try:
        bad_call()
    except TypeError as e:
        print("TypeError:", e)

# Subclasses of ref (as weakref.KeyedRef): never shared, may carry slots.
class KeyedRef(ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


died = []
k1 = KeyedRef(c, died.append, "one")
k2 = KeyedRef(c, None, "two")
print(k1() is c, k1.key, k2.key, k2.__callback__, k1 is not k2, isinstance(k1, ref))
print(type(k1).__name__, ref(c) is rc, getweakrefcount(c))
print(ref[C], KeyedRef[int])


class Plain(ref):
    pass


pl = Plain(c)
print(pl() is c, pl is not rc, pl == rc)
del c
print(died == [k1], k1(), k2.key, pl())

# __weakref__: the first weak reference, or None.
class S:
    __slots__ = ("__weakref__", "a")


s = S()
print(s.__weakref__, "__weakref__" in S.__dict__)
rs = ref(s)
print(s.__weakref__ is rs, C().__weakref__)

# What may be weakly referenced.
class NoWeak:
    __slots__ = ("a",)


class Sub(NoWeak):
    pass


class Empty:
    __slots__ = ()


class MyInt(int):
    pass


class MyList(list):
    pass


class MySet(set):
    pass


class MyError(Exception):
    pass


def func():
    pass


def gen():
    yield 1


ok = [C(), func, gen(), C, int, set(), frozenset(), len, C().method, Sub(), MyList(),
      MySet(), MyError(), _weakref]
for o in ok:
    w = ref(o)
    print(type(o).__name__, w() is o)
for o in (1, 2**100, "s", b"b", (1,), [], {}, None, 1.5, True, NoWeak(), Empty(),
          MyInt(3), ValueError(), object(), ref(C), range(2), iter([])):
    try:
        ref(o)
        print("referenced", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)
print("__weakref__" in MySet.__dict__, "__weakref__" in MyError.__dict__,
      "__weakref__" in Sub.__dict__, "__weakref__" in C.__dict__)

# A weak reference to a class or function survives as long as it does.
def make():
    def inner():
        return "inner"
    return inner


f = make()
rf = ref(f, lambda w: print("inner died"))
print(rf()())
f = None
print(rf())
