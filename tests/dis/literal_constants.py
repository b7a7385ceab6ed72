a = None
b = True
c = False
d = ...
e = __debug__
