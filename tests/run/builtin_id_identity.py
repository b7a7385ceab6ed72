# id() relations only: equal ids for the same object, distinct for live distinct objects.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(type(id(a)).__name__, id(a) == id(a), id(None) == id(None))
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
x = "interned_string_value"
y = "interned_string_value"
print(x == y)
def f(): pass
print(id(f) == id(f), f is f)
class C: pass
print(C is C, C() is C(), type(C()) is C)
