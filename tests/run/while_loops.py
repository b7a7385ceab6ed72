# while loops: counters, sentinel, nested break/continue, while-else.
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
found = None
while i < 10:
    i += 1
    if i % 2:
        continue
    if i * i > 30:
        found = i
        break
else:
    print("no break")
print("found", found)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print("depth", depth)
k = 3
while k:
    k -= 1
else:
    print("else after normal exit", k)
