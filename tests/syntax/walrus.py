if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
[y := f(x), y**2]
print(x := 1)
foo(a=(b := 2))
{(k := 1): (v := 2)}
lst[i := 0]
z = (w := 3)
def f(a=(b := 1)): pass
