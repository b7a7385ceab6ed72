x = a and b
y = [i for i in z]
g = (i for i in z)
s = q[1:2]
t = q[a:b]
u = 1 < x < 3
def f():
    """Doc."""
    return 1
def h(p):
    for i in p: pass
    return [j for j in p if j]
while x:
    x -= 1
a, b = b, a
