a, *b, c = range(5)
[*a] = b
(*a,) = b
for a, *b in c: pass
