# The singletons None, NotImplemented and Ellipsis.
print(None, repr(None), type(None).__name__, bool(None), None is None, None == None)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, bool(...))
NoneType = type(None)
print(NoneType() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    NoneType(1)
except TypeError as e:
    print(e)
try:
    bool(NotImplemented)
except TypeError as e:
    print("TypeError:", e)
try:
    None.x = 1
except AttributeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    n = None
    n[0]
except TypeError as e:
    print(e)
print(hash(None) == hash(None), None.__bool__(), None.__eq__(None), None.__eq__(1))
x = [1, 2, 3]
print(x[...] if False else x[:], (1, ...)[1])
def f():
    pass
print(f() is None)
class C:
    def __eq__(self, other):
        return NotImplemented
print(C() == C(), C() != 1)
