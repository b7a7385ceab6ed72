# for/while with else, break, continue, nested loops.
for i in range(3):
    print("for", i)
else:
    print("for else runs")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
for i in range(6):
    if i % 2:
        continue
    print("even", i)
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print(a, b)
for x in []:
    pass
else:
    print("empty for else")
for i in range(3):
    pass
print("loop var after loop", i)
