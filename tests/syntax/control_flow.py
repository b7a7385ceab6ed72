if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while a:
    break
else:
    continue
for i in range(10):
    if i: continue
else:
    pass
for i, (j, k) in x: pass
