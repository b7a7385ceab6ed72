x += 1
a.b -= 2
c[d] *= 3
c[1:2] //= 4
def f(v):
    v |= 1
    return v
