a, *b = c
*a, b = c
[a, *b] = c
x = *a, *b
f(*args, *more, **kw, **more_kw)
print(*[1], *(2,))
for *x, y in z: pass
{*a, *b}
{**a, 'k': 1, **b}
t = 1, *rest
return_val = (*a,)
a[*idx]
a[1:2, *idx]
