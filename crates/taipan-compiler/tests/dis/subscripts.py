a = x[0]
b = x[1:2]
c = x[a:b]
d = x[::2]
x[0] = 1
x[a:b] = c
del x[0]
del x[1:2]
