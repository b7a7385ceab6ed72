# del on names, items, slices, attributes, and errors.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0], lst[-1]
del lst[::3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C: pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
try:
    del undefined_global
except NameError as e:
    print(e)
try:
    del c.nothing
except AttributeError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
t = [1, [2, 3]]
del t[1][0]
print(t)
