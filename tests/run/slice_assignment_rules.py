# Slice assignment and deletion rules for lists, with extended slices.
base = list(range(10))
a = base[:]; a[2:5] = []; print(a)
a = base[:]; a[2:2] = ["x", "y"]; print(a)
a = base[:]; a[-3:] = "abc"; print(a)
a = base[:]; a[::2] = range(5); print(a)
a = base[:]; a[::-3] = "ABCD"; print(a)
a = base[:]; a[5:2] = ["inserted"]; print(a)
a = base[:]; del a[1::2]; print(a)
a = base[:]; del a[::-1]; print(a)
a = base[:]; a[:] = a[::-1]; print(a)
try:
    a = base[:]
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    a = base[:]
    a[1:3] = 5
except TypeError as e:
    print(e)
s = slice(1, 8, 3)
a = base[:]; a[s] = ["s1", "s2", "s3"]; print(a)
