[x for x in y]
[x for x in y if x if not x]
[x for x in y for z in x]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
sum(x for x in y)
[(x, y) for x in a if x for y in b if y]
[x async for x in y] if False else 0
[[y for y in x] for x in z]
