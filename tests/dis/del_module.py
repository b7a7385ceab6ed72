x = 1
del x
y = z = 2
del (y, z)
